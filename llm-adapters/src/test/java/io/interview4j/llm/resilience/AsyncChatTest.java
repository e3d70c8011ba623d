package io.interview4j.llm.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.config.LanguageModels;
import io.interview4j.llm.exception.ModelAuthenticationException;
import io.interview4j.llm.exception.RateLimitedException;
import io.interview4j.llm.testing.FakeProviderServer;
import io.interview4j.llm.testing.FakeProviderServer.Protocol;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The asynchronous call through the real adapters on loopback servers speaking each wire format, and the retry and
 * fallback decorators' asynchronous paths: retries on 429 and 5xx wait on a scheduler, never on a sleeping thread.
 */
class AsyncChatTest {

    private static final ChatRequest REQUEST = ChatRequest.of(List.of(ChatMessage.user("hello")));
    private static final Sleeper NO_SLEEP = d -> {
        throw new AssertionError("the asynchronous path must not sleep on a thread");
    };

    /** A scheduler that records every delay it is asked to wait. */
    private static final class RecordingScheduler extends ScheduledThreadPoolExecutor {
        final List<Long> delays = Collections.synchronizedList(new ArrayList<>());

        RecordingScheduler() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            delays.add(unit.toMillis(delay));
            return super.schedule(command, delay, unit);
        }
    }

    private final RecordingScheduler scheduler = new RecordingScheduler();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private static LanguageModel adapter(String provider, String keyVariable, String urlVariable, FakeProviderServer server) {
        RetryingLanguageModel configured = (RetryingLanguageModel) LanguageModels.byName(provider,
                Map.of(keyVariable, "k-1234", urlVariable, server.baseUrl()), null, null);
        return configured.delegate();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "openai,     OPENAI,    OPENAI_API_KEY,     OPENAI_BASE_URL",
            "anthropic,  ANTHROPIC, ANTHROPIC_API_KEY,  ANTHROPIC_BASE_URL",
            "gemini,     GEMINI,    GEMINI_API_KEY,     GEMINI_BASE_URL",
            "ollama,     OLLAMA,    UNUSED,             OLLAMA_BASE_URL",
    })
    void should_answer_asynchronously_after_retrying_429_and_5xx_on_the_scheduler(String provider, Protocol protocol,
                                                                                 String keyVariable, String urlVariable)
            throws Exception {
        try (FakeProviderServer server = FakeProviderServer.start(protocol, List.of(429, 503), "{\"ok\": true}")) {
            // given the adapter behind a retry that may not sleep, waiting on a recording scheduler
            LanguageModel model = RetryingLanguageModel.builder(adapter(provider, keyVariable, urlVariable, server))
                    .sleeper(NO_SLEEP).scheduler(scheduler).build();

            // when
            ChatResponse response = model.chatAsync(REQUEST).get(30, TimeUnit.SECONDS);

            // then the third request was answered, after two waits on the scheduler (the server's 10 ms retry-after)
            assertThat(response.text()).isEqualTo("{\"ok\": true}");
            assertThat(response.provider()).isEqualTo(provider);
            assertThat(server.requests()).hasSize(3);
            assertThat(scheduler.delays).containsExactly(10L, 10L);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "openai,     OPENAI,    OPENAI_API_KEY,     OPENAI_BASE_URL",
            "anthropic,  ANTHROPIC, ANTHROPIC_API_KEY,  ANTHROPIC_BASE_URL",
            "gemini,     GEMINI,    GEMINI_API_KEY,     GEMINI_BASE_URL",
            "ollama,     OLLAMA,    UNUSED,             OLLAMA_BASE_URL",
    })
    void should_send_the_same_wire_request_asynchronously_as_synchronously(String provider, Protocol protocol,
                                                                           String keyVariable, String urlVariable)
            throws Exception {
        try (FakeProviderServer server = FakeProviderServer.start(protocol, List.of(), "same")) {
            // given
            LanguageModel model = adapter(provider, keyVariable, urlVariable, server);

            // when
            ChatResponse sync = model.chat(REQUEST);
            ChatResponse async = model.chatAsync(REQUEST).get(30, TimeUnit.SECONDS);

            // then
            assertThat(async).isEqualTo(sync);
            assertThat(server.requests()).hasSize(2);
            assertThat(server.requests().get(1).path()).isEqualTo(server.requests().get(0).path());
            assertThat(server.requests().get(1).json()).isEqualTo(server.requests().get(0).json());
        }
    }

    @Test
    void should_fail_the_future_with_the_last_failure_when_the_attempts_run_out() {
        try (FakeProviderServer server = FakeProviderServer.start(Protocol.OPENAI, List.of(429, 429, 429), "late")) {
            // given
            LanguageModel model = RetryingLanguageModel.builder(adapter("openai", "OPENAI_API_KEY", "OPENAI_BASE_URL",
                    server)).sleeper(NO_SLEEP).scheduler(scheduler).build();

            // when / then
            CompletableFuture<ChatResponse> f = model.chatAsync(REQUEST);
            assertThatThrownBy(() -> f.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(RateLimitedException.class);
            assertThat(server.requests()).hasSize(3);
            assertThat(scheduler.delays).hasSize(2);
        }
    }

    @Test
    void should_not_retry_a_401_and_fall_back_to_the_next_member_asynchronously() throws Exception {
        try (FakeProviderServer openai = FakeProviderServer.start(Protocol.OPENAI, List.of(401), "from openai");
             FakeProviderServer anthropic = FakeProviderServer.start(Protocol.ANTHROPIC, List.of(529), "from anthropic")) {
            // given
            LanguageModel first = RetryingLanguageModel.builder(adapter("openai", "OPENAI_API_KEY", "OPENAI_BASE_URL",
                    openai)).sleeper(NO_SLEEP).scheduler(scheduler).build();
            LanguageModel second = RetryingLanguageModel.builder(adapter("anthropic", "ANTHROPIC_API_KEY",
                    "ANTHROPIC_BASE_URL", anthropic)).sleeper(NO_SLEEP).scheduler(scheduler).build();
            LanguageModel chain = FallbackLanguageModel.of(first, second);

            // when
            ChatResponse response = chain.chatAsync(REQUEST.withTimeout(Duration.ofSeconds(30))).get(30, TimeUnit.SECONDS);

            // then openai was asked once, anthropic twice (one retry of its 529), one wait on the scheduler
            assertThat(response.text()).isEqualTo("from anthropic");
            assertThat(response.provider()).isEqualTo("anthropic");
            assertThat(openai.requests()).hasSize(1);
            assertThat(anthropic.requests()).hasSize(2);
            assertThat(scheduler.delays).hasSize(1);
        }
    }

    @Test
    void should_fail_the_chain_with_the_last_failure_and_the_earlier_ones_suppressed() {
        try (FakeProviderServer openai = FakeProviderServer.start(Protocol.OPENAI, List.of(401), "never");
             FakeProviderServer gemini = FakeProviderServer.start(Protocol.GEMINI, List.of(401), "never")) {
            // given
            LanguageModel chain = FallbackLanguageModel.of(
                    adapter("openai", "OPENAI_API_KEY", "OPENAI_BASE_URL", openai),
                    adapter("gemini", "GEMINI_API_KEY", "GEMINI_BASE_URL", gemini));

            // when / then
            assertThatThrownBy(() -> chain.chatAsync(REQUEST).get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ModelAuthenticationException.class)
                    .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
        }
    }
}
