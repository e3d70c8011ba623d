package io.interview4j.store;

import io.interview4j.InvalidInputException;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionEvent.QuestionAsked;
import io.interview4j.session.SessionEvent.SessionAbandoned;
import io.interview4j.session.SessionEvent.SessionCompleted;
import io.interview4j.session.SessionEvent.SessionStarted;
import io.interview4j.session.SessionStatus;
import java.time.Instant;
import java.util.List;

/**
 * What a listing shows of a session, derived from its events by {@link #of(List)} so every store agrees.
 *
 * @param sessionId the session
 * @param candidateId the candidate
 * @param ownerId the owning account
 * @param organisationId the organisation, or {@code null}
 * @param preset the plan's preset name
 * @param status the lifecycle state
 * @param version the number of events
 * @param startedAt when it started
 * @param updatedAt when the last event happened
 * @param overallScore the overall 0-100 score once completed, or {@code null}
 * @param readiness the readiness label the completion recorded (by the plan's own thresholds), or {@code null}
 *     while in progress, when nothing was scored, or for completions stored before labels were recorded
 * @param groupKey the host key of the session's plan ({@code InterviewPlan.groupKey}), or {@code null}; a JDBC store
 *     holds it for sessions started after its version 006 migration
 */
public record SessionSummary(String sessionId, String candidateId, String ownerId, String organisationId,
                             String preset, SessionStatus status, long version, Instant startedAt, Instant updatedAt,
                             Double overallScore, String readiness, String groupKey) {

    /** A summary without a host key. */
    public SessionSummary(String sessionId, String candidateId, String ownerId, String organisationId, String preset,
                          SessionStatus status, long version, Instant startedAt, Instant updatedAt, Double overallScore,
                          String readiness) {
        this(sessionId, candidateId, ownerId, organisationId, preset, status, version, startedAt, updatedAt, overallScore,
                readiness, null);
    }

    /** A summary without a readiness label (a listing from before labels were stored, or a session in progress). */
    public SessionSummary(String sessionId, String candidateId, String ownerId, String organisationId, String preset,
                          SessionStatus status, long version, Instant startedAt, Instant updatedAt, Double overallScore) {
        this(sessionId, candidateId, ownerId, organisationId, preset, status, version, startedAt, updatedAt, overallScore,
                null, null);
    }

    /**
     * @param events a session's events, starting with {@code SessionStarted}
     * @return its summary
     * @throws InvalidInputException when the first event is not {@code SessionStarted}
     */
    public static SessionSummary of(List<SessionEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof SessionStarted s)) {
            throw new InvalidInputException("a session's events must start with SessionStarted");
        }
        SessionStatus status = SessionStatus.IN_PROGRESS;
        Double score = null;
        String readiness = null;
        boolean asked = false;
        for (SessionEvent e : events) {
            if (e instanceof QuestionAsked) {
                asked = true;
            } else if (e instanceof SessionCompleted c) {
                status = SessionStatus.COMPLETED;
                score = c.overallScore();
                readiness = c.readiness();
            } else if (e instanceof SessionAbandoned) {
                status = SessionStatus.ABANDONED;
            }
        }
        if (status == SessionStatus.IN_PROGRESS && !asked) {
            status = SessionStatus.CREATED;
        }
        return new SessionSummary(s.sessionId(), s.candidateId(), s.ownerId(), s.organisationId(), s.plan().preset(),
                status, events.size(), s.at(), events.get(events.size() - 1).at(), score, readiness, s.plan().groupKey());
    }
}
