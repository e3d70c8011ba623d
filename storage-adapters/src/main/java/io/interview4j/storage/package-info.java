/**
 * Storage adapters for interview4j's ports: {@link io.interview4j.store.SessionStore} in memory
 * ({@code storage.memory}) and over JDBC ({@code storage.jdbc}), and {@link io.interview4j.bank.QuestionBank}
 * from files ({@code storage.file}) and SQL. Parameters and return values are non-null unless documented
 * otherwise; collections are never null.
 */
package io.interview4j.storage;
