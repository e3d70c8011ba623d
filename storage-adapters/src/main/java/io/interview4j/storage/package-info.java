/**
 * Storage adapters for interview4j's ports: {@link io.interview4j.store.SessionStore} over JDBC
 * ({@code storage.jdbc}; the in-memory reference store lives in core, {@code io.interview4j.store}), and
 * {@link io.interview4j.bank.QuestionBank} from files ({@code storage.file}) and SQL. Parameters and return values
 * are non-null unless documented otherwise; collections are never null.
 */
package io.interview4j.storage;
