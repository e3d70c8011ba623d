/**
 * interview4j's storage adapters: a {@link io.interview4j.store.SessionStore} over JDBC
 * ({@code io.interview4j.storage.jdbc}; the host brings the driver, and the in-memory reference store lives in core,
 * {@code io.interview4j.store}), and {@link io.interview4j.bank.QuestionBank}s from JSON or YAML files
 * ({@code io.interview4j.storage.file}) and SQL. Parameters and return values are non-null unless documented
 * otherwise; collections are never null.
 *
 * <p>Every failure is an {@link io.interview4j.InterviewException}: a refused argument (too long, a malformed
 * table prefix, a bad question file) is an {@link io.interview4j.InvalidInputException} naming it, a database or
 * file failure an {@code InterviewException}. A null where a value is required is a
 * {@link java.lang.NullPointerException} naming the parameter, and a builder used wrongly (an option set twice, a
 * required option missing at {@code build()}) an {@link java.lang.IllegalStateException}.
 */
module io.interview4j.storage {
    requires transitive io.interview4j.core;
    requires transitive java.sql;
    requires java.management;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.networknt.schema;
    requires org.slf4j;

    exports io.interview4j.storage.file;
    exports io.interview4j.storage.jdbc;
}
