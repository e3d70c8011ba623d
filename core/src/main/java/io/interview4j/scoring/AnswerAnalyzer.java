package io.interview4j.scoring;

import io.interview4j.text.SkillVocabulary;
import io.interview4j.text.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes {@link AnswerFeatures} from an answer and what is known about the question. Words are compared
 * by stem, with number words from zero to ten equal to their digits, through a small table of general English
 * synonyms, and with tolerance for one or two typing errors in longer words; the question's own words count
 * less, since echoing them shows little. The numeric constants come from a {@link HeuristicTuning}. Pure,
 * deterministic and thread-safe.
 */
public final class AnswerAnalyzer {

    private static final List<String> GENERIC_WORDS = List.of("use", "make", "thing", "way", "work", "need", "want",
            "good", "like", "certain", "specific", "time", "part", "able", "allow", "help", "know", "take", "go", "come",
            "see", "new", "many", "lot", "well", "first", "second", "one", "two", "number", "set", "case", "point",
            "mean", "basic", "general", "actually", "really", "something", "anything", "everything", "type", "different",
            "value", "also", "say", "call", "get", "put", "kind", "thus", "example", "etc", "usually", "often", "always",
            "important", "better", "best", "easy", "able", "used", "using", "things", "stuff");
    private static final List<String> QUESTION_FRAME_WORDS = List.of("explain", "describe", "tell", "discuss", "name",
            "list", "define", "give", "example", "time", "mean", "difference", "main", "briefly", "term", "approach",
            "experience", "question", "answer", "walk", "talk", "share", "situation", "happened", "happen", "describe",
            "advantage", "advantages", "role", "purpose", "way", "ways", "kind", "type", "types");

    private static final Set<String> GENERIC_CANON = stemmed(GENERIC_WORDS);
    private static final Set<String> FRAME_CANON = stemmed(QUESTION_FRAME_WORDS);

    private static final Pattern SITUATION = cues("when i was", "at my (last|previous|current|old|first) (job|company|role|team|internship|employer)",
            "in my (last|previous|current|first) (job|company|role|team|position|internship)", "situation", "background", "context",
            "we were", "there was", "our team", "my team", "the project", "back in", "while (i was )?working", "last year",
            "a few (months|years) ago", "at the time", "once,? (i|we)", "during (my|the|a|our)", "i was working", "i worked (at|on|as)");
    private static final Pattern TASK = cues("my (task|goal|job|role|responsibility|assignment|objective) (was|is)", "i was (responsible|tasked|asked|assigned|in charge)",
            "(i|we) needed to", "(i|we) had to", "the (goal|objective|aim|challenge|problem|task) was", "i was supposed to",
            "(i|we) wanted to", "in order to", "my aim", "the requirement");
    private static final Pattern ACTION = cues("i (decided|built|created|implemented|designed|led|organi[sz]ed|wrote|proposed|started|set up|introduced|"
            + "reached out|talked|met|scheduled|analy[sz]ed|investigated|refactored|migrated|automated|negotiated|convinced|coordinated|"
            + "worked|developed|changed|added|fixed|prioriti[sz]ed|delegated|mentored|suggested|asked|listened|explained|researched|"
            + "tested|measured|profiled|rewrote|split|documented|presented|built|launched|drove|owned|took|made|used|focused|broke)",
            "i [a-z]{3,}ed", "so i", "first,? i", "then i", "next,? i", "i then", "my approach", "i would", "we (built|implemented|designed|decided|created|used)");
    private static final Pattern RESULT = cues("as a result", "results?", "resulted", "outcome", "reduc(ed|ing)", "increas(ed|ing)", "improv(ed|ing)",
            "sav(ed|ing)", "cut", "grew", "deliver(ed)?", "launched", "shipped", "in the end", "eventually", "ultimately",
            "ended up", "learn(ed|t)", "lesson", "impact", "succeeded", "success(ful(ly)?)?", "achieved", "went from", "dropped",
            "on time", "praised", "adopted");
    private static final Pattern EXAMPLE = cues("for example", "for instance", "e\\.g\\.?", "such as", "when i", "in my experience",
            "in one project", "at my (last|previous|current)", "consider", "imagine", "like when", "case in point",
            "to illustrate", "in practice", "in a project", "once i", "we had a");
    private static final Pattern TRADE_OFF = cues("however", "trade-?offs?", "instead", "downsides?", "on the other hand", "although",
            "whereas", "drawbacks?", "pros and cons", "at the (expense|cost) of", "it depends", "depending on", "alternatively",
            "versus", "vs\\.?", "but", "the cost", "disadvantages?", "advantages?", "weigh(ed)?", "compared (to|with)", "limitation",
            "risk", "balance");
    private static final Pattern FILLER = cues("um+", "uh+", "erm", "basically", "literally", "you know", "i mean", "kind of like",
            "like,", "stuff like that", "and stuff", "and so on and so forth", "whatever", "totally");
    private static final Pattern HEDGE = cues("i think", "maybe", "probably", "i guess", "sort of", "kind of", "perhaps", "might",
            "not sure", "i believe", "possibly", "i suppose", "somewhat", "more or less");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])[$€£]?\\d+(?:[.,]\\d+)?\\s*(%|percent|x\\b|k\\b|m\\b)?");
    private static final Pattern MEASURABLE = Pattern.compile("(?i)([$€£]\\s?\\d|\\d+(?:[.,]\\d+)?\\s*(%|percent|x\\b|times\\b|ms\\b|"
            + "milliseconds|seconds?|minutes?|hours?|days?|weeks?|months?|years?|users?|customers?|clients?|requests?|"
            + "rps|qps|dollars|euros|k\\b|m\\b|million|thousand|billion|people|engineers|tickets|incidents|points?|bugs?|"
            + "deploys?|releases?|gb|tb|mb|servers?|nodes?))");
    /** Results told in words: "from eight a month to one", "cut it in half", "doubled". */
    private static final Pattern MEASURABLE_WORDS = Pattern.compile("(?i)\\b((two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|a dozen|dozens)\\s+(a |per )?"
            + "(minutes?|hours?|days?|weeks?|months?|years?|users?|customers?|clients?|requests?|people|engineers|"
            + "tickets|incidents|bugs?|deploys?|releases?|servers?|nodes?|pages|outages|escalations|times|"
            + "a (day|week|month|quarter|year))|halved|doubled|tripled|quadrupled|tenfold|(by|in) half|by a third)\\b");
    private static final Pattern INDIVIDUAL = cues("i (implemented|built|wrote|fixed|completed|delivered|coded|tested|debugged|"
            + "finished|created|developed|handled|worked on|took care of|resolved)", "my (task|ticket|feature|part|code)");
    private static final Pattern CROSS_TEAM = cues("cross-?team", "cross-?functional", "other teams", "across teams", "several teams",
            "multiple teams", "partner teams", "influenc(e|ed|ing)", "coordinat(ed|ing|e)", "align(ed|ing)?", "stakeholders?",
            "without authority", "dependenc(y|ies)", "convinc(ed|ing)", "persuad(ed|ing)", "mentor(ed|ing)?", "negotiat(ed|ing)",
            "two teams", "three teams", "another team", "product (manager|team)", "design team", "consensus");
    private static final Pattern ORGANISATION = cues("organi[sz]ation-?wide", "company-?wide", "org-?wide", "across the (organi[sz]ation|company|org)",
            "strateg(y|ic|ically)", "executives?", "vp", "vice president", "c-level", "cto", "ceo", "cfo", "leadership team",
            "senior leadership", "headcount", "budget", "long-term vision", "vision", "ambiguity", "ambiguous", "multi-year",
            "entire (company|organi[sz]ation|department|engineering)", "business unit", "board", "org chart", "reorg");

    private static final Pattern CLAUSE_SPLIT = Pattern.compile("\\s*;\\s*|\\s*:\\s+");
    private static final Pattern LIST_SPLIT = Pattern.compile("\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+");

    private final HeuristicTuning tuning;

    /** Creates an analyzer with {@link HeuristicTuning#defaults()}. */
    public AnswerAnalyzer() {
        this(HeuristicTuning.defaults());
    }

    /**
     * Creates an analyzer with the given constants.
     *
     * @param tuning word weights, match credits and thresholds
     * @throws NullPointerException when {@code tuning} is null
     */
    public AnswerAnalyzer(HeuristicTuning tuning) {
        this.tuning = Objects.requireNonNull(tuning, "tuning");
    }

    /** @return the constants this analyzer uses */
    public HeuristicTuning tuning() {
        return tuning;
    }

    /**
     * Splits a reference answer into talking points: its sentences, their {@code ;}-separated clauses, and
     * the items of a comma-separated enumeration (three or more items). Pieces without content words are
     * dropped.
     *
     * @param referenceAnswer a model answer; blank gives an empty list
     * @return the talking points in order
     * @throws NullPointerException when {@code referenceAnswer} is null
     */
    public static List<String> keyPointsFrom(String referenceAnswer) {
        Objects.requireNonNull(referenceAnswer, "referenceAnswer");
        List<String> out = new ArrayList<>();
        for (String sentence : Texts.sentences(referenceAnswer)) {
            for (String clause : CLAUSE_SPLIT.split(sentence)) {
                String[] items = LIST_SPLIT.split(clause);
                boolean enumeration = items.length >= 3 && clause.chars().filter(c -> c == ',').count() >= 2;
                if (enumeration) {
                    for (String item : items) {
                        addPoint(out, item);
                    }
                } else {
                    addPoint(out, clause);
                }
            }
        }
        return out;
    }

    private static void addPoint(List<String> out, String piece) {
        String p = piece.strip().replaceAll("^[-*\u2022]+\\s*", "").replaceAll("[.;:,]+$", "").strip();
        if (!p.isEmpty() && !Texts.contentStems(p).isEmpty()) {
            out.add(p);
        }
    }

    /**
     * Analyzes one answer.
     *
     * @param question the question as asked
     * @param answer the answer, as the gate passed it
     * @param keyPoints talking points a strong answer covers; when empty, the reference answer's clauses
     *     ({@link #keyPointsFrom(String)}) stand in
     * @param referenceAnswer a model answer; {@code null} (or blank) when there is none
     * @param jobTerms terms from the job and the candidate's skills; may be empty
     * @return the features
     * @throws NullPointerException when an argument other than {@code referenceAnswer} is null
     */
    public AnswerFeatures analyze(String question, String answer, List<String> keyPoints, String referenceAnswer,
                                  List<String> jobTerms) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(keyPoints, "keyPoints");
        referenceAnswer = Objects.requireNonNullElse(referenceAnswer, "");
        Objects.requireNonNull(jobTerms, "jobTerms");
        List<String> points = keyPoints.isEmpty() ? keyPointsFrom(referenceAnswer) : keyPoints;
        boolean expectedGiven = !points.isEmpty() || !referenceAnswer.isBlank();

        List<String> words = Texts.words(answer);
        List<String> sentences = Texts.sentences(answer);
        Bag bag = new Bag(answer, tuning.fuzzyCredit());
        Set<String> questionStems = Synonyms.canonical(Texts.contentStems(question));

        List<String> covered = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        double credit = 0;
        for (String point : points) {
            double recall = pointRecall(point, bag, questionStems);
            credit += Math.min(1, recall / tuning.fullCreditAt());
            (recall >= tuning.coveredAt() ? covered : missed).add(point);
        }
        double coverage = points.isEmpty() ? 0 : credit / points.size();

        String expectedText = referenceAnswer.isBlank() ? String.join(". ", points) : referenceAnswer;
        double similarity = expectedGiven ? similarity(expectedText, bag, questionStems) : 0;
        double precision = expectedGiven ? recallPrecision(expectedText, bag, questionStems)[1] : 0;
        double relevance = relevance(question, bag, expectedGiven ? similarity : -1);

        String lower = answer.toLowerCase(Locale.ROOT);
        AnswerFeatures.Star star = new AnswerFeatures.Star(SITUATION.matcher(lower).find(), TASK.matcher(lower).find(),
                ACTION.matcher(lower).find(), RESULT.matcher(lower).find());
        int numbers = count(NUMBER, lower);
        int measurable = count(MEASURABLE, lower) + count(MEASURABLE_WORDS, lower);
        int fillers = count(FILLER, lower);
        int hedges = count(HEDGE, lower);
        double avgSentence = sentences.isEmpty() ? 0 : (double) words.size() / sentences.size();
        double clarity = clarity(words.size(), avgSentence, fillers, hedges);
        int technical = SkillVocabulary.builtIn().extract(answer).size();
        AnswerFeatures.Scope scope = new AnswerFeatures.Scope(count(INDIVIDUAL, lower), count(CROSS_TEAM, lower),
                count(ORGANISATION, lower));

        List<String> termsUsed = new ArrayList<>();
        for (String term : jobTerms) {
            if (!term.isBlank() && mentions(bag, term)) {
                termsUsed.add(term);
            }
        }
        AnswerFeatures.Insights insights = new AnswerFeatures.Insights(termsUsed, topWords(words), covered);
        Set<String> expectedStems = new HashSet<>(Synonyms.canonical(Texts.contentStems(expectedText)));
        expectedStems.addAll(questionStems);
        AnswerFeatures.Evidence evidence = new AnswerFeatures.Evidence(
                best(sentences, s -> overlap(s, expectedStems)),
                best(sentences, s -> starCues(s.toLowerCase(Locale.ROOT))),
                best(sentences, s -> depthCues(s.toLowerCase(Locale.ROOT))));

        return new AnswerFeatures(words.size(), sentences.size(), expectedGiven, coverage, covered, missed, similarity,
                precision, relevance, star, count(EXAMPLE, lower), numbers, measurable, count(TRADE_OFF, lower), avgSentence, fillers,
                hedges, clarity, technical, scope, insights, evidence);
    }

    /** The answer's content stems, canonical forms, and consecutive pairs, with memoised fuzzy look-ups. */
    static final class Bag {
        final List<String> stems = new ArrayList<>();
        final Set<String> set = new HashSet<>();
        final Set<String> pairs = new HashSet<>();
        private final Map<String, Double> memo = new HashMap<>();
        private final double fuzzyCredit;

        Bag(String text, double fuzzyCredit) {
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

    double weight(String stem, Set<String> questionStems) {
        double w = GENERIC_CANON.contains(stem) ? tuning.genericWordWeight() : 1.0;
        if (questionStems.contains(stem)) {
            w *= tuning.questionWordWeight();
        }
        return w;
    }

    double pointRecall(String point, Bag bag, Set<String> questionStems) {
        List<String> stems = new ArrayList<>();
        for (String s : Texts.contentStems(point)) {
            stems.add(Synonyms.canon(s));
        }
        if (stems.isEmpty()) {
            return 0;
        }
        double total = 0;
        double hit = 0;
        for (String s : new LinkedHashSet<>(stems)) {
            double w = weight(s, questionStems);
            total += w;
            hit += w * bag.match(s);
        }
        double recall = hit / total;
        for (int i = 1; i < stems.size(); i++) {
            if (bag.pairs.contains(stems.get(i - 1) + ' ' + stems.get(i))) {
                recall = Math.min(1, recall + tuning.pairBonus());
                break;
            }
        }
        return recall;
    }

    /**
     * Recall of the expected text's weighted stems in the answer (part of it the recall of its consecutive stem
     * pairs, so phrases count), blended with a little precision.
     */
    double similarity(String expected, Bag bag, Set<String> questionStems) {
        double[] rp = recallPrecision(expected, bag, questionStems);
        double r = rp[0];
        double p = rp[1];
        if (r + p == 0) {
            return 0;
        }
        double b2 = tuning.recallEmphasis() * tuning.recallEmphasis();
        return (1 + b2) * p * r / (b2 * p + r);
    }

    double[] recallPrecision(String expected, Bag bag, Set<String> questionStems) {
        Set<String> ref = Synonyms.canonical(Texts.contentStems(expected));
        if (ref.isEmpty() || bag.set.isEmpty()) {
            return new double[] {0, 0};
        }
        double total = 0;
        double hit = 0;
        for (String s : ref) {
            double w = weight(s, questionStems);
            total += w;
            hit += w * bag.match(s);
        }
        double recall = hit / total;
        Bag refBag = new Bag(expected, tuning.fuzzyCredit());
        if (tuning.phraseShare() > 0 && !refBag.pairs.isEmpty()) {
            int found = 0;
            for (String pair : refBag.pairs) {
                if (bag.pairs.contains(pair)) {
                    found++;
                }
            }
            recall = (1 - tuning.phraseShare()) * recall + tuning.phraseShare() * found / refBag.pairs.size();
        }
        double aTotal = 0;
        double aHit = 0;
        for (String s : bag.set) {
            double w = weight(s, questionStems);
            aTotal += w;
            aHit += w * refBag.match(s);
        }
        return new double[] {recall, aTotal == 0 ? 0 : aHit / aTotal};
    }

    private double relevance(String question, Bag bag, double similarity) {
        Set<String> q = new LinkedHashSet<>(Synonyms.canonical(Texts.contentStems(question)));
        q.removeAll(FRAME_CANON);
        double qCov = 0;
        if (!q.isEmpty()) {
            double total = 0;
            double hit = 0;
            for (String s : q) {
                double w = GENERIC_CANON.contains(s) ? tuning.genericWordWeight() : 1.0;
                total += w;
                hit += w * bag.match(s);
            }
            qCov = hit / total;
        }
        double fromQuestion = Math.min(1, 0.2 + 1.2 * Math.sqrt(qCov));
        if (q.isEmpty()) {
            fromQuestion = 0.6;
        }
        if (similarity < 0) {
            return bag.set.isEmpty() ? 0 : fromQuestion;
        }
        double fromExpected = Math.min(1, 1.6 * similarity);
        return Math.min(1, 1 - (1 - 0.8 * fromQuestion) * (1 - fromExpected));
    }

    private static double clarity(int words, double avgSentence, int fillers, int hedges) {
        if (words == 0) {
            return 0;
        }
        double c = 1;
        if (avgSentence > 28) {
            c -= Math.min(0.4, (avgSentence - 28) / 40);
        }
        c -= Math.min(0.35, 4.0 * fillers / words);
        c -= Math.min(0.25, 2.0 * hedges / words);
        return Math.max(0, Math.min(1, c));
    }

    private static boolean mentions(Bag bag, String term) {
        List<String> stems = Texts.contentStems(term.replace('_', ' '));
        if (stems.isEmpty()) {
            return false;
        }
        for (String s : stems) {
            if (!bag.set.contains(Synonyms.canon(s))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> topWords(List<String> words) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String w : words) {
            if (!Texts.isStopword(w) && w.codePointCount(0, w.length()) > 1 && !w.chars().allMatch(Character::isDigit)) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(5).map(Map.Entry::getKey).toList();
    }

    private static double overlap(String sentence, Set<String> expected) {
        double n = 0;
        for (String s : Texts.contentStems(sentence)) {
            if (expected.contains(Synonyms.canon(s))) {
                n++;
            }
        }
        return n;
    }

    static int starCues(String lower) {
        int n = 0;
        for (Pattern p : List.of(SITUATION, TASK, ACTION, RESULT)) {
            n += p.matcher(lower).find() ? 1 : 0;
        }
        return n + (MEASURABLE.matcher(lower).find() ? 1 : 0);
    }

    static int depthCues(String lower) {
        return count(EXAMPLE, lower) + count(TRADE_OFF, lower) + 2 * count(MEASURABLE, lower) + count(NUMBER, lower);
    }

    private static List<String> best(List<String> sentences, java.util.function.ToDoubleFunction<String> score) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (score.applyAsDouble(sentences.get(i)) > 0) {
                idx.add(i);
            }
        }
        idx.sort(Comparator.comparingDouble((Integer i) -> -score.applyAsDouble(sentences.get(i))).thenComparingInt(i -> i));
        return idx.stream().limit(3).map(sentences::get).toList();
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Pattern cues(String... phrases) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", phrases) + ")(?![\\p{L}\\p{N}])");
    }

    private static Set<String> stemmed(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(Synonyms.canon(Texts.stem(w)));
        }
        return Set.copyOf(out);
    }
}
