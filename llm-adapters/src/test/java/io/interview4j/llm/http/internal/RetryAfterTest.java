package io.interview4j.llm.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}: {1} -> {2} ms")
    @CsvSource({
            "retry-after-ms, 1500, 1500",
            "retry-after-ms, 12.5, 12",
            "retry-after, 20, 20000",
            "retry-after, 1.5, 1500",
            "retry-after, 0, 0",
            "Retry-After, 3, 3000",
            "'retry-after', 'Sun, 01 Jun 2025 12:00:10 GMT', 10000",
            "'retry-after', 'Sun, 01 Jun 2025 11:00:00 GMT', 0"})
    void should_read_delay_when_header_is_sent(String header, String value, long millis) {
        // when
        var delay = RetryAfter.from(Map.of(header, List.of(value)), null, CLOCK);

        // then
        assertThat(delay).hasValueSatisfying(d -> assertThat(d.toMillis()).isEqualTo(millis));
    }

    @ParameterizedTest
    @CsvSource({"retry-after, soon", "retry-after, -5", "retry-after-ms, NaN", "retry-after, ''"})
    void should_give_empty_when_header_is_unusable(String header, String value) {
        // when
        var delay = RetryAfter.from(Map.of(header, List.of(value)), null, CLOCK);

        // then
        assertThat(delay).isEmpty();
    }

    @Test
    void should_prefer_milliseconds_when_both_headers_are_sent() {
        // when
        var delay = RetryAfter.from(Map.of("retry-after", List.of("20"), "retry-after-ms", List.of("250")), null, CLOCK);

        // then
        assertThat(delay).contains(Duration.ofMillis(250));
    }

    @Test
    void should_prefer_header_over_body_when_both_are_sent() {
        // given
        JsonNode body = Json.tryParse("""
                {"error":{"details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"47s"}]}}""").orElseThrow();

        // when
        var fromHeader = RetryAfter.from(Map.of("retry-after", List.of("2")), body, CLOCK);
        var fromBody = RetryAfter.from(Map.of(), body, CLOCK);

        // then
        assertThat(fromHeader).contains(Duration.ofSeconds(2));
        assertThat(fromBody).contains(Duration.ofSeconds(47));
    }

    @Test
    void should_ignore_other_details_when_body_has_no_retry_info() {
        // given
        JsonNode body = Json.tryParse("""
                {"error":{"details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"RATE_LIMIT_EXCEEDED"}]}}""").orElseThrow();

        // then
        assertThat(RetryAfter.retryInfo(body)).isEmpty();
        assertThat(RetryAfter.retryInfo(null)).isEmpty();
    }
}
