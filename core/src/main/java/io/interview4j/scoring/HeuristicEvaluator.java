package io.interview4j.scoring;

import io.interview4j.llm.TokenUsage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores answers with no model: {@link AnswerGate} first, then {@link AnswerFeatures} mapped onto whatever
 * rubric the request names, dimension by dimension:
 * <ul>
 *   <li>five-dimension: {@code structure} (STAR parts for behavioural questions, organisation otherwise),
 *       {@code relevance}, {@code technical_accuracy} (coverage of the key points and the reference answer),
 *       {@code depth} (examples, measurable results, trade-offs), {@code communication} (sentence length,
 *       fillers, hedges);</li>
 *   <li>coaching: {@code competency} on 1-10, with the level demonstrated (L4 for individual execution, L5A
 *       for cross-team influence, L5B for organisation-wide or strategic scope);</li>
 *   <li>topic-drill: {@code correctness}, {@code completeness}, {@code clarity};</li>
 *   <li>screening: {@code communication}, {@code technical}, {@code problem_solving}.</li>
 * </ul>
 * Any other dimension name gets the overall heuristic score. Length counts, but only up to a target, so
 * padding does not pay. A blocked answer gets the gate's rule score on every dimension and provenance
 * {@link Provenance#RULE}; otherwise provenance is {@link Provenance#HEURISTIC}. The overall score is always
 * computed by the rubric. Every evaluation carries the answer's {@link AnswerFeatures.Insights} (a blocked
 * answer's cover no talking point). Deterministic, stateless and thread-safe.
 */
public final class HeuristicEvaluator implements Evaluator {

    private static final Logger LOG = LoggerFactory.getLogger(HeuristicEvaluator.class);
    private static final Pattern BEHAVIOURAL_QUESTION = Pattern.compile(
            "tell me about a time|describe a (time|situation)|give (me )?an example of a time|walk me through a time"
                    + "|a time (when|you)|share an example|have you ever|what would you do if|how did you handle");

    private static final double OFF_TOPIC_FLOOR = 0.15;
    private static final double INCOHERENT_FLOOR = 0.15;
    private static final double SUBSTANCE_NONE = 0.08;
    private static final double LONG_SUBSTANCE_NONE = 0.12;
    private static final int LONG_ANSWER = 60;
    private static final double SUBSTANCE_ENOUGH = 0.3;
    private static final double SHORT_SUBSTANCE_NONE = 0.02;
    private static final double SHORT_SUBSTANCE_ENOUGH = 0.15;
    private static final int SHORT_ANSWER = 25;
    private static final int LONG_EXPECTED = 25;

    private final AnswerGate gate = new AnswerGate();
    private final HeuristicTuning tuning;
    private final AnswerAnalyzer analyzer;

    /** Creates an evaluator with {@link HeuristicTuning#defaults()}; it holds no state between calls. */
    public HeuristicEvaluator() {
        this(HeuristicTuning.defaults());
    }

    /**
     * Creates an evaluator with the given constants; it holds no state between calls.
     *
     * @param tuning the constants for matching, the content blend and the length target
     * @throws NullPointerException when {@code tuning} is null
     */
    public HeuristicEvaluator(HeuristicTuning tuning) {
        this.tuning = Objects.requireNonNull(tuning, "tuning");
        this.analyzer = new AnswerAnalyzer(tuning);
    }

    /** @return the constants this evaluator uses */
    public HeuristicTuning tuning() {
        return tuning;
    }

    /**
     * Scores one answer.
     *
     * @param request the question, the answer, what a good answer says and the rubric
     * @return the evaluation, on the request's rubric, with provenance {@link Provenance#RULE} when the gate
     *     blocked the answer and {@link Provenance#HEURISTIC} otherwise
     * @throws NullPointerException when {@code request} is null
     */
    @Override
    public Evaluation evaluate(EvaluationRequest request) {
        Objects.requireNonNull(request, "request");
        return evaluate(request, gate.check(request.question(), request.answer(), request.expected()));
    }

    /**
     * Scores one answer the gate already checked, without checking it again.
     *
     * @param request the question, the answer, what a good answer says and the rubric
     * @param gated the gate's result for this request's answer
     * @return the evaluation, as {@link #evaluate(EvaluationRequest)} gives it
     * @throws NullPointerException when an argument is null
     */
    @Override
    public Evaluation evaluate(EvaluationRequest request, GateResult gated) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(gated, "gated");
        Rubric rubric = request.rubric();
        String modelAnswer = request.referenceAnswer();
        if (gated.blocked()) {
            return ruled(request, gated, modelAnswer);
        }
        AnswerFeatures f = analyzer.analyze(request.question(), gated.evaluatedText(), request.keyPoints(),
                request.referenceAnswer(), request.jobTerms());
        ComponentScores s = scores(request, f, Coherence.of(gated.evaluatedText()));
        Map<String, Double> dims = new LinkedHashMap<>();
        Map<String, Double> fractions = new LinkedHashMap<>();
        for (Dimension d : rubric.dimensions()) {
            double fraction = s.forDimension(d.name());
            fractions.put(d.name(), fraction);
            dims.put(d.name(), round(rubric.scale().fromPercent(100 * fraction), rubric.scale()));
        }
        double nativeScore = rubric.overallNative(dims);
        double percent = rubric.overallPercent(dims);
        String level = rubric.levels().isEmpty() ? null : level(f, rubric.levels());

        HeuristicFeedback.Kind kind = HeuristicFeedback.kind(request.questionKind(), request.question(), s.behavioural());
        HeuristicFeedback.Lines lines = HeuristicFeedback.lines(f, s, kind, gated.evaluatedText());
        List<String> strengths = lines.strengths();
        List<String> weaknesses = lines.weaknesses();
        List<String> suggestions = lines.suggestions();
        List<String> followUps = HeuristicFeedback.followUps(request.question(), f, s, kind);
        String best = fractions.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        List<String> evidence = HeuristicFeedback.evidence(best, f);
        String feedback = HeuristicFeedback.feedback(percent, fractions);
        LOG.debug("heuristic score {} on {} ({} words)", Math.round(percent), rubric.name(), f.wordCount());
        return new Evaluation(rubric.name(), Provenance.HEURISTIC, dims, nativeScore, percent, strengths, weaknesses,
                suggestions, evidence, feedback, followUps, f.keyPointsCovered(), level, modelAnswer, gated.flags(), null,
                TokenUsage.NONE, null, 0, 0, null, f.insights(), null);
    }

    private Evaluation ruled(EvaluationRequest request, GateResult gated, String modelAnswer) {
        Rubric rubric = request.rubric();
        Map<String, Double> dims = rubric.uniform(gated.ruleScore());
        AnswerFlag flag = gated.blockingFlag();
        String weakness = switch (flag) {
            case EMPTY -> "No answer was given.";
            case TOO_SHORT -> "The answer is too short to show any understanding.";
            case DONT_KNOW -> "The answer says \"I don't know\" without attempting the question.";
            case GIBBERISH -> "The answer is not readable language.";
            case REPETITION -> "The answer repeats the same words instead of answering.";
            case COPY_OF_QUESTION -> "The answer only restates the question.";
            case GRADER_INSTRUCTION -> "The answer tries to instruct the grader instead of answering, so it was not evaluated.";
            default -> "The answer was not evaluated: " + gated.reason() + ".";
        };
        String suggestion = switch (flag) {
            case DONT_KNOW, EMPTY, TOO_SHORT -> "Attempt an answer: say what you do know, reason out loud, and name one concrete example.";
            case COPY_OF_QUESTION -> "Answer in your own words: state the key idea first, then explain why it holds.";
            case GRADER_INSTRUCTION -> "Answer the question itself; anything addressed to the grader is ignored and scores zero.";
            default -> "Write a few full sentences that answer the question directly.";
        };
        List<String> followUps = new ArrayList<>();
        if (!request.keyPoints().isEmpty()) {
            followUps.add(FollowUpQuestions.fromKeyPoint(request.question(), request.keyPoints().get(0),
                    behavioural(request)));
        } else {
            followUps.add("Which part of this question can you start with?");
        }
        return new Evaluation(rubric.name(), Provenance.RULE, dims, rubric.overallNative(dims), rubric.overallPercent(dims),
                List.of(), List.of(weakness), List.of(suggestion), List.of(), gated.reason(), followUps, List.of(), null,
                modelAnswer, gated.flags(), null, TokenUsage.NONE, null, 0, 0, null, insights(request, gated), null);
    }

    /**
     * Insights for an answer the gate blocked: its own words count, but it covers no talking point, whatever
     * words it shares with one.
     */
    private AnswerFeatures.Insights insights(EvaluationRequest request, GateResult gated) {
        AnswerFeatures.Insights all = analyzer.insights(request.question(), gated.evaluatedText(), request.keyPoints(),
                request.referenceAnswer(), request.jobTerms());
        return new AnswerFeatures.Insights(all.jobTermsUsed(), all.topWords(), List.of());
    }

    private ComponentScores scores(EvaluationRequest request, AnswerFeatures f, double coherence) {
        boolean behavioural = behavioural(request);
        double length = lengthFactor(f.wordCount(), behavioural, request.referenceAnswer());
        double storyParts = Math.min(1, f.star().count() / 3.0);
        double relevance = behavioural && !f.expectedGiven()
                ? 0.55 * f.relevance() + 0.45 * storyParts
                : f.relevance();
        double onTopicLength = length * relevance;
        double content;
        double completeness;
        if (f.expectedGiven()) {
            double matched = tuning.coverageShare() * f.keyPointCoverage()
                    + (1 - tuning.coverageShare()) * Math.min(1, tuning.similarityGain() * f.referenceSimilarity());
            content = 0.1 + 0.9 * matched;
            double onReference = tuning.precisionShare();
            completeness = 0.1 + (0.75 - onReference) * f.keyPointCoverage() + 0.15 * onTopicLength
                    + onReference * f.referencePrecision();
        } else if (behavioural) {
            double concrete = Math.min(1, f.measurableResults() + f.exampleCues() + (f.star().situation() ? 0.5 : 0));
            content = 0.1 + 0.3 * relevance + 0.25 * f.star().count() / 4.0 + 0.2 * concrete + 0.15 * onTopicLength;
            completeness = 0.1 + 0.4 * f.star().count() / 4.0 + 0.3 * onTopicLength + 0.2 * concrete;
        } else {
            double specific = Math.min(1, (f.technicalTerms() + f.insights().jobTermsUsed().size()) / 3.0);
            content = 0.15 + 0.45 * relevance + 0.2 * specific * relevance + 0.2 * onTopicLength;
            completeness = 0.15 + 0.45 * onTopicLength + 0.25 * relevance + 0.15 * Math.min(1, f.exampleCues() + f.tradeOffCues());
        }
        double structure = behavioural
                ? 0.1 + 0.18 * f.star().count() + 0.1 * Math.min(1, f.sentenceCount() / 4.0) + 0.08 * length
                : 0.25 + 0.25 * Math.min(1, f.sentenceCount() / 3.0) + 0.2 * onTopicLength
                        + 0.15 * Math.min(1, f.exampleCues() + f.tradeOffCues()) + 0.15 * relevance;
        double depth = 0.1 + 0.25 * Math.min(1, f.exampleCues() + (f.star().situation() ? 0.5 : 0))
                + 0.25 * Math.min(1, f.measurableResults() + f.numbers() / 3.0)
                + 0.2 * Math.min(1, f.tradeOffCues() / 2.0) + 0.2 * onTopicLength;
        // Form without substance earns little: structure and depth count in full only for an answer on the question.
        double onQuestion = 0.4 + 0.6 * Math.min(1, relevance / 0.5);
        structure *= onQuestion;
        depth *= onQuestion;
        double clarity = f.clarity() * (0.25 + 0.75 * Math.min(1, content + 0.2)) * Math.min(1, 0.6 + f.wordCount() / 30.0);
        // With an expected answer, a behavioural or situational answer is judged mostly on what it covers: a
        // hypothetical ("what would you do") has no story to tell, and a story without the expected substance is weak.
        double competency = !behavioural ? 0.1 + 0.45 * content + 0.2 * depth + 0.25 * relevance
                : f.expectedGiven() ? 0.1 + 0.2 * f.star().count() / 4.0 + 0.15 * depth + 0.15 * relevance + 0.4 * content
                : 0.1 + 0.35 * f.star().count() / 4.0 + 0.2 * depth + 0.2 * relevance + 0.15 * content;
        if (request.targetLevel() != null && !request.rubric().levels().isEmpty()) {
            String shown = level(f, request.rubric().levels());
            if (rank(shown) < rank(request.targetLevel())) {
                competency *= 0.85;
            }
        }
        Map<String, Double> byName = new LinkedHashMap<>();
        double five = 0.2 * structure + 0.2 * relevance + 0.25 * content + 0.2 * depth + 0.15 * clarity;
        byName.put("structure", structure);
        byName.put("relevance", relevance);
        byName.put("technical_accuracy", content);
        byName.put("depth", depth);
        byName.put("communication", clarity);
        byName.put("competency", competency);
        byName.put("correctness", content);
        byName.put("completeness", completeness);
        byName.put("clarity", clarity);
        byName.put("technical", content);
        byName.put("problem_solving", 0.5 * depth + 0.3 * structure + 0.2 * relevance);
        String expectedText = request.referenceAnswer() == null ? String.join(". ", request.keyPoints()) : request.referenceAnswer();
        double cap = cap(f, coherence, ExpectedAnswer.contentStems(expectedText).size());
        byName.replaceAll((k, v) -> clamp01(Math.min(v, cap)));
        five = Math.min(five, cap);
        content = Math.min(content, cap);
        completeness = Math.min(completeness, cap);
        relevance = Math.min(relevance, cap);
        structure = Math.min(structure, cap);
        depth = Math.min(depth, cap);
        clarity = Math.min(clarity, cap);
        competency = Math.min(competency, cap);
        return new ComponentScores(clamp01(content), clamp01(completeness), clamp01(relevance), clamp01(structure), clamp01(depth),
                clamp01(clarity), clamp01(competency), clamp01(five), behavioural, byName);
    }

    /**
     * The most any dimension may score (0-1): relevance to this question gates every other dimension. It is 1 for
     * a coherent answer on the question and falls to {@value #OFF_TOPIC_FLOOR} for an answer that says nothing
     * the expected answer says (a ramble, a generic answer, a paraphrase of the question, an answer to another
     * question), and to {@value #INCOHERENT_FLOOR} for a bare keyword list or word salad ({@link Coherence}).
     * Substance is the answer's similarity to the expected answer; when that text is long (at least
     * {@value #LONG_EXPECTED} content words) the similarity is taken as it is, and when it is short, where a single
     * missing word moves it a lot, the better of it (with the tuning's gain) and the key-point credit. With no key
     * points and no reference answer only coherence caps. An answer under {@value #SHORT_ANSWER} words is held to
     * lower thresholds ({@value #SHORT_SUBSTANCE_NONE} to {@value #SHORT_SUBSTANCE_ENOUGH} instead of
     * {@value #SUBSTANCE_NONE} to {@value #SUBSTANCE_ENOUGH}): a short answer earns little from length and structure
     * anyway, and short on-topic answers often say the expected thing in other words ("re-usability" for
     * "reusability", "at least one time" for "at least once"). An answer of {@value #LONG_ANSWER} words or more
     * needs {@value #LONG_SUBSTANCE_NONE} before it earns anything: the more words, the more it shares with any
     * expected answer by chance (another question's reference answer reaches 0.08-0.12). Chosen on the Mohler set (the thresholds for all
     * answers cost 0.006 of refitted r, these none) and the persona benchmark (lower thresholds for all answers let
     * a third of off-topic and filler answers above 25).
     */
    private double cap(AnswerFeatures f, double coherence, int expectedWords) {
        double onTopic = 1;
        if (f.expectedGiven()) {
            boolean longExpected = expectedWords >= LONG_EXPECTED;
            double substance = longExpected ? f.referenceSimilarity()
                    : Math.max(f.keyPointCoverage(), Math.min(1, tuning.similarityGain() * f.referenceSimilarity()));
            boolean shortAnswer = f.wordCount() < SHORT_ANSWER;
            double none = shortAnswer ? SHORT_SUBSTANCE_NONE : f.wordCount() >= LONG_ANSWER ? LONG_SUBSTANCE_NONE : SUBSTANCE_NONE;
            double enough = shortAnswer ? SHORT_SUBSTANCE_ENOUGH : SUBSTANCE_ENOUGH;
            onTopic = clamp01((substance - none) / (enough - none));
        }
        return Math.min(OFF_TOPIC_FLOOR + (1 - OFF_TOPIC_FLOOR) * onTopic,
                INCOHERENT_FLOOR + (1 - INCOHERENT_FLOOR) * coherence);
    }

    private static boolean behavioural(EvaluationRequest request) {
        String kind = request.questionKind() == null ? "" : request.questionKind().toLowerCase(Locale.ROOT);
        if (kind.equals("behavioral") || kind.equals("behavioural") || kind.equals("hr") || kind.equals("situational")) {
            return true;
        }
        if (kind.equals("technical") || kind.equals("dsa") || kind.equals("system_design") || kind.equals("case")) {
            return false;
        }
        return request.competency() != null
                || BEHAVIOURAL_QUESTION.matcher(request.question().toLowerCase(Locale.ROOT)).find();
    }

    private double lengthFactor(int words, boolean behavioural, String reference) {
        double target = behavioural ? tuning.behaviouralLengthTarget() : tuning.lengthTarget();
        if (reference != null) {
            target = Math.max(tuning.minimumLengthTarget(), Math.min(target,
                    tuning.referenceLengthRatio() * ExpectedAnswer.wordCount(reference)));
        }
        return Math.min(1, words / target);
    }

    static String level(AnswerFeatures f, List<String> levels) {
        AnswerFeatures.Scope scope = f.scope();
        String shown;
        if (scope.organisation() >= 2 || (scope.organisation() >= 1 && scope.crossTeam() >= 1)) {
            shown = "L5B";
        } else if (scope.crossTeam() >= 1) {
            shown = "L5A";
        } else {
            shown = "L4";
        }
        if (levels.contains(shown)) {
            return shown;
        }
        return levels.isEmpty() ? null : levels.get(0);
    }

    private static int rank(String level) {
        return switch (level == null ? "" : level.toUpperCase(Locale.ROOT)) {
            case "L5B" -> 3;
            case "L5A" -> 2;
            case "L4" -> 1;
            default -> 0;
        };
    }

    private static double round(double v, Scale scale) {
        double perUnit = scale.max() <= 1 ? 100 : scale.max() <= 10 ? 10 : 1;
        return scale.clamp(Math.round(v * perUnit) / perUnit);
    }

    private static double clamp01(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }
}
