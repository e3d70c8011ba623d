package io.interview4j.storage.jdbc;

import io.interview4j.InterviewException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a unit of work on a borrowed connection and, when the dialect says the connection was lost during it, once
 * more on a fresh one. Only work that is safe to repeat goes through here. A failure to borrow a connection at all
 * is not retried: the pool has already waited for one.
 */
final class ConnectionRetry {

    private static final Logger log = LoggerFactory.getLogger(ConnectionRetry.class);

    /** Work on one connection; {@code retry} is {@code true} on the second attempt. */
    interface Work<T> {
        T run(Connection connection, boolean retry) throws SQLException;
    }

    private final DataSource dataSource;
    private final Dialect dialect;
    private final String where;

    /**
     * @param where the tables, for messages, such as {@code tables 'i4j_*'}
     */
    ConnectionRetry(DataSource dataSource, Dialect dialect, String where) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.where = where;
    }

    /**
     * @param what the operation, for messages, such as {@code load session s-1}; never candidate text
     * @return what the work returned
     * @throws InterviewException naming the operation and the tables when the database fails, or the connection is
     *     lost twice; runtime exceptions of the work pass through
     */
    <T> T run(String what, Work<T> work) {
        SQLException lost = null;
        while (true) {
            Connection c = borrow(what, lost);
            try {
                dialect.prepare(c);
                return work.run(c, lost != null);
            } catch (SQLException e) {
                if (lost == null && dialect.isConnectionLost(e)) {
                    log.warn("lost the database connection during '{}' in {} (SQLState {}, error {}); retrying once on a"
                            + " fresh connection", what, where, e.getSQLState(), e.getErrorCode());
                    log.debug("the lost connection's error", e);
                    lost = e;
                    continue;
                }
                throw failure(what, e, lost);
            } finally {
                closeQuietly(c);
            }
        }
    }

    /**
     * @param lostBefore the first attempt's lost connection, or {@code null} on the first attempt
     * @return the failure, worded for the caller; a connection lost on the retry too says so
     */
    InterviewException failure(String what, SQLException e, SQLException lostBefore) {
        boolean lostAgain = lostBefore != null && dialect.isConnectionLost(e);
        return failure(what, e, lostBefore, lostAgain ? "and again on a fresh connection" : null);
    }

    private InterviewException failure(String what, SQLException e, SQLException lostBefore, String retried) {
        String detail = describe(e);
        if (retried != null) {
            detail = "the database connection was lost, " + retried + ": " + detail;
        }
        InterviewException failure = new InterviewException("cannot " + what + " in " + where + ": " + detail, e);
        if (lostBefore != null) {
            failure.addSuppressed(lostBefore);
        }
        return failure;
    }

    /** @return the message, and the root cause's when the message does not hold it (as a pool's timeout does not) */
    private static String describe(SQLException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(e.getMessage());
        if (root == e || root.getMessage() == null || message.contains(root.getMessage())) {
            return message;
        }
        return message + " (" + root.getMessage() + ")";
    }

    /** A connection that cannot be closed is broken and the pool discards it; the work's outcome stands. */
    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            log.debug("cannot close a connection: {}", e.getMessage());
        }
    }

    private Connection borrow(String what, SQLException lostBefore) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw failure(what, e, lostBefore, lostBefore == null ? null : "and no fresh one could be opened");
        }
    }
}
