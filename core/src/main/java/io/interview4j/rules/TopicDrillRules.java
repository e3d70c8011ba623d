package io.interview4j.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Seed 004's rules (topic drill): topics are the three tags the candidate studied most; badges by overall
 * score. Difficulty moves by {@link io.interview4j.plan.DifficultyPolicy#RAISE_AT_80_LOWER_AT_40}.
 */
public final class TopicDrillRules {

    /** Topics drilled per session. */
    public static final int TOPICS = 3;

    private TopicDrillRules() {
    }

    /**
     * Counts tags over everything studied and keeps the three most frequent; ties keep first-seen order.
     *
     * @param studiedItemTags the tags of each item studied (post, course, chapter)
     * @return at most three lowercase tags, most studied first
     */
    public static List<String> topTopics(Collection<? extends Collection<String>> studiedItemTags) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Collection<String> tags : studiedItemTags) {
            for (String tag : tags) {
                String t = tag.trim().toLowerCase(Locale.ROOT);
                if (!t.isEmpty()) {
                    counts.merge(t, 1, Integer::sum);
                }
            }
        }
        List<String> sorted = new ArrayList<>(counts.keySet());
        sorted.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        return List.copyOf(sorted.subList(0, Math.min(TOPICS, sorted.size())));
    }

    /**
     * @param overall the session's overall score as a fraction 0-1
     * @return "Interview Master" at 0.8 or more, "Interview Ready" at 0.5 or more, else none
     */
    public static Optional<String> badge(double overall) {
        if (overall >= 0.8) {
            return Optional.of("Interview Master");
        }
        return overall >= 0.5 ? Optional.of("Interview Ready") : Optional.empty();
    }
}
