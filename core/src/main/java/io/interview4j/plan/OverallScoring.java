package io.interview4j.plan;

/** How a session's overall score is formed from its scored responses. */
public enum OverallScoring {
    /** The mean of every scored response, follow-ups included. */
    RESPONSE_MEAN,
    /**
     * The mean of question-level scores (seed 003): each main or resume question's score is the mean of its scored
     * responses, its answer and its follow-ups, and the overall score the mean of those.
     */
    QUESTION_MEAN
}
