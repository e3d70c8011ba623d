package io.interview4j.session;

/** Where a question asked in a session came from. */
public enum QuestionType {
    /** A main question of a round (seed 002's "preset"). */
    MAIN,
    /** A follow-up probing the answer to a main or resume question. */
    FOLLOW_UP,
    /** A question drawn from the candidate's resume (seed 002). */
    RESUME
}
