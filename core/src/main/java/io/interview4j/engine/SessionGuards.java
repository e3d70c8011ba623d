package io.interview4j.engine;

import io.interview4j.AccessDeniedException;
import io.interview4j.IdempotencyConflictException;
import io.interview4j.SessionNotFoundException;
import io.interview4j.SessionStateException;
import io.interview4j.SessionStateException.Reason;
import io.interview4j.session.Session;
import io.interview4j.session.SessionStatus;
import io.interview4j.session.Turn;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The checks every engine call makes before it reads or changes a session: who may, whether it can, and whether a
 * submission was already stored under its idempotency key.
 *
 * <p>Identity: the owner is the candidate account that started the session; a reviewer never owns, whatever its
 * account id. A caller who may not see a session gets the very {@link SessionNotFoundException} an unknown id gets,
 * so nobody learns that an id exists; {@link AccessDeniedException} is left for a reviewer who may see the session
 * but not do what it asked.
 */
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
        if (s.status() == SessionStatus.CREATED) {
            throw new SessionStateException(Reason.NOT_IN_PROGRESS, "session " + s.id()
                    + " has not begun: no question has been asked yet (begin it first)");
        }
        if (s.status() != SessionStatus.IN_PROGRESS) {
            throw new SessionStateException(Reason.NOT_IN_PROGRESS, "session " + s.id() + " is already "
                    + s.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
    }

    /**
     * The question a submission with this key was stored for, when it is the same submission sent again.
     *
     * @return empty when the submission has no key or the key is new
     * @throws IdempotencyConflictException when the key was used for another question or another answer
     */
    static Optional<String> alreadyStored(Session s, AnswerSubmission submission) {
        String key = submission.idempotencyKey();
        Optional<String> questionId = key == null ? Optional.empty() : s.questionForKey(key);
        if (questionId.isEmpty()) {
            return Optional.empty();
        }
        Turn stored = s.turn(questionId.get()).orElseThrow();
        if (!questionId.get().equals(submission.questionId()) || !submission.answer().equals(stored.answer())) {
            throw new IdempotencyConflictException(s.id(), stored.question().id(), stored.question().label());
        }
        return questionId;
    }

    /**
     * @param requestedId the id as the caller gave it, for the not-found message
     * @throws SessionNotFoundException when the caller may not see the session, as for an unknown id
     * @throws AccessDeniedException when the caller may see the session but does not own it
     */
    static void checkOwner(Caller caller, Session s, String requestedId, String action) {
        checkRead(caller, s, requestedId);
        if (!owns(caller, s)) {
            throw new AccessDeniedException(caller.accountId() + " may not " + action + " session " + s.id()
                    + ": a reviewer may read it, only its owner may");
        }
    }

    /**
     * @param requestedId the id as the caller gave it, for the not-found message
     * @throws SessionNotFoundException when the caller is neither the owner nor a reviewer of its organisation
     */
    static void checkRead(Caller caller, Session s, String requestedId) {
        Objects.requireNonNull(caller, "caller");
        boolean reviewer = caller.role() == Caller.Role.REVIEWER && s.organisationId().isPresent()
                && s.organisationId().get().equals(caller.organisationId());
        if (!owns(caller, s) && !reviewer) {
            throw new SessionNotFoundException(requestedId);
        }
    }

    private static boolean owns(Caller caller, Session s) {
        return caller.role() == Caller.Role.CANDIDATE && caller.accountId().equals(s.ownerId());
    }
}
