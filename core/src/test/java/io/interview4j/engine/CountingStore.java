package io.interview4j.engine;

import io.interview4j.session.SessionEvent;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.store.SessionQuery;
import io.interview4j.store.SessionStore;
import io.interview4j.store.SessionSummary;
import io.interview4j.store.StoredSession;
import java.util.List;
import java.util.Optional;

/** The reference in-memory store, counting the appends and loads that reach it, for tests of what a call writes. */
final class CountingStore implements SessionStore {

    private final SessionStore delegate = new InMemorySessionStore();
    int appends;
    int loads;

    @Override
    public long append(String sessionId, long expectedVersion, List<SessionEvent> events) {
        long version = delegate.append(sessionId, expectedVersion, events);
        appends++;
        return version;
    }

    @Override
    public Optional<StoredSession> find(String sessionId) {
        loads++;
        return delegate.find(sessionId);
    }

    @Override
    public List<SessionSummary> list(SessionQuery query) {
        return delegate.list(query);
    }

    @Override
    public int deleteCandidate(String candidateId) {
        return delegate.deleteCandidate(candidateId);
    }
}
