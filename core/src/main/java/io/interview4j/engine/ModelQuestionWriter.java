package io.interview4j.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interview4j.Difficulty;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.FencedPrompt;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.OutputLimits;
import io.interview4j.llm.StructuredChat;
import io.interview4j.llm.StructuredChat.Parsed;
import io.interview4j.llm.StructuredResult;
import io.interview4j.plan.InterviewPlan;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model-backed {@link QuestionWriter}: one {@link StructuredChat} call with the question's JSON schema. The
 * plan's role, company, focus topics, job description and resume, the topic, and the questions already asked enter
 * the prompt as {@link FencedPrompt} data blocks, never as instructions; the job description and the resume are
 * bounded ({@value #MAX_DOCUMENT} characters each, a longer one shortened to its opening and the skills it names),
 * and at most {@value #MAX_AVOIDED} earlier questions are listed. The reply is checked by the schema and by
 * {@link QuestionChecks}; a reply with problems earns the structured call's one repair, naming them; when the
 * repaired reply still fails, or a call throws, it returns empty and the engine asks the bank. Thread-safe when the
 * model is.
 */
public final class ModelQuestionWriter implements QuestionWriter {

    /** The version of this writer's prompt, recorded with every question it writes. */
    public static final String PROMPT_VERSION = "question-writer/1";
    /** The most characters of a job description or a resume the prompt carries. */
    public static final int MAX_DOCUMENT = 3_000;
    /** The most earlier questions the prompt lists to avoid. */
    public static final int MAX_AVOIDED = 40;
    /** The default time one question may take, repair included: 30 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(ModelQuestionWriter.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final double TEMPERATURE = 0.7;
    private static final int MAX_TEXT = 2_000;

    private final StructuredChat chat;
    private final Duration timeout;
    private final int maxTokens;

    /**
     * A writer with the system clock and a 30 s timeout.
     *
     * @param model the model
     * @throws NullPointerException when the model is null
     */
    public ModelQuestionWriter(LanguageModel model) {
        this(model, Clock.systemUTC(), DEFAULT_TIMEOUT);
    }

    /**
     * @param model the model
     * @param clock measures the timeout
     * @param timeout the time one question may take, the repair call included
     * @throws NullPointerException when an argument is null
     */
    public ModelQuestionWriter(LanguageModel model, Clock clock, Duration timeout) {
        this(model, clock, timeout, OutputLimits.defaults());
    }

    /**
     * @param model the model
     * @param clock measures the timeout
     * @param timeout the time one question may take, the repair call included
     * @param limits the output caps; the writer sends {@link OutputLimits.Task#QUESTION_WRITING}'s
     * @throws NullPointerException when an argument is null
     */
    public ModelQuestionWriter(LanguageModel model, Clock clock, Duration timeout, OutputLimits limits) {
        this.chat = new StructuredChat(Objects.requireNonNull(model, "model"), Objects.requireNonNull(clock, "clock"));
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.maxTokens = Objects.requireNonNull(limits, "limits").maxTokens(OutputLimits.Task.QUESTION_WRITING);
    }

    /**
     * @param request what to write
     * @return the checked question with {@link #PROMPT_VERSION}, or empty when the model failed or its repaired reply
     *     still did not pass the checks
     * @throws NullPointerException when the request is null
     */
    @Override
    public Optional<WrittenQuestion> write(QuestionRequest request) {
        Objects.requireNonNull(request, "request");
        FencedPrompt prompt = prompt(request);
        try {
            return written(chat.call(call(request, prompt), prompt.dataTexts(), out -> parse(out, request)));
        } catch (RuntimeException e) {
            LOG.warn("question writer failed ({}); the bank stands in", e.toString());
            return Optional.empty();
        }
    }

    /**
     * Writes the question on the model's asynchronous call ({@link StructuredChat#callAsync}); no thread waits for
     * the model.
     *
     * @param request what to write, with the questions to avoid
     * @return the question, or empty when none could be written; never completes exceptionally
     */
    @Override
    public CompletableFuture<Optional<WrittenQuestion>> writeAsync(QuestionRequest request) {
        Objects.requireNonNull(request, "request");
        FencedPrompt prompt = prompt(request);
        try {
            return chat.callAsync(call(request, prompt), prompt.dataTexts(), out -> parse(out, request))
                    .handle((result, thrown) -> {
                        if (thrown != null) {
                            LOG.warn("question writer failed ({}); the bank stands in", thrown.toString());
                            return Optional.<WrittenQuestion>empty();
                        }
                        return written(result);
                    });
        } catch (RuntimeException e) {
            LOG.warn("question writer failed ({}); the bank stands in", e.toString());
            return CompletableFuture.completedFuture(Optional.empty());
        }
    }

    private ChatRequest call(QuestionRequest request, FencedPrompt prompt) {
        return ChatRequest.structured(prompt.messages(), "interview_question", schema(request), TEMPERATURE)
                .withTimeout(timeout).withMaxTokens(maxTokens);
    }

    private static Optional<WrittenQuestion> written(StructuredResult<WrittenQuestion> result) {
        if (result instanceof StructuredResult.Success<WrittenQuestion> ok) {
            return Optional.of(ok.value());
        }
        LOG.warn("question writer gave no usable question ({}); the bank stands in",
                ((StructuredResult.Failure<WrittenQuestion>) result).describe());
        return Optional.empty();
    }

    static FencedPrompt prompt(QuestionRequest r) {
        InterviewPlan p = r.plan();
        Locale locale = Locale.forLanguageTag(p.language());
        String language = p.language() + " (" + locale.getDisplayLanguage(Locale.ENGLISH) + ")";
        FencedPrompt.Builder b = FencedPrompt.builder().system("You are an experienced interviewer writing one main "
                + "question for a mock job interview. Write the question, its key points and its reference answer in "
                + "the language " + language + ". The question is specific to the role and the documents given, "
                + "answerable aloud in a few minutes, fits the round kind, competency and difficulty asked, and never "
                + "states what a good answer says: the key points are for the grader only. Never repeat or rephrase a "
                + "question listed as already asked. Reply with JSON only.");
        StringBuilder t = new StringBuilder("Write one main interview question.\n");
        t.append("Round kind: ").append(r.roundKind()).append('\n');
        if (r.competency() != null) {
            t.append("Competency to test: ").append(r.competency()).append('\n');
        }
        t.append("Difficulty: ").append(r.difficulty().label()).append('\n');
        t.append("Candidate level: ").append(p.level().label()).append('\n');
        if (p.targetLevel() != null) {
            t.append("Target level: ").append(p.targetLevel()).append('\n');
        }
        t.append("Interview preset: ").append(p.preset()).append('\n');
        b.text(t.toString());
        b.text("The role, and the company when known:\n").data("role", p.role() + (p.company() == null ? "" : " at " + p.company()));
        var round = p.rounds().get(r.round());
        b.text("The round, and the question categories it accepts:\n").data("round", round.name()
                + (round.categories().isEmpty() ? "" : " (" + String.join(", ", round.categories()) + ")"));
        if (r.topic() != null) {
            b.text("Ask about this topic, which the candidate studied:\n").data("topic", r.topic());
        } else if (!p.focusTopics().isEmpty()) {
            b.text("Topics to prefer:\n").data("focus_topics", String.join(", ", p.focusTopics()));
        }
        if (p.jobDescription() != null) {
            b.text("The job description:\n").data("job_description", DocumentDigest.of(p.jobDescription(), MAX_DOCUMENT));
        }
        if (p.resumeText() != null) {
            b.text("The candidate's resume:\n").data("resume", DocumentDigest.of(p.resumeText(), MAX_DOCUMENT));
        } else if (!r.candidateSkills().isEmpty()) {
            b.text("Skills on the candidate's resume:\n").data("resume_skills", String.join(", ", r.candidateSkills()));
        }
        List<String> avoid = new ArrayList<>(r.askedInSession());
        avoid.addAll(r.askedRecently());
        if (!avoid.isEmpty()) {
            List<String> last = avoid.subList(Math.max(0, avoid.size() - MAX_AVOIDED), avoid.size());
            StringBuilder a = new StringBuilder();
            last.forEach(q -> a.append("- ").append(ModelJudge.clip(q.replaceAll("\\s+", " ").strip(), 300)).append('\n'));
            b.text("Questions already asked (do not repeat them):\n").data("asked_questions", a.toString().strip());
        }
        if (r.rejectedText() != null) {
            b.text("An earlier attempt was rejected: " + String.join("; ", r.problems()) + ". Write a different "
                    + "question that fixes this. The rejected question:\n").data("rejected_question", r.rejectedText());
        }
        return b.build();
    }

    static JsonNode schema(QuestionRequest r) {
        ObjectNode root = MAPPER.createObjectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode props = root.putObject("properties");
        props.putObject("question").put("type", "string");
        props.putObject("round_kind").put("type", "string").putArray("enum").add(r.roundKind());
        ObjectNode competency = props.putObject("competency").put("type", "string");
        if (r.competency() != null) {
            competency.putArray("enum").add(r.competency());
        }
        props.putObject("skills").put("type", "array").putObject("items").put("type", "string");
        props.putObject("difficulty").put("type", "string").putArray("enum").add(r.difficulty().label());
        props.putObject("key_points").put("type", "array").put("minItems", 1).put("maxItems", QuestionChecks.MAX_KEY_POINTS)
                .putObject("items").put("type", "string");
        props.putObject("reference_answer").put("type", "string");
        props.putObject("suggested_time_seconds").put("type", "integer").put("minimum", 30).put("maximum", 900);
        root.putArray("required").add("question").add("round_kind").add("competency").add("skills").add("difficulty")
                .add("key_points").add("reference_answer").add("suggested_time_seconds");
        return root;
    }

    /** The question if the reply follows the schema and passes the checks, else every problem found. */
    static Parsed<WrittenQuestion> parse(JsonNode out, QuestionRequest r) {
        List<String> problems = new ArrayList<>();
        JsonNode text = out.get("question");
        if (text == null || !text.isTextual()) {
            problems.add("required field 'question' must be a string");
        }
        Difficulty difficulty = r.difficulty();
        JsonNode d = out.get("difficulty");
        if (d != null && d.isTextual()) {
            try {
                difficulty = Difficulty.parse(d.asText());
            } catch (RuntimeException e) {
                problems.add("'difficulty' must be easy, medium or hard, was " + clip(d.asText()));
            }
        }
        JsonNode seconds = out.get("suggested_time_seconds");
        int secs = seconds != null && seconds.isNumber() ? seconds.asInt() : 120;
        if (secs < 30 || secs > 900) {
            problems.add("'suggested_time_seconds' must be within 30-900, was " + secs);
        }
        if (!problems.isEmpty()) {
            return Parsed.problems(problems);
        }
        WrittenQuestion q = new WrittenQuestion(ModelJudge.clip(text.asText().strip(), MAX_TEXT),
                out.path("round_kind").asText(r.roundKind()),
                out.path("competency").isTextual() ? out.path("competency").asText() : null,
                strings(out.path("skills"), 8).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList(), difficulty,
                strings(out.path("key_points"), QuestionChecks.MAX_KEY_POINTS + 1),
                ModelJudge.clip(out.path("reference_answer").asText("").strip(), MAX_TEXT), secs, PROMPT_VERSION);
        List<String> found = QuestionChecks.problems(r, q);
        if (!found.isEmpty()) {
            LOG.info("written question rejected: {}", String.join("; ", found));
            return Parsed.problems(found);
        }
        return Parsed.value(q);
    }

    private static List<String> strings(JsonNode array, int max) {
        List<String> list = new ArrayList<>();
        if (array.isArray()) {
            for (JsonNode n : array) {
                if (n.isTextual() && !n.asText().isBlank() && list.size() < max) {
                    list.add(ModelJudge.clip(n.asText().strip(), 300));
                }
            }
        }
        return list;
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
