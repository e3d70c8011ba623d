package io.interview4j.store;

import io.interview4j.InvalidInputException;
import io.interview4j.session.SessionEvent;
import java.util.List;
import java.util.Objects;

/**
 * The events a session stored after a given version, and its version when they were read: what
 * {@link SessionStore#findSince} returns to a reader that already holds the session up to {@code afterVersion}.
 *
 * @param sessionId the session
 * @param afterVersion the version the reader holds
 * @param version the session's stored version when read; below {@code afterVersion} when the reader holds more
 *     than is stored (its copy is then not of this log, and it must load the session whole)
 * @param events the events numbered {@code afterVersion + 1} to {@code version}, in order; empty when
 *     {@code version <= afterVersion}
 */
public record SessionTail(String sessionId, long afterVersion, long version, List<SessionEvent> events) {

    /**
     * Validates and copies.
     *
     * @throws InvalidInputException when a version is negative or the events do not match the versions
     */
    public SessionTail {
        Objects.requireNonNull(sessionId, "sessionId");
        events = List.copyOf(events);
        if (afterVersion < 0 || version < 0) {
            throw new InvalidInputException("versions must not be negative: " + afterVersion + ", " + version);
        }
        if (events.size() != Math.max(0, version - afterVersion)) {
            throw new InvalidInputException(events.size() + " events do not lead from version " + afterVersion
                    + " to " + version);
        }
    }

    /**
     * @param stored a whole session
     * @param afterVersion the version the reader holds
     * @return the events of {@code stored} after {@code afterVersion}
     */
    public static SessionTail of(StoredSession stored, long afterVersion) {
        List<SessionEvent> all = stored.events();
        List<SessionEvent> after = afterVersion >= all.size() ? List.of()
                : all.subList((int) Math.max(0, afterVersion), all.size());
        return new SessionTail(stored.sessionId(), afterVersion, stored.version(), after);
    }
}
