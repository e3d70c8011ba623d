package io.interview4j.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQLite: {@code LIMIT/OFFSET} paging, {@code TEXT} columns, write-ahead logging (WAL, set once on the file:
 * readers never block the writer, and a process killed mid-write loses nothing committed) and a busy timeout of
 * ten seconds on every connection, so that concurrent writers wait their turn instead of failing at once.
 * A writer that still finds the database busy after that is reported as a concurrent modification.
 */
public final class SqliteDialect implements Dialect {

    private static final Logger log = LoggerFactory.getLogger(SqliteDialect.class);

    /** The busy timeout set on every connection, in milliseconds. */
    public static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_CONSTRAINT = 19;

    /** Creates the dialect. */
    public SqliteDialect() {
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String pageClause() {
        return " LIMIT ? OFFSET ?";
    }

    @Override
    public void bindPage(PreparedStatement statement, int index, int offset, int limit) throws SQLException {
        statement.setInt(index, limit);
        statement.setInt(index + 1, offset);
    }

    /** Switches the database file to WAL journaling. */
    @Override
    public void initialize(Connection connection) throws SQLException {
        prepare(connection);
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode=WAL")) {
            String mode = rs.next() ? rs.getString(1) : "unknown";
            if (!"wal".equalsIgnoreCase(mode)) {
                log.debug("SQLite journal mode is {} (WAL is not available for this database)", mode);
            }
        }
    }

    /** Sets the busy timeout. */
    @Override
    public void prepare(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
        }
    }

    /** {@inheritDoc} Also SQLite's constraint, busy and locked result codes, which the driver reports without SQLSTATE. */
    @Override
    public boolean isConflict(SQLException e) {
        for (SQLException s : Dialects.chain(e)) {
            int primary = s.getErrorCode() & 0xff;
            if (primary == SQLITE_CONSTRAINT || primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
                return true;
            }
        }
        return Dialect.super.isConflict(e);
    }
}
