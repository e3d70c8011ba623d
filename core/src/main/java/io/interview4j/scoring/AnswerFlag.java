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
    /** A model call failed and the heuristic scorer stood in. */
    MODEL_FAILED
}
