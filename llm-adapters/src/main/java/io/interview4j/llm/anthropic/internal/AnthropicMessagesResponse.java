package io.interview4j.llm.anthropic.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Body of a Messages answer. Every field may be null; unknown fields and block types are ignored.
 *
 * @param id the message id
 * @param type {@code message}
 * @param model the model that answered
 * @param content the content blocks
 * @param stopReason end_turn, max_tokens, stop_sequence, tool_use, pause_turn, refusal, ...
 * @param usage token counts
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnthropicMessagesResponse(String id, String type, String model, List<ContentBlock> content,
                                        String stopReason, Usage usage) {

    /**
     * @param type text, thinking, redacted_thinking, tool_use, ...
     * @param text the text of a {@code text} block
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ContentBlock(String type, String text) {
    }

    /**
     * @param inputTokens uncached input tokens
     * @param outputTokens output tokens
     * @param cacheCreationInputTokens input tokens written to the cache
     * @param cacheReadInputTokens input tokens read from the cache
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Usage(Long inputTokens, Long outputTokens, Long cacheCreationInputTokens, Long cacheReadInputTokens) {
    }
}
