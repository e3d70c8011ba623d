package io.interview4j.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.interview4j.InterviewException;
import io.interview4j.InvalidInputException;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.RoundPlan;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionEvent.AnswerSubmitted;
import io.interview4j.session.SessionEvent.SessionStarted;
import io.interview4j.store.SessionQuery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class JdbcMigrationsTest {

    @TempDir
    Path dir;
    private HikariDataSource pool;
    private String prefix;

    private DataSource open(TestDatabases db) {
        pool = db.open(dir, 8);
        prefix = TestDatabases.uniquePrefix();
        return pool;
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
    void should_apply_each_script_once_when_created_twice(TestDatabases db) throws SQLException {
        // given
        DataSource ds = open(db);
        build(ds, MigrationMode.CREATE);

        // when
        JdbcSessionStore store = build(ds, MigrationMode.CREATE);

        // then
        assertThat(count(ds, "SELECT COUNT(*) FROM " + prefix + "schema_migrations")).isEqualTo(6);
        assertThat(store.append("s-1", 0, List.of(started("s-1")))).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_upgrade_a_version_3_schema_keeping_its_sessions_and_leaving_their_readiness_empty(TestDatabases db)
            throws SQLException {
        // given a store as version 3 left it: no readiness column, one session listed
        DataSource ds = open(db);
        build(ds, MigrationMode.CREATE).append("s-old", 0, List.of(started("s-old")));
        execute(ds, "ALTER TABLE " + prefix + "sessions DROP COLUMN readiness");
        execute(ds, "DELETE FROM " + prefix + "schema_migrations WHERE version = '004'");
        assertThatThrownBy(() -> build(ds, MigrationMode.VALIDATE)).isInstanceOf(InterviewException.class);

        // when
        JdbcSessionStore upgraded = build(ds, MigrationMode.CREATE);

        // then
        assertThat(count(ds, "SELECT COUNT(*) FROM " + prefix + "schema_migrations")).isEqualTo(6);
        assertThat(upgraded.list(SessionQuery.byCandidate("cand-1"))).singleElement()
                .satisfies(s -> {
                    assertThat(s.sessionId()).isEqualTo("s-old");
                    assertThat(s.readiness()).isNull();
                });
        assertThat(build(ds, MigrationMode.VALIDATE).get("s-old").version()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_upgrade_a_version_4_schema_keeping_its_sessions_and_matching_ids_exactly(TestDatabases db)
            throws SQLException {
        // given tables made by version 4's scripts, as version 4 applied and recorded them, holding a session
        DataSource ds = open(db);
        List<JdbcMigrations.Script> version4 = JdbcMigrations.scripts(dialect(ds), prefix).subList(0, 4);
        assertThat(version4.get(3).version()).isEqualTo("004");
        execute(ds, "CREATE TABLE " + prefix + "schema_migrations (version VARCHAR(20) NOT NULL PRIMARY KEY, "
                + "description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, installed_at VARCHAR(40) NOT NULL)");
        for (JdbcMigrations.Script script : version4) {
            for (String statement : script.statements()) {
                execute(ds, statement);
            }
            execute(ds, "INSERT INTO " + prefix + "schema_migrations VALUES ('" + script.version() + "', '"
                    + script.description() + "', '" + script.checksum() + "', '2026-01-01T00:00:00Z')");
        }
        // (today's store writes the host key of version 6, so the column exists only while it writes)
        execute(ds, "ALTER TABLE " + prefix + "sessions ADD COLUMN group_key VARCHAR(255)");
        build(ds, MigrationMode.NONE).append("s-old", 0, List.of(started("s-old"), answer("k1")));
        execute(ds, "ALTER TABLE " + prefix + "sessions DROP COLUMN group_key");
        assertThatThrownBy(() -> build(ds, MigrationMode.VALIDATE)).isInstanceOf(InterviewException.class)
                .hasMessageContaining("V005__exact_ids.sql");

        // when
        JdbcSessionStore upgraded = build(ds, MigrationMode.CREATE);

        // then the session is intact, found only by its exact id, and the schema validates
        assertThat(count(ds, "SELECT COUNT(*) FROM " + prefix + "schema_migrations")).isEqualTo(6);
        assertThat(upgraded.get("s-old").events()).containsExactly(started("s-old"), answer("k1"));
        assertThat(upgraded.find("s-old ")).isEmpty();
        assertThat(upgraded.find("S-OLD")).isEmpty();
        assertThat(upgraded.list(SessionQuery.byCandidate("cand-1"))).extracting(s -> s.sessionId())
                .containsExactly("s-old");
        assertThat(upgraded.list(SessionQuery.byCandidate("cand-1 "))).isEmpty();
        assertThat(upgraded.append("s-old ", 0, List.of(started("s-old ")))).isEqualTo(1);
        assertThat(upgraded.append("s-old", 2, List.of(answer("k2")))).isEqualTo(3);
        assertThat(build(ds, MigrationMode.VALIDATE).get("s-old").version()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_pass_validation_when_schema_was_created(TestDatabases db) {
        // given
        DataSource ds = open(db);
        build(ds, MigrationMode.CREATE);

        // when
        JdbcSessionStore validated = build(ds, MigrationMode.VALIDATE);

        // then
        assertThat(validated.append("s-1", 0, List.of(started("s-1")))).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_refuse_to_build_when_validating_an_empty_database(TestDatabases db) {
        // given
        DataSource ds = open(db);

        // when / then
        assertThatThrownBy(() -> build(ds, MigrationMode.VALIDATE))
                .isInstanceOf(InterviewException.class)
                .hasMessageContaining(prefix + "sessions")
                .hasMessageContaining("MigrationMode.CREATE");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_create_nothing_when_mode_is_none(TestDatabases db) {
        // given
        DataSource ds = open(db);

        // when
        JdbcSessionStore store = build(ds, MigrationMode.NONE);

        // then
        assertThatThrownBy(() -> store.append("s-1", 0, List.of(started("s-1"))))
                .isInstanceOf(InterviewException.class)
                .hasMessageContaining(prefix);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_refuse_validation_when_a_recorded_checksum_differs(TestDatabases db) throws SQLException {
        // given
        DataSource ds = open(db);
        build(ds, MigrationMode.CREATE);
        execute(ds, "UPDATE " + prefix + "schema_migrations SET checksum = 'edited' WHERE version = '002'");

        // when / then
        assertThatThrownBy(() -> build(ds, MigrationMode.VALIDATE))
                .isInstanceOf(InterviewException.class)
                .hasMessageContaining("V002__create_events.sql")
                .hasMessageContaining("checksum");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_pass_validation_when_host_applied_the_scripts_itself(TestDatabases db) throws SQLException {
        // given
        DataSource ds = open(db);
        Dialect dialect;
        try (Connection c = ds.getConnection()) {
            dialect = Dialect.detect(c.getMetaData());
        }
        for (JdbcMigrations.Script script : JdbcMigrations.scripts(dialect, prefix)) {
            for (String statement : script.statements()) {
                execute(ds, statement);
            }
        }

        // when
        JdbcSessionStore store = build(ds, MigrationMode.VALIDATE);

        // then
        assertThat(store.append("s-1", 0, List.of(started("s-1")))).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_migrate_once_when_two_nodes_start_at_the_same_time(TestDatabases db) throws Exception {
        // given
        DataSource ds = open(db);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<JdbcSessionStore>> started = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                started.add(nodes.submit(() -> {
                    together.await();
                    return build(ds, MigrationMode.CREATE);
                }));
            }

            // when
            JdbcSessionStore first = started.get(0).get(2, TimeUnit.MINUTES);
            JdbcSessionStore second = started.get(1).get(2, TimeUnit.MINUTES);

            // then
            assertThat(count(ds, "SELECT COUNT(*) FROM " + prefix + "schema_migrations")).isEqualTo(6);
            first.append("s-1", 0, List.of(started("s-1")));
            assertThat(second.get("s-1").version()).isEqualTo(1);
        } finally {
            nodes.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void should_detect_the_dialect_when_connecting(TestDatabases db) throws SQLException {
        // given
        DataSource ds = open(db);

        // when
        Dialect dialect;
        try (Connection c = ds.getConnection()) {
            dialect = Dialect.detect(c.getMetaData());
        }

        // then
        assertThat(dialect.name()).isEqualTo(switch (db) {
            case SQLITE -> "sqlite";
            case H2 -> "h2";
            case POSTGRES -> "postgres";
            case MARIADB -> "mariadb";
        });
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.class, names = {"SQLITE", "H2"})
    void should_time_out_when_another_node_holds_the_lock_row(TestDatabases db) throws SQLException {
        // given
        DataSource ds = open(db);
        execute(ds, "CREATE TABLE " + prefix + "schema_lock (id INTEGER NOT NULL PRIMARY KEY, "
                + "locked_by VARCHAR(255) NOT NULL, locked_at BIGINT NOT NULL)");
        try (Connection c = ds.getConnection(); PreparedStatement p = c.prepareStatement(
                "INSERT INTO " + prefix + "schema_lock (id, locked_by, locked_at) VALUES (1, 'other-node', ?)")) {
            p.setLong(1, System.currentTimeMillis());
            p.executeUpdate();
        }

        // when / then
        assertThatThrownBy(() -> JdbcSessionStore.builder().dataSource(ds).tablePrefix(prefix)
                .migrationLockTimeout(Duration.ofMillis(300)).build())
                .isInstanceOf(InterviewException.class)
                .hasMessageContaining("another node is migrating");
        assertThat(count(ds, "SELECT COUNT(*) FROM " + prefix + "schema_lock")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.class, names = {"SQLITE", "H2"})
    void should_take_over_the_lock_when_its_row_was_left_by_a_crashed_node(TestDatabases db) throws SQLException {
        // given
        DataSource ds = open(db);
        execute(ds, "CREATE TABLE " + prefix + "schema_lock (id INTEGER NOT NULL PRIMARY KEY, "
                + "locked_by VARCHAR(255) NOT NULL, locked_at BIGINT NOT NULL)");
        execute(ds, "INSERT INTO " + prefix + "schema_lock (id, locked_by, locked_at) VALUES (1, 'crashed-node', 0)");

        // when
        JdbcSessionStore store = build(ds, MigrationMode.CREATE);

        // then
        assertThat(store.append("s-1", 0, List.of(started("s-1")))).isEqualTo(1);
        assertThat(count(ds, "SELECT COUNT(*) FROM " + prefix + "schema_lock")).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.class, names = {"POSTGRES", "MARIADB"})
    void should_time_out_when_another_node_holds_the_advisory_lock(TestDatabases db) throws SQLException {
        // given
        DataSource ds = open(db);
        Dialect dialect = db == TestDatabases.POSTGRES ? new PostgresDialect() : new MariaDbDialect();
        try (Connection other = ds.getConnection()) {
            Dialect.MigrationLock held = dialect.lockMigrations(other, prefix, Duration.ofSeconds(5));

            // when / then
            assertThatThrownBy(() -> JdbcSessionStore.builder().dataSource(ds).tablePrefix(prefix)
                    .migrationLockTimeout(Duration.ofSeconds(1)).build())
                    .isInstanceOf(InterviewException.class)
                    .hasMessageContaining("another node is migrating");
            held.close();
        }
        assertThat(build(ds, MigrationMode.CREATE).find("s-1")).isEmpty();
    }

    @Test
    void should_let_a_dialect_script_replace_the_common_one_when_both_exist() {
        // when
        List<JdbcMigrations.Script> postgres = JdbcMigrations.scripts(new PostgresDialect(), "abc_");
        List<JdbcMigrations.Script> sqlite = JdbcMigrations.scripts(new SqliteDialect(), "abc_");
        List<JdbcMigrations.Script> h2 = JdbcMigrations.scripts(new H2Dialect(), "abc_");
        List<JdbcMigrations.Script> mariadb = JdbcMigrations.scripts(new MariaDbDialect(), "abc_");

        // then
        assertThat(postgres).extracting(JdbcMigrations.Script::version)
                .containsExactly("001", "002", "003", "004", "005", "006");
        assertThat(postgres.get(4).statements()).isEmpty();
        assertThat(mariadb.get(4).resource()).endsWith("/mariadb/V005__exact_ids.sql");
        assertThat(mariadb.get(4).statements()).hasSize(3).allSatisfy(st -> assertThat(st).contains("VARBINARY"));
        assertThat(postgres.get(3).resource()).endsWith("/common/V004__add_session_readiness.sql");
        assertThat(mariadb.get(3).sql()).contains("ALTER TABLE abc_sessions ADD COLUMN readiness");
        assertThat(postgres.get(1).resource()).endsWith("/postgres/V002__create_events.sql");
        assertThat(postgres.get(1).sql()).contains("abc_events").contains("TEXT").doesNotContain("${prefix}");
        assertThat(sqlite.get(0).resource()).endsWith("/common/V001__create_sessions.sql");
        assertThat(sqlite.get(1).resource()).endsWith("/sqlite/V002__create_events.sql");
        assertThat(h2).allSatisfy(s -> assertThat(s.resource()).contains("/common/"));
        assertThat(h2.get(1).sql()).contains("CLOB");
        assertThat(mariadb.get(1).sql()).contains("LONGTEXT").contains("utf8mb4");
        assertThat(mariadb.get(0).statements()).hasSize(1);
        assertThat(postgres.get(0).statements()).hasSize(2);
    }

    @Test
    void should_keep_checksums_when_only_the_prefix_differs() {
        // when
        List<JdbcMigrations.Script> one = JdbcMigrations.scripts(new H2Dialect(), "one_");
        List<JdbcMigrations.Script> two = JdbcMigrations.scripts(new H2Dialect(), "two_");

        // then
        assertThat(one).extracting(JdbcMigrations.Script::checksum)
                .containsExactlyElementsOf(two.stream().map(JdbcMigrations.Script::checksum).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1abc_", "a-b_", "drop table x;--", "abcdefghijklmnopqrstuvwxyz12345", "a b"})
    void should_refuse_the_prefix_when_it_is_not_a_plain_identifier(String prefix) {
        // when / then
        assertThatThrownBy(() -> JdbcMigrations.scripts(new H2Dialect(), prefix))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("tablePrefix");
    }

    private JdbcSessionStore build(DataSource ds, MigrationMode mode) {
        return JdbcSessionStore.builder().dataSource(ds).tablePrefix(prefix).migrationMode(mode).build();
    }

    private static Dialect dialect(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return Dialect.detect(c.getMetaData());
        }
    }

    private static SessionEvent answer(String key) {
        return new AnswerSubmitted(Instant.parse("2026-03-01T09:01:00Z"), "q1", "An answer", key, 30);
    }

    private static SessionEvent started(String id) {
        return new SessionStarted(Instant.parse("2026-03-01T09:00:00Z"), id, "cand-1", "owner-1", null,
                InterviewPlan.builder().round(RoundPlan.of("Coding", "dsa", 2)).build(), List.of(), null, List.of());
    }

    private static long count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
