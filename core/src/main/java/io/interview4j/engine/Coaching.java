package io.interview4j.engine;

import io.interview4j.ConcurrentSessionModificationException;
import io.interview4j.feedback.Debrief;
import io.interview4j.feedback.OfflineCoach;
import io.interview4j.feedback.QuestionFeedback;
import io.interview4j.plan.Mode;
import io.interview4j.session.Session;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionEvent.DebriefRecorded;
import io.interview4j.session.SessionEvent.QuestionFeedbackRecorded;
import io.interview4j.session.SessionStatus;
import io.interview4j.session.Turn;
import io.interview4j.store.SessionStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the per-question feedback and the debrief, off the turn's critical path. Offline nothing is stored: the
 * {@link OfflineCoach}'s words are computed whenever they are read. With a model, the feedback of a main question
 * is written by one call once its last response is in, on the host's executor while the candidate reads the next
 * question, and the debrief by one call once the session completes, after that session's feedback; each is appended
 * as its own event, retried when a turn's append got in first. Without an executor, the model's feedback is written
 * when the session completes, in the call that completes it. A session's model work runs one task after another.
 */
final class Coaching {

    private static final Logger LOG = LoggerFactory.getLogger(Coaching.class);
    private static final int MAX_APPEND_ATTEMPTS = 20;

    private final SessionStore store;
    private final ModelCoach model;
    private final Executor executor;
    private final Clock clock;
    private final SessionBudget budget;
    /** The last model task of each session with one queued or running. */
    private final Map<String, CompletableFuture<Void>> tails = new HashMap<>();

    /** @param model the model coach, or {@code null} offline; @param executor runs model work, or {@code null} */
    Coaching(SessionStore store, ModelCoach model, Executor executor, Clock clock, SessionBudget budget) {
        this.store = store;
        this.model = model;
        this.executor = executor;
        this.clock = clock;
        this.budget = budget;
    }

    /**
     * Called after a turn was stored that closed the main question {@code questionId}: starts the model's feedback on
     * the executor, and returns the feedback a candidate may read now: the code's when there is no model, else
     * {@code null} (pending).
     */
    QuestionFeedback questionClosed(Session after, String questionId) {
        if (model == null || spent(after)) {
            return OfflineCoach.questionFeedback(after, questionId);
        }
        if (executor != null) {
            enqueue(after.id(), () -> writeFeedback(after.id(), questionId));
        }
        return null;
    }

    /** Called after a completion was stored: writes any feedback still missing, then the debrief. */
    void completed(Session done) {
        if (model == null || spent(done)) {
            return;
        }
        Runnable task = () -> {
            Session s = load(done.id());
            for (String id : OfflineCoach.closedMainQuestions(s)) {
                if (!s.recordedFeedback().containsKey(id)) {
                    writeFeedback(s.id(), id);
                }
            }
            Session fresh = load(done.id());
            Debrief d = model.debrief(fresh);
            if (d.provenance() != io.interview4j.scoring.Provenance.HEURISTIC) {
                record(done.id(), new DebriefRecorded(clock.instant(), d));
            }
        };
        if (executor != null) {
            enqueue(done.id(), task);
        } else {
            run(done.id(), task);
        }
    }

    /**
     * @return a future completed when the model work queued for the session so far is done (at once when none)
     */
    CompletableFuture<Void> settled(String sessionId) {
        CompletableFuture<Void> tail = pending(sessionId);
        return tail == null ? CompletableFuture.completedFuture(null) : tail.handle((v, e) -> null);
    }

    /**
     * The feedback of a question the caller may read now: recorded, else the code's when there is no model or the
     * question's session is over and none will come; {@code null} while the model's is pending.
     */
    QuestionFeedback readable(Session s, String questionId) {
        QuestionFeedback recorded = s.recordedFeedback().get(questionId);
        if (recorded != null) {
            return recorded;
        }
        if (!OfflineCoach.closed(s, questionId)) {
            return null;
        }
        if (model == null || spent(s) || (s.status() != SessionStatus.IN_PROGRESS && pending(s.id()) == null)) {
            return OfflineCoach.questionFeedback(s, questionId);
        }
        return null;
    }

    /** The feedback in practice mode, none in assessment mode. */
    static QuestionFeedback shown(Session s, QuestionFeedback f) {
        return s.plan().mode() == Mode.ASSESSMENT ? null : f;
    }

    private CompletableFuture<Void> pending(String sessionId) {
        synchronized (tails) {
            return tails.get(sessionId);
        }
    }

    private void writeFeedback(String sessionId, String questionId) {
        Session s = load(sessionId);
        if (s.recordedFeedback().containsKey(questionId)) {
            return;
        }
        QuestionFeedback f = model.questionFeedback(s, questionId);
        record(sessionId, new QuestionFeedbackRecorded(clock.instant(), questionId, f));
    }

    private void enqueue(String sessionId, Runnable task) {
        CompletableFuture<Void> start = new CompletableFuture<>();
        CompletableFuture<Void> next = start.thenRunAsync(() -> run(sessionId, task), executor);
        CompletableFuture<Void> prev;
        synchronized (tails) {
            prev = tails.put(sessionId, next);
        }
        next.whenComplete((v, e) -> {
            synchronized (tails) {
                tails.remove(sessionId, next);
            }
        });
        (prev == null ? CompletableFuture.<Void>completedFuture(null) : prev).whenComplete((v, e) -> start.complete(null));
    }

    private void run(String sessionId, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warn("session {}: writing feedback failed; the offline coach's stands in ({})", sessionId, e.toString());
        }
    }

    /** Appends one event at the session's current version, again after a turn's append got in first. */
    private void record(String sessionId, SessionEvent event) {
        for (int attempt = 1; attempt <= MAX_APPEND_ATTEMPTS; attempt++) {
            Session s = load(sessionId);
            try {
                store.append(sessionId, s.version(), List.of(event));
                return;
            } catch (ConcurrentSessionModificationException e) {
                LOG.debug("session {}: feedback append lost a race (attempt {})", sessionId, attempt);
            }
        }
        LOG.warn("session {}: could not append {} after {} attempts", sessionId, event.getClass().getSimpleName(),
                MAX_APPEND_ATTEMPTS);
    }

    private boolean spent(Session s) {
        return budget != null && budget.reached(s.turns().stream().map(Turn::evaluation)
                .filter(java.util.Objects::nonNull).toList());
    }

    private Session load(String sessionId) {
        return store.get(sessionId).toSession();
    }
}
