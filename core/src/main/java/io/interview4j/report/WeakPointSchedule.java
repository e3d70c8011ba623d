package io.interview4j.report;

import io.interview4j.session.Session;
import io.interview4j.session.Turn;
import io.interview4j.session.WeakPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Brings weak points back on a spaced schedule. A tag (a question's competency or one of its skill tags) is weak
 * in a session when the average 0-100 score of that session's answers carrying it is below {@link #THRESHOLD}.
 * A tag found weak in a session where it was not itself being revisited is due again 1, 3 and 7 completed sessions
 * later ({@link #STEPS}), and no longer once any later session scores it at or above the threshold (recovered).
 * A revisit that scores weak again does not restart the schedule, so the intervals grow as the steps say. Pure:
 * the same history gives the same answer.
 */
public final class WeakPointSchedule {

    /** A tag averaging below 60 of 100 in a session is weak: seed 003's "Needs Practice" band. */
    public static final double THRESHOLD = 60;

    /** Sessions after the finding at which a weak point is due again. */
    public static final List<Integer> STEPS = List.of(1, 3, 7);

    /** The most completed sessions {@link #due} needs: the largest step. */
    public static final int WINDOW = 7;

    private WeakPointSchedule() {
    }

    /**
     * What one completed session says about the candidate's tags.
     *
     * @param sessionId the session
     * @param scores each tag's average 0-100 score in the session
     * @param revisited tags that session was revisiting (a weak score there is not a new finding)
     */
    public record SessionTags(String sessionId, Map<String, Double> scores, Set<String> revisited) {

        /** Copies, keeping order. */
        public SessionTags {
            Objects.requireNonNull(sessionId, "sessionId");
            scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
            revisited = Set.copyOf(revisited);
        }

        /**
         * @param s a session
         * @return its tag scores and the tags it revisited
         */
        public static SessionTags of(Session s) {
            Set<String> revisited = new LinkedHashSet<>();
            s.started().revisitWeakPoints().forEach(w -> revisited.add(w.tag()));
            return new SessionTags(s.id(), tagScores(s), revisited);
        }
    }

    /**
     * @param s a session
     * @return each tag's average 0-100 score over the session's evaluated, unskipped answers, tags in the order
     *     first met; a tag is the question's competency or a skill tag, trimmed and lowercase
     */
    public static Map<String, Double> tagScores(Session s) {
        Map<String, List<Double>> byTag = new LinkedHashMap<>();
        for (Turn t : s.turns()) {
            if (t.evaluation() == null || t.skipped()) {
                continue;
            }
            for (String tag : tags(t)) {
                byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(t.evaluation().score());
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        byTag.forEach((tag, scores) -> out.put(tag, scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        return out;
    }

    /**
     * @param t a turn
     * @return its question's competency and skill tags, trimmed, lowercase, without blanks or repeats
     */
    public static Set<String> tags(Turn t) {
        Set<String> tags = new LinkedHashSet<>();
        add(tags, t.question().competency());
        t.question().skills().forEach(x -> add(tags, x));
        return tags;
    }

    private static void add(Set<String> tags, String tag) {
        if (tag != null && !tag.isBlank()) {
            tags.add(tag.trim().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The weak points due in the session after {@code history}.
     *
     * @param history the candidate's completed sessions, oldest first; only the last {@link #WINDOW} are read
     * @return the weak points due, smallest step first, then weakest first; a tag appears once, with its most
     *     recent finding
     */
    public static List<WeakPoint> due(List<SessionTags> history) {
        int n = history.size();
        Map<String, WeakPoint> due = new LinkedHashMap<>();
        for (int step : STEPS) {
            int found = n - step;
            if (found < 0) {
                continue;
            }
            SessionTags finding = history.get(found);
            List<WeakPoint> atStep = new ArrayList<>();
            finding.scores().forEach((tag, score) -> {
                if (score < THRESHOLD && !finding.revisited().contains(tag) && !due.containsKey(tag)
                        && !recoveredAfter(history, found, tag)) {
                    atStep.add(new WeakPoint(tag, Math.round(score * 10) / 10.0, step, finding.sessionId()));
                }
            });
            atStep.sort((a, b) -> Double.compare(a.score(), b.score()));
            atStep.forEach(w -> due.put(w.tag(), w));
        }
        return List.copyOf(due.values());
    }

    private static boolean recoveredAfter(List<SessionTags> history, int found, String tag) {
        for (int i = found + 1; i < history.size(); i++) {
            Double score = history.get(i).scores().get(tag);
            if (score != null && score >= THRESHOLD) {
                return true;
            }
        }
        return false;
    }
}
