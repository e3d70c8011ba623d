package io.interview4j.storage.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source over a test database whose next connections, when armed, lose their connection at a chosen moment
 * of the work done on them. On PostgreSQL the backend is really terminated ({@code pg_terminate_backend}) and on
 * MariaDB the connection really killed ({@code KILL CONNECTION}) from a second connection, so the store sees the
 * driver's own error. SQLite and H2 run in process and cannot lose a connection: there the connection throws what a
 * networked driver throws (SQLSTATE 08006), after rolling back or committing as the moment says.
 */
final class DroppingDataSource implements DataSource {

    /** When the connection is lost. */
    enum Moment {
        /** At the first statement prepared or created on it. */
        FIRST_STATEMENT,
        /** At commit, before the transaction commits: nothing of it is stored. */
        BEFORE_COMMIT,
        /** Right after the transaction committed, before the client hears so. */
        AFTER_COMMIT
    }

    private final DataSource target;
    private final TestDatabases db;
    private final Deque<Moment> armed = new ArrayDeque<>();
    private final AtomicInteger handedOut = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();
    private Runnable whileDropped = () -> { };

    DroppingDataSource(DataSource target, TestDatabases db) {
        this.target = target;
        this.db = db;
    }

    /** Arms the next connection handed out (and, called again, the one after) to be lost at {@code moment}. */
    synchronized DroppingDataSource dropNext(Moment moment) {
        armed.addLast(moment);
        return this;
    }

    /**
     * Refuses the next borrow after every armed connection was handed out, as a pool does when the database takes
     * no new connections: a timeout whose cause is the server's refusal.
     */
    DroppingDataSource refuseNextBorrow() {
        refusals.incrementAndGet();
        return this;
    }

    /** Runs {@code action} after a connection is lost and before the store learns of it, as another node would. */
    synchronized DroppingDataSource whileDropped(Runnable action) {
        whileDropped = action;
        return this;
    }

    /** @return how many connections were handed out */
    int handedOut() {
        return handedOut.get();
    }

    /** @return how many connections were lost */
    int dropped() {
        return dropped.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        synchronized (this) {
            if (armed.isEmpty() && refusals.get() > 0) {
                refusals.decrementAndGet();
                throw new SQLTransientConnectionException("pool - Connection is not available, request timed out",
                        "08001", new SQLException("FATAL: the database refuses new connections", "57P03"));
            }
        }
        Connection real = target.getConnection();
        handedOut.incrementAndGet();
        Moment moment;
        synchronized (this) {
            moment = armed.pollFirst();
        }
        return moment == null ? real : dropping(real, moment);
    }

    private Connection dropping(Connection real, Moment moment) throws SQLException {
        long backend = backendId(real);
        boolean[] fired = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    boolean trigger = !fired[0] && switch (moment) {
                        case FIRST_STATEMENT -> name.equals("prepareStatement") || name.equals("createStatement");
                        case BEFORE_COMMIT, AFTER_COMMIT -> name.equals("commit");
                    };
                    if (!trigger) {
                        return invoke(real, method, args);
                    }
                    fired[0] = true;
                    if (moment == Moment.AFTER_COMMIT) {
                        real.commit();
                    } else if (moment == Moment.BEFORE_COMMIT && !networked()) {
                        real.rollback();
                    }
                    drop(backend);
                    dropped.incrementAndGet();
                    whileDropped.run();
                    if (!networked()) {
                        throw new SQLNonTransientConnectionException("connection lost (simulated)", "08006");
                    }
                    if (moment == Moment.AFTER_COMMIT) {
                        throw errorOfDeadConnection(real);
                    }
                    return invoke(real, method, args);
                });
    }

    private boolean networked() {
        return db == TestDatabases.POSTGRES || db == TestDatabases.MARIADB;
    }

    private long backendId(Connection c) throws SQLException {
        if (!networked()) {
            return -1;
        }
        String sql = db == TestDatabases.POSTGRES ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void drop(long backend) throws SQLException {
        if (!networked()) {
            return;
        }
        try (Connection admin = target.getConnection(); Statement s = admin.createStatement()) {
            if (db == TestDatabases.POSTGRES) {
                try (ResultSet rs = s.executeQuery("SELECT pg_terminate_backend(" + backend + ", 10000)")) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        throw new IllegalStateException("backend " + backend + " was not terminated");
                    }
                }
            } else {
                s.execute("KILL CONNECTION " + backend);
            }
        }
    }

    /** @return the driver's own error for using the dead connection */
    private static SQLException errorOfDeadConnection(Connection real) {
        try (Statement s = real.createStatement()) {
            s.executeQuery("SELECT 1").close();
        } catch (SQLException e) {
            return e;
        }
        throw new IllegalStateException("the connection still works after it was dropped");
    }

    private static Object invoke(Connection real, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the tests borrow with the pool's credentials");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return target.isWrapperFor(type);
    }
}
