package io.interview4j.report;

import io.interview4j.plan.Readiness;
import io.interview4j.session.SessionStatus;
import io.interview4j.store.SessionSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A candidate's sessions and the trend across them.
 *
 * @param candidateId the candidate
 * @param sessions sessions, newest first
 * @param trend first versus latest completed score, or {@code null} with fewer than two completed sessions
 */
public record History(String candidateId, List<Entry> sessions, Trend trend) {

    /**
     * @param sessionId the session
     * @param preset the preset
     * @param status its state
     * @param startedAt ISO-8601 start
     * @param score overall 0-100 once completed, or {@code null}
     * @param readiness Ready / Almost Ready / Needs Practice once completed, or {@code null}
     */
    public record Entry(String sessionId, String preset, String status, String startedAt, Double score, String readiness) {
    }

    /**
     * @param firstScore the first completed session's score
     * @param latestScore the latest completed session's score
     * @param change latest minus first
     * @param direction improving, declining or steady
     */
    public record Trend(double firstScore, double latestScore, double change, String direction) {
    }

    /**
     * @param candidateId the candidate
     * @param summaries the candidate's sessions, any order
     * @return the history, newest first
     */
    public static History of(String candidateId, List<SessionSummary> summaries) {
        List<SessionSummary> sorted = new ArrayList<>(summaries);
        sorted.sort(Comparator.comparing(SessionSummary::startedAt).reversed());
        List<Entry> entries = sorted.stream().map(s -> new Entry(s.sessionId(), s.preset(), s.status().name(),
                s.startedAt().toString(), s.overallScore(),
                s.overallScore() == null ? null : Readiness.SEED_003.label(s.overallScore()))).toList();
        List<SessionSummary> done = sorted.stream()
                .filter(s -> s.status() == SessionStatus.COMPLETED && s.overallScore() != null).toList();
        Trend trend = null;
        if (done.size() >= 2) {
            double first = done.get(done.size() - 1).overallScore();
            double latest = done.get(0).overallScore();
            double change = Math.round((latest - first) * 10) / 10.0;
            trend = new Trend(first, latest, change, change > 2 ? "improving" : change < -2 ? "declining" : "steady");
        }
        return new History(candidateId, entries, trend);
    }
}
