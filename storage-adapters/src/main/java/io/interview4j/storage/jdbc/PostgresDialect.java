package io.interview4j.storage.jdbc;

import io.interview4j.InterviewException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.zip.CRC32;

/**
 * PostgreSQL: {@code LIMIT/OFFSET} paging, {@code TEXT} for events and {@code COLLATE "C"} for ids so that
 * listing ties order as in every other store, and a session-level advisory lock ({@code pg_try_advisory_lock})
 * for migrations, which PostgreSQL releases by itself if the node dies.
 */
public final class PostgresDialect implements Dialect {

    /** Creates the dialect. */
    public PostgresDialect() {
    }

    @Override
    public String name() {
        return "postgres";
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

    /** {@inheritDoc} Also {@code 55P03}, lock not available. */
    @Override
    public boolean isConflict(SQLException e) {
        for (SQLException s : Dialects.chain(e)) {
            if ("55P03".equals(s.getSQLState())) {
                return true;
            }
        }
        return Dialect.super.isConflict(e);
    }

    /**
     * {@inheritDoc} Also class {@code 57P} of operator intervention: {@code 57P01} (the backend was terminated, as
     * {@code pg_terminate_backend} does), {@code 57P02} (crash shutdown) and {@code 57P03} (cannot connect now).
     */
    @Override
    public boolean isConnectionLost(SQLException e) {
        for (SQLException s : Dialects.chain(e)) {
            String state = s.getSQLState();
            if ("57P01".equals(state) || "57P02".equals(state) || "57P03".equals(state)) {
                return true;
            }
        }
        return Dialect.super.isConnectionLost(e);
    }

    @Override
    public MigrationLock lockMigrations(Connection connection, String tablePrefix, Duration timeout)
            throws SQLException {
        long key = lockKey(tablePrefix);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (PreparedStatement s = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                s.setLong(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return () -> {
                            try (PreparedStatement u = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                                u.setLong(1, key);
                                u.execute();
                            }
                        };
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                throw new InterviewException("the migration lock of tables '" + tablePrefix
                        + "*' was not released within " + timeout + ": another node is migrating");
            }
            LockTable.pause();
        }
    }

    private static long lockKey(String tablePrefix) {
        CRC32 crc = new CRC32();
        crc.update(("interview4j-migrations:" + tablePrefix).getBytes(StandardCharsets.UTF_8));
        return 0x1_4000_0000L ^ crc.getValue();
    }
}
