package io.interview4j.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.StructuredChat;
import io.interview4j.llm.StructuredChat.Parsed;
import io.interview4j.llm.StructuredResult;
import io.interview4j.llm.StructuredResult.Failure;
import io.interview4j.llm.StructuredResult.Success;
import io.interview4j.scoring.AnswerFlag;
import io.interview4j.scoring.Dimension;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.EvaluationRequest;
import io.interview4j.scoring.Evaluator;
import io.interview4j.scoring.Provenance;
import io.interview4j.scoring.Rubric;
import io.interview4j.scoring.Scale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * if that fails too, or a call throws, the heuristic scorer stands in with provenance FALLBACK and flag
 * MODEL_FAILED. Evidence quotes not verbatim in the answer are dropped and counted. A revised answer naming a
 * number or a name the candidate never said in the session is discarded and flagged. The proposed next step is
 * advisory: the engine rejects an action it does not allow, so it is never repaired.
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

    /** A next step the model proposes; the engine takes it only when the rules allow it. */
    record Proposal(String action, String questionText, Integer suggestedSeconds) {
    }

    /** The judgement and, when asked for, the proposal. */
    record Judgement(Evaluation evaluation, Optional<Proposal> proposal) {
    }

    private final StructuredChat chat;
    private final Evaluator fallback;

    ModelJudge(LanguageModel model, Evaluator fallback) {
        this.chat = new StructuredChat(model);
        this.fallback = fallback;
    }

    /**
     * @param req the answer to judge, as the gate passed it
     * @param context the bounded session context
     * @param actions the next actions the model may propose; empty for none
     * @param sessionAnswers the candidate's answers in the session so far, this one included: the facts a revised
     *     answer may use
     */
    Judgement judge(EvaluationRequest req, String context, List<String> actions, List<String> sessionAnswers) {
        JudgePrompt.Call call = JudgePrompt.request(req, context, actions);
        StructuredResult<JsonNode> result = null;
        try {
            result = chat.call(call.request(), call.dataTexts(), out -> check(out, req.rubric()));
            if (result instanceof Success<JsonNode> ok) {
                Evaluation e = parse(ok.value(), req, ok, sessionAnswers);
                return new Judgement(e, proposal(ok.value(), actions));
            }
            return fellBack(req, ((Failure<JsonNode>) result).describe(), result);
        } catch (RuntimeException e) {
            StructuredResult<JsonNode> calls = result != null ? result
                    : new Failure<>(Failure.Reason.MODEL_ERROR, List.of(), e, List.of(), 1);
            return fellBack(req, "call failed: " + e.getMessage(), calls);
        }
    }

    /** The offline scorer's evaluation, flagged MODEL_FAILED, with the calls made and the tokens they spent. */
    private Judgement fellBack(EvaluationRequest req, String why, StructuredResult<JsonNode> calls) {
        LOG.warn("model judge failed ({}); scoring with the offline scorer instead", why);
        Evaluation h = fallback.evaluate(req);
        List<AnswerFlag> flags = new ArrayList<>(h.flags());
        flags.add(AnswerFlag.MODEL_FAILED);
        Optional<ChatResponse> last = calls.lastResponse();
        Evaluation fb = new Evaluation(h.rubric(), Provenance.FALLBACK, h.dimensions(), h.nativeScore(), h.score(),
                h.strengths(), h.weaknesses(), h.suggestions(), h.evidence(), h.feedback(), h.followUpQuestions(),
                h.keyPointsCovered(), h.levelDemonstrated(), h.modelAnswer(), flags,
                last.map(ChatResponse::modelId).orElse(null), calls.usage(), last.map(ChatResponse::provider).orElse(null),
                calls.calls(), 0, null, h.insights(), Map.of());
        return new Judgement(fb, Optional.empty());
    }

    /**
     * The output if valid, else every problem found with it: a missing or mistyped required field, a score off
     * the scale, a level not in the rubric.
     */
    private static Parsed<JsonNode> check(JsonNode out, Rubric rubric) {
        List<String> problems = new ArrayList<>();
        JsonNode dims = out.get("dimensions");
        if (dims == null) {
            problems.add("required field 'dimensions' is missing");
        } else if (!dims.isObject()) {
            problems.add("'dimensions' must be an object with one entry per dimension");
        } else {
            Scale scale = rubric.scale();
            for (Dimension d : rubric.dimensions()) {
                String at = "dimensions." + d.name();
                JsonNode one = dims.get(d.name());
                if (one == null) {
                    problems.add("required dimension '" + d.name() + "' is missing");
                    continue;
                }
                if (!one.isObject()) {
                    problems.add("'" + at + "' must be an object with 'score' and 'reason'");
                    continue;
                }
                JsonNode score = one.get("score");
                if (score == null) {
                    problems.add("required field '" + at + ".score' is missing");
                } else if (!score.isNumber()) {
                    problems.add("'" + at + ".score' must be a number, was " + shown(score));
                } else if (score.asDouble() < scale.min() || score.asDouble() > scale.max()) {
                    problems.add("'" + at + ".score' is " + JudgePrompt.fmt(score.asDouble()) + ", outside the scale "
                            + JudgePrompt.fmt(scale.min()) + "-" + JudgePrompt.fmt(scale.max()));
                }
                JsonNode reason = one.get("reason");
                if (reason == null) {
                    problems.add("required field '" + at + ".reason' is missing");
                } else if (!reason.isTextual()) {
                    problems.add("'" + at + ".reason' must be a string");
                }
            }
        }
        for (String list : JudgePrompt.LISTS) {
            JsonNode node = out.get(list);
            if (node == null) {
                problems.add("required field '" + list + "' is missing");
            } else if (!node.isArray()) {
                problems.add("'" + list + "' must be an array of strings");
            } else {
                for (JsonNode item : node) {
                    if (!item.isTextual()) {
                        problems.add("'" + list + "' must hold only strings, found " + shown(item));
                        break;
                    }
                }
            }
        }
        requireString(out, "feedback", problems);
        if (!rubric.levels().isEmpty()) {
            JsonNode level = out.get("level_demonstrated");
            if (level == null) {
                problems.add("required field 'level_demonstrated' is missing");
            } else if (!level.isTextual() || !rubric.levels().contains(level.asText())) {
                problems.add("'level_demonstrated' is " + shown(level) + ", not one of " + String.join(", ", rubric.levels()));
            }
            requireString(out, "revised_answer", problems);
        }
        return problems.isEmpty() ? Parsed.value(out) : Parsed.problems(problems);
    }

    private static void requireString(JsonNode out, String field, List<String> problems) {
        JsonNode node = out.get(field);
        if (node == null) {
            problems.add("required field '" + field + "' is missing");
        } else if (!node.isTextual()) {
            problems.add("'" + field + "' must be a string");
        }
    }

    /** A value as the model gave it, clipped, for a problem message. */
    private static String shown(JsonNode value) {
        String s = value.toString();
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    /** Builds the evaluation from output that passed {@link #check}. */
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
