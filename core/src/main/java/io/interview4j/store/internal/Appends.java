package io.interview4j.store.internal;

import io.interview4j.InvalidInputException;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionEvent.AnswerSubmitted;
import io.interview4j.session.SessionEvent.SessionStarted;
import java.util.List;
import java.util.Objects;

/**
 * Argument rules every session store applies to an append before touching its storage, so that all stores
 * refuse the same calls with the same exceptions. Not API.
 */
public final class Appends {

    private Appends() {
    }

    /**
     * Checks an append's arguments.
     *
     * @param sessionId the session
     * @param expectedVersion the caller's version
     * @param events the events to append
     * @return an immutable copy of {@code events}
     * @throws NullPointerException when an argument or an event is {@code null}
     * @throws InvalidInputException when the id is blank, the version negative, the list empty, a new session
     *     does not start with {@code SessionStarted} for this id, or {@code SessionStarted} appears anywhere else
     */
    public static List<SessionEvent> validate(String sessionId, long expectedVersion, List<SessionEvent> events) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(events, "events");
        if (sessionId.isBlank()) {
            throw new InvalidInputException("sessionId must not be blank");
        }
        if (expectedVersion < 0) {
            throw new InvalidInputException("expectedVersion must not be negative, was " + expectedVersion);
        }
        List<SessionEvent> copy = List.copyOf(events);
        if (copy.isEmpty()) {
            throw new InvalidInputException("an append needs at least one event (session " + sessionId + ")");
        }
        for (int i = 0; i < copy.size(); i++) {
            SessionEvent e = copy.get(i);
            Objects.requireNonNull(e.at(), () -> "event " + e.getClass().getSimpleName() + " has no time");
            boolean first = expectedVersion == 0 && i == 0;
            if (first) {
                if (!(e instanceof SessionStarted started)) {
                    throw new InvalidInputException("a new session must start with SessionStarted, not "
                            + e.getClass().getSimpleName() + " (session " + sessionId + ")");
                }
                if (!sessionId.equals(started.sessionId())) {
                    throw new InvalidInputException("SessionStarted names session " + started.sessionId()
                            + " but is appended to " + sessionId);
                }
                Objects.requireNonNull(started.candidateId(), "candidateId");
                Objects.requireNonNull(started.plan(), "plan");
            } else if (e instanceof SessionStarted) {
                throw new InvalidInputException("SessionStarted may only be a session's first event (session "
                        + sessionId + ")");
            }
        }
        return copy;
    }

    /**
     * @param event an event
     * @return the idempotency key that must be unique within its session, or {@code null} when it has none
     */
    public static String answerKey(SessionEvent event) {
        return event instanceof AnswerSubmitted a ? a.idempotencyKey() : null;
    }
}
