package io.interview4j.samples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.interview4j.InvalidInputException;
import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.BuiltInQuestionBank;
import io.interview4j.bank.CompositeQuestionBank;
import io.interview4j.bank.InMemoryQuestionBank;
import io.interview4j.bank.QuestionBank;
import io.interview4j.storage.file.FileQuestionBank;
import io.interview4j.storage.jdbc.JdbcQuestionBank;
import io.interview4j.storage.jdbc.JdbcSessionStore;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.store.SessionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one place {@code --store} is understood: {@code memory}, a JDBC URL ({@code jdbc:sqlite:},
 * {@code jdbc:postgresql:}, {@code jdbc:mariadb:} or {@code jdbc:h2:}) or a file path (an SQLite database file,
 * created with its parent folders when missing). The default is {@link #defaultStore(Map)}.
 *
 * <p>Each database is opened once per command through a HikariCP pool, which {@link #close()} closes when the
 * command ends (so the CLI leaves no connection or SQLite lock behind). The session store and the question bank
 * of one database share that pool.
 *
 * <p>SQLite runs in WAL mode with a busy timeout of {@value #SQLITE_BUSY_TIMEOUT_MILLIS} ms and
 * {@code synchronous=FULL}: every commit syncs the write-ahead log to disk before it returns. The engine commits
 * each answer in its own append before it asks a model anything, so with FULL an answer survives not only a killed
 * process (which WAL with {@code NORMAL} would also survive) but also a power cut or OS crash during the model
 * call. It costs one fsync per append, two per turn, which a person typing never notices.
 *
 * <p>The memory store is shared by every command run with the same {@code Stores}, which in the real CLI means one
 * process: it forgets everything when the command ends.
 */
final class Stores implements AutoCloseable {

    /** How pick reasons name the questions imported into the store. */
    static final String IMPORTED = "imported";

    /** The in-memory store's name. */
    static final String MEMORY = "memory";

    /** The environment variable naming the folder of the default store; default {@code ~/.interview4j}. */
    static final String HOME_VARIABLE = "INTERVIEW4J_HOME";

    /** The default store's file name inside that folder. */
    static final String DEFAULT_FILE = "interview4j.db";

    /** How long an SQLite connection waits for another writer before failing. */
    static final int SQLITE_BUSY_TIMEOUT_MILLIS = 10_000;

    private static final int POOL_SIZE = 4;

    /** JDBC URL prefixes the CLI ships a driver for, and the driver classes. */
    private static final Map<String, String> DRIVERS = Map.of(
            "jdbc:postgresql:", "org.postgresql.Driver",
            "jdbc:mariadb:", "org.mariadb.jdbc.Driver",
            "jdbc:h2:", "org.h2.Driver");
    private static final String SQLITE_PREFIX = "jdbc:sqlite:";

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password|pwd)=[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("//[^/@?]*@");

    private SessionStore memory;
    private final Map<String, Database> databases = new LinkedHashMap<>();

    /**
     * @param env the environment
     * @return {@code $INTERVIEW4J_HOME/interview4j.db}, or {@code ~/.interview4j/interview4j.db} when the variable
     *     is unset or blank
     */
    static String defaultStore(Map<String, String> env) {
        String home = env.get(HOME_VARIABLE);
        Path folder = home == null || home.isBlank()
                ? Path.of(System.getProperty("user.home"), ".interview4j") : Path.of(home.trim());
        return folder.resolve(DEFAULT_FILE).toString();
    }

    /**
     * @param spec {@code memory}, a JDBC URL or a path
     * @return the store; JDBC stores stay open until {@link #close()}
     * @throws InvalidInputException naming the store when it is blank, of an unsupported kind, unreachable, or its
     *     tables cannot be created or validated
     */
    synchronized SessionStore open(String spec) {
        if (isMemory(spec)) {
            if (memory == null) {
                memory = new InMemorySessionStore();
            }
            return memory;
        }
        return database(spec).sessions;
    }

    /**
     * @param spec a JDBC URL or a path (not {@code memory})
     * @return the question bank in the same database as the sessions
     * @throws InvalidInputException as {@link #open(String)}, or when {@code spec} names the memory store, which
     *     keeps no questions
     */
    synchronized JdbcQuestionBank questionBank(String spec) {
        if (isMemory(spec)) {
            throw new InvalidInputException("--store memory keeps no questions (it forgets everything when the command"
                    + " ends); give an SQLite file or a JDBC URL");
        }
        Database db = database(spec);
        if (db.questions == null) {
            db.questions = build(spec, () -> JdbcQuestionBank.builder().dataSource(db.pool).build());
        }
        return db.questions;
    }

    /**
     * @param spec {@code memory}, a JDBC URL or a path
     * @return the questions imported into the store, then the built-in bank; an imported question replaces a
     *     built-in one with the same id. The memory store adds nothing.
     * @throws InvalidInputException as {@link #open(String)}
     */
    synchronized QuestionBank questions(String spec) {
        return questions(spec, new Options.Bank());
    }

    /**
     * The bank an interview draws from: each {@code --bank} file in the order given (named by its path in pick
     * reasons), then the questions imported into the store ({@value #IMPORTED}), then the built-in bank unless
     * {@code --bank-only}. A question shadows a later one with the same id.
     *
     * @param spec {@code memory}, a JDBC URL or a path
     * @param own the {@code --bank} options
     * @return the bank
     * @throws InvalidInputException as {@link #open(String)}, naming the file, entry and field of a bad question
     *     file, or when {@code --bank-only} leaves no question
     */
    synchronized QuestionBank questions(String spec, Options.Bank own) {
        CompositeQuestionBank.Builder banks = CompositeQuestionBank.builder().builtInFallback(!own.only);
        boolean any = false;
        for (Path file : new LinkedHashSet<>(own.files)) {
            banks.add(file.toString(), FileQuestionBank.load(file));
            any = true;
        }
        List<BankQuestion> imported = isMemory(spec) ? List.of() : questionBank(spec).all();
        if (!imported.isEmpty()) {
            banks.add(IMPORTED, new InMemoryQuestionBank(imported));
            any = true;
        }
        if (!any) {
            if (own.only) {
                throw new InvalidInputException("--bank-only: there are no questions of your own; give --bank FILE or"
                        + " import questions with 'bank import FILE'");
            }
            return BuiltInQuestionBank.get();
        }
        return banks.build();
    }

    /** Closes every pool opened so far; the memory store is kept. Safe to call more than once. */
    @Override
    public synchronized void close() {
        databases.values().forEach(db -> db.pool.close());
        databases.clear();
    }

    /** @return whether {@code spec} names the in-memory store */
    static boolean isMemory(String spec) {
        return spec != null && spec.trim().equalsIgnoreCase(MEMORY);
    }

    /** @return {@code spec} with any password in it replaced by {@code ***}, fit for messages */
    static String describe(String spec) {
        return USER_INFO.matcher(PASSWORD.matcher(spec).replaceAll("$1=***")).replaceAll("//***@");
    }

    private Database database(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new InvalidInputException("--store is blank; give an SQLite file path, a JDBC URL or memory");
        }
        String s = spec.trim();
        Database db = databases.get(s);
        if (db == null) {
            HikariDataSource pool = pool(s);
            try {
                JdbcSessionStore sessions = build(s, () -> JdbcSessionStore.builder().dataSource(pool).build());
                db = new Database(pool, sessions);
            } catch (RuntimeException e) {
                pool.close();
                throw e;
            }
            databases.put(s, db);
        }
        return db;
    }

    private static HikariDataSource pool(String spec) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("interview4j-cli");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        String lower = spec.toLowerCase(Locale.ROOT);
        if (lower.startsWith(SQLITE_PREFIX)) {
            config.setDataSource(sqlite(spec));
        } else if (lower.startsWith("jdbc:")) {
            String driver = DRIVERS.entrySet().stream().filter(d -> lower.startsWith(d.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElseThrow(() -> new InvalidInputException("--store " + describe(spec)
                            + ": unsupported database; the CLI ships drivers for jdbc:sqlite:, jdbc:postgresql:,"
                            + " jdbc:mariadb: and jdbc:h2: URLs"));
            config.setJdbcUrl(spec);
            config.setDriverClassName(driver);
        } else {
            config.setDataSource(sqlite(SQLITE_PREFIX + sqliteFile(spec)));
        }
        return build(spec, () -> new HikariDataSource(config));
    }

    /** @return the absolute path of the SQLite file, its parent folders created */
    private static Path sqliteFile(String spec) {
        Path file;
        try {
            file = Path.of(spec).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new InvalidInputException("--store " + spec + ": not a valid file path (" + e.getMessage() + ")", e);
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException("--store " + spec + ": it is a folder; name an SQLite file in it, such as "
                    + file.resolve(DEFAULT_FILE));
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new InvalidInputException("--store " + spec + ": cannot create the folder " + file.getParent() + ": "
                    + InputFiles.describe(e), e);
        }
        return file;
    }

    private static SQLiteDataSource sqlite(String url) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url);
        return ds;
    }

    /** Runs an opening step, turning any failure into an error that names the store. */
    private static <T> T build(String spec, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidInputException("cannot open --store " + describe(spec) + ": " + rootMessage(e), e);
        }
    }

    /** @return the failure's message and, when it adds something, its root cause's; passwords masked */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String rootText = root.getMessage() == null || root.getMessage().isBlank()
                ? root.getClass().getSimpleName() : root.getMessage();
        String text = e.getMessage() == null || e.getMessage().contains(rootText) ? rootText
                : e.getMessage() + " (" + rootText + ")";
        return describe(text);
    }

    /** An open database: its pool, its session store and, once asked for, its question bank. */
    private static final class Database {
        final HikariDataSource pool;
        final JdbcSessionStore sessions;
        JdbcQuestionBank questions;

        Database(HikariDataSource pool, JdbcSessionStore sessions) {
            this.pool = pool;
            this.sessions = sessions;
        }
    }
}
