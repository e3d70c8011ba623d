package io.interview4j.bank;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one spelling of a skill tag: lowercase, with every run of spaces, underscores, hyphens and slashes made one
 * underscore, so {@code "problem solving"}, {@code "Problem_Solving"} and {@code "problem-solving"} are all
 * {@code problem_solving}, and {@code "CI/CD"} is {@code ci_cd}: the spelling the job-description and resume skill vocabulary uses. Other characters are
 * kept ({@code c++}, {@code node.js}). Every {@link BankQuestion} and {@link QuestionQuery} normalises its tags when
 * it is made, so a bank loaded from any source matches the same skills.
 */
public final class SkillTags {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_/\\-]+");

    private SkillTags() {
    }

    /**
     * @param tag a skill tag as written
     * @return its one spelling, or {@code null} when nothing but separators is left
     * @throws NullPointerException when the tag is null
     */
    public static String normalize(String tag) {
        Objects.requireNonNull(tag, "tag");
        String joined = SEPARATORS.matcher(tag.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
        int from = 0;
        int to = joined.length();
        while (from < to && joined.charAt(from) == '_') {
            from++;
        }
        while (to > from && joined.charAt(to - 1) == '_') {
            to--;
        }
        return from == to ? null : joined.substring(from, to);
    }

    /**
     * @param tags skill tags as written, possibly null
     * @return each tag's one spelling, in order, without blanks or repeats; empty for null
     * @throws NullPointerException when a tag is null
     */
    public static List<String> normalize(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String tag : tags) {
            String one = normalize(tag);
            if (one != null) {
                out.add(one);
            }
        }
        return List.copyOf(new ArrayList<>(out));
    }
}
