package io.interview4j.storage.jdbc;

import io.interview4j.InterviewException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * What differs between databases, kept small: paging syntax, how a conflict and a lost connection are
 * recognised, per-connection setup, and the lock that keeps two nodes from migrating at once. The defaults are ANSI SQL; the built-in
 * dialects ({@link PostgresDialect}, {@link MariaDbDialect}, {@link SqliteDialect}, {@link H2Dialect}) override
 * what their database does differently. {@link #detect(DatabaseMetaData)} picks one from a connection.
 */
public interface Dialect {

    /**
     * @return the dialect's name, which is also the folder of its migration scripts that override the common
     *     ones: {@code postgres}, {@code mariadb}, {@code sqlite}, {@code h2} or {@code ansi}
     */
    String name();

    /**
     * @return the clause appended to an ordered query to select one page; default
     *     {@code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY}, bound by {@link #bindPage}
     */
    default String pageClause() {
        return " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    }

    /**
     * Binds the parameters of {@link #pageClause()}.
     *
     * @param statement the statement
     * @param index the index of the clause's first parameter
     * @param offset rows to skip
     * @param limit the most rows
     * @throws SQLException from the driver
     */
    default void bindPage(PreparedStatement statement, int index, int offset, int limit) throws SQLException {
        statement.setInt(index, offset);
        statement.setInt(index + 1, limit);
    }

    /**
     * Runs once when a store is built, before migrations. Default: nothing.
     *
     * @param connection a connection to the database
     * @throws SQLException from the driver
     */
    default void initialize(Connection connection) throws SQLException {
    }

    /**
     * Runs on every connection a store borrows, before use. Default: nothing.
     *
     * @param connection the borrowed connection
     * @throws SQLException from the driver
     */
    default void prepare(Connection connection) throws SQLException {
    }

    /**
     * Whether a failed write lost a race: another writer stored a row with the same key first, or the database
     * aborted the transaction to resolve contention. The store reports it as a concurrent modification, which the
     * caller resolves by reloading and retrying. Default: SQLSTATE class {@code 23} (integrity constraint) or
     * {@code 40} (transaction rollback), anywhere in the exception's chain.
     *
     * @param e the failure
     * @return whether it is a conflict
     */
    default boolean isConflict(SQLException e) {
        for (SQLException s : Dialects.chain(e)) {
            String state = s.getSQLState();
            if (state != null && (state.startsWith("23") || state.startsWith("40"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a failure means the connection was lost (dropped by the network, closed or terminated by the server),
     * so that the same work may succeed on a fresh connection. The stores then retry a load, a listing or an append
     * once. Default: SQLSTATE class {@code 08} (connection exception), or a {@link SQLRecoverableException},
     * {@link SQLTransientConnectionException} or {@link SQLNonTransientConnectionException}, anywhere in the
     * exception's chain.
     *
     * @param e the failure
     * @return whether the connection was lost
     */
    default boolean isConnectionLost(SQLException e) {
        for (SQLException s : Dialects.chain(e)) {
            String state = s.getSQLState();
            if ((state != null && state.startsWith("08")) || s instanceof SQLRecoverableException
                    || s instanceof SQLTransientConnectionException || s instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes the lock that keeps two nodes from migrating the same tables at once, waiting for it up to
     * {@code timeout}. Default: a row in the table {@code <prefix>schema_lock}, inserted (the primary key lets
     * only one node succeed) and deleted on release; a row older than ten minutes is taken to be left by a
     * crashed node and removed.
     *
     * @param connection the connection the migrations run on
     * @param tablePrefix the store's table prefix, which names the lock
     * @param timeout how long to wait
     * @return the held lock; closing it releases it
     * @throws SQLException from the driver
     * @throws InterviewException when the lock is not free within {@code timeout}
     */
    default MigrationLock lockMigrations(Connection connection, String tablePrefix, Duration timeout)
            throws SQLException {
        return LockTable.acquire(this, connection, tablePrefix, timeout);
    }

    /** A held migration lock. */
    interface MigrationLock extends AutoCloseable {
        /** Releases the lock. @throws SQLException from the driver */
        @Override
        void close() throws SQLException;
    }

    /**
     * Picks the dialect for a database from its product name: PostgreSQL, MariaDB or MySQL, SQLite, H2; any
     * other database gets {@link #ansi()}.
     *
     * @param metaData the connection's metadata
     * @return the dialect
     * @throws SQLException from the driver
     */
    static Dialect detect(DatabaseMetaData metaData) throws SQLException {
        Objects.requireNonNull(metaData, "metaData");
        String product = String.valueOf(metaData.getDatabaseProductName()).toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return new PostgresDialect();
        }
        if (product.contains("mariadb") || product.contains("mysql")) {
            return new MariaDbDialect();
        }
        if (product.contains("sqlite")) {
            return new SqliteDialect();
        }
        if (product.equals("h2")) {
            return new H2Dialect();
        }
        return ansi();
    }

    /** @return the ANSI dialect: every default, migrations from the common scripts only */
    static Dialect ansi() {
        return () -> "ansi";
    }
}
