package io.interview4j.llm;

import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.InvalidInputException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One chat call.
 *
 * @param messages the conversation, at least one message
 * @param responseSchema a JSON schema the output must follow, or {@code null} for free text; adapters send
 *     it where the provider accepts one
 * @param schemaName a short name for the schema (providers that name schemas use it); default {@code "output"}
 * @param temperature sampling temperature, or {@code null} for the provider's default
 * @param maxTokens a cap on output tokens, or {@code null} for the adapter's default (the HTTP adapters of
 *     {@code interview4j-llm-adapters} send one on every call); a reply cut off by it is
 *     {@link ChatResponse#truncated() truncated}
 * @param timeout the time the call may take, or {@code null} for the adapter's default; adapters use it as the
 *     call's timeout, and decorators that make several calls for one request ({@code RetryingLanguageModel},
 *     {@code FallbackLanguageModel}, {@link StructuredChat}) spend it across all of them
 */
public record ChatRequest(List<ChatMessage> messages, JsonNode responseSchema, String schemaName,
                          Double temperature, Integer maxTokens, Duration timeout) {

    /** Validates and copies. @throws InvalidInputException when there are no messages or options are out of range */
    public ChatRequest {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new InvalidInputException("a chat request needs at least one message");
        }
        schemaName = schemaName == null || schemaName.isBlank() ? "output" : schemaName;
        if (temperature != null && (temperature < 0 || temperature > 2)) {
            throw new InvalidInputException("temperature must be within 0-2, was " + temperature);
        }
        if (maxTokens != null && maxTokens <= 0) {
            throw new InvalidInputException("maxTokens must be positive, was " + maxTokens);
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new InvalidInputException("timeout must be positive, was " + timeout);
        }
    }

    /**
     * @param messages the conversation
     * @return a free-text request with provider defaults
     */
    public static ChatRequest of(List<ChatMessage> messages) {
        return new ChatRequest(messages, null, null, null, null, null);
    }

    /**
     * @param messages the conversation
     * @param schemaName a short name for the schema
     * @param schema the JSON schema of the expected output
     * @param temperature sampling temperature
     * @return a structured-output request
     */
    public static ChatRequest structured(List<ChatMessage> messages, String schemaName, JsonNode schema, double temperature) {
        Objects.requireNonNull(schema, "schema");
        return new ChatRequest(messages, schema, schemaName, temperature, null, null);
    }

    /**
     * @param value the time the call may take, or {@code null} for the adapter's default
     * @return a copy with this timeout
     * @throws InvalidInputException when {@code value} is zero or negative
     */
    public ChatRequest withTimeout(Duration value) {
        return new ChatRequest(messages, responseSchema, schemaName, temperature, maxTokens, value);
    }

    /**
     * @param value the cap on output tokens, or {@code null} for the adapter's default
     * @return a copy with this cap
     * @throws InvalidInputException when {@code value} is zero or negative
     */
    public ChatRequest withMaxTokens(Integer value) {
        return new ChatRequest(messages, responseSchema, schemaName, temperature, value, timeout);
    }

    /** @return the schema, if structured output was asked for */
    public Optional<JsonNode> schema() {
        return Optional.ofNullable(responseSchema);
    }

    /** @return the total characters of all messages, a cheap measure of prompt size */
    public int promptChars() {
        return messages.stream().mapToInt(m -> m.content().length()).sum();
    }
}
