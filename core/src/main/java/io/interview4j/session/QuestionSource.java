package io.interview4j.session;

/**
 * Where a question came from; the report's {@code questions[].source}.
 */
public enum QuestionSource {
    /** Picked from the question bank. */
    BANK,
    /** Written by the language model (a question writer, or the judge's follow-up). */
    MODEL,
    /** Fixed by the host: a template's preset question, or a question from the host's own writer. */
    HOST,
    /** Written offline by a rule: a follow-up or a resume question built from the rubric and the resume. */
    RULE
}
