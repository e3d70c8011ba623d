package io.interview4j.llm.openai.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Body of {@code POST /chat/completions}.
 *
 * @param model the model id
 * @param messages the conversation
 * @param temperature sampling temperature, or null
 * @param maxTokens the legacy output cap, or null
 * @param maxCompletionTokens the current output cap (OpenAI, o-series), or null
 * @param responseFormat structured output, or null
 * @param stream always false
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpenAiChatRequest(String model, List<Message> messages, Double temperature, Integer maxTokens,
                                Integer maxCompletionTokens, ResponseFormat responseFormat, Boolean stream) {

    /**
     * @param role system, user or assistant
     * @param content the text
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(String role, String content) {
    }

    /**
     * @param type {@code json_schema} or {@code json_object}
     * @param jsonSchema the schema for {@code json_schema}, else null
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ResponseFormat(String type, JsonSchema jsonSchema) {
    }

    /**
     * @param name {@code [a-zA-Z0-9_-]{1,64}}
     * @param schema the JSON schema
     * @param strict whether the server must follow it exactly
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record JsonSchema(String name, JsonNode schema, Boolean strict) {
    }
}
