package io.interview4j.scoring;

/** Judges one answer on a rubric. Implementations are thread-safe. */
public interface Evaluator {

    /**
     * @param request the question, the answer and the rubric
     * @return the evaluation, never scoring outside the rubric's scale
     */
    Evaluation evaluate(EvaluationRequest request);

    /**
     * Judges an answer the {@link AnswerGate} already checked, so that an evaluator that gates answers itself need
     * not gate it again. The default ignores {@code gated} and calls {@link #evaluate(EvaluationRequest)}.
     *
     * @param request the question, the answer and the rubric
     * @param gated the gate's result for this request's answer, checked against {@link EvaluationRequest#expected()}
     * @return the evaluation, never scoring outside the rubric's scale
     */
    default Evaluation evaluate(EvaluationRequest request, GateResult gated) {
        return evaluate(request);
    }
}
