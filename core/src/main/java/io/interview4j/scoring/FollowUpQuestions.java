package io.interview4j.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a key point the answer missed into the question an interviewer would ask about it. Key points come in a
 * few styles: a rubric line about the candidate ("describes the trade-offs", "is honest about their first
 * reaction"), a labelled fact ("edge cases: empty array, ..."), an instruction ("use real status codes"), a
 * statement ("arrays are cache-friendly") or a noun phrase ("TCP three-way handshake"). Examples introduced by
 * "such as", "e.g." or "for example" and parenthetical remarks are left out, since they give the answer away.
 * Deterministic.
 */
final class FollowUpQuestions {

    /** Third-person verbs that open rubric lines and ask the candidate to say something. */
    private static final Set<String> REPORTING = Set.of("describe", "explain", "state", "name", "give", "identify",
            "clarify", "quantify", "present", "list", "compare", "distinguish", "define", "acknowledge", "justify",
            "outline", "summarise", "summarize", "recommend", "estimate", "walk");
    /** Reporting verbs better asked another way. */
    private static final Map<String, String> REPHRASED = Map.of("mention", "talk about", "cover", "talk about",
            "note", "talk about", "highlight", "talk about", "discuss", "talk about");
    /** Third-person forms that do not just drop their final s. */
    private static final Map<String, String> IRREGULAR = Map.of("is", "be", "are", "be", "has", "have", "does", "do",
            "goes", "go", "focuses", "focus", "biases", "bias");
    /** Words that, after a word ending in s, show that word to be a verb ("sets the", "keeps it"). */
    private static final Set<String> OBJECT_STARTS = Set.of("a", "an", "the", "their", "them", "it", "its", "his", "her",
            "how", "why", "what", "whether", "when", "where", "which", "who", "that", "this", "these", "those", "each",
            "every", "all", "any", "both", "one", "to", "with", "about", "for", "on", "up", "out", "in", "into", "at",
            "from", "by", "some", "several", "specific", "clear", "concrete", "other", "others", "they", "he", "she",
            "your", "our", "against", "across", "between", "over", "before", "after", "without");
    /** Base-form verbs that open instructions ("use", "run", "measure"). */
    private static final Set<String> IMPERATIVE = Set.of("use", "run", "fix", "diagnose", "prevent", "decide", "check",
            "measure", "persist", "mark", "filter", "count", "set", "map", "sort", "merge", "partition", "separate",
            "copy", "build", "store", "cancel", "identify", "convert", "avoid", "keep", "add", "return", "validate",
            "cache", "log", "make", "split", "compute", "track", "limit", "retry", "reject", "replace", "prefer",
            "mock", "test", "profile", "index", "shard", "batch", "compare", "start", "stop", "apply", "pick",
            "choose", "move", "push", "pop", "scan", "hash", "lock", "release", "close", "reuse", "write", "read",
            "handle", "send", "ask", "propagate", "reset", "evict", "expire", "precompute", "sanitize", "escape",
            "encode", "drop", "collect", "group", "join", "dedupe", "normalize", "normalise", "verify", "rotate", "report",
            "communicate", "share", "escalate", "confirm", "document", "follow", "offer", "support", "involve", "listen",
            "adjust", "agree", "commit", "deliver", "learn", "own", "plan", "review", "prioritise", "prioritize", "raise",
            "seek", "take", "ship", "align", "get", "update", "monitor", "evaluate", "assess", "consider", "propose",
            "reflect", "connect", "find", "form", "bring", "provide", "lead", "target", "respond", "admit", "accept",
            "expand", "shrink", "skip", "process", "iterate", "traverse", "insert", "delete", "remove", "swap", "visit",
            "load", "segment", "frame", "address", "draw", "examine", "analyse", "analyze", "stay", "weigh", "multiply",
            "break", "balance", "salvage", "translate", "create", "flag", "speak", "contact", "record", "route", "treat",
            "hold", "prepare", "try", "hand", "aim", "reproduce", "observe", "respect", "intervene", "talk", "link",
            "trust", "note", "partner", "end", "refer", "help", "relate", "back", "turn", "tie", "model", "investigate",
            "size", "look", "understand", "tell", "decline", "protect", "invite", "request", "negotiate");
    /** Words that make a key point a statement rather than a noun phrase. */
    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "can", "can't",
            "cannot", "don't", "doesn't", "won't", "will", "must", "should", "may", "makes", "means", "gives", "returns",
            "keeps", "becomes", "needs", "causes", "lets", "allows", "requires", "runs", "share", "shares", "isn't",
            "aren't", "need", "breaks", "avoids", "holds", "stores", "uses", "blocks", "grows", "fails", "takes");
    /** Labels whose key points are best asked about in a set way. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("edge cases", "Which edge cases would you handle?"),
            Map.entry("edge case", "Which edge cases would you handle?"),
            Map.entry("requirements", "Which requirements would you clarify first?"),
            Map.entry("causes", "What could cause this?"),
            Map.entry("cause", "What could cause this?"),
            Map.entry("fix", "How would you fix it?"),
            Map.entry("fixes", "How would you fix it?"),
            Map.entry("api", "What would the API look like?"),
            Map.entry("classes", "Which classes would you define?"),
            Map.entry("entities", "Which entities would you model?"),
            Map.entry("data model", "What would the data model look like?"),
            Map.entry("tools", "Which tools would you use?"),
            Map.entry("complexity", "What is the time and space complexity?"));
    private static final Map<String, String> PRONOUNS = Map.of("they", "you", "their", "your", "theirs", "yours",
            "themselves", "yourself", "themself", "yourself", "they're", "you're", "they've", "you've", "they'd",
            "you'd", "they'll", "you'll");

    private static final Pattern EXAMPLES = Pattern.compile(
            "(?i),?\\s+(such as|for example|for instance|e\\.g\\.|e\\.g|i\\.e\\.)\\s.*$");
    private static final Pattern PARENTHESES = Pattern.compile("\\s+\\([^()]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "the candidate's own role" is asked as "your own role"; pronoun swapping does the rest. */
    private static final Pattern CANDIDATE_POSSESSIVE = Pattern.compile("(?i)\\bthe (candidate|interviewee)'s\\b");
    private static final Pattern CANDIDATE = Pattern.compile("(?i)\\bthe (candidate|interviewee)\\b");

    private FollowUpQuestions() {
    }

    /**
     * @param keyPoint a key point as written in a bank
     * @param behavioural whether the question asks about the candidate's past ("How did you ...") rather than
     *     how they would do something ("How would you ...")
     * @return one question, starting with a capital and ending with a question mark
     */
    static String fromKeyPoint(String keyPoint, boolean behavioural) {
        String point = clean(keyPoint);
        if (point.isEmpty()) {
            return "Can you say more about that?";
        }
        int colon = point.indexOf(": ");
        if (colon > 0) {
            String label = point.substring(0, colon).strip();
            String asked = LABELS.get(label.toLowerCase(Locale.ROOT));
            if (asked != null) {
                return asked;
            }
            if (IMPERATIVE.contains(words(label).get(0).toLowerCase(Locale.ROOT))) {
                return "How would you " + lowerFirst(label) + "?";
            }
            if (words(label).size() <= 4 && label.indexOf(',') < 0 && !isStatement(words(label))) {
                return "How would you explain " + lowerFirst(label) + "?";
            }
            point = label;
        }
        int semicolon = point.indexOf(';');
        if (semicolon > 0) {
            point = point.substring(0, semicolon).strip();
        }
        List<String> words = words(point);
        String adverb = "";
        if (words.size() > 2 && (words.get(0).endsWith("ly") || words.get(0).equals("first"))
                && isThirdPerson(words, 1)) {
            adverb = words.get(0) + " ";
            words = words.subList(1, words.size());
        }
        if (words.get(0).equals("doesn't") && words.size() > 1) {
            return (behavioural ? "Did you take care not to " : "Would you take care not to ")
                    + String.join(" ", swapPronouns(words.subList(1, words.size()))) + "?";
        }
        if (isThirdPerson(words, 0)) {
            return aboutCandidate(adverb, words, behavioural);
        }
        if (IMPERATIVE.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            return "How would you " + lowerFirst(point) + "?";
        }
        if (isStatement(words)) {
            return "Can you explain why " + lowerFirst(point) + "?";
        }
        return "Can you also talk about " + lowerFirst(point) + "?";
    }

    private static String aboutCandidate(String adverb, List<String> words, boolean behavioural) {
        String verb = base(words.get(0));
        List<String> rest = new ArrayList<>();
        boolean afterConjunction = false;
        for (String w : words.subList(1, words.size())) {
            String bare = w.toLowerCase(Locale.ROOT);
            String swapped = PRONOUNS.get(bare);
            if (swapped != null) {
                rest.add(swapped);
            } else if (afterConjunction && isVerbAfterConjunction(bare)) {
                rest.add(base(bare));
            } else {
                rest.add(w);
            }
            afterConjunction = bare.equals("and") || bare.equals("or") || bare.equals("then");
        }
        String tail = String.join(" ", rest);
        String joined = tail.isEmpty() ? "" : " " + tail;
        if (verb.equals("be")) {
            return (behavioural ? "Were you " : "Are you ") + adverb + tail + "?";
        }
        if (verb.equals("show") && !rest.isEmpty() && rest.get(0).equals("you")) {
            return "Can you tell me how" + joined + "?";
        }
        if (verb.equals("show") && !rest.isEmpty() && Set.of("how", "why", "what", "whether", "when", "that")
                .contains(rest.get(0).toLowerCase(Locale.ROOT))) {
            return "Can you tell me" + joined + "?";
        }
        String rephrased = REPHRASED.get(verb);
        if (rephrased != null) {
            return "Can you " + adverb + rephrased + joined + "?";
        }
        if (REPORTING.contains(verb)) {
            return "Can you " + adverb + verb + joined + "?";
        }
        return (behavioural ? "How did you " : "How would you ") + adverb + verb + joined + "?";
    }

    private static List<String> swapPronouns(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.add(PRONOUNS.getOrDefault(w.toLowerCase(Locale.ROOT), w));
        }
        return out;
    }

    /** Whether the word at {@code i} is a third-person verb opening a rubric line ("describes", "sets the"). */
    private static boolean isThirdPerson(List<String> words, int i) {
        if (i >= words.size()) {
            return false;
        }
        String w = words.get(i);
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        if (IRREGULAR.containsKey(w) && !w.equals("are")) {
            return true;
        }
        String b = base(w);
        if (REPORTING.contains(b) || REPHRASED.containsKey(b) || b.equals("show")) {
            return w.endsWith("s");
        }
        if (!w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.length() < 4) {
            return false;
        }
        if (i + 1 < words.size() && FINITE.contains(words.get(i + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (IMPERATIVE.contains(b)) {
            return true;
        }
        return i + 1 < words.size() && (OBJECT_STARTS.contains(words.get(i + 1).toLowerCase(Locale.ROOT))
                || words.get(i + 1).endsWith("ly"));
    }

    private static boolean isVerbAfterConjunction(String w) {
        if (!w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.length() < 4) {
            return false;
        }
        String b = base(w);
        return REPORTING.contains(b) || REPHRASED.containsKey(b) || IMPERATIVE.contains(b) || b.equals("show");
    }

    private static boolean isStatement(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (FINITE.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The base form of a third-person verb: "identifies" to "identify", "addresses" to "address". */
    static String base(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(v);
        if (irregular != null) {
            return irregular;
        }
        if (!v.endsWith("s") || v.endsWith("ss")) {
            return v;
        }
        if (v.endsWith("ies") && v.length() > 4) {
            return v.substring(0, v.length() - 3) + "y";
        }
        if (v.endsWith("sses") || v.endsWith("shes") || v.endsWith("ches") || v.endsWith("xes") || v.endsWith("zzes")) {
            return v.substring(0, v.length() - 2);
        }
        return v.substring(0, v.length() - 1);
    }

    private static String clean(String keyPoint) {
        String p = PARENTHESES.matcher(keyPoint.strip()).replaceAll("");
        p = EXAMPLES.matcher(p).replaceFirst("");
        p = SPACES.matcher(p).replaceAll(" ").strip();
        p = CANDIDATE_POSSESSIVE.matcher(p).replaceAll("their");
        p = CANDIDATE.matcher(p).replaceAll("they");
        return p.replaceAll("[\\s.,;:!?]+$", "");
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split(" "));
    }

    /** Lowercases a leading capital unless the phrase holds other capitals or the word is an acronym. */
    private static String lowerFirst(String phrase) {
        String first = phrase.split(" ", 2)[0];
        boolean capitalised = first.length() > 1 && Character.isUpperCase(first.charAt(0))
                && first.substring(1).chars().noneMatch(Character::isUpperCase);
        boolean otherCapitals = phrase.substring(first.length()).chars().anyMatch(Character::isUpperCase);
        return capitalised && !otherCapitals ? Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1) : phrase;
    }
}
