package io.interview4j.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.interview4j.bank.BankQuestion;
import io.interview4j.Difficulty;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.RoundPlan;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionEvent.AnswerSubmitted;
import io.interview4j.session.SessionEvent.SessionStarted;
import io.interview4j.store.SessionQuery;
import io.interview4j.store.SessionSummary;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Ids match exactly on every database: another case, or a leading or trailing space, is another id (MariaDB's
 * {@code utf8mb4_bin} alone would ignore trailing spaces).
 */
class ExactIdsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dir;
    private HikariDataSource pool;
    private String prefix;
    private JdbcSessionStore store;

    private void open(TestDatabases db) {
        pool = db.open(dir, 4);
        prefix = TestDatabases.uniquePrefix();
        store = JdbcSessionStore.builder().dataSource(pool).tablePrefix(prefix).build();
    }

    @AfterEach
    void cleanUp() {
        if (pool != null) {
            TestDatabases.dropTables(pool, prefix);
            pool.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_find_a_session_only_by_its_exact_id_when_another_differs_by_case_or_spaces(TestDatabases db) {
        // given
        open(db);
        store.append("s-Id", 0, List.of(started("s-Id", "cand-A", "own-1")));

        // when / then
        assertThat(store.find("s-Id")).isPresent();
        for (String near : List.of("s-Id ", "s-Id  ", " s-Id", "S-ID", "s-id", "s-Id\t")) {
            assertThat(store.find(near)).as("'%s'", near).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_keep_sessions_apart_when_their_ids_differ_only_by_a_trailing_space_or_case(TestDatabases db) {
        // given
        open(db);
        store.append("s-Id", 0, List.of(started("s-Id", "cand-A", "own-1")));

        // when
        long spaced = store.append("s-Id ", 0, List.of(started("s-Id ", "cand-A", "own-1"), answer("k")));
        long upper = store.append("S-ID", 0, List.of(started("S-ID", "cand-A", "own-1")));

        // then
        assertThat(spaced).isEqualTo(2);
        assertThat(upper).isEqualTo(1);
        assertThat(store.get("s-Id").version()).isEqualTo(1);
        assertThat(store.get("s-Id ").version()).isEqualTo(2);
        assertThat(store.list(SessionQuery.byCandidate("cand-A"))).extracting(SessionSummary::sessionId)
                .containsExactlyInAnyOrder("s-Id", "s-Id ", "S-ID");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_list_and_erase_only_the_exact_candidate_and_owner_when_others_differ_by_case_or_spaces(TestDatabases db) {
        // given
        open(db);
        store.append("s-1", 0, List.of(started("s-1", "cand-A", "own-1")));

        // when / then
        assertThat(store.list(SessionQuery.byCandidate("cand-A"))).hasSize(1);
        assertThat(store.list(new SessionQuery("cand-A", "own-1", 0, 10))).hasSize(1);
        for (String near : List.of("cand-A ", "CAND-A", "cand-a", " cand-A")) {
            assertThat(store.list(SessionQuery.byCandidate(near))).as("'%s'", near).isEmpty();
            assertThat(store.deleteCandidate(near)).as("'%s'", near).isZero();
        }
        assertThat(store.list(new SessionQuery("cand-A", "own-1 ", 0, 10))).isEmpty();
        assertThat(store.list(new SessionQuery("cand-A", "OWN-1", 0, 10))).isEmpty();
        assertThat(store.find("s-1")).isPresent();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_take_idempotency_keys_as_distinct_when_they_differ_by_case_or_a_trailing_space(TestDatabases db) {
        // given
        open(db);
        store.append("s-1", 0, List.of(started("s-1", "cand-A", "own-1"), answer("key")));

        // when
        long version = store.append("s-1", 2, List.of(answer("key "), answer("KEY")));

        // then
        assertThat(version).isEqualTo(4);
        assertThat(store.get("s-1").events()).extracting(e -> e instanceof AnswerSubmitted a ? a.idempotencyKey() : null)
                .containsExactly(null, "key", "key ", "KEY");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_round_trip_ids_beyond_ascii_when_storing_and_listing(TestDatabases db) {
        // given
        open(db);
        String id = "sesión-ü-😀-ß";

        // when
        store.append(id, 0, List.of(started(id, "candidata-ñ", "propietario-é")));

        // then
        assertThat(store.get(id).sessionId()).isEqualTo(id);
        assertThat(store.list(new SessionQuery("candidata-ñ", "propietario-é", 0, 10))).singleElement()
                .satisfies(s -> {
                    assertThat(s.sessionId()).isEqualTo(id);
                    assertThat(s.candidateId()).isEqualTo("candidata-ñ");
                    assertThat(s.ownerId()).isEqualTo("propietario-é");
                });
        assertThat(store.find("sesión-Ü-😀-ß")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_find_a_question_only_by_its_exact_id_when_another_differs_by_case_or_spaces(TestDatabases db) {
        // given
        open(db);
        JdbcQuestionBank bank = JdbcQuestionBank.builder().dataSource(pool).tablePrefix(prefix).build();
        bank.importQuestions(List.of(question("q-1")));

        // when
        bank.importQuestions(List.of(question("q-1 ")));

        // then
        assertThat(bank.findById("q-1")).isPresent();
        assertThat(bank.findById("Q-1")).isEmpty();
        assertThat(bank.all()).extracting(BankQuestion::id).containsExactly("q-1", "q-1 ");
    }

    private static SessionEvent started(String id, String candidate, String owner) {
        return new SessionStarted(T0, id, candidate, owner, "org-1",
                InterviewPlan.builder().round(RoundPlan.of("Coding", "dsa", 2)).build(), List.of(), null, List.of());
    }

    private static SessionEvent answer(String key) {
        return new AnswerSubmitted(T0.plusSeconds(30), "q1", "An answer", key, 25);
    }

    private static BankQuestion question(String id) {
        return new BankQuestion(id, "technical", "System design", "design", List.of("sharding"), List.of("mid"),
                Difficulty.parse("medium"), List.of(), List.of(), "How would you shard a ledger?", List.of("by account"),
                "Shard by account id.", List.of(), 300);
    }
}
