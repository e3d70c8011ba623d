package io.interview4j.engine;

import io.interview4j.session.SessionEvent;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.store.SessionQuery;
import io.interview4j.store.SessionStore;
import io.interview4j.store.SessionSummary;
import io.interview4j.store.SessionTail;
import io.interview4j.store.StoredSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reference in-memory store, counting the appends and loads that reach it, for tests of what a call writes and
 * reads. A load is a whole session ({@link #find}) or the events after a version ({@link #findSince}); each records
 * how many events it returned.
 */
final class CountingStore implements SessionStore {

    private final SessionStore delegate = new InMemorySessionStore();
    int appends;
    int loads;
    int wholeLoads;
    int tailLoads;
    final List<Integer> eventsPerLoad = new ArrayList<>();

    @Override
    public long append(String sessionId, long expectedVersion, List<SessionEvent> events) {
        long version = delegate.append(sessionId, expectedVersion, events);
        appends++;
        return version;
    }

    @Override
    public Optional<StoredSession> find(String sessionId) {
        loads++;
        wholeLoads++;
        Optional<StoredSession> found = delegate.find(sessionId);
        eventsPerLoad.add(found.map(s -> s.events().size()).orElse(0));
        return found;
    }

    @Override
    public Optional<SessionTail> findSince(String sessionId, long afterVersion) {
        loads++;
        tailLoads++;
        Optional<SessionTail> found = delegate.findSince(sessionId, afterVersion);
        eventsPerLoad.add(found.map(t -> t.events().size()).orElse(0));
        return found;
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
