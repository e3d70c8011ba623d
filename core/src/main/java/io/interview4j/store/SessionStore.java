package io.interview4j.store;

import io.interview4j.InvalidInputException;
import io.interview4j.SessionNotFoundException;
import io.interview4j.session.SessionEvent;
import java.util.List;
import java.util.Optional;

/**
 * The persistence port: an append-only log of events per session, with optimistic concurrency.
 *
 * <p>A session's version is the number of events stored for it. Implementations are thread-safe, store
 * copies (a caller changing its list afterwards changes nothing stored), and never lose or duplicate an event:
 * an append either stores all its events or none.
 */
public interface SessionStore {

    /**
     * Appends events to a session.
     *
     * @param sessionId the session
     * @param expectedVersion the version the caller last read: {@code 0} creates the session, whose first
     *     event must then be {@link SessionEvent.SessionStarted}
     * @param events at least one event
     * @return the new version
     * @throws io.interview4j.ConcurrentSessionModificationException when the stored version is not
     *     {@code expectedVersion} (including creating a session that exists)
     * @throws SessionNotFoundException when {@code expectedVersion > 0} and the session does not exist
     * @throws InvalidInputException when {@code events} is empty or a new session does not start with
     *     {@code SessionStarted}
     */
    long append(String sessionId, long expectedVersion, List<SessionEvent> events);

    /**
     * @param sessionId the session
     * @return its events and version, if it exists
     */
    Optional<StoredSession> find(String sessionId);

    /**
     * Reads only the events a session stored after a version, for a reader that holds the session up to it (the
     * engine's session cache). The default reads the whole session with {@link #find} and drops the first
     * {@code afterVersion} events; a store that can read less overrides it.
     *
     * @param sessionId the session
     * @param afterVersion the version the reader holds, {@code >= 0}
     * @return the events after {@code afterVersion} and the stored version, if the session exists
     * @throws InvalidInputException when {@code afterVersion} is negative
     */
    default Optional<SessionTail> findSince(String sessionId, long afterVersion) {
        if (afterVersion < 0) {
            throw new InvalidInputException("afterVersion must not be negative: " + afterVersion);
        }
        return find(sessionId).map(stored -> SessionTail.of(stored, afterVersion));
    }

    /**
     * @param sessionId the session
     * @return its events and version
     * @throws SessionNotFoundException when it does not exist
     */
    default StoredSession get(String sessionId) {
        return find(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
    }

    /**
     * Lists sessions, newest first.
     *
     * @param query the candidate, an optional owner scope, and the page
     * @return summaries of matching sessions
     */
    List<SessionSummary> list(SessionQuery query);

    /**
     * Erases every session and event of a candidate (privacy).
     *
     * @param candidateId the candidate
     * @return how many sessions were erased
     */
    int deleteCandidate(String candidateId);
}
