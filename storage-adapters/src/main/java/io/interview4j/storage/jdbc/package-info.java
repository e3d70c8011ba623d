/**
 * JDBC storage: {@link io.interview4j.storage.jdbc.JdbcSessionStore} and
 * {@link io.interview4j.storage.jdbc.JdbcQuestionBank} over a {@link javax.sql.DataSource}, small
 * {@link io.interview4j.storage.jdbc.Dialect}s for PostgreSQL, MariaDB/MySQL, SQLite and H2, and versioned SQL
 * migrations ({@link io.interview4j.storage.jdbc.JdbcMigrations}, {@link io.interview4j.storage.jdbc.MigrationMode}).
 * No JDBC driver is a dependency: the host brings its own. Non-null unless documented otherwise.
 */
package io.interview4j.storage.jdbc;
