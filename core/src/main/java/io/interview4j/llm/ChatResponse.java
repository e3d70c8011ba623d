package io.interview4j.llm;

import java.util.Objects;

/**
 * The reply to one chat call.
 *
 * @param text the output text (JSON when a schema was asked for)
 * @param usage tokens the provider reported
 * @param modelId the model that answered, as the provider named it
 * @param finishReason why generation stopped; {@link FinishReason#LENGTH} means the reply was cut off by the output
 *     cap ({@link #truncated()})
 * @param provider the provider that served the call, such as {@code openai}; a fallback chain reports the
 *     member that answered
 */
public record ChatResponse(String text, TokenUsage usage, String modelId, FinishReason finishReason, String provider) {

    /** Why generation stopped. */
    public enum FinishReason {
        /** The model finished. */
        STOP,
        /**
         * The output hit the token cap and is truncated: OpenAI-compatible {@code finish_reason: length}, Anthropic
         * {@code stop_reason: max_tokens} (and {@code model_context_window_exceeded}), Gemini {@code MAX_TOKENS},
         * Ollama {@code done_reason: length}, LangChain4j {@code LENGTH}.
         */
        LENGTH,
        /** The provider filtered the output. */
        CONTENT_FILTER,
        /** Anything else or not reported. */
        OTHER
    }

    /** @throws NullPointerException when text is null */
    public ChatResponse {
        Objects.requireNonNull(text, "text");
        usage = usage == null ? TokenUsage.NONE : usage;
        modelId = modelId == null ? "unknown" : modelId;
        finishReason = finishReason == null ? FinishReason.OTHER : finishReason;
        provider = provider == null ? "unknown" : provider;
    }

    /**
     * Whether the reply was cut off by the output cap ({@link ChatRequest#maxTokens()} or the adapter's default)
     * before the model finished: its text is incomplete, and JSON in it is usually unclosed. A structured call
     * ({@link StructuredChat}) answers a truncated reply with a repair that asks for a shorter answer, and reports
     * {@link StructuredResult.Failure.Reason#TRUNCATED} when the repaired reply is cut off too.
     *
     * @return {@code true} when {@link #finishReason()} is {@link FinishReason#LENGTH}
     */
    public boolean truncated() {
        return finishReason == FinishReason.LENGTH;
    }
}
