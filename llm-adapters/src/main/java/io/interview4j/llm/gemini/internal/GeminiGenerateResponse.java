package io.interview4j.llm.gemini.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Body of a {@code generateContent} answer (camelCase). Every field may be null; unknown fields and finish reasons
 * are tolerated.
 *
 * @param candidates the candidates; absent when the prompt was blocked
 * @param promptFeedback why the prompt was blocked, or null
 * @param usageMetadata token counts
 * @param modelVersion the model that answered
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GeminiGenerateResponse(List<Candidate> candidates, PromptFeedback promptFeedback,
                                     UsageMetadata usageMetadata, String modelVersion) {

    /**
     * @param content the output; absent when blocked
     * @param finishReason STOP, MAX_TOKENS, SAFETY, RECITATION, OTHER, ...
     * @param finishMessage an explanation some finish reasons carry
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Candidate(Content content, String finishReason, String finishMessage) {
    }

    /**
     * @param role model
     * @param parts the parts
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Content(String role, List<Part> parts) {
    }

    /**
     * @param text the text, or null for other part kinds
     * @param thought true for thinking parts, which are not output
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Part(String text, Boolean thought) {
    }

    /**
     * @param blockReason SAFETY, OTHER, BLOCKLIST, ...
     * @param blockReasonMessage an explanation, or null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PromptFeedback(String blockReason, String blockReasonMessage) {
    }

    /**
     * @param promptTokenCount input tokens, cached included
     * @param candidatesTokenCount output tokens, thinking excluded; absent on blocked answers
     * @param thoughtsTokenCount thinking tokens, billed as output
     * @param cachedContentTokenCount input tokens served from the cache
     * @param totalTokenCount the sum
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UsageMetadata(Long promptTokenCount, Long candidatesTokenCount, Long thoughtsTokenCount,
                                Long cachedContentTokenCount, Long totalTokenCount) {
    }
}
