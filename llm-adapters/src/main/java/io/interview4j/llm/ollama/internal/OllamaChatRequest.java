package io.interview4j.llm.ollama.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Body of Ollama's native {@code POST /api/chat}.
 *
 * @param model the model name
 * @param messages the conversation
 * @param stream always false: one JSON object back instead of NDJSON
 * @param format a JSON schema, or null
 * @param options sampling options, or null
 * @param keepAlive how long the model stays loaded ({@code 5m}), or null for the server's default
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OllamaChatRequest(String model, List<Message> messages, boolean stream, JsonNode format,
                                Options options, String keepAlive) {

    /**
     * @param role system, user or assistant
     * @param content the text
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(String role, String content) {
    }

    /**
     * @param temperature sampling temperature, or null
     * @param numPredict the output cap, or null
     * @param numCtx the context window, or null for the model's default
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Options(Double temperature, Integer numPredict, Integer numCtx) {
    }
}
