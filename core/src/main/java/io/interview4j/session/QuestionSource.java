package io.interview4j.session;

/**
 * Where a question came from; the report's {@code questions[].source}.
 */
public enum QuestionSource {
    /** Picked from the question bank (also a template's preset question that is the bank's, word for word). */
    BANK,
    /** Written by the language model (a question writer, or the judge's follow-up). */
    MODEL,
    /** Fixed by the host: a template's preset question the host wrote or edited, or one from the host's own writer. */
    HOST,
    /** Written offline by a rule: a follow-up or a resume question built from the rubric and the resume. */
    RULE
}
