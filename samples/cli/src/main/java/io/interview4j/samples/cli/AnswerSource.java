package io.interview4j.samples.cli;

import io.interview4j.session.Question;
import java.time.Duration;
import java.util.Optional;

/** Where the candidate's replies come from: the terminal, or a file of answers. */
interface AnswerSource {

    /**
     * @param question the question being asked
     * @return the reply, or empty when there are no more replies (the interview is then finished early)
     */
    Optional<Reply> next(Question question);

    /** @return whether a person is typing, so a refused answer can be typed again */
    boolean interactive();

    /**
     * One reply.
     *
     * @param action answer, skip or quit
     * @param text the answer, empty unless {@code action} is {@link Action#ANSWER}
     * @param timeTaken how long the candidate took, or {@code null} when unknown
     */
    record Reply(Action action, String text, Duration timeTaken) {

        static Reply answer(String text, Duration timeTaken) {
            return new Reply(Action.ANSWER, text, timeTaken);
        }

        static Reply of(Action action) {
            return new Reply(action, "", null);
        }
    }

    /** What the candidate wants to do with the question. */
    enum Action {
        /** Answer it. */
        ANSWER,
        /** Skip it ({@code /skip}). */
        SKIP,
        /** Finish the interview early ({@code /quit}). */
        QUIT;

        /** @return the action a command line such as {@code /skip} names, if it is one */
        static Optional<Action> command(String line) {
            return switch (line.trim()) {
                case "/skip" -> Optional.of(SKIP);
                case "/quit" -> Optional.of(QUIT);
                default -> Optional.empty();
            };
        }
    }
}
