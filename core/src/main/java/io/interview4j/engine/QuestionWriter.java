package io.interview4j.engine;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The question-writer port: writes one main question for a plan, a round, a competency, a difficulty and a topic,
 * avoiding what was already asked. The engine uses one when it has a language model ({@link ModelQuestionWriter})
 * or when the host supplies its own ({@link InterviewEngineBuilder#questionWriter}), and the plan allows it
 * ({@link io.interview4j.plan.InterviewPlan#generateQuestions()}).
 *
 * <p>Whatever a writer returns is checked in code before it is asked ({@link QuestionChecks}). A question the
 * checks reject gets one more call, the request then carrying the rejected text and the problems found
 * ({@link QuestionRequest#rejectedText()}); a second rejection, an empty result or an exception, and the bank's
 * pick stands in. The model-backed writer makes that repair inside its own structured call, so the engine's
 * second call is for the host's writers. A question with a {@link WrittenQuestion#promptVersion() prompt version}
 * is recorded with source {@code MODEL}, one without with source {@code HOST}.
 *
 * <p>Implementations must be thread-safe: the engine calls them on the executor it was given, while the judge
 * scores the previous answer.
 */
@FunctionalInterface
public interface QuestionWriter {

    /**
     * @param request what to write, with the questions to avoid
     * @return the question, or empty when none could be written; an exception counts as empty
     */
    Optional<WrittenQuestion> write(QuestionRequest request);

    /**
     * Writes the question without blocking the caller where the writer can: {@link ModelQuestionWriter} does it on
     * the model's {@link io.interview4j.llm.LanguageModel#chatAsync asynchronous call}. The engine writes a question
     * ahead with this, on its executor, so that no executor thread waits for the model.
     *
     * <p>The default runs {@link #write} on the calling thread and returns a future already completed with its
     * result, or with its exception.
     *
     * @param request what to write, with the questions to avoid
     * @return the question, or empty when none could be written; an exceptional completion counts as empty
     */
    default CompletableFuture<Optional<WrittenQuestion>> writeAsync(QuestionRequest request) {
        try {
            return CompletableFuture.completedFuture(write(request));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
