package io.interview4j.samples.cli;

import io.interview4j.SessionNotFoundException;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.engine.TurnResult;
import io.interview4j.llm.cost.PriceTable;
import io.interview4j.store.SessionStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code resume SESSION}: continues an interview in progress from its current question. */
@Command(name = "resume", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Continues an interview in progress from the question being asked, then writes the report.")
final class ResumeCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Parameters(index = "0", paramLabel = "SESSION", description = "The session id printed when the interview started.")
    String sessionId;

    @Option(names = "--answers", paramLabel = "FILE", description = "Takes answers in order from FILE, separated by lines"
            + " containing only ---.")
    Path answers;

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

    ResumeCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        PrintStream ui = output.documentOnStdout() ? ctx.err() : ctx.out();
        AnswerSource source = answers == null ? new TerminalAnswers(ctx.in(), ui) : ScriptedAnswers.fromFile(answers, ui);
        Models.Selection languageModel = Models.select(model, ctx.env());
        boolean modelFeedback = model.modelFeedback(ctx.env());
        SessionStore sessions = ReportCommand.openStore(ctx, store, sessionId);
        InterviewEngine engine = InterviewEngine.builder().sessionStore(sessions)
                .questionBank(ctx.stores().questions(store.spec(ctx), bank)).languageModel(languageModel.orNull())
                .outputLimits(languageModel.outputLimits())
                .sessionBudget(model.budget()).costEstimator(PriceTable.defaults()).executor(WriterThreads.POOL)
                .modelFeedback(modelFeedback).build();
        Caller caller = candidate.caller(ctx);
        TurnResult current;
        try {
            current = engine.recover(caller, sessionId);
        } catch (SessionNotFoundException e) {
            throw ReportCommand.withOwnerHint(sessions, sessionId, caller, e);
        }
        ui.println(languageModel.description());
        if (languageModel.orNull() != null) {
            ui.println("Feedback: " + (modelFeedback ? "written by the model (in code when a call fails)"
                    : "written in code (--feedback offline)"));
        }
        ui.println("Session " + sessionId + (current.completed() ? " is no longer in progress." : ": resuming."));
        return new InterviewLoop(engine, caller, source, ui).runThenReport(current, ctx, store, candidate, output);
    }
}
