package io.interview4j.storage.jdbc;

import io.interview4j.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The options {@link JdbcSessionStore.Builder} and {@link JdbcQuestionBank.Builder} share, and the checks and
 * migration both run when building. Each option may be set once.
 */
final class JdbcSetup {

    /** What a builder hands to the component it builds. */
    record Ready(DataSource dataSource, Dialect dialect, String tablePrefix) {
    }

    private DataSource dataSource;
    private MigrationMode migrationMode = MigrationMode.CREATE;
    private String tablePrefix = "i4j_";
    private Dialect dialect;
    private Duration migrationLockTimeout = Duration.ofMinutes(2);
    private final Set<String> set = new LinkedHashSet<>();
    private final List<String> twice = new ArrayList<>();

    void dataSource(DataSource v) {
        mark("dataSource");
        dataSource = Objects.requireNonNull(v, "dataSource");
    }

    void migrationMode(MigrationMode v) {
        mark("migrationMode");
        migrationMode = Objects.requireNonNull(v, "migrationMode");
    }

    void tablePrefix(String v) {
        mark("tablePrefix");
        tablePrefix = Objects.requireNonNull(v, "tablePrefix");
    }

    void dialect(Dialect v) {
        mark("dialect");
        dialect = Objects.requireNonNull(v, "dialect");
    }

    void migrationLockTimeout(Duration v) {
        mark("migrationLockTimeout");
        Objects.requireNonNull(v, "migrationLockTimeout");
        if (v.isNegative() || v.isZero()) {
            throw new InvalidInputException("migrationLockTimeout must be positive, was " + v);
        }
        migrationLockTimeout = v;
    }

    /** Checks the options, connects, picks the dialect and applies the migration mode. */
    Ready prepare() {
        if (!twice.isEmpty()) {
            throw new IllegalStateException("set only once: " + String.join(", ", twice));
        }
        if (dataSource == null) {
            throw new IllegalStateException("dataSource is required");
        }
        JdbcMigrations.checkPrefix(tablePrefix);
        Dialect chosen = JdbcMigrations.setUp(dataSource, dialect, tablePrefix, migrationMode, migrationLockTimeout);
        return new Ready(dataSource, chosen, tablePrefix);
    }

    private void mark(String option) {
        if (!set.add(option)) {
            twice.add(option);
        }
    }
}
