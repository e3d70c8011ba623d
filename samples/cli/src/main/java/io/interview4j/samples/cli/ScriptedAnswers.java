package io.interview4j.samples.cli;

import io.interview4j.session.Question;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Answers taken in order from a file ({@code --answers FILE}), separated by lines containing only {@code ---}.
 * Blank entries are ignored; an entry that is only {@code /skip} or {@code /quit} skips or finishes. Each answer
 * is echoed so the transcript reads like a conversation.
 */
final class ScriptedAnswers implements AnswerSource {

    private final Deque<String> answers;
    private final PrintStream ui;

    ScriptedAnswers(List<String> answers, PrintStream ui) {
        this.answers = new ArrayDeque<>(answers);
        this.ui = ui;
    }

    /**
     * @param file the answers file, UTF-8
     * @param ui where answers are echoed
     * @return the answers in the file
     * @throws io.interview4j.InvalidInputException naming the file when it cannot be read
     */
    static ScriptedAnswers fromFile(Path file, PrintStream ui) {
        return new ScriptedAnswers(split(InputFiles.readText(file, "answers")), ui);
    }

    /** @return the answers in {@code text}, split at lines containing only {@code ---}, blank ones dropped */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            if (line.strip().equals("---")) {
                add(out, current);
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder answer) {
        String s = answer.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    /** @return whether any entry not yet used is an answer, not only {@code /skip} or {@code /quit} */
    boolean hasAnswer() {
        return answers.stream().anyMatch(a -> Action.command(a).isEmpty());
    }

    /** @return answers not yet used */
    int remaining() {
        return answers.size();
    }

    @Override
    public Optional<Reply> next(Question question) {
        String answer = answers.poll();
        if (answer == null) {
            return Optional.empty();
        }
        ui.println("> " + answer.replace("\n", "\n> "));
        return Optional.of(Action.command(answer).map(Reply::of).orElseGet(() -> Reply.answer(answer, null)));
    }

    @Override
    public boolean interactive() {
        return false;
    }
}
