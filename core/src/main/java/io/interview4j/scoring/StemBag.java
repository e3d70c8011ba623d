package io.interview4j.scoring;

import io.interview4j.text.internal.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A text's content stems, canonical forms, and consecutive pairs, with memoised fuzzy look-ups. */
final class StemBag {
    final List<String> stems = new ArrayList<>();
    final Set<String> set = new HashSet<>();
    final Set<String> pairs = new HashSet<>();
    private final Map<String, Double> memo = new HashMap<>();
    private final double fuzzyCredit;

    StemBag(String text, double fuzzyCredit) {
        this.fuzzyCredit = fuzzyCredit;
        for (String s : Texts.contentStems(text)) {
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
}
