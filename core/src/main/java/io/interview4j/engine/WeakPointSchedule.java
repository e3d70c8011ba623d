package io.interview4j.engine;

import io.interview4j.session.TagScores;
import io.interview4j.session.WeakPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings weak points back on a spaced schedule, for the question picker. A tag found weak in a session (below
 * {@link TagScores#WEAK_BELOW}) where it was not itself being revisited is due again 1, 3 and 7 completed sessions
 * later ({@link #STEPS}), and no longer once any later session scores it at or above the threshold (recovered).
 * A revisit that scores weak again does not restart the schedule, so the intervals grow as the steps say. Pure:
 * the same history gives the same answer.
 */
final class WeakPointSchedule {

    /** Sessions after the finding at which a weak point is due again. */
    static final List<Integer> STEPS = List.of(1, 3, 7);

    /** The most completed sessions {@link #due} needs: the largest step. */
    static final int WINDOW = 7;

    private WeakPointSchedule() {
    }

    /**
     * The weak points due in the session after {@code history}.
     *
     * @param history the candidate's completed sessions, oldest first; only the last {@link #WINDOW} are read
     * @return the weak points due, smallest step first, then weakest first; a tag appears once, with its most
     *     recent finding
     */
    static List<WeakPoint> due(List<TagScores> history) {
        int n = history.size();
        Map<String, WeakPoint> due = new LinkedHashMap<>();
        for (int step : STEPS) {
            int found = n - step;
            if (found < 0) {
                continue;
            }
            TagScores finding = history.get(found);
            List<WeakPoint> atStep = new ArrayList<>();
            finding.scores().forEach((tag, score) -> {
                if (score < TagScores.WEAK_BELOW && !finding.revisited().contains(tag) && !due.containsKey(tag)
                        && !recoveredAfter(history, found, tag)) {
                    atStep.add(new WeakPoint(tag, Math.round(score * 10) / 10.0, step, finding.sessionId()));
                }
            });
            atStep.sort((a, b) -> Double.compare(a.score(), b.score()));
            atStep.forEach(w -> due.put(w.tag(), w));
        }
        return List.copyOf(due.values());
    }

    private static boolean recoveredAfter(List<TagScores> history, int found, String tag) {
        for (int i = found + 1; i < history.size(); i++) {
            Double score = history.get(i).scores().get(tag);
            if (score != null && score >= TagScores.WEAK_BELOW) {
                return true;
            }
        }
        return false;
    }
}
