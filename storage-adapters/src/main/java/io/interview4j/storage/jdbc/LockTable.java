package io.interview4j.storage.jdbc;

import io.interview4j.InterviewException;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default migration lock: one row in {@code <prefix>schema_lock}, which only one node can insert. */
final class LockTable {

    private static final Logger log = LoggerFactory.getLogger(LockTable.class);
    private static final Duration STALE_AFTER = Duration.ofMinutes(10);
    private static final long PAUSE_MILLIS = 100;

    private LockTable() {
    }

    static Dialect.MigrationLock acquire(Dialect dialect, Connection c, String prefix, Duration timeout)
            throws SQLException {
        String table = prefix + "schema_lock";
        createTable(c, table);
        String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO " + table + " (id, locked_by, locked_at) VALUES (1, ?, ?)")) {
                s.setString(1, owner);
                s.setLong(2, System.currentTimeMillis());
                s.executeUpdate();
                commitIfNeeded(c);
                return () -> {
                    try (PreparedStatement d = c.prepareStatement("DELETE FROM " + table + " WHERE id = 1 AND locked_by = ?")) {
                        d.setString(1, owner);
                        d.executeUpdate();
                        commitIfNeeded(c);
                    }
                };
            } catch (SQLException e) {
                rollbackIfNeeded(c);
                if (!dialect.isConflict(e)) {
                    throw e;
                }
            }
            breakIfStale(c, table);
            if (System.nanoTime() > deadline) {
                throw new InterviewException("the migration lock in table " + table + " was not released within "
                        + timeout + ": another node is migrating (delete its row if no node is)");
            }
            pause();
        }
    }

    private static void createTable(Connection c, String table) throws SQLException {
        String ddl = "CREATE TABLE IF NOT EXISTS " + table
                + " (id INTEGER NOT NULL PRIMARY KEY, locked_by VARCHAR(255) NOT NULL, locked_at BIGINT NOT NULL)";
        for (int attempt = 1; ; attempt++) {
            try (Statement s = c.createStatement()) {
                s.execute(ddl);
                commitIfNeeded(c);
                return;
            } catch (SQLException e) {
                rollbackIfNeeded(c);
                if (attempt >= 3) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void breakIfStale(Connection c, String table) throws SQLException {
        Long lockedAt = null;
        String lockedBy = null;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT locked_by, locked_at FROM " + table + " WHERE id = 1")) {
            if (rs.next()) {
                lockedBy = rs.getString(1);
                lockedAt = rs.getLong(2);
            }
        }
        commitIfNeeded(c);
        if (lockedAt != null && System.currentTimeMillis() - lockedAt > STALE_AFTER.toMillis()) {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM " + table + " WHERE id = 1 AND locked_at = ?")) {
                d.setLong(1, lockedAt);
                if (d.executeUpdate() > 0) {
                    log.warn("removed a migration lock held since {} by {}: older than {}, taken as left by a crashed node",
                            java.time.Instant.ofEpochMilli(lockedAt), lockedBy, STALE_AFTER);
                }
            }
            commitIfNeeded(c);
        }
    }

    static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterviewException("interrupted while waiting for the migration lock", e);
        }
    }

    private static void commitIfNeeded(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    private static void rollbackIfNeeded(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // the original failure is the one to report
        }
    }
}
