package io.interview4j.samples.cli;

import io.interview4j.InvalidInputException;
import io.interview4j.Level;
import io.interview4j.bank.QuestionBank;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.engine.TurnResult;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.cost.PriceTable;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.InterviewTemplate;
import io.interview4j.plan.Presets;
import io.interview4j.plan.RoundPlan;
import io.interview4j.rules.CoachingRules;
import io.interview4j.rules.StructuredRules;
import io.interview4j.store.SessionStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code run}: an interview in the terminal, from the first question to the report. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs an interview in the terminal (the default command).",
                "Type an answer over one or more lines; an empty line submits it. /skip skips a question, /quit finishes early."})
final class RunCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Option(names = "--preset", paramLabel = "NAME", defaultValue = "coaching", converter = Converters.PresetName.class,
            description = "campus-placement, structured, timed-screen, coaching or topic-drill (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--role", paramLabel = "ROLE", description = "The role interviewed for (default: software engineer).")
    String role;

    @Option(names = "--company", paramLabel = "NAME", description = "The company, to personalise questions.")
    String company;

    @Option(names = "--level", paramLabel = "LEVEL", converter = Converters.LevelConverter.class,
            description = "junior, mid or senior (default: mid).")
    Level level;

    @Option(names = "--type", paramLabel = "TYPE", converter = Converters.InterviewTypeConverter.class,
            description = "structured only: hr, technical, case or mixed (default: technical).")
    StructuredRules.InterviewType type;

    @Option(names = "--stage", paramLabel = "STAGE", converter = Converters.StageConverter.class,
            description = "coaching only: recruiter_screen or hiring_manager (default: hiring_manager).")
    CoachingRules.Stage stage;

    @Option(names = "--difficulty", paramLabel = "LEVEL", converter = Converters.DifficultyConverter.class,
            description = "The first question's difficulty: easy, medium or hard (default: the preset's own).")
    io.interview4j.Difficulty difficulty;

    @Option(names = "--escalate", description = "Seed 003's escalation: two scores of 8/10 or more in a row move to hard, "
            + "two under 5/10 to easy (default: the preset's own difficulty policy).")
    boolean escalate;

    @Option(names = "--group", paramLabel = "KEY",
            description = "Files the session under a key, such as a job application; see history --group.")
    String group;

    @Option(names = "--topics", paramLabel = "A,B,C", description = {"Topics to focus on. For topic-drill, the tags of what"
            + " you studied: repeat the option once per item studied; the three most frequent tags are drilled."})
    List<String> topics = new ArrayList<>();

    @Option(names = "--time-limit", paramLabel = "MINUTES", description = "timed-screen only: the time limit (default: 10).")
    Integer timeLimitMinutes;

    @Option(names = "--jd", paramLabel = "FILE", description = "The job description: text, Markdown or HTML.")
    Path jobDescription;

    @Option(names = "--resume", paramLabel = "FILE", description = "The resume: text, Markdown, HTML or PDF (at most 5 MB).")
    Path resume;

    @Option(names = "--answers", paramLabel = "FILE", description = {"Takes answers in order from FILE, separated by lines"
            + " containing only ---; when they run out the interview is finished early."})
    Path answers;

    @Option(names = "--language", paramLabel = "TAG", description = {"The interview's language, a BCP 47 tag such as de or"
            + " pt-BR (default: en). A model writes questions and feedback in it; offline runs stay in English."})
    String language;

    @Option(names = "--questions", paramLabel = "SOURCE", defaultValue = "model",
            description = {"model: with a model configured, it writes each main question from the job description,"
                    + " resume, round and difficulty, checked before it is asked, the bank standing in (the default);"
                    + " bank: every main question from the question bank."})
    String questions;

    @Mixin
    Options.Bank bank;

    @Mixin
    Options.Store store;

    @Mixin
    Options.Candidate candidate;

    @Mixin
    Options.Model model;

    @Mixin
    Options.Output output;

    RunCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        checkPresetFlags();
        PrintStream ui = output.documentOnStdout() ? ctx.err() : ctx.out();
        AnswerSource source = answers == null ? new TerminalAnswers(ctx.in(), ui) : ScriptedAnswers.fromFile(answers, ui);
        if (source instanceof ScriptedAnswers scripted && !scripted.hasAnswer()) {
            throw new ParameterException(spec.commandLine(), "--answers " + answers + " holds no answer (answers are"
                    + " separated by lines of ---; /skip and /quit are not answers), so no session was started");
        }
        PresetOptions options = presetOptions();
        Models.Selection languageModel = Models.select(model, ctx.env());
        boolean modelFeedback = model.modelFeedback(ctx.env());
        String where = store.spec(ctx);
        SessionStore sessions = ctx.stores().open(where);
        QuestionBank questionBank = ctx.stores().questions(where, bank);
        boolean write = writesQuestions();
        InterviewPlan plan = plan(options, questionBank, write ? languageModel.orNull() : null);
        if (escalate) {
            plan = plan.toBuilder().difficultyPolicy(io.interview4j.plan.DifficultyPolicy.RAISE_AT_80_LOWER_BELOW_50_TWO_IN_A_ROW).build();
        }
        InterviewEngine engine = InterviewEngine.builder().sessionStore(sessions).questionBank(questionBank)
                .languageModel(languageModel.orNull()).outputLimits(languageModel.outputLimits()).sessionBudget(model.budget()).costEstimator(PriceTable.defaults())
                .executor(WriterThreads.POOL)
                .modelFeedback(modelFeedback).build();
        Caller caller = candidate.caller(ctx);

        ui.println("interview4j · " + preset + " · " + plan.role() + (plan.company() == null ? "" : " at " + plan.company())
                + " · " + plan.mode().name().toLowerCase(Locale.ROOT) + " mode");
        ui.println(languageModel.description());
        if (languageModel.orNull() != null) {
            ui.println("Feedback: " + (modelFeedback ? "written by the model (in code when a call fails)"
                    : "written in code (--feedback offline)"));
        }
        ui.println("Store: " + (Stores.isMemory(where) ? "memory (forgotten when the command ends)" : Stores.describe(where)));
        if (source.interactive()) {
            ui.println("Answer over one or more lines; an empty line submits. /skip skips a question, /quit finishes early.");
        }
        TurnResult first = engine.start(caller, plan);
        ui.println("Session " + first.sessionId());
        return new InterviewLoop(engine, caller, source, ui).runThenReport(first, ctx, store, candidate, output);
    }

    /**
     * The preset's plan in the interview's language, generation on or off; a timed screen with a model writing the
     * questions gets its preset questions written once from the job description and focus areas (seed 002's admin
     * step), the bank standing in.
     */
    private InterviewPlan plan(PresetOptions options, QuestionBank bank, LanguageModel writer) {
        InterviewPlan plan;
        if (preset.equals("timed-screen") && writer != null) {
            plan = InterviewTemplate.generate(options.role(), options, language, writer, bank)
                    .forCandidate(options.resumeText());
            return plan.toBuilder().language(language).build();
        }
        plan = Presets.create(preset, options, bank);
        return plan.toBuilder().language(language).generateQuestions(writer != null).build();
    }

    private boolean writesQuestions() {
        return switch (questions.trim().toLowerCase(Locale.ROOT)) {
            case "model" -> true;
            case "bank" -> false;
            default -> throw new ParameterException(spec.commandLine(),
                    "--questions must be model or bank, was '" + questions + "'");
        };
    }

    private PresetOptions presetOptions() {
        PresetOptions o = PresetOptions.defaults().withRole(role).withCompany(company).withLevel(level)
                .withInterviewType(type).withStage(stage).withFocusTopics(focusTopics()).withDifficulty(difficulty)
                .withGroupKey(group);
        if (timeLimitMinutes != null) {
            o = o.withTimeLimit(PresetOptions.timeLimitMinutes(timeLimitMinutes, "--time-limit"));
        }
        if (jobDescription != null) {
            o = o.withJobDescription(Documents.read(jobDescription, "job description"));
        }
        if (resume != null) {
            o = o.withResumeText(Documents.read(resume, "resume"));
        }
        return o;
    }

    /** @return the topics; for topic-drill the three most frequent tags across the studied items */
    private List<String> focusTopics() {
        List<List<String>> items = topics.stream().map(item -> Arrays.stream(item.split(","))
                .map(t -> t.trim().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).toList()).toList();
        if (preset.equals("topic-drill")) {
            return PresetOptions.studiedTopics(items, "--topics");
        }
        return List.copyOf(new LinkedHashSet<>(items.stream().flatMap(List::stream).toList()));
    }

    /** The library checks the preset-specific flags; a bad one exits with code 2 and the usage. */
    private void checkPresetFlags() {
        try {
            if (type != null) {
                PresetOptions.requireApplies(preset, PresetOptions.Option.INTERVIEW_TYPE, "--type");
            }
            if (stage != null) {
                PresetOptions.requireApplies(preset, PresetOptions.Option.STAGE, "--stage");
            }
            if (timeLimitMinutes != null) {
                PresetOptions.requireApplies(preset, PresetOptions.Option.TIME_LIMIT, "--time-limit");
                PresetOptions.timeLimitMinutes(timeLimitMinutes, "--time-limit");
            }
            focusTopics();
            writesQuestions();
            InterviewPlan.builder().language(language).round(RoundPlan.of("check", "technical", 1)).build();
        } catch (InvalidInputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
