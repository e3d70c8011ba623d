package io.interview4j.text.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interview4j.InterviewException;
import io.interview4j.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
 * overlap the longest one wins.
 *
 * <p>Some one-word aliases are also ordinary words ("go", "rest", "spring", "swift", "react", the letters "C" and
 * "R"); these <em>need context</em> and count only when the text shows it means the skill:
 * <ul>
 *   <li>the word sits in a list with another skill that counts ("Java, Go and Python", "REST/GraphQL");</li>
 *   <li>a word that names technical work follows it ("Go services", "Spark jobs", "React hooks"); or</li>
 *   <li>it is capitalised and follows a phrase such as "written in", "experience with" or "using" ("written in
 *       Go", "using React").</li>
 * </ul>
 * One-letter aliases count only when written in capitals. "We are hiring", "let's go with Java", "the rest of the
 * team", "in spring" and "a swift reply" name no skill. Immutable and thread-safe.
 */
public final class SkillVocabulary {

    /**
     * The classpath resource holding the built-in vocabulary: a JSON object with {@code skills}, tag to aliases,
     * and {@code needContext}, the one-word aliases that need context.
     */
    public static final String RESOURCE = "/io/interview4j/text/skills.json";

    private static final Set<String> CONJUNCTIONS = Set.of("and", "or");
    private static final Set<String> CUE_AFTER = Set.of("language", "programming", "code", "coding", "developer",
            "engineer", "framework", "library", "app", "application", "api", "service", "microservice",
            "sdk", "stack", "codebase", "script", "scripting", "compiler", "project", "module", "component", "runtime",
            "hook", "job", "cluster", "game", "cookbook", "manifest", "tensor", "spreadsheet", "formula", "macro",
            "version", "skill", "expertise", "experience");
    private static final Set<String> CUE_BEFORE = Set.of("using", "use", "used", "uses");
    private static final Set<String> CUE_VERBS = Set.of("written", "write", "writing", "wrote", "code", "coded", "coding",
            "program", "programming", "programmed", "develop", "developed", "developing", "development", "build", "built",
            "building", "implement", "implemented", "experience", "experienced", "proficient", "proficiency", "fluent",
            "expert", "expertise", "skilled", "knowledge", "familiar", "familiarity", "work", "worked", "working");
    private static final Set<String> CUE_PREPOSITIONS = Set.of("in", "with", "of");

    private record Alias(List<String> tokens, String tag) {
    }

    /** A word of the text: its matching form, its form as written, and the text between it and the word before. */
    private record Token(String norm, String written, String gap, boolean sentenceStart) {
    }

    private record Match(int start, int end, Alias alias, boolean needsContext) {
    }

    private final Map<String, List<String>> aliasesByTag;
    private final Map<String, List<Alias>> byFirstToken;
    private final Set<String> needContext;

    private SkillVocabulary(Map<String, List<String>> aliasesByTag, Collection<String> needContext) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Map<String, List<Alias>> index = new HashMap<>();
        Map<List<String>, String> seen = new HashMap<>();
        for (Map.Entry<String, ? extends Collection<String>> e : aliasesByTag.entrySet()) {
            String tag = Objects.requireNonNull(e.getKey(), "tag").strip().toLowerCase(Locale.ROOT);
            if (tag.isEmpty()) {
                throw new InvalidInputException("skill tag must not be blank");
            }
            List<String> aliases = List.copyOf(e.getValue());
            copy.put(tag, aliases);
            for (String alias : aliases) {
                List<String> tokens = normalise(Texts.words(alias));
                if (tokens.isEmpty()) {
                    throw new InvalidInputException("alias '" + alias + "' of skill '" + tag + "' has no words");
                }
                String previous = seen.putIfAbsent(tokens, tag);
                if (previous != null && !previous.equals(tag)) {
                    throw new InvalidInputException("alias '" + alias + "' belongs to both '" + previous
                            + "' and '" + tag + "'");
                }
                index.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(new Alias(tokens, tag));
            }
        }
        for (List<Alias> list : index.values()) {
            list.sort(Comparator.comparingInt((Alias a) -> a.tokens().size()).reversed());
        }
        Set<String> words = new HashSet<>();
        for (String w : needContext) {
            List<String> tokens = normalise(Texts.words(Objects.requireNonNull(w, "needContext word")));
            if (tokens.size() != 1 || !seen.containsKey(tokens)) {
                throw new InvalidInputException("needContext word '" + w + "' is not a one-word alias of any skill");
            }
            words.add(tokens.get(0));
        }
        this.aliasesByTag = Map.copyOf(copy);
        this.byFirstToken = Map.copyOf(index);
        this.needContext = Set.copyOf(words);
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
     * @throws InvalidInputException when a tag is blank, an alias has no words, or one alias names two tags
     * @throws NullPointerException when the map, a tag or an alias list is null
     */
    public static SkillVocabulary of(Map<String, ? extends Collection<String>> aliasesByTag) {
        return of(aliasesByTag, List.of());
    }

    /**
     * @param aliasesByTag canonical tag to the words or phrases that mean it
     * @param needContext one-word aliases that are also ordinary words and count only in context (see the class
     *     description); may be empty
     * @return a vocabulary over exactly those skills
     * @throws InvalidInputException when a tag is blank, an alias has no words, one alias names two tags, or a
     *     word needing context is not a one-word alias
     * @throws NullPointerException when an argument, a tag, an alias list or a word is null
     */
    public static SkillVocabulary of(Map<String, ? extends Collection<String>> aliasesByTag,
                                     Collection<String> needContext) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        aliasesByTag.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return new SkillVocabulary(copy, List.copyOf(needContext));
    }

    /** @return the one-word aliases, in matching form, that count only in context */
    public Set<String> needContext() {
        return needContext;
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
        List<Token> tokens = tokens(text);
        List<String> norms = tokens.stream().map(Token::norm).toList();
        List<Match> matches = new ArrayList<>();
        Match[] covering = new Match[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            Alias alias = longestAt(norms, i);
            if (alias == null) {
                i++;
                continue;
            }
            int end = i + alias.tokens().size();
            Match m = new Match(i, end, alias, alias.tokens().size() == 1 && needContext.contains(alias.tokens().get(0)));
            matches.add(m);
            for (int t = i; t < end; t++) {
                covering[t] = m;
            }
            i = end;
        }
        Set<Match> accepted = accepted(tokens, matches, covering);
        Map<String, int[]> found = new LinkedHashMap<>();
        for (Match m : matches) {
            if (accepted.contains(m)) {
                found.computeIfAbsent(m.alias().tag(), k -> new int[] {0, m.start()})[0]++;
            }
        }
        List<Map.Entry<String, int[]>> entries = new ArrayList<>(found.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                .thenComparingInt(e -> e.getValue()[1]));
        return entries.stream().map(Map.Entry::getKey).toList();
    }

    /** The matches that count: every plain alias, and each word needing context that has it. */
    private static Set<Match> accepted(List<Token> tokens, List<Match> matches, Match[] covering) {
        Set<Match> accepted = new HashSet<>();
        List<Match> pending = new ArrayList<>();
        for (Match m : matches) {
            if (!m.needsContext() || (allowed(tokens.get(m.start())) && cued(tokens, m))) {
                accepted.add(m);
            } else if (allowed(tokens.get(m.start()))) {
                pending.add(m);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Match m : List.copyOf(pending)) {
                int left = leftNeighbour(tokens, m.start());
                int right = rightNeighbour(tokens, m.end());
                if ((left >= 0 && accepted.contains(covering[left])) || (right >= 0 && accepted.contains(covering[right]))) {
                    accepted.add(m);
                    pending.remove(m);
                    changed = true;
                }
            }
        }
        return accepted;
    }

    /** One-letter words ("C", "R") are skills only in capitals. */
    private static boolean allowed(Token t) {
        return t.norm().length() > 1 || Character.isUpperCase(t.written().codePointAt(0));
    }

    private static boolean cued(List<Token> tokens, Match m) {
        if (m.end() < tokens.size() && plainGap(tokens.get(m.end()).gap()) && CUE_AFTER.contains(tokens.get(m.end()).norm())) {
            return true;
        }
        Token self = tokens.get(m.start());
        if (!Character.isUpperCase(self.written().codePointAt(0)) || self.sentenceStart()) {
            return false;
        }
        int before = m.start() - 1;
        if (before >= 0 && plainGap(self.gap()) && CUE_BEFORE.contains(tokens.get(before).norm())) {
            return true;
        }
        return before >= 1 && plainGap(self.gap()) && plainGap(tokens.get(before).gap())
                && CUE_PREPOSITIONS.contains(tokens.get(before).norm()) && CUE_VERBS.contains(tokens.get(before - 1).norm());
    }

    /** The token ending the list item before {@code start}, past one "and"/"or", or -1 when there is none. */
    private static int leftNeighbour(List<Token> tokens, int start) {
        int j = start - 1;
        if (j < 0 || !listGap(tokens.get(start).gap())) {
            return -1;
        }
        if (CONJUNCTIONS.contains(tokens.get(j).norm())) {
            if (j == 0 || !listGap(tokens.get(j).gap())) {
                return -1;
            }
            j--;
        }
        return j;
    }

    /** The token starting the list item after {@code end}, past one "and"/"or", or -1 when there is none. */
    private static int rightNeighbour(List<Token> tokens, int end) {
        int j = end;
        if (j >= tokens.size() || !listGap(tokens.get(j).gap())) {
            return -1;
        }
        if (CONJUNCTIONS.contains(tokens.get(j).norm())) {
            if (j + 1 >= tokens.size() || !listGap(tokens.get(j + 1).gap())) {
                return -1;
            }
            j++;
        }
        return j;
    }

    private static boolean plainGap(String gap) {
        String g = gap.strip();
        return g.isEmpty() || g.equals("-");
    }

    private static boolean listGap(String gap) {
        if (gap.indexOf('\n') >= 0) {
            return false;
        }
        for (int k = 0; k < gap.length(); k++) {
            char c = gap.charAt(k);
            if (!Character.isWhitespace(c) && ",/&()|+".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The text's words with their written form, found in order in the text. */
    private static List<Token> tokens(String text) {
        List<String> words = Texts.words(text);
        String s = text.replace('\u2019', '\'').replace('\u2018', '\'');
        String lower = s.toLowerCase(Locale.ROOT);
        boolean aligned = lower.length() == s.length();
        List<Token> out = new ArrayList<>(words.size());
        int cursor = 0;
        for (String w : words) {
            int at = aligned ? lower.indexOf(w, cursor) : -1;
            String written = w;
            String gap = " ";
            if (at >= 0) {
                written = s.substring(at, at + w.length());
                gap = s.substring(cursor, at);
                cursor = at + w.length();
            }
            String g = gap.strip();
            boolean sentenceStart = out.isEmpty() || gap.indexOf('\n') >= 0
                    || (!g.isEmpty() && ".!?:;\"".indexOf(g.charAt(g.length() - 1)) >= 0);
            out.add(new Token(singular(w), written, gap, sentenceStart));
        }
        return out;
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
                // Read as a tree into JDK collections, so the module need not open this internal package to Jackson.
                ObjectMapper mapper = new ObjectMapper();
                JsonNode root = mapper.readTree(in);
                if (root == null || !root.path("skills").isObject()) {
                    throw new InterviewException("skill vocabulary resource " + RESOURCE + " has no \"skills\" object");
                }
                LinkedHashMap<String, List<String>> skills = mapper.convertValue(root.get("skills"),
                        new TypeReference<LinkedHashMap<String, List<String>>>() { });
                List<String> needContext = root.path("needContext").isArray()
                        ? mapper.convertValue(root.get("needContext"), new TypeReference<List<String>>() { })
                        : List.of();
                return new SkillVocabulary(skills, needContext);
            } catch (IOException e) {
                throw new InterviewException("skill vocabulary resource " + RESOURCE + " could not be read", e);
            }
        }
    }
}
