package io.interview4j.llm.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The one Jackson {@link ObjectMapper} of the adapters: unknown fields ignored, trailing content refused, nulls left
 * out of requests.
 * Thread-safe once built, shared by every adapter. Internal to the adapters.
 */
public final class Json {

    /** The shared mapper; do not reconfigure it. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
            // A streamed (NDJSON) answer from a server that ignored "stream": false must not pass for one object.
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private Json() {
    }

    /**
     * @param value a wire record
     * @return its JSON
     * @throws UncheckedIOException when it cannot be written, which would be a bug in a wire record
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * @param text any text
     * @return the parsed tree when the text is a JSON object or array, empty otherwise (never throws)
     */
    public static Optional<JsonNode> tryParse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readTree(trimmed));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /**
     * @param node a JSON node or null
     * @param field a field name
     * @return the field's text when it is a non-blank string or a number, else {@code null}
     */
    public static String text(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }
}
