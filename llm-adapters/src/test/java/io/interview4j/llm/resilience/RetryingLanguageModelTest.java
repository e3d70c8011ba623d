package io.interview4j.llm.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.ModelException;
import io.interview4j.llm.exception.ModelAuthenticationException;
import io.interview4j.llm.exception.ModelConnectionException;
import io.interview4j.llm.exception.ModelOutputParseException;
import io.interview4j.llm.exception.ModelUnavailableException;
import io.interview4j.llm.exception.QuotaExceededException;
import io.interview4j.llm.exception.RateLimitedException;
import io.interview4j.llm.gemini.GeminiLanguageModel;
import io.interview4j.llm.openai.OpenAiCompatibleLanguageModel;
import io.interview4j.testkit.StubServer;
import io.interview4j.testkit.ScriptedLanguageModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryingLanguageModelTest {

    private static final ChatRequest REQUEST = ChatRequest.of(List.of(ChatMessage.user("hello")));

    private final List<Duration> sleeps = new ArrayList<>();

    private RetryingLanguageModel.Builder retrying(ScriptedLanguageModel delegate) {
        return RetryingLanguageModel.builder(delegate).sleeper(sleeps::add).random(() -> 0.0);
    }

    private static ModelUnavailableException unavailable() {
        return new ModelUnavailableException("openai returned HTTP 503: down", "openai", 503, true, null, null, null);
    }

    @Test
    void should_retry_with_exponential_backoff_when_failures_are_retriable() {
        // given
        ScriptedLanguageModel delegate = new ScriptedLanguageModel("openai").fail(unavailable()).fail(unavailable()).reply("ok");

        // when
        ChatResponse response = retrying(delegate).build().chat(REQUEST);

        // then
        assertThat(response.text()).isEqualTo("ok");
        assertThat(delegate.requests()).hasSize(3);
        assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void should_apply_jitter_from_the_random_source_when_backing_off() {
        // given
        ScriptedLanguageModel delegate = new ScriptedLanguageModel().fail(unavailable()).fail(unavailable()).reply("ok");

        // when
        RetryingLanguageModel.builder(delegate).sleeper(sleeps::add).random(() -> 0.5).build().chat(REQUEST);

        // then
        assertThat(sleeps).containsExactly(Duration.ofNanos(437_500_000), Duration.ofMillis(875));
    }

    @Test
    void should_wait_what_provider_asks_when_failure_has_retry_after() {
        // given
        RateLimitedException limited = new RateLimitedException("429", "openai", 429, true, "rate_limit_exceeded",
                Duration.ofMillis(2500), null);
        ScriptedLanguageModel delegate = new ScriptedLanguageModel().fail(limited).fail(unavailable()).reply("ok");

        // when
        retrying(delegate).build().chat(REQUEST);

        // then
        assertThat(sleeps).containsExactly(Duration.ofMillis(2500), Duration.ofMillis(1000));
    }

    @Test
    void should_throw_last_failure_when_attempts_run_out() {
        // given
        ModelUnavailableException last = new ModelUnavailableException("third", "openai", 502, true, null, null, null);
        ScriptedLanguageModel delegate = new ScriptedLanguageModel().fail(unavailable()).fail(unavailable()).fail(last).reply("never");

        // then
        assertThatThrownBy(() -> retrying(delegate).build().chat(REQUEST)).isSameAs(last);
        assertThat(delegate.requests()).hasSize(3);
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void should_not_retry_when_failure_is_not_retriable() {
        // given
        QuotaExceededException quota = new QuotaExceededException("quota", "openai", 429, false, "insufficient_quota", null, null);
        ModelAuthenticationException auth = new ModelAuthenticationException("401", "openai", 401, false, null, null, null);
        ScriptedLanguageModel delegate = new ScriptedLanguageModel().fail(quota).fail(auth);
        RetryingLanguageModel model = retrying(delegate).build();

        // then
        assertThatThrownBy(() -> model.chat(REQUEST)).isSameAs(quota);
        assertThatThrownBy(() -> model.chat(REQUEST)).isSameAs(auth);
        assertThat(delegate.requests()).hasSize(2);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void should_give_up_at_once_when_provider_asks_to_wait_too_long() {
        // given
        RateLimitedException limited = new RateLimitedException("429", "gemini", 429, true, null, Duration.ofMinutes(5), null);
        ScriptedLanguageModel delegate = new ScriptedLanguageModel().fail(limited).reply("ok");

        // then
        assertThatThrownBy(() -> retrying(delegate).build().chat(REQUEST)).isSameAs(limited);
        assertThat(delegate.requests()).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void should_honour_custom_attempts_backoff_and_cap_when_configured() {
        // given
        RateLimitedException limited = new RateLimitedException("429", "gemini", 429, true, null, Duration.ofMinutes(5), null);
        ScriptedLanguageModel delegate = new ScriptedLanguageModel().fail(unavailable()).fail(unavailable())
                .fail(unavailable()).fail(limited).reply("ok");
        Backoff backoff = new Backoff(Duration.ofMillis(100), 3.0, Duration.ofMillis(500), 0.0, Duration.ofMinutes(10));

        // when
        retrying(delegate).maxAttempts(5).backoff(backoff).build().chat(REQUEST);

        // then
        assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofMillis(500),
                Duration.ofMinutes(5));
    }

    @Test
    void should_map_unchecked_io_exception_to_retriable_connection_error_when_delegate_throws_it() {
        // given
        ScriptedLanguageModel delegate = new ScriptedLanguageModel("custom")
                .fail(new UncheckedIOException(new IOException("reset"))).reply("ok");

        // when
        ChatResponse response = retrying(delegate).build().chat(REQUEST);

        // then
        assertThat(response.text()).isEqualTo("ok");
        assertThat(sleeps).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void should_throw_connection_error_when_io_failures_persist() {
        // given
        UncheckedIOException io = new UncheckedIOException(new IOException("reset"));
        ScriptedLanguageModel delegate = new ScriptedLanguageModel("custom").fail(io).fail(io).fail(io);

        // then
        assertThatThrownBy(() -> retrying(delegate).build().chat(REQUEST)).isInstanceOf(ModelConnectionException.class)
                .hasCause(io);
    }

    @Test
    void should_not_retry_programming_errors_when_delegate_throws_them() {
        // given
        ScriptedLanguageModel delegate = new ScriptedLanguageModel().fail(new IllegalStateException("bug")).reply("ok");

        // then
        assertThatThrownBy(() -> retrying(delegate).build().chat(REQUEST)).isInstanceOf(IllegalStateException.class);
        assertThat(delegate.requests()).hasSize(1);
    }

    @Test
    void should_use_retry_on_predicate_when_given() {
        // given
        ModelException plain = new ModelException("custom, not retriable", 0, false, null);
        ScriptedLanguageModel delegate = new ScriptedLanguageModel().fail(plain).reply("ok");

        // when
        ChatResponse response = retrying(delegate).retryOn(e -> true).build().chat(REQUEST);

        // then
        assertThat(response.text()).isEqualTo("ok");
    }

    @Test
    void should_stop_and_restore_interrupt_when_sleep_is_interrupted() {
        // given
        ScriptedLanguageModel delegate = new ScriptedLanguageModel().fail(unavailable()).reply("ok");
        RetryingLanguageModel model = RetryingLanguageModel.builder(delegate)
                .sleeper(d -> {
                    throw new InterruptedException();
                }).build();

        // then
        try {
            assertThatThrownBy(() -> model.chat(REQUEST)).isInstanceOf(ModelException.class).hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void should_report_delegate_provider_and_reject_bad_options_when_built() {
        // given
        ScriptedLanguageModel delegate = new ScriptedLanguageModel("anthropic");

        // then
        assertThat(RetryingLanguageModel.of(delegate).provider()).isEqualTo("anthropic");
        assertThat(RetryingLanguageModel.of(delegate).retry().getName()).isEqualTo("interview4j-anthropic");
        assertThatThrownBy(() -> RetryingLanguageModel.builder(delegate).maxAttempts(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RetryingLanguageModel.builder(delegate).maxAttempts(2).maxAttempts(3).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("maxAttempts");
    }

    @Test
    void should_retry_real_http_errors_and_honour_retry_after_headers_when_server_sends_them() {
        // given
        try (StubServer server = StubServer.start()) {
            server.enqueue(StubServer.json(429, "{\"error\":{\"message\":\"slow\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}")
                    .withHeader("retry-after-ms", "1200"));
            server.enqueue(StubServer.json(503, "").withHeader("retry-after", "3"));
            server.enqueue(StubServer.json(500, "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}"));
            server.enqueue(200, "{\"model\":\"m\",\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"hi\"},\"finish_reason\":\"stop\"}]}");
            OpenAiCompatibleLanguageModel http = OpenAiCompatibleLanguageModel.builder().baseUrl(server.baseUrl()).build();

            // when
            ChatResponse response = RetryingLanguageModel.builder(http).maxAttempts(4).sleeper(sleeps::add)
                    .random(() -> 0.0).build().chat(REQUEST);

            // then
            assertThat(response.text()).isEqualTo("hi");
            assertThat(sleeps).containsExactly(Duration.ofMillis(1200), Duration.ofSeconds(3), Duration.ofMillis(2000));
            assertThat(server.requests()).hasSize(4);
        }
    }

    @Test
    void should_wait_gemini_retry_delay_when_429_body_carries_retry_info() {
        // given
        try (StubServer server = StubServer.start()) {
            server.enqueue(429, """
                    {"error":{"code":429,"message":"Please retry in 1.5s.","status":"RESOURCE_EXHAUSTED",
                     "details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"1.5s"}]}}""");
            server.enqueue(200, """
                    {"candidates":[{"content":{"parts":[{"text":"ok"}],"role":"model"},"finishReason":"STOP"}]}""");
            GeminiLanguageModel gemini = GeminiLanguageModel.builder().baseUrl(server.baseUrl()).apiKey("AIza-test-key").build();

            // when
            ChatResponse response = RetryingLanguageModel.builder(gemini).sleeper(sleeps::add).build().chat(REQUEST);

            // then
            assertThat(response.text()).isEqualTo("ok");
            assertThat(sleeps).containsExactly(Duration.ofMillis(1500));
        }
    }

    @Test
    void should_not_retry_insufficient_quota_when_it_comes_as_429() {
        // given
        try (StubServer server = StubServer.start()) {
            server.enqueue(StubServer.json(429, """
                    {"error":{"message":"You exceeded your current quota","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}""")
                    .withHeader("retry-after", "1"));
            OpenAiCompatibleLanguageModel http = OpenAiCompatibleLanguageModel.builder().baseUrl(server.baseUrl()).build();

            // then
            assertThatThrownBy(() -> RetryingLanguageModel.builder(http).sleeper(sleeps::add).build().chat(REQUEST))
                    .isInstanceOf(QuotaExceededException.class);
            assertThat(server.requests()).hasSize(1);
            assertThat(sleeps).isEmpty();
        }
    }

    private static ModelOutputParseException unparsable() {
        return new ModelOutputParseException("openai returned HTTP 500 (model_output_unparsable): Failed to parse input "
                + "at pos 412", "openai", 500, true, ModelOutputParseException.ERROR_TYPE, null, null);
    }

    @Test
    void should_retry_a_server_that_cannot_parse_the_models_output_once_only() {
        // given
        ScriptedLanguageModel delegate = new ScriptedLanguageModel("openai").fail(unparsable()).fail(unparsable())
                .reply("never reached");

        // when
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> retrying(delegate).maxAttempts(5).build().chat(REQUEST));

        // then
        assertThat(thrown).isInstanceOf(ModelOutputParseException.class);
        assertThat(delegate.requests()).hasSize(2);
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void should_keep_retrying_other_failures_around_a_single_output_parse_failure() {
        // given
        ScriptedLanguageModel delegate = new ScriptedLanguageModel("openai").fail(unavailable()).fail(unparsable())
                .fail(unavailable()).reply("ok");

        // when
        ChatResponse response = retrying(delegate).maxAttempts(4).build().chat(REQUEST);

        // then
        assertThat(response.text()).isEqualTo("ok");
        assertThat(delegate.requests()).hasSize(4);
    }

    @Test
    void should_count_output_parse_failures_per_call_not_per_model() {
        // given
        ScriptedLanguageModel delegate = new ScriptedLanguageModel("openai").fail(unparsable()).reply("first")
                .fail(unparsable()).reply("second");
        RetryingLanguageModel model = retrying(delegate).build();

        // when
        String first = model.chat(REQUEST).text();
        String second = model.chat(REQUEST).text();

        // then
        assertThat(List.of(first, second)).containsExactly("first", "second");
        assertThat(delegate.requests()).hasSize(4);
    }

    @Test
    void should_send_a_llama_cpp_server_that_cannot_parse_its_own_output_two_requests_not_three() {
        // given: llama-server's answer when its chat-format parser fails on what the model generated
        try (StubServer server = StubServer.start()) {
            String body = """
                    {"error":{"code":500,"message":"Failed to parse input at pos 37: <|channel|>final <|message|>{\\"score\\": 4","type":"server_error"}}""";
            for (int i = 0; i < 3; i++) {
                server.enqueue(500, body);
            }
            OpenAiCompatibleLanguageModel http = OpenAiCompatibleLanguageModel.builder().baseUrl(server.baseUrl()).build();

            // when
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> RetryingLanguageModel.builder(http)
                    .sleeper(sleeps::add).random(() -> 0.0).build().chat(REQUEST));

            // then
            assertThat(thrown).isInstanceOfSatisfying(ModelOutputParseException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(500);
                assertThat(e.retriable()).isTrue();
                assertThat(e.getMessage()).contains("Failed to parse input at pos 37");
            });
            assertThat(server.requests()).hasSize(2);
        }
    }
}
