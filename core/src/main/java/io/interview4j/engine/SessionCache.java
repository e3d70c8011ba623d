package io.interview4j.engine;

import io.interview4j.InterviewException;
import io.interview4j.SessionNotFoundException;
import io.interview4j.session.Session;
import io.interview4j.store.SessionStore;
import io.interview4j.store.SessionTail;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads sessions for the engine, keeping the last loaded snapshot of at most {@code capacity} sessions (least
 * recently used dropped first). A load of a cached session reads only the events stored after the snapshot's version
 * ({@link SessionStore#findSince}) and folds them onto it; when the store's version does not follow from the
 * snapshot's, or folding fails, the session is loaded whole instead. The store's log stays the source of truth: a
 * snapshot is only ever the fold of a prefix of it. Thread-safe.
 */
final class SessionCache {

    private static final Logger LOG = LoggerFactory.getLogger(SessionCache.class);

    /** The default number of sessions kept. */
    static final int DEFAULT_CAPACITY = 1_000;

    private final SessionStore store;
    private final int capacity;
    private final Map<String, Session> snapshots;

    /** @param capacity the most sessions kept; {@code 0} keeps none and loads every session whole */
    SessionCache(SessionStore store, int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        this.store = store;
        this.capacity = capacity;
        this.snapshots = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
                return size() > SessionCache.this.capacity;
            }
        };
    }

    /**
     * @return the session as stored now
     * @throws SessionNotFoundException when it does not exist
     */
    Session load(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        if (capacity == 0) {
            return store.get(sessionId).toSession();
        }
        Session cached;
        synchronized (snapshots) {
            cached = snapshots.get(sessionId);
        }
        if (cached != null) {
            Session folded = fold(cached);
            if (folded != null) {
                remember(folded);
                return folded;
            }
        }
        Session whole = store.get(sessionId).toSession();
        synchronized (snapshots) {
            snapshots.put(sessionId, whole);
        }
        return whole;
    }

    /** @return the cached session with the events stored after it, or {@code null} to load it whole */
    private Session fold(Session cached) {
        Optional<SessionTail> found = store.findSince(cached.id(), cached.version());
        if (found.isEmpty()) {
            forget(cached.id());
            throw new SessionNotFoundException(cached.id());
        }
        SessionTail tail = found.get();
        if (tail.version() != cached.version() + tail.events().size()) {
            LOG.warn("session {} is stored at version {}, behind its cached version {}; loading it whole",
                    cached.id(), tail.version(), cached.version());
            return null;
        }
        try {
            Session folded = cached.with(tail.events());
            if (folded.version() == tail.version()) {
                return folded;
            }
            LOG.warn("session {} folded to version {}, not the stored {}; loading it whole", cached.id(),
                    folded.version(), tail.version());
        } catch (InterviewException e) {
            LOG.warn("session {} did not fold onto its cached version {}; loading it whole", cached.id(),
                    cached.version(), e);
        }
        return null;
    }

    /**
     * Keeps a folded snapshot unless a newer one of the same session is already kept (a whole load replaces any,
     * since the log is the truth).
     */
    private void remember(Session s) {
        synchronized (snapshots) {
            Session kept = snapshots.get(s.id());
            if (kept == null || kept.version() < s.version()) {
                snapshots.put(s.id(), s);
            }
        }
    }

    private void forget(String sessionId) {
        synchronized (snapshots) {
            snapshots.remove(sessionId);
        }
    }

    /** @return how many sessions are kept now */
    int size() {
        synchronized (snapshots) {
            return snapshots.size();
        }
    }
}
