package io.interview4j.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.OutputLimits;
import io.interview4j.llm.StructuredChat;
import io.interview4j.llm.StructuredResult;
import io.interview4j.llm.StructuredResult.Failure;
import io.interview4j.llm.StructuredResult.Success;
import io.interview4j.llm.TokenUsage;
import io.interview4j.scoring.AnswerFlag;
import io.interview4j.scoring.Dimension;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.EvaluationRequest;
import io.interview4j.scoring.Evaluator;
import io.interview4j.scoring.GateResult;
import io.interview4j.scoring.Provenance;
import io.interview4j.scoring.Rubric;
import io.interview4j.scoring.Scale;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model judge: one structured call per answer returning dimension scores with reasons, evidence, strengths,
 * gaps, suggestions, feedback, follow-up questions, the key points covered, for rubrics with levels the level
 * demonstrated and a revised answer, and when asked a proposed next step.
 *
 * <p>{@link JudgePrompt} writes the request; the call is a {@link StructuredChat}, whose output is validated
 * here: every dimension's score a number within the scale, every required field present with the right type, the
 * level one of the rubric's. Invalid output earns one repair call carrying the exact problems and the bad output;
 * if that fails too, or a call throws, or the deadline passes, the offline scorer stands in with provenance
 * FALLBACK, flag MODEL_FAILED and the reason at the start of its feedback (such as "the model did not answer
 * within 30 s"). Evidence quotes not verbatim in the answer are dropped and counted. A revised answer naming a
 * number or a name the candidate never said in the session is discarded and flagged. The proposed next step is
 * advisory: the engine rejects an action it does not allow, so it is never repaired.
 *
 * <p><b>The score is checked, not believed.</b> The offline scorer evaluates every answer the model judges, once,
 * reusing the gate's result. A model score more than {@link #DISAGREEMENT_THRESHOLD} points (on 0-100) above the
 * offline score is flagged SCORE_DISAGREEMENT and not taken as is: the answer is judged once more, the prompt
 * stating both figures and the usual spread as data, with no instruction to move the score either way. If the
 * second score is within the threshold it is taken; if it is still above (or the second judgement failed, or no
 * time was left for it), the score is capped at the offline score plus the threshold, each dimension scaled down
 * by the same factor. A cap rather than the offline score: a model may legitimately see more in an answer than
 * word overlap does, and the threshold is the most a human grade lay above the offline score in all but 5 % of
 * the measured answers. A score within the threshold is taken unchanged, with no flag and no extra call.
 *
 * <p><b>Deadline.</b> The model work of one answer (the call, the adapter's retries, the repair and the second
 * judgement) shares one deadline, 30 s by default: each call's {@link ChatRequest#timeout() timeout} is what is
 * left of it, a repair or second judgement is skipped when less is left than the first call took, and the
 * deadline's passing is read from the clock the engine was given (core starts no threads). A valid reply that
 * arrives late (from an adapter that ignores the timeout) is still used: the time is spent either way, and no
 * further call is started.
 *
 * <p>The model's text is capped before it reaches the evaluation, so a runaway or hostile reply cannot fill a
 * report: feedback 2,000 characters; each dimension's reason 500; each evidence quote, strength, gap, suggestion
 * and follow-up question, and a proposed next question, 300; a revised answer 4,000 (a clipped text ends with
 * "…"). Lists keep their first 10 entries, follow-up questions their first 5. The reply itself is read only up to
 * {@link io.interview4j.llm.StructuredOutput#MAX_SCANNED} characters.
 */
final class ModelJudge {

    private static final Logger LOG = LoggerFactory.getLogger(ModelJudge.class);
    /** Longest feedback kept, in characters. */
    static final int MAX_FEEDBACK = 2_000;
    /** Longest reason for one dimension's score. */
    static final int MAX_REASON = 500;
    /** Longest evidence quote. */
    static final int MAX_QUOTE = 300;
    /** Longest strength, gap, suggestion, follow-up question, and proposed next question. */
    static final int MAX_ITEM = 300;
    /** Most entries kept per list (evidence, strengths, gaps, suggestions). */
    static final int MAX_ITEMS = 10;
    /** Most follow-up questions kept. */
    static final int MAX_FOLLOW_UPS = 5;
    /** Longest revised answer. */
    static final int MAX_REVISED = 4_000;
    /**
     * How far above the offline score, in points on 0-100, a model score may lie and be taken as is: the 95th
     * percentile of (human grade - offline score) over the 1,594 human-graded answers of Mohler et al.'s
     * development set, 66.7 points, rounded down to 65 (90th percentile 56.3, 99th 79.7; the median is 20.3, as
     * humans grade those short factual answers higher than the offline scorer does). Measured with
     * {@code java -cp samples/benchmarks/target/benchmarks.jar io.interview4j.benchmarks.MohlerAgreement
     * ../shared/data/mohler/mohler_dev.csv 5 --predictions pred.csv}, taking {@code (gold - untuned) * 20} per
     * answer.
     */
    static final double DISAGREEMENT_THRESHOLD = 65;

    /** A next step the model proposes; the engine takes it only when the rules allow it. */
    record Proposal(String action, String questionText, Integer suggestedSeconds) {
    }

    /** The judgement and, when asked for, the proposal. */
    record Judgement(Evaluation evaluation, Optional<Proposal> proposal) {
    }

    private final StructuredChat chat;
    private final LanguageModel model;
    private final Evaluator offline;
    private final Clock clock;
    private final Duration deadline;
    private final OutputLimits limits;

    /** A judge with the system clock and the default deadline, for tests. */
    ModelJudge(LanguageModel model, Evaluator offline) {
        this(model, offline, Clock.systemUTC(), InterviewEngineBuilder.DEFAULT_TURN_DEADLINE);
    }

    /**
     * @param offline the offline scorer: the check of every model score, and the stand-in when the model fails
     * @param clock measures the deadline
     * @param deadline the time the model work of one answer may take, retries, repair and second judgement included
     */
    ModelJudge(LanguageModel model, Evaluator offline, Clock clock, Duration deadline) {
        this(model, offline, clock, deadline, OutputLimits.defaults());
    }

    /** @param limits the output caps; the judge's requests carry {@link OutputLimits.Task#JUDGE}'s */
    ModelJudge(LanguageModel model, Evaluator offline, Clock clock, Duration deadline, OutputLimits limits) {
        this.limits = limits;
        this.chat = new StructuredChat(model, clock);
        this.model = model;
        this.offline = offline;
        this.clock = clock;
        this.deadline = deadline;
    }

    /**
     * @param req the answer to judge, as the gate passed it
     * @param gated the gate's result for this answer, which the offline scorer reuses
     * @param context the bounded session context
     * @param actions the next actions the model may propose; empty for none
     * @param sessionAnswers the candidate's answers in the session so far, this one included: the facts a revised
     *     answer may use
     */
    Judgement judge(EvaluationRequest req, GateResult gated, String context, List<String> actions,
                    List<String> sessionAnswers) {
        return judge(req, gated, context, JudgePrompt.Documents.NONE, actions, sessionAnswers);
    }

    /**
     * @param docs the job description and resume, bounded
     * @return the judgement, its evaluation carrying the judge prompt's version
     */
    Judgement judge(EvaluationRequest req, GateResult gated, String context, JudgePrompt.Documents docs,
                    List<String> actions, List<String> sessionAnswers) {
        return Futures.join(judge(req, gated, context, docs, actions, sessionAnswers, null));
    }

    /**
     * The same judgement, on the model's asynchronous call when {@code async} is given: no thread waits for the
     * model, and the work after each reply runs on {@code async}; with {@code null}, on the calling thread, the
     * future returned complete.
     */
    CompletableFuture<Judgement> judge(EvaluationRequest req, GateResult gated, String context,
                                       JudgePrompt.Documents docs, List<String> actions, List<String> sessionAnswers,
                                       Executor async) {
        return judged(req, gated, context, docs, actions, sessionAnswers, async)
                .thenApply(j -> new Judgement(j.evaluation().withPromptVersion(JudgePrompt.PROMPT_VERSION), j.proposal()));
    }

    private CompletableFuture<Judgement> judged(EvaluationRequest req, GateResult gated, String context,
                                                JudgePrompt.Documents docs, List<String> actions,
                                                List<String> sessionAnswers, Executor async) {
        Evaluation h = offline.evaluate(req, gated);
        Instant start = clock.instant();
        Instant end = start.plus(deadline);
        return ask(JudgePrompt.request(req, context, docs, actions, null), req.rubric(), end, async).thenCompose(first -> {
            if (!(first instanceof Success<JsonNode> ok)) {
                return CompletableFuture.completedFuture(fellBack(h, (Failure<JsonNode>) first, end));
            }
            Evaluation e = parse(ok.value(), req, ok, sessionAnswers);
            Optional<Proposal> proposal = proposal(ok.value(), actions);
            double cap = Math.min(100, h.score() + DISAGREEMENT_THRESHOLD);
            if (e.score() <= cap) {
                return CompletableFuture.completedFuture(new Judgement(withInsights(e, h), proposal));
            }
            LOG.warn("the model scored the answer {} against the offline scorer's {}, more than {} above; judging it "
                    + "once more", JudgePrompt.fmt(Math.round(e.score())), JudgePrompt.fmt(Math.round(h.score())),
                    JudgePrompt.fmt(DISAGREEMENT_THRESHOLD));
            Duration took = Duration.between(start, clock.instant());
            Duration left = Duration.between(clock.instant(), end);
            if (left.compareTo(took) >= 0 && !left.isZero() && !left.isNegative()) {
                String check = "offline score: " + JudgePrompt.fmt(Math.round(h.score())) + "/100\nfirst grading: "
                        + JudgePrompt.fmt(Math.round(e.score())) + "/100\nhow far graders of one answer usually differ: "
                        + "up to " + JudgePrompt.fmt(DISAGREEMENT_THRESHOLD) + " points";
                return ask(JudgePrompt.request(req, context, docs, actions, check), req.rubric(), end, async)
                        .thenApply(second -> checked(req, h, ok, e, proposal, second, actions, sessionAnswers, cap));
            }
            LOG.info("no time left before the turn deadline for a second judgement");
            return CompletableFuture.completedFuture(checked(req, h, ok, e, proposal, null, actions, sessionAnswers, cap));
        });
    }

    /** The judgement of a score above the cap: the second judgement's when it came within it, else capped. */
    private Judgement checked(EvaluationRequest req, Evaluation h, Success<JsonNode> ok, Evaluation first,
                              Optional<Proposal> firstProposal, StructuredResult<JsonNode> second, List<String> actions,
                              List<String> sessionAnswers, double cap) {
        Evaluation e = first;
        Optional<Proposal> proposal = firstProposal;
        if (second instanceof Success<JsonNode> ok2) {
            e = parse(ok2.value(), req, ok2, sessionAnswers);
            proposal = proposal(ok2.value(), actions);
        }
        TokenUsage usage = second == null ? ok.usage() : ok.usage().plus(second.usage());
        int calls = ok.calls() + (second == null ? 0 : second.calls());
        Map<String, Double> dims = e.dimensions();
        double score = e.score();
        double nativeScore = e.nativeScore();
        if (score > cap) {
            LOG.warn("the model's score {} stays above the offline score and the threshold; capped at {}",
                    JudgePrompt.fmt(Math.round(score)), JudgePrompt.fmt(Math.round(cap)));
            Scale scale = req.rubric().scale();
            Map<String, Double> lowered = new LinkedHashMap<>();
            double factor = cap / score;
            e.dimensions().forEach((d, v) -> lowered.put(d, scale.clamp(v * factor)));
            dims = lowered;
            score = cap;
            nativeScore = scale.fromPercent(cap);
        }
        Evaluation checked = new Evaluation(e.rubric(), Provenance.MODEL, dims, nativeScore, score, e.strengths(),
                e.weaknesses(), e.suggestions(), e.evidence(), e.feedback(), e.followUpQuestions(), e.keyPointsCovered(),
                e.levelDemonstrated(), e.modelAnswer(), e.flags(), e.modelId(), usage, e.provider(), calls,
                e.evidenceDropped(), e.revisedAnswer(), null, e.reasons());
        return new Judgement(withInsights(checked, h).withProvenance(Provenance.MODEL, AnswerFlag.SCORE_DISAGREEMENT),
                proposal);
    }

    /** One structured call within what is left of the deadline; a call that throws is a failure. */
    private CompletableFuture<StructuredResult<JsonNode>> ask(JudgePrompt.Call call, Rubric rubric, Instant end,
                                                              Executor async) {
        Duration left = Duration.between(clock.instant(), end);
        ChatRequest request = limits.apply(call.request(), OutputLimits.Task.JUDGE)
                .withTimeout(left.isZero() || left.isNegative() ? Duration.ofMillis(1) : left);
        try {
            if (async == null) {
                return CompletableFuture.completedFuture(chat.call(request, call.dataTexts(),
                        out -> JudgePrompt.check(out, rubric)));
            }
            return new StructuredChat(new OnExecutor(model, async), clock)
                    .callAsync(request, call.dataTexts(), out -> JudgePrompt.check(out, rubric))
                    .exceptionally(e -> new Failure<>(Failure.Reason.MODEL_ERROR, List.of(), Futures.runtime(e), List.of(), 1));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(new Failure<>(Failure.Reason.MODEL_ERROR, List.of(), e, List.of(), 1));
        }
    }

    /** The model, its asynchronous replies handed to {@code executor} so that the work after them runs there. */
    private record OnExecutor(LanguageModel model, Executor executor) implements LanguageModel {

        @Override
        public ChatResponse chat(ChatRequest request) {
            return model.chat(request);
        }

        @Override
        public CompletableFuture<ChatResponse> chatAsync(ChatRequest request) {
            CompletableFuture<ChatResponse> out = new CompletableFuture<>();
            model.chatAsync(request).whenComplete((r, t) -> {
                Runnable deliver = () -> {
                    if (t != null) {
                        out.completeExceptionally(t);
                    } else {
                        out.complete(r);
                    }
                };
                try {
                    executor.execute(deliver);
                } catch (RejectedExecutionException e) {
                    deliver.run();
                }
            });
            return out;
        }

        @Override
        public String provider() {
            return model.provider();
        }
    }

    private static Evaluation withInsights(Evaluation e, Evaluation offline) {
        return offline.insights().isEmpty() ? e : e.withInsights(offline.insights());
    }

    /**
     * The offline evaluation, flagged MODEL_FAILED, with the reason in its feedback, the calls made and the tokens
     * they spent.
     */
    private Judgement fellBack(Evaluation h, Failure<JsonNode> failed, Instant end) {
        String within = JudgePrompt.fmt(deadline.toMillis() % 1000 == 0 ? deadline.toSeconds() : deadline.toMillis())
                + (deadline.toMillis() % 1000 == 0 ? " s" : " ms");
        String reason = failed.reason() == Failure.Reason.OUT_OF_TIME
                ? "the model's reply could not be used and the " + within + " deadline left no time to repair it"
                : failed.reason() == Failure.Reason.MODEL_ERROR && !clock.instant().isBefore(end)
                ? "the model did not answer within " + within
                : failed.reason() == Failure.Reason.MODEL_ERROR ? "the model call failed"
                : failed.reason() == Failure.Reason.TRUNCATED
                ? "the model's reply was cut off at its output limit, even after asking for a shorter one"
                : "the model's reply could not be used, even after one repair";
        LOG.warn("model judge failed ({}: {}); scoring with the offline scorer instead", reason, failed.describe());
        List<AnswerFlag> flags = new ArrayList<>(h.flags());
        flags.add(AnswerFlag.MODEL_FAILED);
        Optional<ChatResponse> last = failed.lastResponse();
        String feedback = "Scored offline: " + reason + "." + (h.feedback() == null ? "" : " " + h.feedback());
        Evaluation fb = new Evaluation(h.rubric(), Provenance.FALLBACK, h.dimensions(), h.nativeScore(), h.score(),
                h.strengths(), h.weaknesses(), h.suggestions(), h.evidence(), feedback, h.followUpQuestions(),
                h.keyPointsCovered(), h.levelDemonstrated(), h.modelAnswer(), flags,
                last.map(ChatResponse::modelId).orElse(null), failed.usage(), last.map(ChatResponse::provider).orElse(null),
                failed.calls(), 0, null, h.insights(), Map.of());
        return new Judgement(fb, Optional.empty());
    }

    /** Builds the evaluation from output that passed {@link JudgePrompt#check}. */
    private static Evaluation parse(JsonNode out, EvaluationRequest req, StructuredResult<JsonNode> calls,
                                    List<String> sessionAnswers) {
        Rubric rubric = req.rubric();
        JsonNode dims = out.path("dimensions");
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Dimension d : rubric.dimensions()) {
            JsonNode node = dims.path(d.name());
            scores.put(d.name(), node.path("score").asDouble());
            String reason = clip(node.path("reason").asText("").strip(), MAX_REASON);
            if (!reason.isEmpty()) {
                reasons.put(d.name(), reason);
            }
        }
        List<String> evidence = new ArrayList<>();
        int dropped = 0;
        String answer = squash(req.answer());
        for (String quote : strings(out.path("evidence"), Integer.MAX_VALUE, Integer.MAX_VALUE)) {
            if (answer.contains(squash(quote))) {
                if (evidence.size() < MAX_ITEMS) {
                    evidence.add(clip(quote, MAX_QUOTE));
                }
            } else {
                dropped++;
            }
        }
        if (dropped > 0) {
            LOG.info("dropped {} evidence quote(s) not found verbatim in the answer", dropped);
        }
        List<AnswerFlag> flags = new ArrayList<>();
        String level = null;
        String revised = null;
        if (!rubric.levels().isEmpty()) {
            level = out.path("level_demonstrated").asText();
            revised = clip(out.path("revised_answer").asText("").strip(), MAX_REVISED);
            if (!revised.isEmpty()) {
                List<String> unsupported = RevisedAnswerCheck.unsupportedFacts(revised, sessionAnswers);
                if (!unsupported.isEmpty()) {
                    LOG.info("discarded the revised answer: {} fact(s) not in the candidate's answers", unsupported.size());
                    LOG.debug("facts the candidate never gave: {}", unsupported);
                    flags.add(AnswerFlag.REVISED_ANSWER_DISCARDED);
                    revised = null;
                }
            }
        }
        List<String> covered = strings(out.path("key_points_covered"), Integer.MAX_VALUE, Integer.MAX_VALUE).stream()
                .filter(req.keyPoints()::contains).distinct().toList();
        ChatResponse last = calls.lastResponse().orElseThrow();
        return new Evaluation(rubric.name(), Provenance.MODEL, scores, rubric.overallNative(scores),
                rubric.overallPercent(scores), strings(out.path("strengths")), strings(out.path("gaps")),
                strings(out.path("suggestions")), evidence, clip(out.path("feedback").asText("").strip(), MAX_FEEDBACK),
                strings(out.path("follow_up_questions"), MAX_FOLLOW_UPS, MAX_ITEM), covered, level,
                req.referenceAnswer(), flags, last.modelId(), calls.usage(),
                last.provider(), calls.calls(), dropped, revised, null, reasons);
    }

    private static Optional<Proposal> proposal(JsonNode out, List<String> actions) {
        JsonNode next = out.path("next_action");
        if (actions.isEmpty() || !next.isObject()) {
            return Optional.empty();
        }
        JsonNode seconds = next.path("suggested_time_seconds");
        return Optional.of(new Proposal(clip(next.path("action").asText(""), MAX_ITEM),
                clip(next.path("question_text").asText("").strip(), MAX_ITEM),
                seconds.isNumber() ? seconds.asInt() : null));
    }

    private static List<String> strings(JsonNode array) {
        return strings(array, MAX_ITEMS, MAX_ITEM);
    }

    /** The non-blank strings of an array, trimmed: at most {@code items} of them, each clipped to {@code chars}. */
    private static List<String> strings(JsonNode array, int items, int chars) {
        List<String> list = new ArrayList<>();
        if (array.isArray()) {
            for (JsonNode n : array) {
                if (list.size() == items) {
                    break;
                }
                if (n.isTextual() && !n.asText().isBlank()) {
                    list.add(clip(n.asText().trim(), chars));
                }
            }
        }
        return list;
    }

    /** The text, or its first {@code max - 1} characters and an ellipsis when longer, never splitting a surrogate pair. */
    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
