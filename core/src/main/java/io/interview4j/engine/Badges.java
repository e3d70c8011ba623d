package io.interview4j.engine;

import io.interview4j.rules.TopicDrillRules;
import io.interview4j.session.Session;
import io.interview4j.session.SessionStatus;
import io.interview4j.store.SessionQuery;
import io.interview4j.store.SessionStore;
import io.interview4j.store.SessionSummary;
import io.interview4j.store.StoredSession;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Seed 004's badges, kept per candidate across sessions: a completion awards the badge its score earns unless one of
 * the candidate's earlier completed sessions already awarded it. What a session awarded is stored in its
 * {@code SessionCompleted} event, so every store keeps badges without a table of its own.
 */
final class Badges {

    private static final int PAGE = 1000;

    private Badges() {
    }

    /** The badges completing {@code s} with {@code score} (0-100, or null) awards. */
    static List<String> award(SessionStore store, Session s, Double score) {
        if (!s.plan().awardBadges() || score == null) {
            return List.of();
        }
        Optional<String> earned = TopicDrillRules.badge(score / 100);
        if (earned.isEmpty() || held(store, s.candidateId(), s.id()).contains(earned.get())) {
            return List.of();
        }
        return List.of(earned.get());
    }

    /** The badges the candidate's completed sessions other than {@code exceptSessionId} awarded. */
    static Set<String> held(SessionStore store, String candidateId, String exceptSessionId) {
        Set<String> held = new LinkedHashSet<>();
        for (int offset = 0; ; offset += PAGE) {
            List<SessionSummary> page = store.list(new SessionQuery(candidateId, null, offset, PAGE));
            for (SessionSummary summary : page) {
                // A session whose score earns no badge cannot have awarded one: skip loading it.
                if (summary.status() == SessionStatus.COMPLETED && summary.overallScore() != null
                        && !summary.sessionId().equals(exceptSessionId)
                        && TopicDrillRules.badge(summary.overallScore() / 100).isPresent()) {
                    store.find(summary.sessionId()).map(StoredSession::toSession)
                            .ifPresent(past -> held.addAll(past.badges()));
                }
            }
            if (page.size() < PAGE) {
                return held;
            }
        }
    }
}
