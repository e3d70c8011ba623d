package io.interview4j.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interview4j.feedback.Debrief;
import io.interview4j.feedback.OfflineCoach;
import io.interview4j.feedback.QuestionFeedback;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.FencedPrompt;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.StructuredChat;
import io.interview4j.llm.StructuredChat.Parsed;
import io.interview4j.llm.StructuredResult;
import io.interview4j.llm.StructuredResult.Failure;
import io.interview4j.llm.StructuredResult.Success;
import io.interview4j.scoring.Provenance;
import io.interview4j.scoring.Rubric;
import io.interview4j.session.Question;
import io.interview4j.session.Session;
import io.interview4j.session.Turn;
import io.interview4j.text.internal.Texts;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model coach: one structured call for the feedback on a main question with its follow-ups, and one for the
 * session's debrief over a bounded digest of the session (never the raw transcript). Both are checked like the
 * judge: the reply must follow the schema (lists of the right length, labels of responses that exist, levels of the
 * rubric), or earns one repair call; then every quote must be verbatim in the answer it names and every number or
 * name in the model's text must occur in what the candidate said or the prompt gave, else that item is dropped (a
 * revised answer naming facts the candidate never said is discarded, as by the judge). Scores, readiness, the
 * recommendation, coaching priorities and answer quality are computed in code, never taken from the model. A call
 * that fails, or a reply that cannot be used after one repair, leaves the {@link OfflineCoach}'s words with provenance
 * {@link Provenance#FALLBACK}. Candidate text enters the prompt only in fenced data blocks.
 */
final class ModelCoach {

    private static final Logger LOG = LoggerFactory.getLogger(ModelCoach.class);
    /** The version of the question feedback prompt, recorded with each feedback it writes. */
    static final String FEEDBACK_PROMPT_VERSION = "question-feedback-v1";
    /** The version of the debrief prompt, recorded with each debrief it writes. */
    static final String DEBRIEF_PROMPT_VERSION = "debrief-v1";
    /** Longest answer text sent for one response in the question feedback prompt. */
    static final int MAX_ANSWER_CHARS = 3_000;
    /** Longest excerpt of one response in the debrief digest. */
    static final int MAX_EXCERPT_CHARS = 400;
    /** Most responses the debrief digest lists. */
    static final int MAX_DIGEST_RESPONSES = 40;
    private static final int MAX_ITEM = 400;
    private static final int MAX_TEXT = 2_000;
    private static final int MAX_REVISED = 4_000;
    private static final double TEMPERATURE = 0.3;
    private static final Pattern GENERIC = Pattern.compile("(?i)(needs? more detail|be more specific|add more detail|"
            + "more depth needed|could be improved|lacks detail)");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final StructuredChat chat;
    private final Duration deadline;

    ModelCoach(LanguageModel model, Clock clock, Duration deadline) {
        this.chat = new StructuredChat(model, clock);
        this.deadline = deadline;
    }

    /**
     * @param s the session, with the question's last response in
     * @param questionId a closed main question
     * @return the model's feedback, checked, or the offline feedback with provenance FALLBACK
     */
    QuestionFeedback questionFeedback(Session s, String questionId) {
        QuestionFeedback offline = OfflineCoach.questionFeedback(s, questionId);
        Rubric rubric = s.plan().rubric();
        List<Turn> group = s.turns().stream().filter(t -> s.rootId(t.question()).equals(questionId)).toList();
        Question q = group.get(0).question();
        FencedPrompt.Builder b = FencedPrompt.builder().system(feedbackSystem(rubric));
        StringBuilder t = new StringBuilder();
        if (q.competency() != null) {
            t.append("Competency tested: ").append(q.competency()).append('\n');
        }
        if (s.plan().targetLevel() != null) {
            t.append("Target level: ").append(s.plan().targetLevel()).append('\n');
        }
        b.text(t.append("The main question:\n").toString()).data("question", q.text());
        for (Turn turn : group) {
            String label = turn.question().label();
            String name = "response_" + (turn.question().followUpNumber() + 1);
            StringBuilder meta = new StringBuilder("\n").append(label);
            if (turn.evaluation() != null && !turn.skipped()) {
                meta.append(" (scored ").append(JudgePrompt.fmt(Math.round(turn.evaluation().nativeScore() * 10) / 10.0))
                        .append(" on ").append(JudgePrompt.fmt(rubric.scale().min())).append('-')
                        .append(JudgePrompt.fmt(rubric.scale().max()));
                if (turn.evaluation().levelDemonstrated() != null) {
                    meta.append(", level ").append(turn.evaluation().levelDemonstrated());
                }
                meta.append(')');
            }
            if (turn.question().followUpNumber() > 0) {
                b.text(meta + ", the follow-up asked:\n").data(name + "_question", turn.question().text());
                meta.setLength(0);
                meta.append(label);
            }
            b.text(meta + (turn.skipped() ? ": skipped\n" : ", the candidate's answer:\n"));
            if (!turn.skipped() && turn.answer() != null) {
                b.data(name, clip(turn.answer(), MAX_ANSWER_CHARS));
            }
        }
        if (!offline.whatDidNotLand().isEmpty()) {
            b.text("Gaps the grader found, for reference:\n").data("gaps", String.join("\n", offline.whatDidNotLand()));
        }
        FencedPrompt prompt = b.build();
        ChatRequest request = ChatRequest.structured(prompt.messages(), "question_feedback", feedbackSchema(rubric),
                TEMPERATURE).withTimeout(deadline);
        StructuredResult<JsonNode> result = call(request, prompt.dataTexts(), json -> checkFeedback(json, rubric));
        if (!(result instanceof Success<JsonNode> ok)) {
            LOG.warn("question feedback for {} fell back to the offline coach: {}", q.label(), ((Failure<JsonNode>) result).describe());
            return offline.withSource(Provenance.FALLBACK, FEEDBACK_PROMPT_VERSION, modelId(result), result.usage(), result.calls());
        }
        List<String> answers = s.turns().stream().map(Turn::answer).filter(Objects::nonNull).toList();
        List<String> said = new ArrayList<>(answers);
        said.addAll(prompt.dataTexts());
        JsonNode out = ok.value();
        List<String> landed = supported(strings(out.path("what_landed")), said);
        List<String> gaps = supported(strings(out.path("what_did_not_land")), said);
        String coaching = clip(out.path("coaching").asText("").strip(), MAX_TEXT);
        if (!RevisedAnswerCheck.unsupportedFacts(coaching, said).isEmpty()) {
            coaching = offline.coaching();
        }
        String revised = null;
        String level = null;
        if (!rubric.levels().isEmpty()) {
            revised = clip(out.path("revised_answer").asText("").strip(), MAX_REVISED);
            List<String> invented = RevisedAnswerCheck.unsupportedFacts(revised, answers);
            if (!invented.isEmpty()) {
                LOG.info("discarded the revised answer of {}: it names {} facts the candidate never said", q.label(), invented.size());
                revised = offline.revisedAnswer();
            }
            level = out.path("level_demonstrated").asText(null);
        }
        return new QuestionFeedback(q.id(), q.label(), q.competency(), landed.isEmpty() ? offline.whatLanded() : landed,
                gaps.isEmpty() ? offline.whatDidNotLand() : gaps, coaching, revised, level, offline.score(),
                offline.nativeScore(), Provenance.MODEL, FEEDBACK_PROMPT_VERSION, modelId(result), result.usage(),
                result.calls());
    }

    private static String feedbackSystem(Rubric rubric) {
        StringBuilder b = new StringBuilder("You are an interview coach. Give feedback on one interview question as a "
                + "whole: the candidate's answer and their answers to the follow-ups together. In what_landed give 2-3 "
                + "specific things that worked, each naming what the candidate actually said. In what_did_not_land give "
                + "2-3 specific gaps, such as \"did not say how the outage was detected\", never a generic one such as "
                + "\"needs more detail\". In coaching give tactical advice tied to the competency tested: what to say "
                + "differently next time, not \"be more strategic\". Never invent experience: use only facts the "
                + "candidate stated.");
        if (!rubric.levels().isEmpty()) {
            b.append(" Name the level demonstrated, one of ").append(String.join(", ", rubric.levels()))
                    .append(". In revised_answer rewrite the answer at the target level in STAR form using only facts the ")
                    .append("candidate stated: add no name, number, percentage or amount they did not say; where a ")
                    .append("figure is missing, say in brackets what kind of figure belongs there.");
        }
        return b.append(" Reply with JSON only.").toString();
    }

    private static JsonNode feedbackSchema(Rubric rubric) {
        ObjectNode root = MAPPER.createObjectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode props = root.putObject("properties");
        stringArray(props, "what_landed");
        stringArray(props, "what_did_not_land");
        props.putObject("coaching").put("type", "string");
        ArrayNode required = root.putArray("required").add("what_landed").add("what_did_not_land").add("coaching");
        if (!rubric.levels().isEmpty()) {
            ArrayNode levels = props.putObject("level_demonstrated").put("type", "string").putArray("enum");
            rubric.levels().forEach(levels::add);
            props.putObject("revised_answer").put("type", "string");
            required.add("level_demonstrated").add("revised_answer");
        }
        return root;
    }

    static Parsed<JsonNode> checkFeedback(JsonNode out, Rubric rubric) {
        List<String> problems = new ArrayList<>();
        checkList(out, "what_landed", 0, 5, problems);
        checkList(out, "what_did_not_land", 1, 5, problems);
        JsonNode gaps = out.path("what_did_not_land");
        if (gaps.isArray()) {
            for (JsonNode g : gaps) {
                if (g.isTextual() && GENERIC.matcher(g.asText()).find()) {
                    problems.add("'what_did_not_land' holds a generic gap (\"" + clip(g.asText(), 60)
                            + "\"); name the specific thing the candidate did not say");
                }
            }
        }
        requireText(out, "coaching", problems);
        if (!rubric.levels().isEmpty()) {
            JsonNode level = out.get("level_demonstrated");
            if (level == null || !level.isTextual() || !rubric.levels().contains(level.asText())) {
                problems.add("'level_demonstrated' must be one of " + String.join(", ", rubric.levels()));
            }
            requireText(out, "revised_answer", problems);
        }
        return problems.isEmpty() ? Parsed.value(out) : Parsed.problems(problems);
    }

    /**
     * @param s a completed session
     * @param feedback the feedback of its main questions (recorded or offline)
     * @return the model's debrief, checked, or the offline debrief with provenance FALLBACK
     */
    Debrief debrief(Session s) {
        Debrief offline = OfflineCoach.debrief(s);
        if (offline.strongestMoment() == null) {
            return offline;
        }
        Map<String, String> answers = new LinkedHashMap<>();
        s.turns().stream().filter(t -> t.answer() != null && !t.skipped()).forEach(t -> answers.put(t.question().label(), t.answer()));
        String digest = digest(s, offline);
        boolean assessment = offline.recommendation() != null;
        FencedPrompt prompt = FencedPrompt.builder().system(debriefSystem(assessment))
                .text("A digest of the interview: the plan, the scores computed by the grader, and per response its "
                        + "label, score and an excerpt of the answer. Quote only from the excerpts, word for word.\n")
                .data("digest", digest).build();
        ChatRequest request = ChatRequest.structured(prompt.messages(), "session_debrief", debriefSchema(assessment),
                TEMPERATURE).withTimeout(deadline);
        StructuredResult<JsonNode> result = call(request, prompt.dataTexts(), json -> checkDebrief(json, answers.keySet(), assessment));
        if (!(result instanceof Success<JsonNode> ok)) {
            LOG.warn("the debrief fell back to the offline coach: {}", ((Failure<JsonNode>) result).describe());
            return offline.withSource(Provenance.FALLBACK, DEBRIEF_PROMPT_VERSION, modelId(result), result.usage(), result.calls());
        }
        List<String> said = new ArrayList<>(answers.values());
        said.add(digest);
        JsonNode out = ok.value();
        String assessmentText = clip(out.path("assessment").asText("").strip(), MAX_TEXT);
        if (!RevisedAnswerCheck.unsupportedFacts(assessmentText, said).isEmpty()) {
            assessmentText = offline.assessment();
        }
        List<Debrief.Item> strengths = items(out.path("strengths"), answers, said);
        List<Debrief.Item> areas = items(out.path("areas_to_improve"), answers, said);
        List<String> next = supported(strings(out.path("next_steps")), said);
        String reason = offline.recommendationReason();
        if (assessment) {
            String r = clip(out.path("recommendation_reason").asText("").strip(), MAX_ITEM);
            if (!r.isEmpty() && RevisedAnswerCheck.unsupportedFacts(r, said).isEmpty()) {
                reason = r;
            }
        }
        return new Debrief(assessmentText, strengths.isEmpty() ? offline.strengths() : strengths,
                areas.isEmpty() ? offline.areasToImprove() : areas,
                moment(out.path("strongest_moment"), answers, said, offline.strongestMoment()),
                moment(out.path("weakest_moment"), answers, said, offline.weakestMoment()),
                offline.coachingPriorities(), next.isEmpty() ? offline.nextSteps() : next, offline.readiness(),
                offline.recommendation(), reason, offline.answerQuality(), Provenance.MODEL, DEBRIEF_PROMPT_VERSION,
                modelId(result), result.usage(), result.calls());
    }

    /** The bounded digest: plan, code-computed scores, per question its feedback, per response an excerpt. */
    static String digest(Session s, Debrief offline) {
        Rubric rubric = s.plan().rubric();
        String scale = JudgePrompt.fmt(rubric.scale().min()) + "-" + JudgePrompt.fmt(rubric.scale().max());
        StringBuilder b = new StringBuilder();
        b.append("Interview: ").append(s.plan().preset()).append(", role ").append(s.plan().role());
        if (s.plan().targetLevel() != null) {
            b.append(", target level ").append(s.plan().targetLevel());
        }
        b.append(", mode ").append(s.plan().mode().name().toLowerCase(Locale.ROOT)).append('\n');
        s.overallScore().ifPresent(o -> b.append("Overall score: ").append(JudgePrompt.fmt(Math.round(rubric.scale().fromPercent(o) * 10) / 10.0))
                .append(" on ").append(scale).append("; readiness ").append(offline.readiness()).append('\n'));
        Map<String, QuestionFeedback> feedback = OfflineCoach.feedback(s);
        int listed = 0;
        for (Turn t : s.turns()) {
            Question q = t.question();
            QuestionFeedback f = feedback.get(q.id());
            if (f != null) {
                b.append("\n").append(q.label()).append(q.competency() == null ? "" : " [" + q.competency() + "]")
                        .append(f.nativeScore() == null ? "" : " question score " + JudgePrompt.fmt(f.nativeScore()))
                        .append(f.levelDemonstrated() == null ? "" : ", level " + f.levelDemonstrated()).append('\n');
                f.whatLanded().stream().limit(3).forEach(x -> b.append("  landed: ").append(clip(x, 200)).append('\n'));
                f.whatDidNotLand().stream().limit(3).forEach(x -> b.append("  gap: ").append(clip(x, 200)).append('\n'));
            }
            if (listed++ >= MAX_DIGEST_RESPONSES) {
                continue;
            }
            b.append("- ").append(q.label()).append(": ").append(clip(q.text(), 200)).append('\n');
            if (t.skipped() || t.answer() == null) {
                b.append("  (not answered)\n");
            } else {
                if (t.evaluation() != null) {
                    b.append("  score ").append(JudgePrompt.fmt(Math.round(t.evaluation().nativeScore() * 10) / 10.0))
                            .append(" on ").append(scale).append('\n');
                }
                b.append("  excerpt: ").append(excerpt(t.answer())).append('\n');
            }
        }
        return b.toString();
    }

    /** The answer's first sentences, whole, up to {@value #MAX_EXCERPT_CHARS} characters. */
    private static String excerpt(String answer) {
        StringBuilder b = new StringBuilder();
        for (String sentence : Texts.sentences(answer)) {
            if (b.length() + sentence.length() + 1 > MAX_EXCERPT_CHARS) {
                break;
            }
            b.append(b.length() == 0 ? "" : " ").append(sentence);
        }
        return b.length() == 0 ? clip(answer.strip(), MAX_EXCERPT_CHARS) : b.toString();
    }

    private static String debriefSystem(boolean assessment) {
        return "You are an interview coach writing the debrief of a mock interview for the candidate"
                + (assessment ? " and a hiring reviewer" : "") + ". Write the assessment in 2-3 sentences. Give 2-3 key "
                + "strengths and 2-3 areas to improve; back each with a quote copied word for word from one response's "
                + "excerpt and that response's label (such as \"Q2 Follow-up 1\"). Name the strongest and the weakest "
                + "moment by label, with why. Give 2-4 concrete next steps: what to practise and which weak points will "
                + "come back. Be specific (not \"good communication\" but what they did); never invent experience, "
                + "numbers or names the digest does not hold."
                + (assessment ? " In recommendation_reason give the reason for the grader's recommendation in one sentence." : "")
                + " Reply with JSON only.";
    }

    private static JsonNode debriefSchema(boolean assessment) {
        ObjectNode root = MAPPER.createObjectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode props = root.putObject("properties");
        props.putObject("assessment").put("type", "string");
        for (String list : List.of("strengths", "areas_to_improve")) {
            ObjectNode item = props.putObject(list).put("type", "array").putObject("items").put("type", "object")
                    .put("additionalProperties", false);
            ObjectNode p = item.putObject("properties");
            p.putObject("text").put("type", "string");
            p.putObject("quote").put("type", "string");
            p.putObject("label").put("type", "string");
            item.putArray("required").add("text").add("quote").add("label");
        }
        for (String moment : List.of("strongest_moment", "weakest_moment")) {
            ObjectNode m = props.putObject(moment).put("type", "object").put("additionalProperties", false);
            ObjectNode p = m.putObject("properties");
            p.putObject("label").put("type", "string");
            p.putObject("why").put("type", "string");
            p.putObject("quote").put("type", "string");
            m.putArray("required").add("label").add("why").add("quote");
        }
        stringArray(props, "next_steps");
        ArrayNode required = root.putArray("required").add("assessment").add("strengths").add("areas_to_improve")
                .add("strongest_moment").add("weakest_moment").add("next_steps");
        if (assessment) {
            props.putObject("recommendation_reason").put("type", "string");
            required.add("recommendation_reason");
        }
        return root;
    }

    static Parsed<JsonNode> checkDebrief(JsonNode out, Set<String> labels, boolean assessment) {
        List<String> problems = new ArrayList<>();
        requireText(out, "assessment", problems);
        for (String list : List.of("strengths", "areas_to_improve")) {
            JsonNode node = out.get(list);
            if (node == null || !node.isArray()) {
                problems.add("required field '" + list + "' must be an array of {text, quote, label}");
                continue;
            }
            if (node.size() < 1 || node.size() > 5) {
                problems.add("'" + list + "' must hold 1 to 5 items, held " + node.size());
            }
            for (JsonNode item : node) {
                if (!item.isObject() || !item.path("text").isTextual() || !item.path("quote").isTextual()
                        || !item.path("label").isTextual()) {
                    problems.add("each item of '" + list + "' needs string fields text, quote and label");
                    break;
                }
                if (!labels.contains(item.path("label").asText())) {
                    problems.add("'" + list + "' names label '" + clip(item.path("label").asText(), 40)
                            + "', which is not an answered response; use one of " + String.join(", ", labels));
                    break;
                }
            }
        }
        for (String moment : List.of("strongest_moment", "weakest_moment")) {
            JsonNode m = out.get(moment);
            if (m == null || !m.isObject() || !m.path("label").isTextual() || !m.path("why").isTextual()) {
                problems.add("required field '" + moment + "' must be an object with label, why and quote");
            } else if (!labels.contains(m.path("label").asText())) {
                problems.add("'" + moment + ".label' is '" + clip(m.path("label").asText(), 40)
                        + "', not an answered response; use one of " + String.join(", ", labels));
            }
        }
        checkList(out, "next_steps", 1, 6, problems);
        if (assessment) {
            requireText(out, "recommendation_reason", problems);
        }
        return problems.isEmpty() ? Parsed.value(out) : Parsed.problems(problems);
    }

    /** The items whose quote is verbatim in the labelled answer and whose text names no fact beyond what was said. */
    private static List<Debrief.Item> items(JsonNode array, Map<String, String> answers, List<String> said) {
        List<Debrief.Item> out = new ArrayList<>();
        int dropped = 0;
        for (JsonNode n : array) {
            String text = clip(n.path("text").asText("").strip(), MAX_ITEM);
            String quote = n.path("quote").asText("").strip();
            String label = n.path("label").asText("");
            String answer = answers.get(label);
            String exact = answer == null ? null : verbatim(answer, quote);
            if (text.isEmpty() || exact == null || !RevisedAnswerCheck.unsupportedFacts(text, said).isEmpty()) {
                dropped++;
                continue;
            }
            if (out.size() < 3) {
                out.add(new Debrief.Item(text, exact, label));
            }
        }
        if (dropped > 0) {
            LOG.info("dropped {} debrief items whose quote was not verbatim in the answer or that named facts never said", dropped);
        }
        return out;
    }

    private static Debrief.Moment moment(JsonNode m, Map<String, String> answers, List<String> said, Debrief.Moment fallback) {
        String label = m.path("label").asText("");
        String why = clip(m.path("why").asText("").strip(), MAX_ITEM);
        if (!answers.containsKey(label) || why.isEmpty() || !RevisedAnswerCheck.unsupportedFacts(why, said).isEmpty()) {
            return fallback;
        }
        return new Debrief.Moment(label, why, verbatim(answers.get(label), m.path("quote").asText("")));
    }

    /**
     * The quote as it stands in the answer, when the answer holds it with letter case aside; else {@code null}. The
     * result is always a verbatim substring of the answer, at most {@value #MAX_ITEM} characters long.
     */
    static String verbatim(String answer, String quote) {
        String q = quote.strip();
        if (q.isEmpty() || q.length() > MAX_ITEM) {
            return null;
        }
        int at = answer.indexOf(q);
        if (at >= 0) {
            return q;
        }
        String lower = answer.toLowerCase(Locale.ROOT);
        at = lower.length() == answer.length() ? lower.indexOf(q.toLowerCase(Locale.ROOT)) : -1;
        return at >= 0 && q.toLowerCase(Locale.ROOT).length() == q.length() ? answer.substring(at, at + q.length()) : null;
    }

    private static List<String> supported(List<String> items, List<String> said) {
        return items.stream().filter(i -> RevisedAnswerCheck.unsupportedFacts(i, said).isEmpty()).limit(3).toList();
    }

    private StructuredResult<JsonNode> call(ChatRequest request, List<String> data,
                                            java.util.function.Function<JsonNode, Parsed<JsonNode>> check) {
        try {
            return chat.call(request, data, check);
        } catch (RuntimeException e) {
            return new Failure<>(Failure.Reason.MODEL_ERROR, List.of(), e, List.of(), 1);
        }
    }

    private static String modelId(StructuredResult<JsonNode> r) {
        return r.lastResponse().map(ChatResponse::modelId).orElse(null);
    }

    private static void stringArray(ObjectNode props, String name) {
        props.putObject(name).put("type", "array").putObject("items").put("type", "string");
    }

    private static void checkList(JsonNode out, String field, int min, int max, List<String> problems) {
        JsonNode node = out.get(field);
        if (node == null || !node.isArray()) {
            problems.add("required field '" + field + "' must be an array of strings");
            return;
        }
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                problems.add("'" + field + "' must hold only strings");
                return;
            }
        }
        if (node.size() < min || node.size() > max) {
            problems.add("'" + field + "' must hold " + min + " to " + max + " items, held " + node.size());
        }
    }

    private static void requireText(JsonNode out, String field, List<String> problems) {
        JsonNode node = out.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            problems.add("required field '" + field + "' must be a non-empty string");
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) {
            for (JsonNode n : array) {
                if (n.isTextual() && !n.asText().isBlank() && !GENERIC.matcher(n.asText()).find()) {
                    out.add(clip(n.asText().strip(), MAX_ITEM));
                }
            }
        }
        return out;
    }

    private static String clip(String text, int max) {
        return ModelJudge.clip(text, max);
    }
}
