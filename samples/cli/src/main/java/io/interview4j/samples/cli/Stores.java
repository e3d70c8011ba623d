package io.interview4j.samples.cli;

import io.interview4j.InvalidInputException;
import io.interview4j.storage.memory.InMemorySessionStore;
import io.interview4j.store.SessionStore;
import java.util.Locale;

/**
 * The one place {@code --store} is understood: {@code memory}, a JDBC URL ({@code jdbc:...}) or a file path
 * (an SQLite database file). The memory store is shared by every command run with the same {@code Stores}, which
 * in the real CLI means one process: it forgets everything when the command ends.
 */
final class Stores {

    /** The in-memory store's name. */
    static final String MEMORY = "memory";

    private static final String JDBC_STORE_CLASS = "io.interview4j.storage.jdbc.JdbcSessionStore";

    private SessionStore memory;

    /**
     * @param spec {@code memory}, a JDBC URL or a path; blank means memory
     * @return the store
     * @throws InvalidInputException when the store cannot be opened, or persistent stores are not available yet
     */
    synchronized SessionStore open(String spec) {
        if (spec == null || spec.isBlank() || spec.trim().equalsIgnoreCase(MEMORY)) {
            if (memory == null) {
                memory = new InMemorySessionStore();
            }
            return memory;
        }
        String s = spec.trim();
        String jdbcUrl = s.toLowerCase(Locale.ROOT).startsWith("jdbc:") ? s : "jdbc:sqlite:" + s;
        return openJdbc(jdbcUrl, s);
    }

    /** @return whether {@code spec} names the in-memory store */
    static boolean isMemory(String spec) {
        return spec == null || spec.isBlank() || spec.trim().equalsIgnoreCase(MEMORY);
    }

    // ---------------------------------------------------------------------------------------------------------
    // LEAD: wire the JDBC store here, and only here. JdbcSessionStore exists now; it needs a DataSource and the
    // drivers on this module's runtime classpath (org.xerial:sqlite-jdbc for a bare path), e.g.
    //     var ds = new org.sqlite.SQLiteDataSource(); ds.setUrl(jdbcUrl);   // other URLs: a small DriverManager DataSource
    //     return JdbcSessionStore.builder().dataSource(ds).build();         // migrationMode CREATE is the default
    // (for a bare path jdbcUrl is "jdbc:sqlite:" + path; create its parent directories first). Then make a file
    // under ~/.interview4j the default of --store in Options.Store, as DESIGN.md asks.
    // ---------------------------------------------------------------------------------------------------------
    private SessionStore openJdbc(String jdbcUrl, String spec) {
        if (!jdbcStoreAvailable()) {
            throw new InvalidInputException("--store " + spec + ": persistent stores (file paths and JDBC URLs) are not"
                    + " supported yet; use --store memory");
        }
        throw new InvalidInputException("--store " + spec + ": the JDBC session store is present but this CLI does not"
                + " open it yet (" + jdbcUrl + "); use --store memory");
    }

    private static boolean jdbcStoreAvailable() {
        try {
            Class.forName(JDBC_STORE_CLASS, false, Stores.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
