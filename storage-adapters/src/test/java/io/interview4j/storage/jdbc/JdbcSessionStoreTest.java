package io.interview4j.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interview4j.InterviewException;
import io.interview4j.InvalidInputException;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.RoundPlan;
import io.interview4j.session.EventJson;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionEvent.AnswerSubmitted;
import io.interview4j.session.SessionEvent.SessionStarted;
import io.interview4j.store.CandidateExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the JDBC store adds to the contract: builder rules, SQLite setup, limits and the candidate export. */
class JdbcSessionStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void should_switch_sqlite_to_wal_when_building() throws SQLException {
        // given
        Path file = dir.resolve("wal.db");
        DataSource ds = TestDatabases.sqliteFile(file);

        // when
        JdbcSessionStore store = JdbcSessionStore.builder().dataSource(ds).build();

        // then
        assertThat(store.dialect()).isInstanceOf(SqliteDialect.class);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void should_keep_sessions_when_a_new_store_opens_the_same_sqlite_file() {
        // given
        Path file = dir.resolve("durable.db");
        JdbcSessionStore first = JdbcSessionStore.builder().dataSource(TestDatabases.sqliteFile(file)).build();
        first.append("s-1", 0, List.of(started("s-1", "cand-1"), answer("q1", "Stored before the crash", "k1")));

        // when
        JdbcSessionStore reopened = JdbcSessionStore.builder().dataSource(TestDatabases.sqliteFile(file)).build();

        // then
        assertThat(reopened.get("s-1").events()).hasSize(2);
        assertThat(((AnswerSubmitted) reopened.get("s-1").events().get(1)).answer()).isEqualTo("Stored before the crash");
    }

    @Test
    void should_store_event_json_in_the_events_table_when_appending() throws SQLException {
        // given
        DataSource ds = TestDatabases.sqliteFile(dir.resolve("json.db"));
        JdbcSessionStore store = JdbcSessionStore.builder().dataSource(ds).tablePrefix("app_").build();
        SessionEvent answer = answer("q1", "Readable JSON", "k1");

        // when
        store.append("s-1", 0, List.of(started("s-1", "cand-1"), answer));

        // then
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq, event_type, idempotency_key, payload FROM app_events ORDER BY seq")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).isEqualTo("SessionStarted");
            assertThat(rs.getString(3)).isNull();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(2);
            assertThat(rs.getString(3)).isEqualTo("k1");
            assertThat(EventJson.read(rs.getString(4))).isEqualTo(answer);
        }
    }

    @Test
    void should_refuse_to_build_when_no_data_source_is_given() {
        // when / then
        assertThatThrownBy(() -> JdbcSessionStore.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dataSource");
    }

    @Test
    void should_refuse_to_build_when_an_option_is_set_twice() {
        // given
        DataSource ds = TestDatabases.sqliteFile(dir.resolve("twice.db"));

        // when / then
        assertThatThrownBy(() -> JdbcSessionStore.builder().dataSource(ds).tablePrefix("a_").tablePrefix("b_").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tablePrefix");
    }

    @Test
    void should_refuse_to_build_when_the_prefix_is_not_an_identifier() {
        // given
        DataSource ds = TestDatabases.sqliteFile(dir.resolve("prefix.db"));

        // when / then
        assertThatThrownBy(() -> JdbcSessionStore.builder().dataSource(ds).tablePrefix("x; DROP TABLE y").build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("tablePrefix");
    }

    @Test
    void should_fail_with_the_cause_when_the_database_cannot_be_opened() throws Exception {
        // given
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        DataSource ds = TestDatabases.sqliteFile(notADirectory.resolve("store.db"));

        // when / then
        assertThatThrownBy(() -> JdbcSessionStore.builder().dataSource(ds).build())
                .isInstanceOf(InterviewException.class)
                .hasMessageContaining("cannot connect")
                .hasCauseInstanceOf(SQLException.class);
    }

    @Test
    void should_refuse_an_idempotency_key_when_it_is_longer_than_255_characters() {
        // given
        JdbcSessionStore store = JdbcSessionStore.builder().dataSource(TestDatabases.sqliteFile(dir.resolve("long.db"))).build();
        store.append("s-1", 0, List.of(started("s-1", "cand-1")));

        // when / then
        assertThatThrownBy(() -> store.append("s-1", 1, List.of(answer("q1", "text", "k".repeat(256)))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("idempotencyKey");
        assertThat(store.get("s-1").version()).isEqualTo(1);
    }

    @Test
    void should_export_every_session_of_the_candidate_when_asked() throws Exception {
        // given
        JdbcSessionStore store = JdbcSessionStore.builder().dataSource(TestDatabases.sqliteFile(dir.resolve("export.db"))).build();
        store.append("s-1", 0, List.of(started("s-1", "cand-1"), answer("q1", "Mine 🙂", "k1")));
        store.append("s-2", 0, List.of(started("s-2", "cand-1")));
        store.append("s-3", 0, List.of(started("s-3", "cand-2"), answer("q1", "Someone else's", "k1")));

        // when
        String json = store.exportCandidate("cand-1");

        // then
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("format").asText()).isEqualTo(CandidateExport.FORMAT);
        assertThat(root.get("candidateId").asText()).isEqualTo("cand-1");
        assertThat(root.get("sessions")).hasSize(2);
        JsonNode first = root.get("sessions").get(1);
        assertThat(first.get("sessionId").asText()).isEqualTo("s-1");
        assertThat(first.get("version").asLong()).isEqualTo(2);
        assertThat(EventJson.read(first.get("events").get(1).toString())).isEqualTo(answer("q1", "Mine 🙂", "k1"));
        assertThat(json).doesNotContain("Someone else's");
    }

    @Test
    void should_export_an_empty_list_when_the_candidate_has_no_sessions() throws Exception {
        // given
        JdbcSessionStore store = JdbcSessionStore.builder().dataSource(TestDatabases.sqliteFile(dir.resolve("none.db"))).build();

        // when
        JsonNode root = new ObjectMapper().readTree(store.exportCandidate("nobody"));

        // then
        assertThat(root.get("sessions")).isEmpty();
    }

    private static SessionStarted started(String id, String candidate) {
        return new SessionStarted(id.equals("s-2") ? T0.plusSeconds(60) : T0, id, candidate, "owner-1", null,
                InterviewPlan.builder().round(RoundPlan.of("Coding", "dsa", 2)).build(), List.of(), null, List.of());
    }

    private static AnswerSubmitted answer(String question, String text, String key) {
        return new AnswerSubmitted(T0.plusSeconds(30), question, text, key, 25);
    }
}
