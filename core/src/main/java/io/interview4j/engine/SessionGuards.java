package io.interview4j.engine;

import io.interview4j.AccessDeniedException;
import io.interview4j.SessionStateException;
import io.interview4j.SessionStateException.Reason;
import io.interview4j.session.Session;
import io.interview4j.session.SessionStatus;
import io.interview4j.session.Turn;
import java.util.Locale;
import java.util.Objects;

/** The checks every engine call makes before it reads or changes a session: who may, and whether it can. */
final class SessionGuards {

    private SessionGuards() {
    }

    static Turn requireOpen(Session s, String questionId) {
        requireInProgress(s);
        Turn open = s.openTurn().orElseThrow(() -> new SessionStateException(Reason.MAX_QUESTIONS_REACHED,
                "session " + s.id() + " has no question waiting for an answer"));
        if (!open.question().id().equals(questionId)) {
            throw new SessionStateException(Reason.QUESTION_MISMATCH, "answer is for question " + questionId
                    + " but the question being asked in session " + s.id() + " is " + open.question().id()
                    + " (" + open.question().label() + ")");
        }
        return open;
    }

    static void requireInProgress(Session s) {
        if (s.status() != SessionStatus.IN_PROGRESS) {
            throw new SessionStateException(Reason.NOT_IN_PROGRESS, "session " + s.id() + " is already "
                    + s.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
    }

    static void checkOwner(Caller caller, Session s, String action) {
        Objects.requireNonNull(caller, "caller");
        if (!caller.accountId().equals(s.ownerId())) {
            throw new AccessDeniedException(caller.accountId() + " may not " + action + " session " + s.id()
                    + ": only its owner may");
        }
    }

    static void checkRead(Caller caller, Session s) {
        Objects.requireNonNull(caller, "caller");
        boolean owner = caller.accountId().equals(s.ownerId());
        boolean reviewer = caller.role() == Caller.Role.REVIEWER && s.organisationId().isPresent()
                && s.organisationId().get().equals(caller.organisationId());
        if (!owner && !reviewer) {
            throw new AccessDeniedException(caller.accountId() + " may not read session " + s.id()
                    + ": only its owner or a reviewer of its organisation may");
        }
    }
}
