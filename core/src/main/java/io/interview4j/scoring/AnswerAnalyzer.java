package io.interview4j.scoring;

import io.interview4j.text.internal.SkillVocabulary;
import io.interview4j.text.internal.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    static final Set<String> FRAME_CANON = stemmed(QUESTION_FRAME_WORDS);
    /** Words of a key point about measuring, said by any answer with a measurable result. */
    private static final Set<String> MEASURE_CANON = stemmed(List.of("measure", "measured", "quantify", "quantified",
            "metric", "metrics", "result", "improvement", "impact"));
    /** Verbs that carry little of a key point's content: "gives feedback" is said by any answer that gives it. */
    private static final Set<String> LIGHT_CANON = stemmed(List.of("give", "gives", "provide", "offer", "have", "do",
            "does", "take", "make", "get", "keep", "ensure", "handle"));

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
        ExpectedAnswer expected = ExpectedAnswer.of(question, keyPoints, referenceAnswer);
        List<String> points = expected.points;
        boolean expectedGiven = expected.expectedGiven;

        List<String> words = Texts.words(answer);
        List<String> sentences = Texts.sentences(answer);
        StemBag bag = new StemBag(answer);
        Set<String> questionStems = expected.questionStems;

        boolean measured = AnswerCues.measurable(answer.toLowerCase(Locale.ROOT)) > 0;
        List<String> covered = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        double credit = coverage(expected, bag, covered, missed, measured);
        double coverage = points.isEmpty() ? 0 : credit / points.size();

        double similarity = 0;
        double precision = 0;
        if (expectedGiven) {
            double[] rp = recallPrecision(expected, bag);
            similarity = similarity(rp);
            precision = rp[1];
        }
        double relevance = relevance(expected, bag, expectedGiven ? similarity : -1);

        String lower = answer.toLowerCase(Locale.ROOT);
        AnswerFeatures.Star star = AnswerCues.star(lower);
        int numbers = AnswerCues.count(AnswerCues.NUMBER, lower);
        int measurable = AnswerCues.measurable(lower);
        int fillers = AnswerCues.count(AnswerCues.FILLER, lower);
        int hedges = AnswerCues.count(AnswerCues.HEDGE, lower);
        double avgSentence = sentences.isEmpty() ? 0 : (double) words.size() / sentences.size();
        double clarity = clarity(words.size(), avgSentence, fillers, hedges);
        int technical = SkillVocabulary.builtIn().extract(answer).size();
        AnswerFeatures.Scope scope = AnswerCues.scope(lower);

        AnswerFeatures.Insights insights = new AnswerFeatures.Insights(termsUsed(bag, jobTerms), topWords(words), covered);
        Set<String> evidenceStems = expected.evidenceStems;
        List<String> lowerSentences = sentences.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
        AnswerFeatures.Evidence evidence = new AnswerFeatures.Evidence(
                best(sentences, i -> overlap(sentences.get(i), evidenceStems)),
                best(sentences, i -> AnswerCues.starCues(lowerSentences.get(i))),
                best(sentences, i -> AnswerCues.depthCues(lowerSentences.get(i))));

        return new AnswerFeatures(words.size(), sentences.size(), expectedGiven, coverage, covered, missed, similarity,
                precision, relevance, star, AnswerCues.count(AnswerCues.EXAMPLE, lower), numbers, measurable,
                AnswerCues.count(AnswerCues.TRADE_OFF, lower), avgSentence, fillers, hedges, clarity, technical, scope, insights, evidence);
    }

    /**
     * What an answer shows beyond its score, without the rest of the analysis: the job terms it mentions, its
     * most-used words and the talking points it covers, exactly as {@link #analyze} reports them. For answers a
     * model judged, whose scores come from the model.
     *
     * @param question the question as asked
     * @param answer the answer, as the gate passed it
     * @param keyPoints talking points a strong answer covers; when empty, the reference answer's clauses stand in
     * @param referenceAnswer a model answer; {@code null} (or blank) when there is none
     * @param jobTerms terms from the job and the candidate's skills; may be empty
     * @return the insights
     * @throws NullPointerException when an argument other than {@code referenceAnswer} is null
     */
    public AnswerFeatures.Insights insights(String question, String answer, List<String> keyPoints,
                                            String referenceAnswer, List<String> jobTerms) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(keyPoints, "keyPoints");
        Objects.requireNonNull(jobTerms, "jobTerms");
        ExpectedAnswer expected = ExpectedAnswer.of(question, keyPoints, Objects.requireNonNullElse(referenceAnswer, ""));
        StemBag bag = new StemBag(answer);
        List<String> covered = new ArrayList<>();
        coverage(expected, bag, covered, new ArrayList<>(), AnswerCues.measurable(answer.toLowerCase(Locale.ROOT)) > 0);
        return new AnswerFeatures.Insights(termsUsed(bag, jobTerms), topWords(Texts.words(answer)), covered);
    }

    /** Sorts the talking points into covered and missed; returns the summed credit. */
    private double coverage(ExpectedAnswer expected, StemBag bag, List<String> covered, List<String> missed,
                            boolean measured) {
        double credit = 0;
        for (int i = 0; i < expected.points.size(); i++) {
            String point = expected.points.get(i);
            double recall = pointRecall(expected.pointStems.get(i), bag, expected.questionStems);
            credit += Math.min(1, recall / tuning.fullCreditAt());
            boolean said = recall >= tuning.coveredAt()
                    || saidInOtherWords(point, bag, expected.questionStems, measured);
            (said ? covered : missed).add(point);
        }
        return credit;
    }

    private static List<String> termsUsed(StemBag bag, List<String> jobTerms) {
        List<String> termsUsed = new ArrayList<>();
        for (String term : jobTerms) {
            if (!term.isBlank() && mentions(bag, term)) {
                termsUsed.add(term);
            }
        }
        return termsUsed;
    }

    /**
     * Whether the answer says a key point in other words: most of the point's distinctive words (not generic words,
     * light verbs or question-frame words) appear in the answer as the same stem, a synonym, a typing variant or a
     * longer form of the same word ("lint" for "linters"), in any order. Words the question itself uses count only
     * when the point has no others (echoing the question says nothing); words about measuring ("measured the result")
     * are said by an answer that gives a measurable result. Two or fewer distinctive words must all appear, three
     * need two, more need half. Decides only whether the point is listed as covered or missed (so feedback never
     * names as missing what the answer said); the point's credit is {@link #pointRecall}'s.
     */
    static boolean saidInOtherWords(String point, StemBag bag, Set<String> questionStems, boolean measured) {
        Set<String> distinctive = new LinkedHashSet<>();
        for (String s : Texts.contentStems(StemBag.phrases(point))) {
            String c = Synonyms.canon(s);
            if (!GENERIC_CANON.contains(c) && !FRAME_CANON.contains(c) && !LIGHT_CANON.contains(c)) {
                distinctive.add(c);
            }
        }
        Set<String> own = new LinkedHashSet<>(distinctive);
        own.removeAll(questionStems);
        if (!own.isEmpty()) {
            distinctive = own;
        }
        if (distinctive.isEmpty()) {
            return false;
        }
        int found = 0;
        for (String s : distinctive) {
            if (bag.match(s, 1) > 0 || bag.set.stream().anyMatch(a -> longerForm(a, s))
                    || measured && MEASURE_CANON.contains(s)) {
                found++;
            }
        }
        int n = distinctive.size();
        int needed = n <= 2 ? n : n == 3 ? 2 : (n + 1) / 2;
        return found >= needed;
    }

    /** "lint" and "linter", "format" and "formatter": one stem of four letters or more starts the other. */
    private static boolean longerForm(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 4 && longer.length() > shorter.length() && longer.startsWith(shorter)
                && !Character.isDigit(shorter.charAt(0));
    }

    double weight(String stem, Set<String> questionStems) {
        double w = GENERIC_CANON.contains(stem) ? tuning.genericWordWeight() : 1.0;
        if (questionStems.contains(stem)) {
            w *= tuning.questionWordWeight();
        }
        return w;
    }

    double pointRecall(List<String> stems, StemBag bag, Set<String> questionStems) {
        if (stems.isEmpty()) {
            return 0;
        }
        double total = 0;
        double hit = 0;
        for (String s : new LinkedHashSet<>(stems)) {
            double w = weight(s, questionStems);
            total += w;
            hit += w * bag.match(s, tuning.fuzzyCredit());
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
    double similarity(double[] recallPrecision) {
        double r = recallPrecision[0];
        double p = recallPrecision[1];
        if (r + p == 0) {
            return 0;
        }
        double b2 = tuning.recallEmphasis() * tuning.recallEmphasis();
        return (1 + b2) * p * r / (b2 * p + r);
    }

    double[] recallPrecision(ExpectedAnswer expected, StemBag bag) {
        Set<String> ref = expected.expectedStems;
        Set<String> questionStems = expected.questionStems;
        if (ref.isEmpty() || bag.set.isEmpty()) {
            return new double[] {0, 0};
        }
        double total = 0;
        double hit = 0;
        for (String s : ref) {
            double w = weight(s, questionStems);
            total += w;
            hit += w * bag.match(s, tuning.fuzzyCredit());
        }
        double recall = hit / total;
        StemBag refBag = expected.expectedBag;
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
            aHit += w * refBag.match(s, tuning.fuzzyCredit());
        }
        return new double[] {recall, aTotal == 0 ? 0 : aHit / aTotal};
    }

    private double relevance(ExpectedAnswer expected, StemBag bag, double similarity) {
        Set<String> q = expected.topicStems;
        double qCov = 0;
        if (!q.isEmpty()) {
            double total = 0;
            double hit = 0;
            for (String s : q) {
                double w = GENERIC_CANON.contains(s) ? tuning.genericWordWeight() : 1.0;
                total += w;
                hit += w * bag.match(s, tuning.fuzzyCredit());
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

    private static boolean mentions(StemBag bag, String term) {
        List<String> stems = ExpectedAnswer.contentStems(term.replace('_', ' '));
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

    /** The three sentences with the highest positive scores, best first, earlier first among equals. */
    private static List<String> best(List<String> sentences, java.util.function.IntToDoubleFunction score) {
        double[] scores = new double[sentences.size()];
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            scores[i] = score.applyAsDouble(i);
            if (scores[i] > 0) {
                idx.add(i);
            }
        }
        idx.sort(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        return idx.stream().limit(3).map(sentences::get).toList();
    }

    private static Set<String> stemmed(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(Synonyms.canon(Texts.stem(w)));
        }
        return Set.copyOf(out);
    }
}
