package io.interview4j.llm;

import java.util.Objects;

/**
 * The reply to one chat call.
 *
 * @param text the output text (JSON when a schema was asked for)
 * @param usage tokens the provider reported
 * @param modelId the model that answered, as the provider named it
 * @param finishReason why generation stopped
 * @param provider the provider that served the call, such as {@code openai}; a fallback chain reports the
 *     member that answered
 */
public record ChatResponse(String text, TokenUsage usage, String modelId, FinishReason finishReason, String provider) {

    /** Why generation stopped. */
    public enum FinishReason {
        /** The model finished. */
        STOP,
        /** The output hit the token cap and is truncated. */
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
}
