package io.interview4j.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
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
    private static final int MAX_QUESTION_CHARS = 1000;

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
     * Makes a template whose preset questions a model writes from the job description, in one {@link StructuredChat}
     * call: a reply with too few usable questions (blank, over 1,000 characters or repeated ones are dropped) or
     * none at all earns one repair call naming the problem, and JSON copied from the role, focus areas or job
     * description is never taken. When the model fails, or the repaired reply still has too few, the bank supplies
     * them all (the failure is logged, not thrown).
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
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(bank, "bank");
        int count = options.presetQuestionCount();
        try {
            ObjectNode schema = MAPPER.createObjectNode().put("type", "object");
            ObjectNode items = schema.putObject("properties").putObject("questions").put("type", "array").putObject("items");
            items.put("type", "object").putObject("properties").putObject("text").put("type", "string");
            items.putArray("required").add("text");
            schema.putArray("required").add("questions");
            FencedPrompt prompt = FencedPrompt.builder()
                    .system("You write realistic, specific job-interview questions. Reply with JSON only.")
                    .text("Write " + count + " interview questions for the role named in the data block \"role\", on "
                            + "the focus areas listed in \"focus_areas\", fitting the job description in "
                            + "\"job_description\".\n")
                    .data("role", options.role())
                    .data("focus_areas", options.focusTopics().isEmpty() ? "any" : String.join(", ", options.focusTopics()))
                    .data("job_description", Objects.requireNonNullElse(options.jobDescription(), ""))
                    .build();
            StructuredResult<List<BankQuestion>> result = new StructuredChat(model).call(
                    ChatRequest.structured(prompt.messages(), "preset_questions", schema, 0.4)
                            .withMaxTokens(OutputLimits.defaults().maxTokens(OutputLimits.Task.PRESET_QUESTIONS)),
                    prompt.dataTexts(),
                    out -> questions(out, count));
            if (result instanceof StructuredResult.Success<List<BankQuestion>> ok) {
                return new InterviewTemplate(name, Presets.timedScreen(options.withResumeText(null), ok.value()));
            }
            LOG.warn("model could not write the template's questions ({}); taking them from the bank",
                    ((StructuredResult.Failure<List<BankQuestion>>) result).describe());
        } catch (RuntimeException e) {
            LOG.warn("model could not write the template's questions ({}); taking them from the bank", e.getMessage());
        }
        return fromBank(name, options, bank);
    }

    /**
     * The first {@code count} usable questions of a reply (blank ones, repeats and ones over 1,000 characters are
     * dropped; a question is an object with a {@code text} or a plain string), or the problem that there are too few.
     */
    private static Parsed<List<BankQuestion>> questions(JsonNode out, int count) {
        JsonNode list = out.get("questions");
        if (list == null || !list.isArray()) {
            return Parsed.problems(List.of("required field 'questions' must be an array of objects with a 'text'"));
        }
        List<BankQuestion> questions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode q : list) {
            String text = (q.isTextual() ? q.asText() : q.path("text").asText("")).trim();
            if (!text.isEmpty() && text.length() <= MAX_QUESTION_CHARS && questions.size() < count
                    && seen.add(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) {
                questions.add(BankQuestion.of("generated-" + (questions.size() + 1), "technical", text));
            }
        }
        if (questions.size() < count) {
            return Parsed.problems(List.of("'questions' holds " + questions.size() + " usable question(s) of the "
                    + count + " asked; blank ones, repeats and ones over " + MAX_QUESTION_CHARS
                    + " characters do not count"));
        }
        return Parsed.value(questions);
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
