package io.interview4j.storage.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.opentest4j.TestAbortedException;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteDataSource;

/**
 * The databases the storage tests run on. SQLite and H2 run everywhere; PostgreSQL and MariaDB run when
 * {@value #POSTGRES_URL} / {@value #MARIADB_URL} is set (CI sets both) and are skipped, saying so, when it is
 * not. A URL that is set but unreachable fails the test: the pool is built to fail at once.
 */
public enum TestDatabases {
    SQLITE, H2, POSTGRES, MARIADB;

    /** The environment variable with the PostgreSQL JDBC URL. */
    public static final String POSTGRES_URL = "INTERVIEW4J_TEST_POSTGRES_URL";
    /** The environment variable with the MariaDB JDBC URL. */
    public static final String MARIADB_URL = "INTERVIEW4J_TEST_MARIADB_URL";

    private static final Map<TestDatabases, Object> SHARED = new ConcurrentHashMap<>();

    private static final List<String> TABLES =
            List.of("events", "sessions", "questions", "schema_migrations", "schema_lock");

    /**
     * Opens a pool on this database; SQLite lives in {@code dir}, H2 in memory under a fresh name.
     *
     * @param dir a temporary folder for SQLite
     * @param poolSize the most connections
     * @return a pool; close it after use
     */
    public HikariDataSource open(Path dir, int poolSize) {
        return switch (this) {
            case SQLITE -> pool("sqlite", sqliteUrl(dir.resolve("store-" + UUID.randomUUID() + ".db")), poolSize);
            case H2 -> pool("h2", "jdbc:h2:mem:i4j-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                    poolSize);
            case POSTGRES -> pool("postgres", requiredUrl(POSTGRES_URL, "PostgreSQL"), poolSize);
            case MARIADB -> pool("mariadb", requiredUrl(MARIADB_URL, "MariaDB"), poolSize);
        };
    }

    /**
     * A pool of ten connections to PostgreSQL or MariaDB, opened once for the whole test run and closed when
     * the JVM exits. When the URL is not set, every caller is skipped with the reason; when it is set and the
     * database is unreachable, every caller fails with the first attempt's error (without trying again).
     *
     * @return the shared pool
     */
    public DataSource shared() {
        if (this == SQLITE || this == H2) {
            throw new IllegalStateException(this + " databases are not shared: open one per test");
        }
        Object pool = SHARED.computeIfAbsent(this, db -> {
            try {
                HikariDataSource opened = db.open(null, 10);
                Runtime.getRuntime().addShutdownHook(new Thread(opened::close));
                return opened;
            } catch (TestAbortedException e) {
                LoggerFactory.getLogger(TestDatabases.class).warn(e.getMessage());
                return e;
            } catch (RuntimeException e) {
                return e;
            }
        });
        if (pool instanceof RuntimeException e) {
            throw e;
        }
        return (DataSource) pool;
    }

    /** @return the JDBC URL of a SQLite file */
    public static String sqliteUrl(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /** @return a SQLite data source without a pool: a new connection per call */
    public static DataSource sqliteFile(Path file) {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl(sqliteUrl(file));
        return ds;
    }

    /** @return an H2 in-memory data source without a pool, under a fresh name */
    public static DataSource h2InMemory() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:i4j-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        return ds;
    }

    /**
     * @param variable the environment variable
     * @param name the database's name for the skip message
     * @return the URL
     */
    static String requiredUrl(String variable, String name) {
        String url = System.getenv(variable);
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                variable + " is not set: the " + name + " tests are skipped (CI sets it; see the README)");
        return url;
    }

    private static HikariDataSource pool(String name, String url, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("i4j-test-" + name);
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(1);
        return new HikariDataSource(config);
    }

    /** @return a table prefix no other test uses */
    public static String uniquePrefix() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT) + "_";
    }

    /** Drops every table with that prefix, ignoring tables that do not exist. */
    public static void dropTables(DataSource dataSource, String prefix) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String table : TABLES) {
                s.execute("DROP TABLE IF EXISTS " + prefix + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the test tables " + prefix + "*", e);
        }
    }
}
