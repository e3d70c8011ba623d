package io.interview4j.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * What the engine may do after an answer. Seed 002 names them preset, follow_up, resume and complete. Internal to
 * the engine: no public signature carries it.
 */
enum NextStep {
    /** Probe the current main (or resume) question. */
    FOLLOW_UP,
    /** Ask the next main question of the current round (seed 002: "preset"). */
    NEXT_QUESTION,
    /** Move to the next round and ask its first question. */
    NEXT_ROUND,
    /** Ask a question drawn from the resume. */
    RESUME,
    /** End the interview. */
    COMPLETE;

    /**
     * @param action a model's proposed action: preset, next_question, next_round, follow_up, resume or complete
     * @return the step, or empty when the action is unknown
     */
    public static Optional<NextStep> fromAction(String action) {
        if (action == null) {
            return Optional.empty();
        }
        return switch (action.trim().toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "preset", "next_question", "next" -> Optional.of(NEXT_QUESTION);
            case "next_round" -> Optional.of(NEXT_ROUND);
            case "follow_up", "followup" -> Optional.of(FOLLOW_UP);
            case "resume" -> Optional.of(RESUME);
            case "complete", "end" -> Optional.of(COMPLETE);
            default -> Optional.empty();
        };
    }
}
