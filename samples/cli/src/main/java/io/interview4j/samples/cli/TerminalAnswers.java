package io.interview4j.samples.cli;

import io.interview4j.session.Question;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Answers typed in the terminal. An answer may span lines; an empty line submits it. An empty first line asks
 * again, {@code /skip} skips the question and {@code /quit} (or end of input) finishes the interview early.
 */
final class TerminalAnswers implements AnswerSource {

    private final BufferedReader in;
    private final PrintStream ui;

    TerminalAnswers(BufferedReader in, PrintStream ui) {
        this.in = in;
        this.ui = ui;
    }

    @Override
    public Optional<Reply> next(Question question) {
        long start = System.nanoTime();
        StringBuilder answer = new StringBuilder();
        ui.print("> ");
        ui.flush();
        while (true) {
            String line = readLine();
            if (line == null) {
                return answer.length() == 0 ? Optional.empty()
                        : Optional.of(Reply.answer(answer.toString().strip(), since(start)));
            }
            if (answer.length() == 0) {
                if (line.isBlank()) {
                    ui.print("(type your answer; an empty line submits it, /skip skips, /quit finishes)\n> ");
                    ui.flush();
                    continue;
                }
                Optional<Action> command = Action.command(line);
                if (command.isPresent()) {
                    return Optional.of(Reply.of(command.get()));
                }
            } else if (line.isBlank()) {
                return Optional.of(Reply.answer(answer.toString().strip(), since(start)));
            }
            answer.append(line).append('\n');
        }
    }

    @Override
    public boolean interactive() {
        return true;
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer from the terminal: " + e.getMessage(), e);
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
