package io.interview4j.llm.http.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.llm.exception.MalformedResponseException;

/** What the response mappers share when they read a provider's 2xx answer. Internal to the adapters. */
public final class WireAnswers {

    private WireAnswers() {
    }

    /**
     * @param body the response body
     * @param type the wire record to read it into
     * @param provider the provider name, for messages
     * @param <T> the wire record's type
     * @return the parsed answer
     * @throws MalformedResponseException when the body is not a JSON object of that shape
     */
    public static <T> T parse(String body, Class<T> type, String provider) {
        try {
            JsonNode tree = Json.MAPPER.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw malformed(provider, "not a JSON object", null);
            }
            return Json.MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the body, which is provider text: only the place is kept, and no cause
            throw malformed(provider, "not JSON" + where(e), null);
        }
    }

    /** @return {@code " (line L, column C)"} of a parse failure, or {@code ""} when Jackson knows no place */
    public static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    /**
     * @param provider the provider name
     * @param what what is wrong, such as {@code no choices in the answer}
     * @param cause the parse failure, or {@code null}
     * @return a non-retriable exception with status 200 and the message "{provider} sent an unreadable answer: {what}"
     */
    public static MalformedResponseException malformed(String provider, String what, Throwable cause) {
        return new MalformedResponseException(provider + " sent an unreadable answer: " + what, provider, 200, false,
                null, null, cause);
    }

    /**
     * @param value a token count, possibly null
     * @return the count, or 0 when it is missing or negative
     */
    public static long nonNegative(Long value) {
        return value == null || value < 0 ? 0 : value;
    }

    /**
     * @param reported the model the answer names, possibly null or blank
     * @param configured the model asked for
     * @return the reported model, or the configured one when the answer names none
     */
    public static String model(String reported, String configured) {
        return reported == null || reported.isBlank() ? configured : reported;
    }

    /**
     * @param text a provider's text for a message
     * @return the text cut to 200 characters, with {@code ...} when cut
     */
    public static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
