package io.interview4j.text;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interview4j.InterviewException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds skills in free text (resumes, job descriptions, answers) and names them by canonical lowercase tags
 * such as {@code python}, {@code distributed_systems} or {@code stakeholder_management}. Each tag has
 * aliases, single words or phrases, matched on whole words, case-insensitively and regardless of a final
 * plural {@code s}; {@code C++}, {@code C#}, {@code .NET} and {@code Node.js} match as written. Where aliases
 * overlap the longest one wins. Immutable and thread-safe.
 */
public final class SkillVocabulary {

    /** The classpath resource holding the built-in vocabulary: a JSON object of tag to aliases. */
    public static final String RESOURCE = "/io/interview4j/text/skills.json";

    private record Alias(List<String> tokens, String tag) {
    }

    private final Map<String, List<String>> aliasesByTag;
    private final Map<String, List<Alias>> byFirstToken;

    private SkillVocabulary(Map<String, List<String>> aliasesByTag) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Map<String, List<Alias>> index = new HashMap<>();
        Map<List<String>, String> seen = new HashMap<>();
        for (Map.Entry<String, ? extends Collection<String>> e : aliasesByTag.entrySet()) {
            String tag = Objects.requireNonNull(e.getKey(), "tag").strip().toLowerCase(Locale.ROOT);
            if (tag.isEmpty()) {
                throw new IllegalArgumentException("skill tag must not be blank");
            }
            List<String> aliases = List.copyOf(e.getValue());
            copy.put(tag, aliases);
            for (String alias : aliases) {
                List<String> tokens = normalise(Texts.words(alias));
                if (tokens.isEmpty()) {
                    throw new IllegalArgumentException("alias '" + alias + "' of skill '" + tag + "' has no words");
                }
                String previous = seen.putIfAbsent(tokens, tag);
                if (previous != null && !previous.equals(tag)) {
                    throw new IllegalArgumentException("alias '" + alias + "' belongs to both '" + previous
                            + "' and '" + tag + "'");
                }
                index.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(new Alias(tokens, tag));
            }
        }
        for (List<Alias> list : index.values()) {
            list.sort(Comparator.comparingInt((Alias a) -> a.tokens().size()).reversed());
        }
        this.aliasesByTag = Map.copyOf(copy);
        this.byFirstToken = Map.copyOf(index);
    }

    /**
     * The vocabulary shipped in {@link #RESOURCE}: about 140 skills across languages, frameworks, data,
     * infrastructure, machine learning and people skills. Loaded once and cached.
     *
     * @return the built-in vocabulary
     * @throws InterviewException when the resource is missing or malformed (a packaging error)
     */
    public static SkillVocabulary builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * @param aliasesByTag canonical tag to the words or phrases that mean it
     * @return a vocabulary over exactly those skills
     * @throws IllegalArgumentException when a tag is blank, an alias has no words, or one alias names two tags
     * @throws NullPointerException when the map, a tag or an alias list is null
     */
    public static SkillVocabulary of(Map<String, ? extends Collection<String>> aliasesByTag) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        aliasesByTag.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return new SkillVocabulary(copy);
    }

    /** @return the canonical tags this vocabulary knows */
    public Set<String> tags() {
        return aliasesByTag.keySet();
    }

    /**
     * @param tag a canonical tag
     * @return its aliases, or an empty list when the tag is unknown
     */
    public List<String> aliases(String tag) {
        return aliasesByTag.getOrDefault(tag, List.of());
    }

    /**
     * Finds the skills a text mentions.
     *
     * @param text any text; blank gives an empty list
     * @return canonical tags, most-mentioned first, ties in order of first mention, each once
     * @throws NullPointerException when {@code text} is null
     */
    public List<String> extract(String text) {
        Objects.requireNonNull(text, "text");
        List<String> tokens = normalise(Texts.words(text));
        Map<String, int[]> found = new LinkedHashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            Alias match = longestAt(tokens, i);
            if (match == null) {
                i++;
                continue;
            }
            int position = i;
            found.computeIfAbsent(match.tag(), k -> new int[] {0, position})[0]++;
            i += match.tokens().size();
        }
        List<Map.Entry<String, int[]>> entries = new ArrayList<>(found.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                .thenComparingInt(e -> e.getValue()[1]));
        return entries.stream().map(Map.Entry::getKey).toList();
    }

    private Alias longestAt(List<String> tokens, int i) {
        List<Alias> candidates = byFirstToken.get(tokens.get(i));
        if (candidates == null) {
            return null;
        }
        for (Alias a : candidates) {
            int n = a.tokens().size();
            if (i + n <= tokens.size() && tokens.subList(i, i + n).equals(a.tokens())) {
                return a;
            }
        }
        return null;
    }

    private static List<String> normalise(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(singular(w));
        }
        return out;
    }

    private static String singular(String w) {
        if (w.length() <= 3 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        return w.substring(0, w.length() - 1);
    }

    private static final class BuiltIn {
        static final SkillVocabulary INSTANCE = load();

        private static SkillVocabulary load() {
            try (InputStream in = SkillVocabulary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new InterviewException("skill vocabulary resource " + RESOURCE + " is missing from the classpath");
                }
                Map<String, List<String>> map = new ObjectMapper().readValue(in,
                        new TypeReference<LinkedHashMap<String, List<String>>>() { });
                return new SkillVocabulary(map);
            } catch (IOException e) {
                throw new InterviewException("skill vocabulary resource " + RESOURCE + " could not be read", e);
            }
        }
    }
}
