package io.interview4j.samples.cli;

import io.interview4j.ConcurrentSessionModificationException;
import io.interview4j.IdempotencyConflictException;
import io.interview4j.InterviewException;
import io.interview4j.InvalidInputException;
import io.interview4j.SessionStateException;
import io.interview4j.engine.AnswerSubmission;
import io.interview4j.engine.Caller;
import io.interview4j.feedback.QuestionFeedback;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.engine.TurnResult;
import io.interview4j.scoring.AnswerFlag;
import io.interview4j.scoring.Evaluation;
import io.interview4j.session.Question;
import io.interview4j.session.Session;
import io.interview4j.session.SessionStatus;
import io.interview4j.session.Turn;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation shared by {@code run} and {@code resume}: a progress line and the question, the reply, the
 * feedback in practice mode, until the interview completes or the replies run out (then it is finished early).
 *
 * <p>Each answer goes with an idempotency key of its own (a random UUID), so an answer is never taken for another.
 * When another process resuming the same session changes it first, what this one sent is not stored: the loop says
 * so, shows the answer stored for the question, shows no score, and ends with {@link LostRace}, which the commands
 * report as one {@code error:} line with the command that resumes. Ctrl-C (or any other shutdown) while the
 * interview runs prints that command too; the JVM then exits with 130.
 */
final class InterviewLoop {

    private static final Logger log = LoggerFactory.getLogger(InterviewLoop.class);

    /** Another process changed the session first: what this one sent was not stored. */
    static final class LostRace extends InterviewException {
        private static final long serialVersionUID = 1L;

        LostRace(String message, RuntimeException cause) {
            super(message, cause);
        }
    }

    private final InterviewEngine engine;
    private final Caller caller;
    private final AnswerSource answers;
    private final PrintStream ui;
    private final List<String> pendingFeedback = new ArrayList<>();
    private final Clock clock;
    private final TimeUpAlarm alarm;

    InterviewLoop(InterviewEngine engine, Caller caller, AnswerSource answers, PrintStream ui) {
        this(engine, caller, answers, ui, Clock.systemUTC(), TimeUpAlarm.scheduled(Clock.systemUTC()));
    }

    /**
     * @param clock the engine's clock, which the time left on a timed interview is counted on
     * @param alarm rings when the time runs out while the candidate is typing
     */
    InterviewLoop(InterviewEngine engine, Caller caller, AnswerSource answers, PrintStream ui, Clock clock,
                  TimeUpAlarm alarm) {
        this.engine = engine;
        this.caller = caller;
        this.answers = answers;
        this.ui = ui;
        this.clock = clock;
        this.alarm = alarm;
    }

    /**
     * Runs the interview from {@code turn} to its end, then writes its report. A failure on the way ends the command
     * with one line naming what is stored and the command that continues from there.
     *
     * @return the command's exit code, 0
     */
    int runThenReport(TurnResult turn, CliContext ctx, Options.Store store, Options.Candidate candidate,
                      Options.Output output) {
        String sessionId = turn.sessionId();
        String resume = Cli.commandFor("resume", sessionId, store, candidate);
        Thread onCtrlC = new Thread(() -> {
            ctx.err().println();
            ctx.err().println("Interrupted. The answers acknowledged so far are stored; continue with: " + resume);
            ctx.err().flush();
        }, "interview4j-resume-hint");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            run(turn);
            awaitFeedback(sessionId);
        } catch (RuntimeException e) {
            throw new Cli.Interrupted(e, "the answers acknowledged so far are stored: continue with " + resume);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down (Ctrl-C): the hint is being printed
            }
        }
        try {
            var report = engine.report(caller, sessionId);
            if (report.overall().answered() == 0) {
                ui.println("Nothing was answered, so this interview has no score.");
            }
            ReportOutput.write(report, output, ctx.out(), ui);
        } catch (RuntimeException e) {
            throw new Cli.Interrupted(e, "the interview is stored: write its report with "
                    + Cli.commandFor("report", sessionId, store, candidate));
        }
        return 0;
    }

    /**
     * @param turn the turn that asked the current question (from start, or from recover when resuming)
     * @return the session id; the session is no longer in progress
     */
    String run(TurnResult turn) {
        String sessionId = turn.sessionId();
        while (!turn.completed() && turn.next().isPresent()) {
            Question question = turn.nextQuestion();
            showReadyFeedback(sessionId);
            ask(turn, question);
            Runnable silence = timeUpAlarm(turn);
            Optional<AnswerSource.Reply> reply;
            try {
                reply = answers.next(question);
            } finally {
                silence.run();
            }
            if (reply.isEmpty() || reply.get().action() == AnswerSource.Action.QUIT) {
                ui.println(reply.isEmpty() ? "No more answers: finishing the interview early." : "Finishing the interview early.");
                guarded(sessionId, question, "the interview was not finished here", () -> engine.finish(caller, sessionId));
                ui.println();
                return sessionId;
            }
            if (reply.get().action() == AnswerSource.Action.SKIP) {
                turn = guarded(sessionId, question, "your skip of " + question.label() + " was not stored",
                        () -> engine.skip(caller, sessionId, question.id()));
                ui.println("Skipped.");
                showFeedback(turn);
                continue;
            }
            Optional<TurnResult> next = submit(sessionId, question, reply.get());
            if (next.isEmpty()) {
                continue; // refused and typed again: ask the same question
            }
            turn = next.get();
            turn.feedback().ifPresentOrElse(e -> ui.println(feedback(e)), () -> ui.println("Answer recorded."));
            showFeedback(turn);
        }
        ui.println();
        timeNotice(sessionId).ifPresent(ui::println);
        ui.println("Interview complete.");
        ui.println();
        return sessionId;
    }

    /**
     * Prints the feedback on the main question a turn closed (practice mode): at once when it is ready, else a line
     * saying it is being written, and the feedback itself before a later question once it is.
     */
    private void showFeedback(TurnResult turn) {
        if (turn.closedQuestionId() == null || (turn.evaluation() == null && turn.questionFeedback() == null)) {
            return;
        }
        if (turn.questionFeedback() != null) {
            ui.println(questionFeedback(turn.questionFeedback()));
        } else {
            pendingFeedback.add(turn.closedQuestionId());
            ui.println("Feedback on this question is being written; it will show before a later question.");
        }
    }

    private void showReadyFeedback(String sessionId) {
        for (var it = pendingFeedback.iterator(); it.hasNext(); ) {
            Optional<QuestionFeedback> f = engine.questionFeedback(caller, sessionId, it.next());
            if (f.isPresent()) {
                ui.println();
                ui.println(questionFeedback(f.get()));
                it.remove();
            }
        }
    }

    /** Waits (at most two minutes) for the model's feedback and debrief, then prints the feedback still unshown. */
    private void awaitFeedback(String sessionId) {
        try {
            engine.feedbackSettled(sessionId).get(2, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            log.warn("feedback still being written; the report shows what is ready ({})", e.toString());
        }
        showReadyFeedback(sessionId);
    }

    /** The feedback on a question as a whole, as the terminal shows it. */
    static String questionFeedback(QuestionFeedback f) {
        StringBuilder b = new StringBuilder("Feedback on ").append(f.label());
        if (f.score() != null) {
            b.append(String.format(Locale.ROOT, " · %.0f/100", f.score()));
        }
        if (f.levelDemonstrated() != null) {
            b.append(" · level ").append(f.levelDemonstrated());
        }
        b.append(" · ").append(f.provenance().name().toLowerCase(Locale.ROOT)).append('\n');
        f.whatLanded().forEach(x -> b.append("  Landed: ").append(x).append('\n'));
        f.whatDidNotLand().forEach(x -> b.append("  Did not land: ").append(x).append('\n'));
        if (f.coaching() != null) {
            b.append("  Coaching: ").append(f.coaching()).append('\n');
        }
        if (f.revisedAnswer() != null) {
            b.append("  Revised answer:\n");
            for (String line : f.revisedAnswer().split("\n")) {
                b.append("    ").append(line).append('\n');
            }
        }
        return b.toString().stripTrailing();
    }

    /** Says that the time ran out and which answers came after it, when the interview ended at its limit. */
    private Optional<String> timeNotice(String sessionId) {
        try {
            Session s = engine.session(caller, sessionId);
            if (!"time_up".equals(s.endReason())) {
                return Optional.empty();
            }
            String late = s.turns().stream().filter(t -> t.evaluation() != null
                    && t.evaluation().flags().contains(AnswerFlag.LATE)).map(t -> t.question().label())
                    .collect(Collectors.joining(", "));
            return Optional.of("Time is up: the interview reached its " + minutes(s.plan().totalTimeLimit().toSeconds())
                    + " limit." + (late.isEmpty() ? "" : " The answer to " + late
                    + " came after the limit: it is stored and flagged LATE."));
        } catch (RuntimeException e) {
            log.debug("cannot read session {} to say whether time ran out", sessionId, e);
            return Optional.empty();
        }
    }

    /**
     * On a timed interview, sets the alarm that says at once when the time runs out while the candidate is typing;
     * the answer is then taken as the engine takes late answers (stored, scored, flagged LATE, the interview ends).
     *
     * @return what silences the alarm once the reply is in
     */
    private Runnable timeUpAlarm(TurnResult turn) {
        if (turn.progress() == null || turn.progress().timeLeft() == null) {
            return () -> { };
        }
        return alarm.at(clock.instant().plus(turn.progress().timeLeft()), () -> {
            ui.println();
            ui.println(TIME_UP_WHILE_TYPING);
            ui.flush();
        });
    }

    /** What the screen says the moment a timed interview's time runs out while the candidate is typing. */
    static final String TIME_UP_WHILE_TYPING = "Time is up. Finish this answer and submit it (an empty line): it is"
            + " stored and flagged LATE, and the interview then ends.";

    private static String minutes(long seconds) {
        return seconds % 60 == 0 ? seconds / 60 + "-minute" : seconds + "-second";
    }

    private void ask(TurnResult turn, Question question) {
        ui.println();
        if (turn.progress() != null) {
            ui.println(turn.progress().line());
        }
        ui.println(question.label() + ": " + question.text());
    }

    private Optional<TurnResult> submit(String sessionId, Question question, AnswerSource.Reply reply) {
        AnswerSubmission submission;
        try {
            submission = new AnswerSubmission(sessionId, question.id(), reply.text(), "cli-" + UUID.randomUUID(),
                    reply.timeTaken());
        } catch (InvalidInputException e) {
            InvalidInputException labelled = new InvalidInputException(byLabel(e.getMessage(), question), e);
            if (!answers.interactive()) {
                throw labelled;
            }
            ui.println("error: " + labelled.getMessage());
            return Optional.empty();
        }
        return Optional.of(guarded(sessionId, question, "your answer to " + question.label() + " was not stored",
                () -> engine.submitAnswer(caller, submission)));
    }

    /**
     * @return the library's message with the question named by its label ({@code Q1 Follow-up 2}), never by its
     *     internal id: "answer to question 3f2c... is blank" becomes "answer to Q1 Follow-up 2 is blank"
     */
    static String byLabel(String message, Question question) {
        return message.replace("question " + question.id(), question.label()).replace(question.id(), question.label());
    }

    /**
     * Runs a call that changes the session; when another process changed it first, says so, shows what is stored
     * for the question and throws.
     *
     * @param lost what was not done, such as {@code your answer to Q2 was not stored}
     * @throws LostRace when the session moved on, was completed elsewhere, or was changed during the call
     */
    private <T> T guarded(String sessionId, Question question, String lost, Supplier<T> call) {
        try {
            return call.get();
        } catch (ConcurrentSessionModificationException | SessionStateException | IdempotencyConflictException e) {
            log.debug("session {} changed elsewhere during the call for {}", sessionId, question.id(), e);
            ui.println("Session " + sessionId + " was changed by another process first: " + lost + ".");
            showStored(sessionId, question);
            throw new LostRace("session " + sessionId + " was changed by another process first: " + lost
                    + " (what is stored is shown above)", e);
        }
    }

    /** Prints the answer stored for the question, if any, without its score. */
    private void showStored(String sessionId, Question question) {
        try {
            Session s = engine.session(caller, sessionId);
            Optional<Turn> turn = s.turn(question.id());
            if (turn.isPresent() && turn.get().answer() != null) {
                ui.println("Stored answer to " + question.label() + ":");
                ui.println("  " + turn.get().answer().strip().replace("\n", "\n  "));
            } else if (turn.isPresent() && turn.get().skipped()) {
                ui.println(question.label() + " was skipped.");
            } else {
                ui.println("No answer to " + question.label() + " is stored.");
            }
            if (s.status() != SessionStatus.IN_PROGRESS) {
                ui.println("The interview is " + s.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
            }
        } catch (RuntimeException e) {
            log.debug("cannot read session {} to show what is stored", sessionId, e);
            ui.println("(what is stored cannot be read now: " + e.getMessage() + ")");
        }
    }

    /** @return e.g. {@code Score 64/100 · HEURISTIC · work on: no measurable result} */
    static String feedback(Evaluation e) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Score %.0f/100 · %s", e.score(), e.provenance()));
        if (!e.flags().isEmpty()) {
            b.append(" · flagged: ").append(e.flags().stream().map(AnswerFlag::name)
                    .map(n -> n.toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", ")));
        }
        if (!e.weaknesses().isEmpty()) {
            b.append(" · work on: ").append(e.weaknesses().get(0));
        } else if (!e.strengths().isEmpty()) {
            b.append(" · strength: ").append(e.strengths().get(0));
        }
        return b.toString();
    }
}
