package io.interview4j.llm.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.exception.ModelUnavailableException;
import io.interview4j.llm.exception.RateLimitedException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    @ParameterizedTest(name = "attempt {0}, random {1} -> {2} ms")
    @CsvSource({
            "1, 0.0, 500", "2, 0.0, 1000", "3, 0.0, 2000", "4, 0.0, 4000", "5, 0.0, 8000", "6, 0.0, 8000",
            "1, 0.5, 437.5", "1, 0.999999, 375.0001", "3, 1.0, 1500"})
    void should_grow_exponentially_with_jitter_and_cap_when_no_delay_is_asked(int attempt, double random, double millis) {
        // when
        Duration delay = Backoff.DEFAULT.exponential(attempt, random);

        // then
        assertThat(delay.toNanos() / 1_000_000.0).isCloseTo(millis, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void should_use_provider_delay_when_failure_carries_one() {
        // given
        RateLimitedException failure = new RateLimitedException("slow down", "openai", 429, true, null, Duration.ofSeconds(7), null);

        // then
        assertThat(Backoff.DEFAULT.delayFor(1, failure, 0.9)).contains(Duration.ofSeconds(7));
    }

    @Test
    void should_give_up_when_provider_asks_longer_than_the_cap() {
        // given
        RateLimitedException failure = new RateLimitedException("slow down", "gemini", 429, true, null, Duration.ofSeconds(61), null);

        // then
        assertThat(Backoff.DEFAULT.delayFor(1, failure, 0.0)).isEmpty();
    }

    @Test
    void should_back_off_when_failure_has_no_delay() {
        // given
        ModelUnavailableException failure = new ModelUnavailableException("down", "openai", 503, true, null, null, null);

        // then
        assertThat(Backoff.DEFAULT.delayFor(2, failure, 0.0)).contains(Duration.ofSeconds(1));
        assertThat(Backoff.DEFAULT.delayFor(2, new IllegalStateException(), 0.0)).contains(Duration.ofSeconds(1));
    }

    @Test
    void should_reject_values_when_out_of_range() {
        // then
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), 2, Duration.ofSeconds(1), 0.25, Duration.ZERO))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("shorter");
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, 0.5, Duration.ZERO, 0.25, Duration.ZERO))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("multiplier");
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, 2, Duration.ZERO, 1.5, Duration.ZERO))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("jitter");
    }
}
