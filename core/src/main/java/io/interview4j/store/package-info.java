/**
 * The persistence port ({@link io.interview4j.store.SessionStore}), its in-memory reference implementation
 * ({@link io.interview4j.store.InMemorySessionStore}) and the candidate export that works over any store.
 * Non-null unless documented otherwise.
 */
package io.interview4j.store;
