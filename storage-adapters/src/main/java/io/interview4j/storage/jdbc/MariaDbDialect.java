package io.interview4j.storage.jdbc;

import io.interview4j.InterviewException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * MariaDB and MySQL: {@code LIMIT/OFFSET} paging, InnoDB tables in {@code utf8mb4} (so emoji fit) with ids in
 * {@code VARBINARY} columns (so ids match exactly: case-sensitive, and a trailing space is not ignored as
 * {@code utf8mb4_bin}'s padding would), {@code LONGTEXT} for events, and {@code GET_LOCK} for migrations,
 * which the server releases by itself if the node dies. DDL commits implicitly on this database, so a script
 * that fails half-way is not rolled back; the scripts use {@code IF NOT EXISTS} so that a rerun completes them.
 */
public final class MariaDbDialect implements Dialect {

    /** Creates the dialect. */
    public MariaDbDialect() {
    }

    @Override
    public String name() {
        return "mariadb";
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

    /** {@inheritDoc} Also vendor codes 1205 (lock wait timeout) and 1213 (deadlock). */
    @Override
    public boolean isConflict(SQLException e) {
        return Dialect.super.isConflict(e) || Dialects.hasErrorCode(e, 1205, 1213);
    }

    /**
     * {@inheritDoc} Also the vendor codes of a connection the server ended or lost: 1927 (connection killed, as
     * {@code KILL CONNECTION} does), 1053 (server shutdown), 2006 (server gone away), 2013 (connection lost during a
     * query) and 4031 (disconnected for inactivity). Not 1317 (query interrupted): the connection lives on.
     */
    @Override
    public boolean isConnectionLost(SQLException e) {
        return Dialect.super.isConnectionLost(e) || Dialects.hasErrorCode(e, 1927, 1053, 2006, 2013, 4031);
    }

    @Override
    public MigrationLock lockMigrations(Connection connection, String tablePrefix, Duration timeout)
            throws SQLException {
        String name = "interview4j_migrate_" + tablePrefix;
        try (PreparedStatement s = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            s.setString(1, name);
            s.setLong(2, Math.max(1, timeout.toSeconds()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getInt(1) != 1) {
                    throw new InterviewException("the migration lock of tables '" + tablePrefix
                            + "*' was not released within " + timeout + ": another node is migrating");
                }
            }
        }
        return () -> {
            try (PreparedStatement u = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                u.setString(1, name);
                u.execute();
            }
        };
    }
}
