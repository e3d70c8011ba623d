package io.interview4j.samples.web;

/**
 * The body of {@code POST /api/interviews/{id}/answers}.
 *
 * @param questionId the question answered: the one being asked; required
 * @param answer the answer text; required, not blank, at most {@code interview4j.web.limits.answer-chars}
 * @param timeSeconds how long the candidate took, or null
 */
record AnswerRequest(String questionId, String answer, Integer timeSeconds) {
}
