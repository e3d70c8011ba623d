package io.interview4j.scoring;

import io.interview4j.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * What {@link AnswerGate} decided about one answer.
 *
 * @param flags the flags raised, blocking first; empty for a clean answer
 * @param blocked {@code true} when the answer must not reach any evaluator or model; it gets
 *     {@code ruleScore} instead
 * @param ruleScore the rule's score on 0-100: at most {@value #MAX_BLOCKED_SCORE} when blocked, 100 when
 *     not (the gate puts no cap on a clean answer)
 * @param reason why the answer was blocked or marked, naming the flag; empty for a clean answer
 * @param evaluatedText the answer as it should be evaluated: its canonical form
 *     ({@link io.interview4j.text.internal.CanonicalText}), stripped and cut to {@link AnswerGate#EVALUATED_CHARS}
 *     characters; empty when the answer is blank or only invisible characters
 */
public record GateResult(List<AnswerFlag> flags, boolean blocked, double ruleScore, String reason,
                         String evaluatedText) {

    /** The highest rule score a blocked answer can get. */
    public static final double MAX_BLOCKED_SCORE = 25;

    /**
     * Validates and copies.
     *
     * @throws InvalidInputException when the score is outside 0-100, above {@value #MAX_BLOCKED_SCORE}
     *     while blocked, or when a blocked result has no flag
     */
    public GateResult {
        flags = List.copyOf(flags);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(evaluatedText, "evaluatedText");
        if (Double.isNaN(ruleScore) || ruleScore < 0 || ruleScore > 100) {
            throw new InvalidInputException("ruleScore must be within 0-100, was " + ruleScore);
        }
        if (blocked && ruleScore > MAX_BLOCKED_SCORE) {
            throw new InvalidInputException("a blocked answer scores at most " + MAX_BLOCKED_SCORE + ", was " + ruleScore);
        }
        if (blocked && flags.isEmpty()) {
            throw new InvalidInputException("a blocked answer needs a flag");
        }
    }

    /** @return the flag that blocked the answer, or {@code null} when it was not blocked */
    public AnswerFlag blockingFlag() {
        return blocked ? flags.get(0) : null;
    }

    /** @return whether the answer was cut to the gate's limit */
    public boolean truncated() {
        return flags.contains(AnswerFlag.TRUNCATED);
    }
}
