package io.interview4j.engine;

import io.interview4j.llm.CostEstimator;
import io.interview4j.report.ReportBuilder;
import io.interview4j.session.QuestionType;
import io.interview4j.session.Session;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionEvent.AnswerEvaluated;
import io.interview4j.session.SessionEvent.QuestionAsked;
import io.interview4j.session.SessionEvent.SessionAbandoned;
import io.interview4j.session.SessionEvent.SessionCompleted;
import io.interview4j.session.SessionEvent.SessionStarted;
import io.interview4j.session.Turn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the {@link InterviewListener}s what an append recorded. Called by the engine after each append has returned,
 * with the session as stored and the events the append added; a listener that throws is logged and skipped.
 */
final class Listeners {

    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

    private final List<InterviewListener> listeners;
    private final Clock clock;
    private final CostEstimator costs;

    Listeners(List<InterviewListener> listeners, Clock clock, CostEstimator costs) {
        this.listeners = List.copyOf(listeners);
        this.clock = clock;
        this.costs = costs;
    }

    /**
     * @param after the session as stored after the append
     * @param added the events the append added, in order
     * @param began when the turn began (for an evaluation's turn duration)
     */
    void appended(Session after, List<SessionEvent> added, Instant began) {
        if (listeners.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (SessionEvent e : added) {
            if (e instanceof SessionStarted) {
                tell(after, "sessionStarted", l -> l.sessionStarted(new InterviewListener.Started(after)));
            } else if (e instanceof AnswerEvaluated ev) {
                after.turn(ev.questionId()).ifPresent(t -> tell(after, "answerEvaluated", l -> l.answerEvaluated(
                        new InterviewListener.Evaluated(after, t.question(), ev.evaluation(), elapsed(began, now)))));
            } else if (e instanceof QuestionAsked asked) {
                if (asked.question().type() != QuestionType.FOLLOW_UP) {
                    closeThreadBefore(after, asked.question().id());
                }
                tell(after, "questionAsked", l -> l.questionAsked(new InterviewListener.Asked(after, asked.question())));
            } else if (e instanceof SessionCompleted) {
                closeThreadBefore(after, null);
                completed(after, now);
            } else if (e instanceof SessionAbandoned abandoned) {
                tell(after, "sessionAbandoned",
                        l -> l.sessionAbandoned(new InterviewListener.Abandoned(after, abandoned.reason())));
            }
        }
    }

    /** The last main or resume question asked before {@code questionId} (or the end), with its follow-ups. */
    private void closeThreadBefore(Session s, String questionId) {
        List<Turn> thread = new ArrayList<>();
        for (Turn t : s.turns()) {
            if (t.question().id().equals(questionId)) {
                break;
            }
            if (t.question().type() != QuestionType.FOLLOW_UP) {
                thread.clear();
            }
            thread.add(t);
        }
        if (thread.isEmpty() || thread.get(0).question().type() == QuestionType.FOLLOW_UP) {
            return;
        }
        var notice = new InterviewListener.QuestionClosed(s, thread.get(0).question(), thread);
        tell(s, "questionClosed", l -> l.questionClosed(notice));
    }

    private void completed(Session s, Instant now) {
        InterviewListener.Completed notice;
        try {
            notice = new InterviewListener.Completed(s, ReportBuilder.build(s, now, costs));
        } catch (RuntimeException e) {
            LOG.warn("session {}: cannot build the report for the completion listeners", s.id(), e);
            return;
        }
        tell(s, "sessionCompleted", l -> l.sessionCompleted(notice));
    }

    private static Duration elapsed(Instant began, Instant now) {
        Duration d = began == null ? Duration.ZERO : Duration.between(began, now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    private void tell(Session s, String callback, Consumer<InterviewListener> call) {
        for (InterviewListener l : listeners) {
            try {
                call.accept(l);
            } catch (RuntimeException e) {
                LOG.warn("session {}: listener {} failed in {}; the interview goes on", s.id(), l.getClass().getName(),
                        callback, e);
            }
        }
    }
}
