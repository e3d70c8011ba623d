package io.interview4j.scoring;

/** Judges one answer on a rubric. Implementations are thread-safe. */
public interface Evaluator {

    /**
     * @param request the question, the answer and the rubric
     * @return the evaluation, never scoring outside the rubric's scale
     */
    Evaluation evaluate(EvaluationRequest request);
}
