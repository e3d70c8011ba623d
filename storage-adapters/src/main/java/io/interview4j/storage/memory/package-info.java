/**
 * An in-memory {@link io.interview4j.store.SessionStore}: the faithful reference for every other store.
 * Non-null unless documented otherwise.
 */
package io.interview4j.storage.memory;
