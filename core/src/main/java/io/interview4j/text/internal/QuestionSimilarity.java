package io.interview4j.text.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When two questions are one question, and when a question gives away a key point: both on sets of stemmed content
 * words ({@link Texts#contentStems}). The thresholds are documented where they are used (the engine's question
 * checks).
 */
public final class QuestionSimilarity {

    /** Jaccard similarity of stemmed content words at which two questions are the same question. */
    public static final double NEAR_DUPLICATE = 0.6;
    /** Share of a key point's stemmed content words in a question at which the question gives the point away. */
    public static final double LEAK_SHARE = 0.75;
    /** Fewest characters of a question's normalised text that count when one question contains the other. */
    private static final int MIN_CONTAINED = 15;

    private QuestionSimilarity() {
    }

    /** @return the first of {@code asked} that {@code text} near-duplicates, or {@code null} */
    public static String nearDuplicate(String text, List<String> asked) {
        Set<String> mine = new HashSet<>(Texts.contentStems(text));
        String norm = norm(text);
        for (String other : asked) {
            String o = norm(other);
            if (o.isEmpty()) {
                continue;
            }
            if (o.equals(norm) || (o.length() >= MIN_CONTAINED && norm.contains(o))
                    || (norm.length() >= MIN_CONTAINED && o.contains(norm))) {
                return other;
            }
            if (similarity(mine, new HashSet<>(Texts.contentStems(other))) >= NEAR_DUPLICATE) {
                return other;
            }
        }
        return null;
    }

    /** @return the Jaccard similarity of two sets; 0 when both are empty */
    public static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }

    /**
     * @return whether the question states the key point: at least {@link #LEAK_SHARE} of the point's stemmed
     *     content words are in it, for points of three or more content words
     */
    public static boolean leaks(String question, String point) {
        Set<String> stems = new HashSet<>(Texts.contentStems(point));
        if (stems.size() < 3) {
            return false;
        }
        Set<String> asked = new HashSet<>(Texts.contentStems(question));
        long shared = stems.stream().filter(asked::contains).count();
        return shared >= LEAK_SHARE * stems.size();
    }

    private static String norm(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
