package io.interview4j.scoring;

/** Why an answer was gated or marked. Flags travel with the evaluation into the report. */
public enum AnswerFlag {
    /** Blank answer. */
    EMPTY,
    /** Too few words to judge. */
    TOO_SHORT,
    /** "I don't know" or one of its variants. */
    DONT_KNOW,
    /** Not language: keyboard mashing, random characters. */
    GIBBERISH,
    /** The same words repeated over and over. */
    REPETITION,
    /** Largely a copy of the question. */
    COPY_OF_QUESTION,
    /** Addresses the grader, asks for a score or impersonates a system or assistant turn. */
    GRADER_INSTRUCTION,
    /** Longer than the limit; only the first part was evaluated. */
    TRUNCATED,
    /** The question was skipped. */
    SKIPPED,
    /**
     * The model judge failed: the call threw, or its output stayed invalid after one repair call; the heuristic
     * scorer stood in (provenance {@link Provenance#FALLBACK}).
     */
    MODEL_FAILED,
    /**
     * The model's revised answer named a number or a fact (a capitalised name, a number, a percentage, an
     * amount of money) that is not in the candidate's answers in this session, so it was discarded.
     */
    REVISED_ANSWER_DISCARDED,
    /**
     * The session's model budget (tokens or money) was spent before this answer, so it was scored offline
     * (provenance {@link Provenance#HEURISTIC}) without calling the model.
     */
    BUDGET_EXHAUSTED,
    /**
     * The model scored the answer far above the offline scorer (by more than the engine's disagreement threshold),
     * so its score was not taken as is: the answer was judged once more with the disagreement stated, and a score
     * still above the offline score plus the threshold was capped there.
     */
    SCORE_DISAGREEMENT,
    /**
     * The answer arrived after a timed interview's limit: it is stored and scored like any other, marked so, and the
     * interview ends after it.
     */
    LATE
}
