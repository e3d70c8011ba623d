package io.interview4j.llm.resilience;

import io.interview4j.testkit.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.exception.ModelTimeoutException;
import io.interview4j.llm.exception.ModelUnavailableException;
import io.interview4j.llm.exception.RateLimitedException;
import io.interview4j.llm.openai.OpenAiCompatibleLanguageModel;
import io.interview4j.testkit.ScriptedLanguageModel;
import io.interview4j.testkit.StubServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A request's timeout is the budget of all the retries and fallbacks made for it. */
class TimeBudgetTest {

    private static final ChatRequest REQUEST = ChatRequest.of(List.of(ChatMessage.user("hello")))
            .withTimeout(Duration.ofSeconds(1));
    /** 200 ms, then 400 ms, without jitter. */
    private static final Backoff SHORT = new Backoff(Duration.ofMillis(200), 2.0, Duration.ofSeconds(8), 0.0,
            Duration.ofSeconds(60));

    private final ManualClock clock = new ManualClock();
    private final List<Duration> sleeps = new ArrayList<>();

    private RetryingLanguageModel retrying(LanguageModel delegate) {
        return RetryingLanguageModel.builder(delegate).maxAttempts(5).backoff(SHORT).clock(clock).sleeper(d -> {
            sleeps.add(d);
            clock.advance(d);
        }).build();
    }

    private static ModelTimeoutException timedOut() {
        return new ModelTimeoutException("openai did not answer in time", "openai", 0, true, null, null, null);
    }

    private static ModelUnavailableException down(String provider) {
        return new ModelUnavailableException("503", provider, 503, true, null, null, null);
    }

    /** A model whose every call takes {@code millis} on the clock and then fails as {@code failure} says. */
    private ScriptedLanguageModel slowFailing(long millis, RuntimeException failure) {
        return new ScriptedLanguageModel("openai").otherwise(r -> {
            clock.advance(Duration.ofMillis(millis));
            throw failure;
        });
    }

    @Test
    void should_stop_retrying_when_the_wait_would_use_up_what_is_left_of_the_requests_time() {
        // given attempts of 300 ms against a budget of 1 s: 0-300, wait 200, 500-800, and a wait of 400 would end past 1 s
        ScriptedLanguageModel delegate = slowFailing(300, timedOut());

        // when
        assertThatThrownBy(() -> retrying(delegate).chat(REQUEST)).isInstanceOf(ModelTimeoutException.class);

        // then
        assertThat(delegate.requests()).extracting(ChatRequest::timeout)
                .containsExactly(Duration.ofSeconds(1), Duration.ofMillis(500));
        assertThat(sleeps).containsExactly(Duration.ofMillis(200));
    }

    @Test
    void should_not_wait_a_retry_after_longer_than_the_time_left() {
        // given a provider asking for 2 s when 1 s is left
        RateLimitedException limited = new RateLimitedException("429", "openai", 429, true, "rate_limit_exceeded",
                Duration.ofSeconds(2), null);
        ScriptedLanguageModel delegate = new ScriptedLanguageModel("openai").fail(limited).reply("late");

        // when
        assertThatThrownBy(() -> retrying(delegate).chat(REQUEST)).isSameAs(limited);

        // then
        assertThat(delegate.requests()).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void should_retry_as_before_when_the_request_has_no_timeout() {
        // given
        ScriptedLanguageModel delegate = slowFailing(300, timedOut());

        // when
        assertThatThrownBy(() -> retrying(delegate).chat(REQUEST.withTimeout(null)))
                .isInstanceOf(ModelTimeoutException.class);

        // then
        assertThat(delegate.requests()).hasSize(5).extracting(ChatRequest::timeout).containsOnlyNulls();
    }

    @Test
    void should_stop_after_the_budget_against_a_loopback_server_slower_than_the_timeout() {
        try (StubServer server = StubServer.start()) {
            // given a server that answers after 30 s, and attempts that take 300 ms on the retrying model's clock
            String ok = "{\"model\":\"m\",\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"hi\"},"
                    + "\"finish_reason\":\"stop\"}]}";
            for (int i = 0; i < 5; i++) {
                server.enqueue(StubServer.json(200, ok).delayedBy(Duration.ofSeconds(30)));
            }
            OpenAiCompatibleLanguageModel http = OpenAiCompatibleLanguageModel.builder().baseUrl(server.baseUrl()).build();
            AtomicInteger attempts = new AtomicInteger();
            LanguageModel timed = new LanguageModel() {
                @Override
                public ChatResponse chat(ChatRequest request) {
                    attempts.incrementAndGet();
                    clock.advance(Duration.ofMillis(300));
                    return http.chat(request);
                }

                @Override
                public String provider() {
                    return http.provider();
                }
            };

            // when
            assertThatThrownBy(() -> retrying(timed).chat(REQUEST)).isInstanceOf(ModelTimeoutException.class);

            // then: two attempts of the five allowed
            assertThat(attempts).hasValue(2);
            assertThat(sleeps).containsExactly(Duration.ofMillis(200));
        }
    }

    @Test
    void should_give_the_next_member_of_a_fallback_chain_what_is_left_and_none_once_it_is_spent() {
        // given members whose calls take 400 ms and fail
        ScriptedLanguageModel a = slowFailing(400, down("a"));
        ModelUnavailableException bDown = down("b");
        ScriptedLanguageModel b = slowFailing(400, bDown);
        ScriptedLanguageModel c = slowFailing(400, down("c"));
        FallbackLanguageModel chain = FallbackLanguageModel.builder().members(List.of(a, b, c)).clock(clock).build();

        // when a 700 ms budget is spent during the second member's call
        assertThatThrownBy(() -> chain.chat(REQUEST.withTimeout(Duration.ofMillis(700)))).isSameAs(bDown);

        // then
        assertThat(a.requests()).extracting(ChatRequest::timeout).containsExactly(Duration.ofMillis(700));
        assertThat(b.requests()).extracting(ChatRequest::timeout).containsExactly(Duration.ofMillis(300));
        assertThat(c.requests()).isEmpty();
    }
}
