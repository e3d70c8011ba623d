package io.interview4j.storage.jdbc;

/**
 * What a JDBC store or bank does about its tables when it is built.
 *
 * <p>The scripts are plain SQL on the classpath under {@code /io/interview4j/storage/jdbc/migrations/}, in
 * {@code common/} and in one folder per dialect whose file of the same name replaces the common one; in them
 * {@code ${prefix}} stands for the table prefix. {@link JdbcMigrations#scripts(Dialect, String)} returns them
 * ready to run, for hosts that run Flyway or Liquibase themselves: copy them into the host's migrations, record
 * them there, and build the store with {@link #NONE} or {@link #VALIDATE}.
 */
public enum MigrationMode {

    /**
     * Creates missing tables and applies every script not yet applied, each in its own transaction, recorded in
     * {@code <prefix>schema_migrations}; a lock keeps two nodes from migrating at once. The default.
     */
    CREATE,

    /**
     * Changes nothing; fails when a table or column this version uses is missing (each table is probed with a
     * query selecting its columns) or when {@code <prefix>schema_migrations}, if present, lacks a script or
     * records one with a different checksum. For hosts that apply the scripts themselves, with or without
     * recording them in that table.
     */
    VALIDATE,

    /** Changes and checks nothing: the host guarantees the tables exist (for example through Flyway). */
    NONE
}
