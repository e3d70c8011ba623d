package io.interview4j.samples.cli;

import io.interview4j.InvalidInputException;
import io.interview4j.engine.AnswerSubmission;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.engine.TurnResult;
import io.interview4j.scoring.AnswerFlag;
import io.interview4j.scoring.Evaluation;
import io.interview4j.session.Question;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The conversation shared by {@code run} and {@code resume}: a progress line and the question, the reply, the
 * feedback in practice mode, until the interview completes or the replies run out (then it is finished early).
 */
final class InterviewLoop {

    private final InterviewEngine engine;
    private final Caller caller;
    private final AnswerSource answers;
    private final PrintStream ui;

    InterviewLoop(InterviewEngine engine, Caller caller, AnswerSource answers, PrintStream ui) {
        this.engine = engine;
        this.caller = caller;
        this.answers = answers;
        this.ui = ui;
    }

    /**
     * @param turn the turn that asked the current question (from start, or from recover when resuming)
     * @return the session id; the session is no longer in progress
     */
    String run(TurnResult turn) {
        String sessionId = turn.sessionId();
        while (!turn.completed() && turn.next().isPresent()) {
            Question question = turn.nextQuestion();
            ask(turn, question);
            Optional<AnswerSource.Reply> reply = answers.next(question);
            if (reply.isEmpty() || reply.get().action() == AnswerSource.Action.QUIT) {
                ui.println(reply.isEmpty() ? "No more answers: finishing the interview early." : "Finishing the interview early.");
                engine.finish(caller, sessionId);
                ui.println();
                return sessionId;
            }
            if (reply.get().action() == AnswerSource.Action.SKIP) {
                ui.println("Skipped.");
                turn = engine.skip(caller, sessionId, question.id());
                continue;
            }
            Optional<TurnResult> next = submit(sessionId, question, reply.get());
            if (next.isEmpty()) {
                continue; // refused and typed again: ask the same question
            }
            turn = next.get();
            turn.feedback().ifPresentOrElse(e -> ui.println(feedback(e)), () -> ui.println("Answer recorded."));
        }
        ui.println();
        ui.println("Interview complete.");
        ui.println();
        return sessionId;
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
            submission = new AnswerSubmission(sessionId, question.id(), reply.text(),
                    "cli:" + sessionId + ":" + question.id(), reply.timeTaken());
        } catch (InvalidInputException e) {
            if (!answers.interactive()) {
                throw e;
            }
            ui.println("error: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(engine.submitAnswer(caller, submission));
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
