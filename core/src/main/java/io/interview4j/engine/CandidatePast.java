package io.interview4j.engine;

import io.interview4j.AccessDeniedException;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.report.History;
import io.interview4j.session.Session;
import io.interview4j.session.SessionEvent.SessionStarted;
import io.interview4j.session.QuestionType;
import io.interview4j.session.SessionStatus;
import io.interview4j.session.TagScores;
import io.interview4j.session.WeakPoint;
import io.interview4j.store.SessionQuery;
import io.interview4j.store.SessionStore;
import io.interview4j.store.SessionSummary;
import io.interview4j.store.StoredSession;
import io.interview4j.text.internal.ResumeProfile;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A candidate's earlier sessions: what a new session needs from them (the bank ids asked in the last few sessions,
 * not to be asked again, and the last completed sessions' tags, oldest first, for weak points due again), and the
 * history a caller may read.
 */
record CandidatePast(List<String> recentQuestionIds, List<TagScores> completed, List<String> recentWrittenTexts) {

    private static final Logger LOG = LoggerFactory.getLogger(CandidatePast.class);

    private static final int RECENT_SESSIONS = 5;
    private static final int LISTED_SESSIONS = 50;
    private static final int HISTORY_PAGE = 1000;
    /** The most written questions of recent sessions a new session keeps, newest sessions first. */
    static final int MAX_WRITTEN_TEXTS = 60;

    /**
     * Loads at most {@value #RECENT_SESSIONS} recent sessions plus the last {@link WeakPointSchedule#WINDOW}
     * completed ones among the candidate's last {@value #LISTED_SESSIONS}.
     */
    static CandidatePast load(SessionStore store, String candidateId) {
        List<String> ids = new ArrayList<>();
        List<TagScores> completed = new ArrayList<>();
        List<String> written = new ArrayList<>();
        List<SessionSummary> summaries = store.list(new SessionQuery(candidateId, null, 0, LISTED_SESSIONS));
        for (int i = 0; i < summaries.size(); i++) {
            SessionSummary summary = summaries.get(i);
            boolean recent = i < RECENT_SESSIONS;
            boolean forSchedule = summary.status() == SessionStatus.COMPLETED && completed.size() < WeakPointSchedule.WINDOW;
            if (!recent && !forSchedule) {
                continue;
            }
            Optional<Session> found = store.find(summary.sessionId()).map(StoredSession::toSession);
            if (found.isEmpty()) {
                continue;
            }
            if (recent) {
                found.get().turns().forEach(t -> {
                    if (t.question().bankId() != null) {
                        ids.add(t.question().bankId());
                    } else if (t.question().type() == QuestionType.MAIN && written.size() < MAX_WRITTEN_TEXTS) {
                        written.add(t.question().text());
                    }
                });
            }
            if (forSchedule) {
                completed.add(0, TagScores.of(found.get()));
            }
        }
        return new CandidatePast(ids, completed, written);
    }

    /**
     * The start of a new session owned by {@code caller}: the resume's skills and years, the bank questions of
     * recent sessions not to ask again, and the weak points due again.
     */
    SessionStarted start(Caller caller, InterviewPlan plan, String sessionId, Instant now) {
        ResumeProfile profile = plan.resumeText() == null ? new ResumeProfile(List.of(), null)
                : ResumeProfile.extract(plan.resumeText(), now.atZone(ZoneOffset.UTC).getYear());
        List<WeakPoint> weak = WeakPointSchedule.due(completed);
        if (!weak.isEmpty()) {
            LOG.debug("session {}: revisiting weak points {}", sessionId, weak.stream().map(WeakPoint::tag).toList());
        }
        return new SessionStarted(now, sessionId, caller.accountId(), caller.accountId(), caller.organisationId(), plan,
                profile.skills(), profile.yearsOfExperience(), recentQuestionIds, weak, recentWrittenTexts);
    }

    /**
     * The candidate's history as {@code caller} may see it: all of it for the candidate, their organisation's
     * sessions for a reviewer; narrowed to one group key when {@code groupKey} is not null.
     *
     * @throws AccessDeniedException when a candidate asks for someone else's history
     */
    static History history(SessionStore store, Caller caller, String candidateId, String groupKey) {
        Objects.requireNonNull(candidateId, "candidateId");
        boolean self = caller.role() == Caller.Role.CANDIDATE && caller.accountId().equals(candidateId);
        if (!self && caller.role() != Caller.Role.REVIEWER) {
            throw new AccessDeniedException(caller.accountId() + " may not read the history of " + candidateId);
        }
        List<Session> sessions = new ArrayList<>();
        for (int offset = 0; ; offset += HISTORY_PAGE) {
            List<SessionSummary> page = store.list(new SessionQuery(candidateId, null, offset, HISTORY_PAGE));
            for (SessionSummary x : page) {
                boolean visible = self || x.organisationId() != null && x.organisationId().equals(caller.organisationId());
                if (visible) {
                    store.find(x.sessionId()).map(StoredSession::toSession)
                            .filter(s -> groupKey == null || groupKey.equals(s.plan().groupKey()))
                            .ifPresent(sessions::add);
                }
            }
            if (page.size() < HISTORY_PAGE) {
                break;
            }
        }
        return History.of(candidateId, groupKey, sessions);
    }
}
