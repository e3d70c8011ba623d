package io.interview4j.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interview4j.Difficulty;
import io.interview4j.InvalidInputException;
import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.QuestionBank;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.FencedPrompt;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.OutputLimits;
import io.interview4j.llm.StructuredChat;
import io.interview4j.llm.StructuredChat.Parsed;
import io.interview4j.llm.StructuredResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import io.interview4j.text.internal.LanguageGuess;
import io.interview4j.text.internal.QuestionSimilarity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seed 002's admin configuration: a reusable timed-screen plan with its preset questions, from which many
 * candidates' sessions start. The preset questions are fixed when the template is made, so every candidate gets
 * the same ones; each candidate brings their own resume.
 *
 * @param name the template's name, such as the job role
 * @param plan the plan every session starts from (without a resume)
 */
public record InterviewTemplate(String name, InterviewPlan plan) {

    private static final Logger LOG = LoggerFactory.getLogger(InterviewTemplate.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The version of the prompt that writes preset questions, recorded with each question it wrote. */
    public static final String PROMPT_VERSION = "preset-questions/2";
    /** Shortest preset question the model may write, in characters. */
    public static final int MIN_QUESTION_CHARS = 15;
    /** Longest preset question the model may write, in characters. */
    public static final int MAX_QUESTION_CHARS = 600;

    /** @throws NullPointerException when an argument is null */
    public InterviewTemplate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plan, "plan");
    }

    /**
     * Makes a template offline: the preset questions come from the bank for the role and focus areas.
     *
     * @param name the template's name
     * @param options role, job description, focus areas (as {@code focusTopics}), time limit and question count
     * @param bank where the preset questions come from
     * @return the template
     * @throws InvalidInputException when the bank cannot supply enough questions
     */
    public static InterviewTemplate fromBank(String name, PresetOptions options, QuestionBank bank) {
        return new InterviewTemplate(name, Presets.timedScreen(options.withResumeText(null), bank));
    }

    /**
     * Makes a template whose preset questions a model writes from the job description and the focus areas, in
     * English; same as {@link #generate(String, PresetOptions, String, LanguageModel, QuestionBank)} with {@code en}.
     *
     * @param name the template's name
     * @param options role, job description, focus areas, time limit and question count
     * @param model the model that writes the questions
     * @param bank the fallback source of questions
     * @return the template
     * @throws NullPointerException when an argument is null (before the model is called)
     * @throws InvalidInputException when the model fails and the bank cannot supply enough questions
     */
    public static InterviewTemplate generate(String name, PresetOptions options, LanguageModel model, QuestionBank bank) {
        return generate(name, options, InterviewPlan.DEFAULT_LANGUAGE, model, bank);
    }

    /**
     * Makes a template whose preset questions a model writes from the job description and the focus areas (seed
     * 002's admin step), each with its competency, skill tags, key points, a short reference answer and a suggested
     * answer time, in one {@link StructuredChat} call whose schema is {@value #PROMPT_VERSION}'s. The role, focus
     * areas and job description enter as fenced data. A question is usable when it is {@value #MIN_QUESTION_CHARS}
     * to {@value #MAX_QUESTION_CHARS} characters long, ends with a question mark or a full stop, is in the language
     * asked, is not a near-duplicate of another one, and does not give away its own key points (the engine's
     * {@code QuestionChecks} rules); a reply with too few usable questions earns one repair call naming the problem,
     * and JSON copied from the data is never taken. When the model fails, or the repaired reply still has too few,
     * the bank supplies them all (the failure is logged, not thrown). The questions are asked with source
     * {@code MODEL} and this prompt's version; the host may replace any of them ({@link #withQuestion}).
     *
     * @param name the template's name
     * @param options role, job description, focus areas, time limit and question count
     * @param language the interview's language, a BCP 47 tag such as {@code de}; {@code null} means English
     * @param model the model that writes the questions
     * @param bank the fallback source of questions
     * @return the template, its plan in that language
     * @throws NullPointerException when the name, the options, the model or the bank is null (before the model is
     *     called)
     * @throws InvalidInputException when the language is not a BCP 47 tag, or the model fails and the bank cannot
     *     supply enough questions
     */
    public static InterviewTemplate generate(String name, PresetOptions options, String language, LanguageModel model,
                                             QuestionBank bank) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(bank, "bank");
        String lang = InterviewPlan.builder().language(language).round(RoundPlan.of("r", "technical", 1)).build().language();
        int count = options.presetQuestionCount();
        try {
            ObjectNode schema = MAPPER.createObjectNode().put("type", "object");
            ObjectNode list = schema.putObject("properties").putObject("questions").put("type", "array")
                    .put("minItems", count);
            ObjectNode item = list.putObject("items").put("type", "object");
            ObjectNode props = item.putObject("properties");
            props.putObject("text").put("type", "string");
            props.putObject("competency").put("type", "string");
            props.putObject("skills").put("type", "array").putObject("items").put("type", "string");
            props.putObject("difficulty").put("type", "string").putArray("enum").add("easy").add("medium").add("hard");
            props.putObject("key_points").put("type", "array").putObject("items").put("type", "string");
            props.putObject("reference_answer").put("type", "string");
            props.putObject("suggested_time_seconds").put("type", "integer").put("minimum", 30).put("maximum", 900);
            item.putArray("required").add("text").add("key_points");
            schema.putArray("required").add("questions");
            Locale locale = Locale.forLanguageTag(lang);
            FencedPrompt prompt = FencedPrompt.builder()
                    .system("You are an experienced interviewer preparing a timed screening interview. You write "
                            + "realistic, specific job-interview questions in the language " + lang + " ("
                            + locale.getDisplayLanguage(Locale.ENGLISH) + "), each with the key points a strong "
                            + "answer covers (for the grader only: never stated in the question) and a short reference "
                            + "answer. Reply with JSON only.")
                    .text("Write " + count + " interview questions, all different, for the role named in the data block "
                            + "\"role\", on the focus areas listed in \"focus_areas\", fitting the job description in "
                            + "\"job_description\". Suggest an answer time in seconds for each.\n")
                    .data("role", options.role())
                    .data("focus_areas", options.focusTopics().isEmpty() ? "any" : String.join(", ", options.focusTopics()))
                    .data("job_description", Objects.requireNonNullElse(options.jobDescription(), ""))
                    .build();
            StructuredResult<List<BankQuestion>> result = new StructuredChat(model).call(
                    ChatRequest.structured(prompt.messages(), "preset_questions", schema, 0.4)
                            .withMaxTokens(OutputLimits.defaults().maxTokens(OutputLimits.Task.PRESET_QUESTIONS)),
                    prompt.dataTexts(),
                    out -> questions(out, count, lang));
            if (result instanceof StructuredResult.Success<List<BankQuestion>> ok) {
                InterviewPlan plan = Presets.timedScreen(options.withResumeText(null), ok.value());
                return new InterviewTemplate(name, plan.toBuilder().language(lang).build());
            }
            LOG.warn("model could not write the template's questions ({}); taking them from the bank",
                    ((StructuredResult.Failure<List<BankQuestion>>) result).describe());
        } catch (RuntimeException e) {
            LOG.warn("model could not write the template's questions ({}); taking them from the bank", e.getMessage());
        }
        return fromBank(name, options, bank);
    }

    /**
     * @param question a preset question of a template
     * @return the version of the prompt that wrote it when {@link #generate} did (it is then asked with source
     *     {@code MODEL}), else {@code null} (a question the host fixed, asked with source {@code HOST})
     * @throws NullPointerException when the question is null
     */
    public static String promptVersionOf(BankQuestion question) {
        String id = question.id();
        int hash = id.indexOf('#');
        return id.startsWith(PROMPT_VERSION) && hash == PROMPT_VERSION.length() ? PROMPT_VERSION : null;
    }

    /**
     * The host's edit of one preset question (seed 002's admin may change what the model wrote).
     *
     * @param index the question's position, from 0
     * @param question the question to ask there instead; asked with source {@code HOST}
     * @return a template with that question replaced
     * @throws NullPointerException when the question is null
     * @throws InvalidInputException when the index is not a preset question's
     */
    public InterviewTemplate withQuestion(int index, BankQuestion question) {
        Objects.requireNonNull(question, "question");
        RoundPlan round = plan.rounds().get(0);
        List<BankQuestion> presets = new ArrayList<>(round.presetQuestions());
        if (index < 0 || index >= presets.size()) {
            throw new InvalidInputException("preset question " + index + " does not exist; the template has "
                    + presets.size() + " (0 to " + (presets.size() - 1) + ")");
        }
        BankQuestion q = promptVersionOf(question) == null ? question : new BankQuestion("host#" + (index + 1),
                question.kind(), question.category(), question.competency(), question.skills(), question.levels(),
                question.difficulty(), question.roles(), question.companies(), question.text(), question.keyPoints(),
                question.referenceAnswer(), question.followUps(), question.suggestedSeconds());
        presets.set(index, q);
        List<RoundPlan> rounds = new ArrayList<>(plan.rounds());
        rounds.set(0, round.withPresetQuestions(presets));
        return new InterviewTemplate(name, plan.toBuilder().rounds(rounds).build());
    }

    /**
     * The first {@code count} usable questions of a reply (a question is an object with a {@code text} or a plain
     * string; see {@link #generate} for what is usable), or the problem that there are too few.
     */
    private static Parsed<List<BankQuestion>> questions(JsonNode out, int count, String language) {
        JsonNode list = out.get("questions");
        if (list == null || !list.isArray()) {
            return Parsed.problems(List.of("required field 'questions' must be an array of objects with a 'text'"));
        }
        List<BankQuestion> questions = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (JsonNode q : list) {
            String text = (q.isTextual() ? q.asText() : q.path("text").asText("")).strip();
            List<String> points = strings(q.path("key_points"));
            String problem = problem(text, points, texts, language);
            if (problem != null) {
                if (refused.size() < 3) {
                    refused.add(problem);
                }
                continue;
            }
            if (questions.size() < count) {
                texts.add(text);
                Difficulty d = Difficulty.MEDIUM;
                try {
                    d = q.path("difficulty").isTextual() ? Difficulty.parse(q.path("difficulty").asText()) : d;
                } catch (InvalidInputException e) {
                    LOG.debug("template question difficulty {} ignored", q.path("difficulty"));
                }
                int seconds = q.path("suggested_time_seconds").asInt(120);
                questions.add(new BankQuestion(PROMPT_VERSION + "#" + (questions.size() + 1), "technical", "technical",
                        q.path("competency").asText(null), strings(q.path("skills")).stream()
                        .map(x -> x.toLowerCase(Locale.ROOT)).toList(), List.of(), d, List.of(), List.of(), text, points,
                        q.path("reference_answer").asText(null), List.of(), seconds < 30 || seconds > 900 ? 120 : seconds));
            }
        }
        if (questions.size() < count) {
            return Parsed.problems(List.of("'questions' holds " + questions.size() + " usable question(s) of the "
                    + count + " asked" + (refused.isEmpty() ? "" : " (" + String.join("; ", refused) + ")")
                    + "; blank ones, repeats, ones shorter than " + MIN_QUESTION_CHARS + " or longer than "
                    + MAX_QUESTION_CHARS + " characters, ones not ending with a question mark or a full stop, ones in "
                    + "another language and ones stating their own key points do not count"));
        }
        return Parsed.value(questions);
    }

    /** Why a written preset question cannot be used, or {@code null}. */
    private static String problem(String text, List<String> points, List<String> earlier, String language) {
        if (text.length() < MIN_QUESTION_CHARS || text.length() > MAX_QUESTION_CHARS) {
            return "a question of " + text.length() + " characters";
        }
        char last = text.charAt(text.length() - 1);
        if ("?.:\uFF1F\u061F\u3002".indexOf(last) < 0) {
            return "a question not ending with a question mark or a full stop";
        }
        String other = LanguageGuess.mismatch(text, language);
        if (other != null) {
            return "a question not in " + language + ": " + other;
        }
        if (QuestionSimilarity.nearDuplicate(text, earlier) != null) {
            return "a repeated question";
        }
        for (String p : points) {
            if (QuestionSimilarity.leaks(text, p)) {
                return "a question stating its own key point";
            }
        }
        return null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(n -> {
                if (n.isTextual() && !n.asText().isBlank() && out.size() < 8) {
                    out.add(n.asText().strip());
                }
            });
        }
        return out;
    }

    /**
     * @param resumeText the candidate's resume as plain text; {@code null} or blank when there is none
     * @return the plan for this candidate's session: the template's plan with the resume (and one resume question
     *     when there is a resume)
     * @throws InvalidInputException when the resume is longer than {@link InterviewPlan#MAX_DOCUMENT_CHARS}
     */
    public InterviewPlan forCandidate(String resumeText) {
        boolean none = resumeText == null || resumeText.isBlank();
        return plan.toBuilder().resumeText(none ? null : resumeText).resumeQuestions(none ? 0 : 1).build();
    }
}
