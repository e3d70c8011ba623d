package io.interview4j.report;

import io.interview4j.plan.Readiness;
import io.interview4j.session.SessionStatus;
import io.interview4j.store.SessionSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A candidate's sessions and the trend across them. Its JSON form ({@link ReportRenderers#json(History)}) carries
 * {@code schemaVersion} like the report's.
 *
 * @param schemaVersion the JSON contract's version, {@value #SCHEMA_VERSION}
 * @param candidateId the candidate
 * @param sessions sessions, newest first
 * @param trend first versus latest completed session, or {@code null} with fewer than two scored completed sessions
 */
public record History(int schemaVersion, String candidateId, List<Entry> sessions, Trend trend) {

    /** The version of the history's JSON contract. */
    public static final int SCHEMA_VERSION = 1;

    /** A change in score of more than this many points (0-100) is improving or declining; less is steady. */
    public static final double STEADY_WITHIN = 2;

    /** Copies. */
    public History {
        Objects.requireNonNull(candidateId, "candidateId");
        sessions = List.copyOf(sessions);
    }

    /**
     * @param sessionId the session
     * @param preset the preset
     * @param status its state
     * @param startedAt ISO-8601 start
     * @param score overall 0-100 once completed, or {@code null}
     * @param readiness Ready / Almost Ready / Needs Practice once completed, by the session plan's thresholds (for
     *     sessions stored without a label, seed 003's: {@link Readiness#COACHING_BANDS}), or {@code null}
     */
    public record Entry(String sessionId, String preset, String status, String startedAt, Double score, String readiness) {
    }

    /**
     * @param firstScore the first completed session's score
     * @param latestScore the latest completed session's score
     * @param change latest minus first, one decimal
     * @param direction {@code improving} or {@code declining} when the change exceeds {@value #STEADY_WITHIN}
     *     points, else {@code steady}
     * @param firstSessionId the first completed session
     * @param latestSessionId the latest completed session
     * @param dimensions per-dimension change on 0-100 for the dimensions both sessions scored, in the latest
     *     session's order; empty when the sessions were not supplied
     */
    public record Trend(double firstScore, double latestScore, double change, String direction, String firstSessionId,
                        String latestSessionId, List<DimensionChange> dimensions) {

        /** Copies. */
        public Trend {
            dimensions = List.copyOf(dimensions);
        }
    }

    /**
     * @param name the dimension
     * @param first its 0-100 average in the first completed session
     * @param latest its 0-100 average in the latest completed session
     * @param change latest minus first, one decimal
     */
    public record DimensionChange(String name, double first, double latest, double change) {
    }

    /**
     * A history without per-dimension changes.
     *
     * @param candidateId the candidate
     * @param summaries the candidate's sessions, any order
     * @return the history, newest first
     */
    public static History of(String candidateId, List<SessionSummary> summaries) {
        return of(candidateId, summaries, null, null);
    }

    /**
     * @param candidateId the candidate
     * @param summaries the candidate's sessions, any order
     * @param first the report of the first completed session ({@link #firstAndLatest}), or {@code null}
     * @param latest the report of the latest completed session, or {@code null}
     * @return the history, newest first; the trend has per-dimension changes when both reports are given
     */
    public static History of(String candidateId, List<SessionSummary> summaries, Report first, Report latest) {
        List<SessionSummary> sorted = new ArrayList<>(summaries);
        sorted.sort(Comparator.comparing(SessionSummary::startedAt).reversed());
        List<Entry> entries = sorted.stream().map(s -> new Entry(s.sessionId(), s.preset(), s.status().name(),
                s.startedAt().toString(), s.overallScore(),
                s.readiness() != null || s.overallScore() == null ? s.readiness()
                        : Readiness.COACHING_BANDS.label(s.overallScore()))).toList();
        Trend trend = null;
        Optional<Ends> ends = firstAndLatest(summaries);
        if (ends.isPresent()) {
            SessionSummary a = ends.get().first();
            SessionSummary b = ends.get().latest();
            double change = round1(b.overallScore() - a.overallScore());
            List<DimensionChange> dims = new ArrayList<>();
            if (first != null && latest != null) {
                Map<String, Double> before = new HashMap<>();
                first.dimensions().forEach(d -> before.put(d.name(), d.percent()));
                for (Report.DimensionScore d : latest.dimensions()) {
                    Double was = before.get(d.name());
                    if (was != null) {
                        dims.add(new DimensionChange(d.name(), was, d.percent(), round1(d.percent() - was)));
                    }
                }
            }
            trend = new Trend(a.overallScore(), b.overallScore(), change,
                    change > STEADY_WITHIN ? "improving" : change < -STEADY_WITHIN ? "declining" : "steady",
                    a.sessionId(), b.sessionId(), dims);
        }
        return new History(SCHEMA_VERSION, candidateId, entries, trend);
    }

    /**
     * The two sessions a trend compares.
     *
     * @param first the first completed session with a score
     * @param latest the latest completed session with a score
     */
    public record Ends(SessionSummary first, SessionSummary latest) {
    }

    /**
     * @param summaries sessions, any order
     * @return the first and the latest completed sessions with a score, when there are at least two
     */
    public static Optional<Ends> firstAndLatest(List<SessionSummary> summaries) {
        List<SessionSummary> done = summaries.stream()
                .filter(s -> s.status() == SessionStatus.COMPLETED && s.overallScore() != null)
                .sorted(Comparator.comparing(SessionSummary::startedAt)).toList();
        if (done.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Ends(done.get(0), done.get(done.size() - 1)));
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
