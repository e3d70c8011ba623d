package io.interview4j.llm.openai.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Body of a chat-completions answer. Every field may be null; unknown fields (OpenRouter's {@code provider},
 * llama.cpp's {@code timings}, ...) are ignored.
 *
 * @param id the completion id
 * @param model the model that answered
 * @param choices the choices; the adapter reads the first
 * @param usage token counts
 * @param error an error object some servers (OpenRouter) send with HTTP 200
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpenAiChatResponse(String id, String model, List<Choice> choices, Usage usage, JsonNode error) {

    /**
     * @param index the choice index
     * @param message the assistant message
     * @param finishReason stop, length, content_filter, tool_calls, ...
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Choice(Integer index, Message message, String finishReason) {
    }

    /**
     * @param role assistant
     * @param content the text, null on refusal or tool calls
     * @param refusal the refusal text, or null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(String role, String content, String refusal) {
    }

    /**
     * @param promptTokens input tokens, cached included
     * @param completionTokens output tokens
     * @param totalTokens the sum
     * @param promptTokensDetails the cached share, or null
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Usage(Long promptTokens, Long completionTokens, Long totalTokens,
                        PromptTokensDetails promptTokensDetails) {
    }

    /** @param cachedTokens prompt tokens served from cache */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PromptTokensDetails(Long cachedTokens) {
    }
}
