package io.interview4j.store;

import io.interview4j.InvalidInputException;
import io.interview4j.session.Session;
import io.interview4j.session.SessionEvent;
import java.util.List;
import java.util.Objects;

/**
 * A session's stored events.
 *
 * @param sessionId the session
 * @param version the number of events stored
 * @param events the events, in order
 */
public record StoredSession(String sessionId, long version, List<SessionEvent> events) {

    /** Validates and copies. @throws InvalidInputException when the version does not match the events */
    public StoredSession {
        Objects.requireNonNull(sessionId, "sessionId");
        events = List.copyOf(events);
        if (version != events.size()) {
            throw new InvalidInputException("version " + version + " does not match " + events.size() + " events");
        }
    }

    /** @return the session folded from the events */
    public Session toSession() {
        return Session.replay(events);
    }
}
