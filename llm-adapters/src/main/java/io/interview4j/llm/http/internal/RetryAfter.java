package io.interview4j.llm.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the delay a provider asks for before the next attempt. In order of preference: the {@code retry-after-ms}
 * header (milliseconds, fraction allowed), the {@code retry-after} header (seconds, fraction allowed, or an HTTP
 * date), and Gemini's {@code RetryInfo.retryDelay} in the error body ({@code "47s"}, {@code "1.2036s"}).
 * Negative, unparseable or absent values give empty.
 */
public final class RetryAfter {

    private static final String RETRY_INFO_TYPE = "type.googleapis.com/google.rpc.RetryInfo";

    private RetryAfter() {
    }

    /**
     * @param headers the response headers (names compared ignoring case)
     * @param errorBody the parsed error body, or {@code null}
     * @param clock the clock an HTTP-date is measured against
     * @return the requested delay, if the provider sent one
     */
    public static Optional<Duration> from(Map<String, List<String>> headers, JsonNode errorBody, Clock clock) {
        Optional<Duration> millis = Headers.first(headers, "retry-after-ms").flatMap(v -> seconds(v, 1_000));
        if (millis.isPresent()) {
            return millis;
        }
        Optional<String> retryAfter = Headers.first(headers, "retry-after");
        if (retryAfter.isPresent()) {
            Optional<Duration> value = seconds(retryAfter.get(), 1).or(() -> httpDate(retryAfter.get(), clock));
            if (value.isPresent()) {
                return value;
            }
        }
        return retryInfo(errorBody);
    }

    /**
     * @param errorBody a Google RPC error body ({@code {"error":{"details":[...]}}}) or null
     * @return the {@code RetryInfo.retryDelay}, if present
     */
    public static Optional<Duration> retryInfo(JsonNode errorBody) {
        if (errorBody == null) {
            return Optional.empty();
        }
        JsonNode details = errorBody.path("error").path("details");
        if (!details.isArray()) {
            return Optional.empty();
        }
        for (JsonNode detail : details) {
            if (RETRY_INFO_TYPE.equals(detail.path("@type").asText()) && detail.path("retryDelay").isTextual()) {
                String delay = detail.path("retryDelay").asText().strip();
                if (delay.endsWith("s")) {
                    return seconds(delay.substring(0, delay.length() - 1), 1);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param value a decimal number
     * @param unitsPerSecond 1 for seconds, 1000 for milliseconds
     * @return the duration, empty when not a non-negative finite number
     */
    static Optional<Duration> seconds(String value, int unitsPerSecond) {
        try {
            double number = Double.parseDouble(value.strip());
            if (!Double.isFinite(number) || number < 0) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos(Math.round(number * 1_000_000_000d / unitsPerSecond)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> httpDate(String value, Clock clock) {
        try {
            ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration delay = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
