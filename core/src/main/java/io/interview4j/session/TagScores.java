package io.interview4j.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one session says about the candidate's tags: each tag's average 0-100 score over the session's evaluated,
 * unskipped answers, and the tags the session was revisiting. A tag is a question's competency or one of its skill
 * tags, trimmed and lowercase. A tag averaging below {@link #WEAK_BELOW} is weak: the engine brings it back in
 * later sessions, and a report says whether a revisited tag recovered.
 *
 * @param sessionId the session
 * @param scores each tag's average 0-100 score, tags in the order first met
 * @param revisited tags the session was revisiting (earlier weak points it was asked to bring back)
 */
public record TagScores(String sessionId, Map<String, Double> scores, Set<String> revisited) {

    /** A tag averaging below 60 of 100 in a session is weak: seed 003's "Needs Practice" band. */
    public static final double WEAK_BELOW = 60;

    /** Copies, keeping order. @throws NullPointerException when an argument is null */
    public TagScores {
        Objects.requireNonNull(sessionId, "sessionId");
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        revisited = Set.copyOf(revisited);
    }

    /**
     * @param s a session
     * @return its tag scores and the tags it revisited
     */
    public static TagScores of(Session s) {
        Map<String, List<Double>> byTag = new LinkedHashMap<>();
        for (Turn t : s.turns()) {
            if (t.evaluation() == null || t.skipped()) {
                continue;
            }
            for (String tag : tags(t)) {
                byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(t.evaluation().score());
            }
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        byTag.forEach((tag, all) -> scores.put(tag, all.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        Set<String> revisited = new LinkedHashSet<>();
        s.started().revisitWeakPoints().forEach(w -> revisited.add(w.tag()));
        return new TagScores(s.id(), scores, revisited);
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
}
