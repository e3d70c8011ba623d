package io.interview4j.engine;

import io.interview4j.session.Session;
import io.interview4j.session.SessionStatus;
import io.interview4j.session.TagScores;
import io.interview4j.store.SessionQuery;
import io.interview4j.store.SessionStore;
import io.interview4j.store.SessionSummary;
import io.interview4j.store.StoredSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a new session needs from the candidate's earlier ones: the bank ids asked in the last few sessions (not to
 * be asked again), and the last completed sessions' tags, oldest first (for weak points due again).
 */
record CandidatePast(List<String> recentQuestionIds, List<TagScores> completed) {

    private static final int RECENT_SESSIONS = 5;
    private static final int LISTED_SESSIONS = 50;

    /**
     * Loads at most {@value #RECENT_SESSIONS} recent sessions plus the last {@link WeakPointSchedule#WINDOW}
     * completed ones among the candidate's last {@value #LISTED_SESSIONS}.
     */
    static CandidatePast load(SessionStore store, String candidateId) {
        List<String> ids = new ArrayList<>();
        List<TagScores> completed = new ArrayList<>();
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
                    }
                });
            }
            if (forSchedule) {
                completed.add(0, TagScores.of(found.get()));
            }
        }
        return new CandidatePast(ids, completed);
    }
}
