package io.interview4j.scoring;

/** Who produced an evaluation. */
public enum Provenance {
    /** A language model judged the answer. */
    MODEL,
    /** The offline heuristic scorer judged the answer; no model was configured or the budget was spent. */
    HEURISTIC,
    /** A model was configured but failed or returned unusable output; the heuristic scorer stood in. */
    FALLBACK,
    /** The answer gate scored the answer by rule (empty, "I don't know", gibberish, ...). */
    RULE
}
