package io.interview4j.engine;

import io.interview4j.ConcurrentSessionModificationException;
import io.interview4j.SessionNotFoundException;
import io.interview4j.session.SessionEvent;
import io.interview4j.store.SessionQuery;
import io.interview4j.store.SessionStore;
import io.interview4j.store.SessionSummary;
import io.interview4j.store.StoredSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A plain map-backed store for core's own engine tests (core cannot see storage-adapters). */
final class TestStore implements SessionStore {

    private final Map<String, List<SessionEvent>> sessions = new HashMap<>();
    int appends;

    @Override
    public synchronized long append(String sessionId, long expectedVersion, List<SessionEvent> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("no events");
        }
        List<SessionEvent> current = sessions.get(sessionId);
        if (current == null && expectedVersion > 0) {
            throw new SessionNotFoundException(sessionId);
        }
        long actual = current == null ? 0 : current.size();
        if (actual != expectedVersion) {
            throw new ConcurrentSessionModificationException(sessionId, expectedVersion, actual);
        }
        List<SessionEvent> next = current == null ? new ArrayList<>() : new ArrayList<>(current);
        next.addAll(events);
        sessions.put(sessionId, next);
        appends++;
        return next.size();
    }

    @Override
    public synchronized Optional<StoredSession> find(String sessionId) {
        List<SessionEvent> events = sessions.get(sessionId);
        return events == null ? Optional.empty() : Optional.of(new StoredSession(sessionId, events.size(), events));
    }

    @Override
    public synchronized List<SessionSummary> list(SessionQuery query) {
        return sessions.values().stream().map(SessionSummary::of)
                .filter(s -> s.candidateId().equals(query.candidateId()))
                .filter(s -> query.ownerId() == null || query.ownerId().equals(s.ownerId()))
                .sorted(Comparator.comparing(SessionSummary::startedAt).reversed())
                .skip(query.offset()).limit(query.limit()).toList();
    }

    @Override
    public synchronized int deleteCandidate(String candidateId) {
        List<String> ids = list(new SessionQuery(candidateId, null, 0, 1000)).stream().map(SessionSummary::sessionId).toList();
        ids.forEach(sessions::remove);
        return ids.size();
    }
}
