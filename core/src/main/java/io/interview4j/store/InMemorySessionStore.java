package io.interview4j.store;

import io.interview4j.ConcurrentSessionModificationException;
import io.interview4j.InvalidInputException;
import io.interview4j.SessionNotFoundException;
import io.interview4j.session.EventJson;
import io.interview4j.session.SessionEvent;
import io.interview4j.store.internal.Appends;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SessionStore} in memory, as strict as a database: it checks the expected version, refuses a second
 * {@code AnswerSubmitted} with an idempotency key already stored in the session, stores all of an append or
 * none of it, and keeps copies. Events are immutable values (records of immutable lists and maps), so the store
 * keeps the events it is given in a list of its own, without a round trip through their JSON form; that an event
 * reads back from its JSON form ({@link EventJson}) as the same value is tested for every preset, so what a test
 * reads from this store is what a database store would return.
 *
 * <p>It is the reference every other store is held to: it passes the same contract test as the database stores
 * ({@code SessionStoreContract} in the testkit), and core's own tests run on it. It does no I/O.
 *
 * <p>Thread-safe: appends to one session are serialised, appends to different sessions run in parallel.
 * Nothing survives the JVM: use {@code JdbcSessionStore} (interview4j-storage-adapters) for that.
 */
public final class InMemorySessionStore implements SessionStore {

    private static final Logger log = LoggerFactory.getLogger(InMemorySessionStore.class);

    /** Newest first, then by id. */
    static final Comparator<SessionSummary> LISTING_ORDER = Comparator
            .comparing(SessionSummary::startedAt).reversed()
            .thenComparing(SessionSummary::sessionId);

    private record Log(List<SessionEvent> events, Set<String> answerKeys, SessionSummary summary) {
    }

    private final ConcurrentHashMap<String, Log> sessions = new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemorySessionStore() {
    }

    /**
     * {@inheritDoc}
     *
     * @throws ConcurrentSessionModificationException also when an {@code AnswerSubmitted} repeats an idempotency
     *     key already stored in the session or earlier in {@code events}; nothing is stored then
     */
    @Override
    public long append(String sessionId, long expectedVersion, List<SessionEvent> events) {
        List<SessionEvent> batch = Appends.validate(sessionId, expectedVersion, events);
        List<SessionEvent> copies = batch;
        Log updated = sessions.compute(sessionId, (id, current) -> {
            if (current == null && expectedVersion > 0) {
                throw new SessionNotFoundException(id);
            }
            long actual = current == null ? 0 : current.events().size();
            if (actual != expectedVersion) {
                throw new ConcurrentSessionModificationException(id, expectedVersion, actual);
            }
            Set<String> keys = current == null ? new HashSet<>() : new HashSet<>(current.answerKeys());
            for (SessionEvent e : copies) {
                String key = Appends.answerKey(e);
                if (key != null && !keys.add(key)) {
                    throw new ConcurrentSessionModificationException(id, expectedVersion, actual);
                }
            }
            List<SessionEvent> all = new ArrayList<>(current == null ? List.of() : current.events());
            all.addAll(copies);
            return new Log(List.copyOf(all), Set.copyOf(keys), SessionSummary.of(all));
        });
        log.debug("appended {} event(s) to session {}, now at version {}", copies.size(), sessionId,
                updated.events().size());
        return updated.events().size();
    }

    @Override
    public Optional<StoredSession> find(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        Log current = sessions.get(sessionId);
        return current == null ? Optional.empty()
                : Optional.of(new StoredSession(sessionId, current.events().size(), current.events()));
    }

    /** Reads the events after {@code afterVersion} without copying the ones before. */
    @Override
    public Optional<SessionTail> findSince(String sessionId, long afterVersion) {
        Objects.requireNonNull(sessionId, "sessionId");
        if (afterVersion < 0) {
            throw new InvalidInputException("afterVersion must not be negative: " + afterVersion);
        }
        Log current = sessions.get(sessionId);
        if (current == null) {
            return Optional.empty();
        }
        List<SessionEvent> all = current.events();
        List<SessionEvent> after = afterVersion >= all.size() ? List.of() : all.subList((int) afterVersion, all.size());
        return Optional.of(new SessionTail(sessionId, afterVersion, all.size(), after));
    }

    @Override
    public List<SessionSummary> list(SessionQuery query) {
        Objects.requireNonNull(query, "query");
        return sessions.values().stream()
                .map(Log::summary)
                .filter(query::matches)
                .sorted(LISTING_ORDER)
                .skip(query.offset())
                .limit(query.limit())
                .toList();
    }

    @Override
    public int deleteCandidate(String candidateId) {
        Objects.requireNonNull(candidateId, "candidateId");
        AtomicInteger erased = new AtomicInteger();
        for (String id : List.copyOf(sessions.keySet())) {
            sessions.computeIfPresent(id, (k, current) -> {
                if (current.summary().candidateId().equals(candidateId)) {
                    erased.incrementAndGet();
                    return null;
                }
                return current;
            });
        }
        log.info("erased {} session(s) of a candidate", erased.get());
        return erased.get();
    }

    /**
     * Exports every session of a candidate, in the format of {@link CandidateExport}.
     *
     * @param candidateId the candidate
     * @return the JSON document
     */
    public String exportCandidate(String candidateId) {
        return CandidateExport.toJson(this, candidateId);
    }
}
