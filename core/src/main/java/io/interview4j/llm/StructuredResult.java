package io.interview4j.llm;

import io.interview4j.InvalidInputException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a {@link StructuredChat#call structured call}: the parsed value ({@link Success}) or a typed
 * failure ({@link Failure}). Both hold every response received, so the caller can account the tokens and the
 * cost of each call, the repair call included.
 *
 * @param <T> the type of the parsed value
 */
public sealed interface StructuredResult<T> {

    /**
     * @return every response received, in call order: the first call's, then the repair call's; a call that
     *     threw left none
     */
    List<ChatResponse> responses();

    /** @return the calls made: 1, or 2 with a repair call; a call that threw counts */
    int calls();

    /** @return the token usage of all responses received, summed; {@link TokenUsage#NONE} when there were none */
    default TokenUsage usage() {
        TokenUsage sum = TokenUsage.NONE;
        for (ChatResponse r : responses()) {
            sum = sum.plus(r.usage());
        }
        return sum;
    }

    /** @return the last response received, if any: the one that was parsed on success */
    default Optional<ChatResponse> lastResponse() {
        List<ChatResponse> all = responses();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** @return whether the first reply could not be used and a repair call was made */
    default boolean repairNeeded() {
        return calls() > 1;
    }

    /**
     * The model's output, parsed and valid.
     *
     * @param value what the parser made of the last response
     * @param responses the responses received, one or two, the last the one parsed
     * @param <T> the type of the value
     */
    record Success<T>(T value, List<ChatResponse> responses) implements StructuredResult<T> {

        /**
         * @throws NullPointerException when an argument is null
         * @throws InvalidInputException when there is not one or two responses
         */
        public Success {
            Objects.requireNonNull(value, "value");
            responses = List.copyOf(responses);
            if (responses.isEmpty() || responses.size() > 2) {
                throw new InvalidInputException("a success has one or two responses, had " + responses.size());
            }
        }

        /** @return the number of responses: every call of a success answered */
        @Override
        public int calls() {
            return responses.size();
        }
    }

    /**
     * No usable output.
     *
     * @param reason why
     * @param problems the problems found with the last reply that was checked: for {@link Reason#NO_JSON},
     *     {@link Reason#INVALID} and {@link Reason#TRUNCATED} those of the repaired reply; for {@link Reason#MODEL_ERROR} those that asked for
     *     the repair call that threw, or none when the first call threw; for {@link Reason#OUT_OF_TIME} those of the
     *     first reply
     * @param cause the exception a call threw for {@link Reason#MODEL_ERROR}, else {@code null}
     * @param responses the responses received, zero to two
     * @param calls the calls made, one or two
     * @param <T> the type the value would have had
     */
    record Failure<T>(Reason reason, List<String> problems, RuntimeException cause, List<ChatResponse> responses,
                      int calls) implements StructuredResult<T> {

        /** Why there is no value. */
        public enum Reason {
            /**
             * The reply to the repair call still held no usable JSON object: none, only objects copied from the
             * request's data texts, or more than {@link StructuredOutput#MAX_SCANNED} characters.
             */
            NO_JSON,
            /** The JSON of the reply to the repair call still had problems. */
            INVALID,
            /**
             * The reply to the repair call was cut off by the output cap too ({@link ChatResponse#truncated()}), even
             * though the repair asked for a shorter answer: raise the cap ({@link ChatRequest#maxTokens()},
             * {@link OutputLimits}).
             */
            TRUNCATED,
            /** A call threw; see {@link Failure#cause()}. */
            MODEL_ERROR,
            /**
             * The first reply could not be used, and less of the request's time budget
             * ({@link ChatRequest#timeout()}) was left than the first call took, so no repair call was made.
             */
            OUT_OF_TIME
        }

        /**
         * @throws NullPointerException when reason, problems or responses is null, or cause is null for
         *     {@link Reason#MODEL_ERROR}
         * @throws InvalidInputException when calls is not 1 or 2, or fewer than the responses
         */
        public Failure {
            Objects.requireNonNull(reason, "reason");
            problems = List.copyOf(problems);
            responses = List.copyOf(responses);
            if (reason == Reason.MODEL_ERROR) {
                Objects.requireNonNull(cause, "cause");
            }
            if (calls < 1 || calls > 2 || calls < responses.size()) {
                throw new InvalidInputException("a failure makes one or two calls, at least one per response; had "
                        + calls + " calls and " + responses.size() + " responses");
            }
        }

        /** @return one line for a log: what failed and the problems or the exception's message */
        public String describe() {
            return switch (reason) {
                case MODEL_ERROR -> "call failed: " + cause.getMessage();
                case OUT_OF_TIME -> "output invalid and no time left to repair it: " + String.join("; ", problems);
                case NO_JSON, INVALID -> "output still invalid after one repair: " + String.join("; ", problems);
                case TRUNCATED -> "output still cut off by the output cap after asking for a shorter one: "
                        + String.join("; ", problems);
            };
        }
    }
}
