package io.interview4j.llm.ollama.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Body of a non-streamed {@code /api/chat} answer. Every field may be null.
 *
 * @param model the model that answered
 * @param message the assistant message
 * @param done true on a complete answer
 * @param doneReason stop, length, load, unload; absent on older servers
 * @param promptEvalCount input tokens; absent when the prompt was fully cached
 * @param evalCount output tokens
 * @param error an error some servers send with a 200 status
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OllamaChatResponse(String model, Message message, Boolean done, String doneReason,
                                 Long promptEvalCount, Long evalCount, String error) {

    /**
     * @param role assistant
     * @param content the text
     * @param thinking a thinking model's reasoning, not output
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(String role, String content, String thinking) {
    }
}
