package io.interview4j.llm.anthropic.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Body of {@code POST /v1/messages}.
 *
 * @param model the model id
 * @param maxTokens the output cap (required by the API)
 * @param system the system prompt, top level, or null
 * @param messages user and assistant turns
 * @param temperature sampling temperature, or null
 * @param outputConfig structured output, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnthropicMessagesRequest(String model, int maxTokens, String system, List<Message> messages,
                                       Double temperature, OutputConfig outputConfig) {

    /**
     * @param role user or assistant
     * @param content the text
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(String role, String content) {
    }

    /** @param format the output format */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OutputConfig(Format format) {
    }

    /**
     * @param type {@code json_schema}
     * @param schema the JSON schema
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Format(String type, JsonNode schema) {
    }
}
