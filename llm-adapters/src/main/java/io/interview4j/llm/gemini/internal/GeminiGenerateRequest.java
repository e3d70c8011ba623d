package io.interview4j.llm.gemini.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Body of {@code POST /models/{model}:generateContent}. Gemini's JSON is camelCase (its JSON mapping also accepts
 * snake_case, but its answers are always camelCase), so these records keep Java's names.
 *
 * @param contents the user and model turns
 * @param systemInstruction the system prompt, or null
 * @param generationConfig sampling and output settings, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GeminiGenerateRequest(List<Content> contents, Content systemInstruction,
                                    GenerationConfig generationConfig) {

    /**
     * @param role user or model; null in a system instruction
     * @param parts the parts
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Content(String role, List<Part> parts) {
    }

    /** @param text the text */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Part(String text) {
    }

    /**
     * @param temperature sampling temperature, or null
     * @param maxOutputTokens the output cap, or null
     * @param responseMimeType {@code application/json} with a schema, else null
     * @param responseSchema the schema in Gemini's OpenAPI subset, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GenerationConfig(Double temperature, Integer maxOutputTokens, String responseMimeType,
                                   JsonNode responseSchema) {
    }
}
