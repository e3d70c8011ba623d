package io.interview4j.scoring;

import io.interview4j.text.internal.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A text's content stems, canonical forms, and consecutive pairs, with memoised fuzzy look-ups. "One-on-one",
 * "1:1" and "1-on-1" are read as one word, {@link #ONE_ON_ONE}, a synonym of conversation.
 */
final class StemBag {

    /** The word a one-on-one meeting is read as. */
    static final String ONE_ON_ONE = "oneonone";

    private static final java.util.regex.Pattern ONE_ON_ONE_PHRASE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:one|1)(?:\\s*-\\s*|\\s+)on(?:\\s*-\\s*|\\s+)(?:one|1)\\b|\\b1\\s*:\\s*1\\b");

    final List<String> stems = new ArrayList<>();
    final Set<String> set = new HashSet<>();
    final Set<String> pairs = new HashSet<>();
    private final Map<String, Double> memo = new HashMap<>();
    private final double fuzzyCredit;

    StemBag(String text, double fuzzyCredit) {
        this.fuzzyCredit = fuzzyCredit;
        for (String s : Texts.contentStems(phrases(text))) {
            stems.add(Synonyms.canon(s));
        }
        set.addAll(stems);
        for (int i = 1; i < stems.size(); i++) {
            pairs.add(stems.get(i - 1) + ' ' + stems.get(i));
        }
    }

    double match(String stem) {
        if (set.contains(stem)) {
            return 1;
        }
        return memo.computeIfAbsent(stem, s -> {
            for (String a : set) {
                if (WordMatch.fuzzyEqual(a, s)) {
                    return fuzzyCredit;
                }
            }
            return 0.0;
        });
    }

    /** The text with multi-word expressions read as one word ("one-on-one" as {@link #ONE_ON_ONE}). */
    static String phrases(String text) {
        return ONE_ON_ONE_PHRASE.matcher(text).replaceAll(" " + ONE_ON_ONE + " ");
    }
}
