package io.interview4j.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.interview4j.session.Session;
import io.interview4j.session.SessionEvent;
import io.interview4j.storage.jdbc.JdbcSessionStore;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.store.SessionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One interview turn through {@link JdbcSessionStore}: the turn's events appended as the engine appends them (the
 * answer alone at the session's version, then the evaluation with the next question at the version after it),
 * then the session loaded back and folded into a {@link Session}.
 *
 * <p>The events are those of a real offline interview ({@link RecordedInterview}: twelve main questions and the
 * follow-ups its weak answers drew, about twenty turns, recorded once per trial). Each session receives that
 * interview's turns in order, so it grows as a real one does and never beyond one interview; when its turns are
 * used up, a new session is started outside the measurement. At each iteration's start every benchmark session is
 * erased with {@link SessionStore#deleteCandidate(String)}, so the tables do not grow from one iteration to
 * the next.
 *
 * <p>Databases ({@code database} parameter):
 * <ul>
 *   <li>{@code memory}: the {@link InMemorySessionStore};</li>
 *   <li>{@code sqlite}: a file in a new temporary folder, through a HikariCP pool with the SQLite driver, in WAL
 *       mode (which the store switches on), as the CLI opens its default store;</li>
 *   <li>{@code postgres}: the JDBC URL in the system property {@value #POSTGRES_URL_PROPERTY} or, failing that,
 *       the environment variable {@value #POSTGRES_URL_ENV}; the tables get a fresh prefix and are dropped at the
 *       end. With neither set, the trial fails saying so.</li>
 * </ul>
 *
 * <p>Run: {@code java -jar samples/benchmarks/target/benchmarks.jar StoreBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoreBenchmark {

    /** The system property with the PostgreSQL JDBC URL. */
    public static final String POSTGRES_URL_PROPERTY = "interview4j.postgres.url";
    /** The environment variable with the PostgreSQL JDBC URL, read when the property is not set. */
    public static final String POSTGRES_URL_ENV = "INTERVIEW4J_TEST_POSTGRES_URL";

    private static final List<String> TABLES = List.of("events", "sessions", "questions", "schema_migrations",
            "schema_lock");

    /** {@code memory}, {@code sqlite} or {@code postgres}. */
    @Param({"memory", "sqlite", "postgres"})
    public String database;

    private RecordedInterview interview;
    private Path dir;
    private HikariDataSource pool;
    private String prefix;
    private SessionStore store;
    private String sessionId;
    private long version;
    private int nextTurn;

    /** Creates the state; JMH calls this. */
    public StoreBenchmark() {
    }

    /**
     * Records the interview, opens the database and creates the tables.
     *
     * @throws IOException when the temporary folder cannot be created
     * @throws IllegalStateException when {@code database} is {@code postgres} and no URL is configured, when it
     *     is unknown, or when SQLite did not switch to WAL
     */
    @Setup(Level.Trial)
    public void open() throws IOException {
        interview = RecordedInterview.record();
        prefix = "bench" + UUID.randomUUID().toString().replace("-", "").substring(0, 8) + "_";
        switch (database) {
            case "memory" -> {
                store = new InMemorySessionStore();
                return;
            }
            case "sqlite" -> {
                dir = Files.createTempDirectory("i4j-bench-");
                pool = pool("jdbc:sqlite:" + dir.resolve("sessions.db").toAbsolutePath());
            }
            case "postgres" -> pool = pool(postgresUrl(System.getProperty(POSTGRES_URL_PROPERTY),
                    System.getenv(POSTGRES_URL_ENV)));
            default -> throw new IllegalStateException("unknown database '" + database + "'; use memory, sqlite or postgres");
        }
        store = JdbcSessionStore.builder().dataSource(pool).tablePrefix(prefix).build();
        if (database.equals("sqlite")) {
            requireWal();
        }
    }

    /**
     * @param property the system property's value, or {@code null}
     * @param environment the environment variable's value, or {@code null}
     * @return the URL to benchmark PostgreSQL at: the property when set, else the environment variable
     * @throws IllegalStateException when neither is set
     */
    static String postgresUrl(String property, String environment) {
        if (property != null && !property.isBlank()) {
            return property.trim();
        }
        if (environment != null && !environment.isBlank()) {
            return environment.trim();
        }
        throw new IllegalStateException("no PostgreSQL to benchmark: set -D" + POSTGRES_URL_PROPERTY
                + "=jdbc:postgresql://HOST:PORT/DB?user=... (pass it to the forks with -jvmArgs) or the environment"
                + " variable " + POSTGRES_URL_ENV + ", or run only SQLite with -p database=sqlite");
    }

    /** @return the turns each session receives: those of the interview recorded by {@link #open()} */
    int turnsPerSession() {
        return interview.turnCount();
    }

    /** Erases every benchmark session, so each iteration starts from empty tables. */
    @Setup(Level.Iteration)
    public void reset() {
        store.deleteCandidate(RecordedInterview.CANDIDATE);
        sessionId = null;
    }

    /** Starts a new session when there is none or the current one has had all its turns; not measured. */
    @Setup(Level.Invocation)
    public void ensureSession() {
        if (sessionId != null && nextTurn < interview.turnCount()) {
            return;
        }
        sessionId = UUID.randomUUID().toString();
        version = 0;
        for (List<SessionEvent> batch : interview.startAppends(sessionId)) {
            version = store.append(sessionId, version, batch);
        }
        nextTurn = 0;
    }

    /**
     * Appends the next turn's events and loads the session back.
     *
     * @return the folded session, so the work is not optimised away
     */
    @Benchmark
    public Session appendAndLoad() {
        for (List<SessionEvent> batch : interview.turn(nextTurn)) {
            version = store.append(sessionId, version, batch);
        }
        nextTurn++;
        return store.get(sessionId).toSession();
    }

    /**
     * Drops the PostgreSQL tables, closes the pool and deletes the SQLite folder.
     *
     * @throws IOException when the SQLite folder cannot be deleted
     */
    @TearDown(Level.Trial)
    public void close() throws IOException {
        if (pool != null) {
            if (database.equals("postgres")) {
                dropTables();
            }
            pool.close();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("i4j-bench");
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        config.setInitializationFailTimeout(1);
        return new HikariDataSource(config);
    }

    private void requireWal() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            String mode = rs.next() ? rs.getString(1) : "";
            if (!mode.toLowerCase(Locale.ROOT).equals("wal")) {
                throw new IllegalStateException("the SQLite store is in journal mode '" + mode + "', not WAL");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read SQLite's journal mode", e);
        }
    }

    private void dropTables() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String table : TABLES) {
                s.execute("DROP TABLE IF EXISTS " + prefix + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the benchmark tables " + prefix + "*", e);
        }
    }
}
