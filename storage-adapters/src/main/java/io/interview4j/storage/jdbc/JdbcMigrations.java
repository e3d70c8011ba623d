package io.interview4j.storage.jdbc;

import io.interview4j.InterviewException;
import io.interview4j.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQL migrations of the JDBC stores: versioned plain-SQL scripts on the classpath, listed here explicitly
 * (the classpath is never scanned), with a dialect's script replacing the common one of the same name.
 *
 * <p>Hosts that run Flyway or Liquibase call {@link #scripts(Dialect, String)} to get the scripts ready to run,
 * and build their stores with {@link MigrationMode#NONE} or {@link MigrationMode#VALIDATE}.
 */
public final class JdbcMigrations {

    private static final Logger log = LoggerFactory.getLogger(JdbcMigrations.class);
    private static final String ROOT = "/io/interview4j/storage/jdbc/migrations/";
    private static final List<String> FILES = List.of(
            "V001__create_sessions.sql",
            "V002__create_events.sql",
            "V003__create_questions.sql",
            "V004__add_session_readiness.sql",
            "V005__exact_ids.sql",
            "V006__session_group_key.sql");
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
    private static final Pattern PREFIX = Pattern.compile("([A-Za-z][A-Za-z0-9_]{0,29})?");

    /** The tables and columns each store uses, probed by {@link MigrationMode#VALIDATE}. */
    private static final Map<String, String> COLUMNS = Map.of(
            "sessions", "id, candidate_id, owner_id, organisation_id, preset, status, version, started_at, updated_at, overall_score, "
                    + "readiness, group_key",
            "events", "session_id, seq, event_type, idempotency_key, occurred_at, payload",
            "questions", "id, sort_order, kind, category, competency, difficulty, skills, levels, roles, companies, "
                    + "question_text, key_points, reference_answer, follow_ups, suggested_seconds");

    private JdbcMigrations() {
    }

    /**
     * One migration script.
     *
     * @param version its version, such as {@code 001}
     * @param description what it does, from its file name, such as {@code create_sessions}
     * @param resource the classpath resource it was read from
     * @param checksum SHA-256 of the script as shipped (before the prefix is filled in), in hex
     * @param sql the script with the table prefix filled in; statements end with {@code ;} at the end of a line
     */
    public record Script(String version, String description, String resource, String checksum, String sql) {

        /** @return the script's statements, without comments */
        public List<String> statements() {
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : sql.split("\\R")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                    continue;
                }
                current.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    String statement = current.toString().strip();
                    out.add(statement.substring(0, statement.length() - 1));
                    current.setLength(0);
                }
            }
            if (!current.toString().isBlank()) {
                out.add(current.toString().strip());
            }
            return out;
        }
    }

    /**
     * @param dialect the database's dialect
     * @param tablePrefix the prefix of every table name, such as {@code i4j_}
     * @return every script in order, ready to run
     * @throws InvalidInputException when the prefix is not a letter followed by at most 29 letters, digits or
     *     underscores (or empty)
     * @throws InterviewException when a script is missing from the classpath (a packaging error)
     */
    public static List<Script> scripts(Dialect dialect, String tablePrefix) {
        Objects.requireNonNull(dialect, "dialect");
        checkPrefix(tablePrefix);
        List<Script> scripts = new ArrayList<>();
        for (String file : FILES) {
            var m = FILE_NAME.matcher(file);
            if (!m.matches()) {
                throw new IllegalStateException("bad migration file name " + file);
            }
            String resource = ROOT + dialect.name() + "/" + file;
            String text = readResource(resource);
            if (text == null) {
                resource = ROOT + "common/" + file;
                text = readResource(resource);
            }
            if (text == null) {
                throw new InterviewException("migration script missing from the classpath: " + resource);
            }
            String normalized = text.replace("\r\n", "\n");
            scripts.add(new Script(m.group(1), m.group(2), resource, sha256(normalized),
                    normalized.replace("${prefix}", tablePrefix)));
        }
        return List.copyOf(scripts);
    }

    /**
     * @param tablePrefix a table prefix
     * @return the prefix
     * @throws InvalidInputException naming the prefix when it is not a letter followed by at most 29 letters,
     *     digits or underscores (or empty)
     */
    static String checkPrefix(String tablePrefix) {
        Objects.requireNonNull(tablePrefix, "tablePrefix");
        if (!PREFIX.matcher(tablePrefix).matches()) {
            throw new InvalidInputException("tablePrefix '" + tablePrefix
                    + "' must be empty or a letter followed by at most 29 letters, digits or underscores");
        }
        return tablePrefix;
    }

    /** Brings the schema to this version's, checks it, or does nothing, as {@code mode} says. */
    static void apply(DataSource dataSource, Dialect dialect, String prefix, MigrationMode mode, Duration lockTimeout) {
        if (mode == MigrationMode.NONE) {
            return;
        }
        List<Script> scripts = scripts(dialect, prefix);
        try (Connection c = dataSource.getConnection()) {
            dialect.prepare(c);
            if (mode == MigrationMode.CREATE) {
                migrate(c, dialect, prefix, scripts, lockTimeout);
            } else {
                validate(c, prefix, scripts);
            }
        } catch (SQLException e) {
            throw new InterviewException("cannot " + (mode == MigrationMode.CREATE ? "migrate" : "validate")
                    + " the interview4j tables '" + prefix + "*': " + e.getMessage(), e);
        }
    }

    private static void migrate(Connection c, Dialect dialect, String prefix, List<Script> scripts, Duration lockTimeout)
            throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(true);
        try {
            Dialect.MigrationLock lock = dialect.lockMigrations(c, prefix, lockTimeout);
            try {
                migrateLocked(c, prefix, scripts);
            } finally {
                lock.close();
            }
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static void migrateLocked(Connection c, String prefix, List<Script> scripts) throws SQLException {
        String table = prefix + "schema_migrations";
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + table + " (version VARCHAR(20) NOT NULL PRIMARY KEY, "
                    + "description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, installed_at VARCHAR(40) NOT NULL)");
        }
        Map<String, String> applied = applied(c, table);
        for (Script script : scripts) {
            String checksum = applied.get(script.version());
            if (checksum != null) {
                if (!checksum.equals(script.checksum())) {
                    log.warn("migration {} of tables '{}*' was applied from a different script (checksum {} instead of {})",
                            script.resource(), prefix, checksum, script.checksum());
                }
                continue;
            }
            run(c, table, script);
            log.info("applied migration {} to tables '{}*'", script.resource(), prefix);
        }
        warnAboutUnknown(applied, scripts, prefix);
    }

    private static void run(Connection c, String table, Script script) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String statement : script.statements()) {
                s.execute(statement);
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table
                    + " (version, description, checksum, installed_at) VALUES (?, ?, ?, ?)")) {
                p.setString(1, script.version());
                p.setString(2, script.description());
                p.setString(3, script.checksum());
                p.setString(4, Instant.now().toString());
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new SQLException("migration " + script.resource() + " failed: " + e.getMessage(), e.getSQLState(), e);
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void validate(Connection c, String prefix, List<Script> scripts) throws SQLException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> table : COLUMNS.entrySet()) {
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT " + table.getValue() + " FROM " + prefix + table.getKey() + " WHERE 1 = 0").close();
            } catch (SQLException e) {
                problems.add("table " + prefix + table.getKey() + " is missing or lacks a column (" + e.getMessage() + ")");
                rollbackQuietly(c);
            }
        }
        String table = prefix + "schema_migrations";
        if (tableExists(c, table)) {
            Map<String, String> applied = applied(c, table);
            for (Script script : scripts) {
                String checksum = applied.get(script.version());
                if (checksum == null) {
                    problems.add("migration " + script.resource() + " is not recorded in " + table);
                } else if (!checksum.equals(script.checksum())) {
                    problems.add("migration " + script.resource() + " is recorded with checksum " + checksum
                            + " but this version's script has " + script.checksum());
                }
            }
            warnAboutUnknown(applied, scripts, prefix);
        }
        if (!problems.isEmpty()) {
            throw new InterviewException("the interview4j tables '" + prefix + "*' do not match this version: "
                    + String.join("; ", problems)
                    + ". Build the store with MigrationMode.CREATE, or apply JdbcMigrations.scripts(...) yourself.");
        }
    }

    private static boolean tableExists(Connection c, String table) {
        try (Statement s = c.createStatement()) {
            s.executeQuery("SELECT version, checksum FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            rollbackQuietly(c);
            return false;
        }
    }

    private static Map<String, String> applied(Connection c, String table) throws SQLException {
        Map<String, String> applied = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version, checksum FROM " + table)) {
            while (rs.next()) {
                applied.put(rs.getString(1), rs.getString(2));
            }
        }
        return applied;
    }

    private static void warnAboutUnknown(Map<String, String> applied, List<Script> scripts, String prefix) {
        for (String version : applied.keySet()) {
            if (scripts.stream().noneMatch(s -> s.version().equals(version))) {
                log.warn("tables '{}*' have migration {} applied, which this version of interview4j does not know: "
                        + "a newer version has run on this database", prefix, version);
            }
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // nothing more to do: the caller reports the original problem
        }
    }

    private static String readResource(String resource) {
        try (InputStream in = JdbcMigrations.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InterviewException("cannot read migration script " + resource, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    /** Opens a connection, picks or checks the dialect, initialises the database and applies the mode. */
    static Dialect setUp(DataSource dataSource, Dialect configured, String prefix, MigrationMode mode,
                         Duration lockTimeout) {
        Dialect dialect = configured;
        try (Connection c = dataSource.getConnection()) {
            if (dialect == null) {
                DatabaseMetaData md = c.getMetaData();
                dialect = Dialect.detect(md);
                log.debug("detected dialect {} for {} {}", dialect.name(), md.getDatabaseProductName(),
                        md.getDatabaseProductVersion());
            }
            dialect.initialize(c);
        } catch (SQLException e) {
            throw new InterviewException("cannot connect to the database: " + e.getMessage(), e);
        }
        apply(dataSource, dialect, prefix, mode, lockTimeout);
        return dialect;
    }
}
