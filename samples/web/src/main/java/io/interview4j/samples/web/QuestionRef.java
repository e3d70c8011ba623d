package io.interview4j.samples.web;

/**
 * The body of {@code POST /api/interviews/{id}/skip}.
 *
 * @param questionId the question skipped: the one being asked; required
 */
record QuestionRef(String questionId) {
}
