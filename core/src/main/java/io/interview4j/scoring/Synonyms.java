package io.interview4j.scoring;

import io.interview4j.text.internal.Texts;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words that count as the same word when an answer is matched against a reference: synonym groups of interview
 * vocabulary and number words with their digits. Every stem is mapped to its group's first stem.
 */
final class Synonyms {

    private static final String[][] SYNONYMS = {
            {"fast", "quick", "rapid", "speedy", "swift"}, {"slow", "sluggish"}, {"big", "large", "huge", "giant"},
            {"small", "little", "tiny", "compact"}, {"begin", "start", "commence", "initiate", "launch"},
            {"end", "finish", "terminate", "stop", "halt", "conclude", "complete"},
            {"error", "bug", "defect", "fault", "mistake", "exception"}, {"remove", "delete", "erase", "eliminate", "drop"},
            {"add", "insert", "append", "include"}, {"find", "search", "locate", "lookup", "look"},
            {"show", "display", "print", "output", "present"}, {"make", "create", "build", "construct", "generate", "produce"},
            {"change", "modify", "alter", "update", "edit", "adjust"}, {"use", "utilize", "utilise", "employ", "apply"},
            {"need", "require", "necessary", "needed", "must"}, {"allow", "enable", "permit", "let"},
            {"function", "method", "procedure", "routine", "subroutine"}, {"store", "save", "keep", "hold", "retain"},
            {"size", "length", "count"}, {"order", "sequence", "arrangement"}, {"copy", "duplicate", "clone", "replica"},
            {"combine", "merge", "join"}, {"split", "divide", "partition", "separate", "break"},
            {"check", "verify", "validate", "test", "confirm"}, {"call", "invoke"}, {"send", "pass", "transmit"},
            {"get", "retrieve", "fetch", "obtain", "access", "read"}, {"same", "identical", "equal", "equivalent"},
            {"different", "distinct", "differ", "difference", "vary"}, {"many", "multiple", "several", "numerous"},
            {"whole", "entire", "all", "full"}, {"part", "portion", "piece", "section", "segment", "component"},
            {"object", "instance"}, {"type", "kind", "category"}, {"problem", "issue", "challenge"},
            {"goal", "objective", "aim", "target", "purpose"}, {"result", "outcome", "impact", "effect", "consequence"},
            {"customer", "client", "user", "consumer"}, {"team", "group", "squad"},
            {"increase", "raise", "grow", "boost", "improve", "enhance", "gain"},
            {"decrease", "reduce", "lower", "cut", "shrink", "minimize", "minimise", "lessen"},
            {"conflict", "disagreement", "dispute", "tension", "argument"}, {"colleague", "coworker", "teammate", "peer"},
            {"manager", "boss", "supervisor", "lead"}, {"decide", "decision", "choose", "choice", "pick", "select"},
            {"fix", "repair", "resolve", "solve", "solution", "correct"}, {"explain", "describe", "clarify"},
            {"simple", "easy", "straightforward"}, {"hard", "difficult", "complex", "complicated", "tough"},
            {"example", "instance", "illustration"}, {"important", "crucial", "critical", "essential", "key", "vital"},
            {"mistake", "failure", "fail", "failed"}, {"learn", "learned", "lesson", "understand", "realize"},
            {"help", "assist", "support", "aid"}, {"plan", "schedule", "roadmap"}, {"deadline", "due"},
            {"priority", "prioritize", "prioritise", "rank"}, {"memory", "ram"}, {"repeat", "loop", "iterate", "iteration"},
            {"connect", "link", "attach"}, {"value", "worth"}, {"efficient", "efficiency", "performance", "optimal"},
            {"reuse", "reusable", "reusability"}, {"maintain", "maintenance", "maintainable", "maintainability"},
            {"organize", "organise", "structure", "arrange"}, {"program", "software", "code", "application", "app"},
            {"conversation", "talk", "chat", "discussion", "discuss", "meeting", StemBag.ONE_ON_ONE},
            {"feedback", "comment", "critique", "criticism", "input"}, {"private", "privately", "aside", "confidential"},
            {"direct", "directly", "frank", "candid", "blunt", "honest", "honestly"}, {"lint", "linter"},
            {"standard", "guideline", "guide", "convention", "usual", "conventional"}, {"agree", "agreement", "consensus", "align", "alignment"},
            {"cache", "caching", "memoize", "memoise", "memoization"}, {"latency", "delay", "lag"},
            {"scale", "scalable", "scalability"}, {"retry", "reattempt"}, {"stakeholder", "sponsor", "owner"},
            {"storage", "disk"}, {"ci", "pipeline"}, {"communicate", "inform", "notify", "flag", "warn", "escalate"},
            {"afterwards", "afterward", "later", "subsequently"}, {"map", "dictionary", "dict", "hashmap"}, {"index", "position"},
            {"listen", "hear"}, {"free", "reclaim", "deallocate"}, {"own", "owned", "ownership", "accountable"},
            {"deploy", "deployment", "release", "ship", "rollout"}, {"monitor", "monitoring", "alert", "alerting", "observability"},
            {"outage", "incident", "downtime"}, {"root", "underlying"}, {"automate", "automated", "automatic", "automatically"}};

    /** Number words that match their digits: "two" and "2" are the same answer. */
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");
    private static final Map<String, String> CANONICAL = buildCanonical();

    private Synonyms() {
    }

    static String canon(String stem) {
        return CANONICAL.getOrDefault(stem, stem);
    }

    static Set<String> canonical(Iterable<String> stems) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : stems) {
            out.add(canon(s));
        }
        return out;
    }

    private static Map<String, String> buildCanonical() {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < NUMBER_WORDS.size(); i++) {
            map.put(Texts.stem(NUMBER_WORDS.get(i)), String.valueOf(i));
        }
        for (String[] group : SYNONYMS) {
            String head = Texts.stem(group[0]);
            for (String w : group) {
                map.putIfAbsent(Texts.stem(w), head);
            }
        }
        return Map.copyOf(map);
    }
}
