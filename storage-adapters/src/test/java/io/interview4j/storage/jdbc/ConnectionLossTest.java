package io.interview4j.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.interview4j.ConcurrentSessionModificationException;
import io.interview4j.InterviewException;
import io.interview4j.bank.BankQuestion;
import io.interview4j.Difficulty;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.RoundPlan;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionEvent.AnswerSubmitted;
import io.interview4j.session.SessionEvent.SessionStarted;
import io.interview4j.storage.jdbc.DroppingDataSource.Moment;
import io.interview4j.store.SessionQuery;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A connection lost in the middle of a store operation: loads, listings and appends run once more on a fresh
 * connection; an append lands exactly once, also when its first attempt had committed before the connection died;
 * a second loss, and any other failure, is reported and not retried. On PostgreSQL and MariaDB the connection is
 * really terminated by the server (see {@link DroppingDataSource}).
 */
class ConnectionLossTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final String ANSWER = "Confidential answer: I shard the ledger by account";

    @TempDir
    Path dir;
    private HikariDataSource pool;
    private String prefix;

    private DroppingDataSource open(TestDatabases db) {
        pool = db.open(dir, 4);
        prefix = TestDatabases.uniquePrefix();
        return new DroppingDataSource(pool, db);
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
    void should_store_an_append_exactly_once_when_the_connection_drops_before_it_commits(TestDatabases db)
            throws SQLException {
        // given
        DroppingDataSource ds = open(db);
        JdbcSessionStore store = store(ds);
        store.append("s-1", 0, List.of(started("s-1")));
        ds.dropNext(Moment.BEFORE_COMMIT);

        // when
        long version = store.append("s-1", 1, List.of(answer("k1")));

        // then
        assertThat(ds.dropped()).isEqualTo(1);
        assertThat(version).isEqualTo(2);
        assertThat(store.get("s-1").events()).containsExactly(started("s-1"), answer("k1"));
        assertThat(storedEvents("s-1")).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_report_success_storing_nothing_twice_when_the_append_had_committed_before_the_connection_dropped(
            TestDatabases db) throws SQLException {
        // given a new session and an answer, each committed just before its connection dies
        DroppingDataSource ds = open(db);
        JdbcSessionStore store = store(ds);
        ds.dropNext(Moment.AFTER_COMMIT);
        PrintStream stderr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        long started;
        long answered;

        // when
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            started = store.append("s-1", 0, List.of(started("s-1")));
            ds.dropNext(Moment.AFTER_COMMIT);
            answered = store.append("s-1", 1, List.of(answer("k1")));
        } finally {
            System.setErr(stderr);
        }

        // then both succeed, each once, and the warning names the operation but not the answer
        assertThat(ds.dropped()).isEqualTo(2);
        assertThat(started).isEqualTo(1);
        assertThat(answered).isEqualTo(2);
        assertThat(store.get("s-1").events()).containsExactly(started("s-1"), answer("k1"));
        assertThat(storedEvents("s-1")).isEqualTo(2);
        assertThat(store.append("s-1", 2, List.of(answer("k2")))).isEqualTo(3);
        String warnings = log.toString(StandardCharsets.UTF_8);
        assertThat(warnings).contains("WARN").contains("append to session s-1").contains("retrying once")
                .doesNotContain("Confidential");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_report_a_conflict_when_another_writer_took_the_version_while_the_connection_was_down(TestDatabases db) {
        // given
        DroppingDataSource ds = open(db);
        JdbcSessionStore store = store(ds);
        JdbcSessionStore otherNode = JdbcSessionStore.builder().dataSource(pool).tablePrefix(prefix).build();
        store.append("s-1", 0, List.of(started("s-1")));
        ds.dropNext(Moment.BEFORE_COMMIT).whileDropped(() -> otherNode.append("s-1", 1, List.of(answer("theirs"))));

        // when / then
        assertThatThrownBy(() -> store.append("s-1", 1, List.of(answer("mine"))))
                .isInstanceOf(ConcurrentSessionModificationException.class);
        assertThat(store.get("s-1").events()).containsExactly(started("s-1"), answer("theirs"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_load_and_list_when_the_connection_drops_during_the_read(TestDatabases db) {
        // given
        DroppingDataSource ds = open(db);
        JdbcSessionStore store = store(ds);
        JdbcQuestionBank bank = JdbcQuestionBank.builder().dataSource(ds).tablePrefix(prefix).build();
        store.append("s-1", 0, List.of(started("s-1"), answer("k1")));
        bank.importQuestions(List.of(question("q-1")));

        // when
        ds.dropNext(Moment.FIRST_STATEMENT);
        var loaded = store.get("s-1");
        ds.dropNext(Moment.FIRST_STATEMENT);
        var listed = store.list(SessionQuery.byCandidate("cand-1"));
        ds.dropNext(Moment.FIRST_STATEMENT);
        var questions = bank.all();

        // then
        assertThat(ds.dropped()).isEqualTo(3);
        assertThat(loaded.events()).containsExactly(started("s-1"), answer("k1"));
        assertThat(listed).singleElement().satisfies(s -> assertThat(s.version()).isEqualTo(2));
        assertThat(questions).extracting(BankQuestion::id).containsExactly("q-1");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_fail_saying_so_when_the_connection_drops_on_the_retry_too(TestDatabases db) throws SQLException {
        // given
        DroppingDataSource ds = open(db);
        JdbcSessionStore store = store(ds);
        store.append("s-1", 0, List.of(started("s-1")));
        ds.dropNext(Moment.BEFORE_COMMIT).dropNext(Moment.BEFORE_COMMIT);
        int before = ds.handedOut();

        // when / then
        assertThatThrownBy(() -> store.append("s-1", 1, List.of(answer("k1"))))
                .isInstanceOf(InterviewException.class)
                .isNotInstanceOf(ConcurrentSessionModificationException.class)
                .hasMessageContaining("cannot append to session s-1")
                .hasMessageContaining("connection was lost, and again on a fresh connection")
                .hasMessageNotContaining("Confidential");
        assertThat(ds.handedOut() - before).isEqualTo(2);
        assertThat(store.get("s-1").version()).isEqualTo(1);
        assertThat(storedEvents("s-1")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_fail_saying_so_when_no_fresh_connection_can_be_opened_for_the_retry(TestDatabases db)
            throws SQLException {
        // given
        DroppingDataSource ds = open(db);
        JdbcSessionStore store = store(ds);
        store.append("s-1", 0, List.of(started("s-1")));
        ds.dropNext(Moment.BEFORE_COMMIT).refuseNextBorrow();

        // when / then
        assertThatThrownBy(() -> store.append("s-1", 1, List.of(answer("k1"))))
                .isInstanceOf(InterviewException.class)
                .hasMessageContaining("cannot append to session s-1")
                .hasMessageContaining("connection was lost, and no fresh one could be opened")
                .hasMessageContaining("the database refuses new connections");
        assertThat(store.get("s-1").version()).isEqualTo(1);
        assertThat(storedEvents("s-1")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_not_retry_when_the_failure_is_not_a_lost_connection(TestDatabases db) {
        // given tables that were never created
        DroppingDataSource ds = open(db);
        JdbcSessionStore store = JdbcSessionStore.builder().dataSource(ds).tablePrefix(prefix)
                .migrationMode(MigrationMode.NONE).build();
        int before = ds.handedOut();

        // when / then
        assertThatThrownBy(() -> store.find("s-1"))
                .isInstanceOf(InterviewException.class)
                .hasMessageContaining("cannot load session s-1")
                .hasMessageNotContaining("fresh connection");
        assertThat(ds.handedOut() - before).isEqualTo(1);
    }

    private JdbcSessionStore store(DroppingDataSource ds) {
        return JdbcSessionStore.builder().dataSource(ds).tablePrefix(prefix).build();
    }

    private long storedEvents(String sessionId) throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM " + prefix + "events WHERE session_id = ?")) {
            p.setString(1, sessionId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static SessionEvent started(String id) {
        return new SessionStarted(T0, id, "cand-1", "owner-1", null,
                InterviewPlan.builder().round(RoundPlan.of("Coding", "dsa", 2)).build(), List.of(), null, List.of());
    }

    private static SessionEvent answer(String key) {
        return new AnswerSubmitted(T0.plusSeconds(30), "q1", ANSWER + " (" + key + ")", key, 25);
    }

    private static BankQuestion question(String id) {
        return new BankQuestion(id, "technical", "System design", "design", List.of("sharding"), List.of("mid"),
                Difficulty.parse("medium"), List.of(), List.of(), "How would you shard a ledger?", List.of("by account"),
                "Shard by account id.", List.of(), 300);
    }
}
