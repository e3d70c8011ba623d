package io.interview4j.scoring;

import io.interview4j.text.internal.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A text's content stems, canonical forms, and consecutive pairs. An answer's bag memoises its fuzzy look-ups and
 * is used by one thread; a bank text's bag ({@link #shared}) memoises nothing and is immutable.
 */
final class StemBag {

    /** The word a one-on-one meeting is read as: "one-on-one", "1:1" and "1-on-1", a synonym of conversation. */
    static final String ONE_ON_ONE = "oneonone";

    private static final java.util.regex.Pattern ONE_ON_ONE_PHRASE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:one|1)(?:\\s*-\\s*|\\s+)on(?:\\s*-\\s*|\\s+)(?:one|1)\\b|\\b1\\s*:\\s*1\\b");

    final List<String> stems;
    final Set<String> set;
    final Set<String> pairs;
    private final Map<String, Boolean> memo;

    StemBag(String text) {
        this(Texts.contentStems(phrases(text)), new HashMap<>());
    }

    private StemBag(List<String> contentStems, Map<String, Boolean> memo) {
        List<String> canon = new ArrayList<>(contentStems.size());
        for (String s : contentStems) {
            canon.add(Synonyms.canon(s));
        }
        Set<String> pairSet = new HashSet<>();
        for (int i = 1; i < canon.size(); i++) {
            pairSet.add(canon.get(i - 1) + ' ' + canon.get(i));
        }
        this.stems = canon;
        this.set = new HashSet<>(canon);
        this.pairs = pairSet;
        this.memo = memo;
    }

    /** A bag of bank text, shared across threads: unmodifiable, no memo. */
    static StemBag shared(String text) {
        StemBag b = new StemBag(ExpectedAnswer.contentStems(phrases(text)), null);
        return new StemBag(List.copyOf(b.stems), Set.copyOf(b.set), Set.copyOf(b.pairs));
    }

    private StemBag(List<String> stems, Set<String> set, Set<String> pairs) {
        this.stems = stems;
        this.set = set;
        this.pairs = pairs;
        this.memo = null;
    }

    /** @return 1 when the bag holds the stem, {@code fuzzyCredit} when it holds one a typing error away, else 0 */
    double match(String stem, double fuzzyCredit) {
        if (set.contains(stem)) {
            return 1;
        }
        if (memo == null) {
            return fuzzy(stem) ? fuzzyCredit : 0;
        }
        return memo.computeIfAbsent(stem, this::fuzzy) ? fuzzyCredit : 0;
    }

    private boolean fuzzy(String stem) {
        for (String a : set) {
            if (WordMatch.fuzzyEqual(a, stem)) {
                return true;
            }
        }
        return false;
    }

    /** The text with multi-word expressions read as one word ("one-on-one" as {@link #ONE_ON_ONE}). */
    static String phrases(String text) {
        return ONE_ON_ONE_PHRASE.matcher(text).replaceAll(" " + ONE_ON_ONE + " ");
    }
}
