package io.interview4j.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.interview4j.llm.anthropic.AnthropicLanguageModel;
import io.interview4j.llm.config.LanguageModels;
import io.interview4j.llm.exception.InvalidModelRequestException;
import io.interview4j.llm.exception.ModelAuthenticationException;
import io.interview4j.llm.exception.ProviderException;
import io.interview4j.llm.gemini.GeminiLanguageModel;
import io.interview4j.llm.ollama.OllamaLanguageModel;
import io.interview4j.llm.openai.OpenAiCompatibleLanguageModel;
import io.interview4j.llm.resilience.RetryingLanguageModel;
import io.interview4j.llm.speech.OpenAiTranscriber;
import io.interview4j.testkit.StubServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No run of 6 or more characters of a configured key reaches an exception message, a cause or suppressed failure, a
 * {@code toString} or a log line, on every adapter's error path: a provider quoting the key's tail (as OpenAI's
 * "Incorrect API key provided: sk-ab...wxyz" does) or a fragment of its middle, and a key with a line break, which the
 * JDK's HTTP client refuses with a message that would quote it. Logs are SLF4J simple at debug on {@code System.err},
 * captured here.
 */
class KeyFragmentLeakTest {

    /** Random-looking keys, in each provider's shape, whose 6-character pieces no ordinary message contains. */
    private static final Map<String, String> KEYS = Map.of(
            "openai", "sk-proj-Q7vX9mZ2kLp4Rt8Wn3Yb6Hc1Jd5Fg0Ks",
            "anthropic", "sk-ant-api03-Hq2Wz8Vn5Tb1Lm7Xc4Rp9Jd6Gk3Fy0",
            "gemini", "AIzaSyQ8wE3rT6yU1iO4pA7sD0fG2hJ5kL9zXcV",
            "groq", "gsk_M4nB7vC1xZ9aS2dF5gH8jK3lQ6wE0rTyUiOp",
            "openrouter", "sk-or-v1-R5tY8uI2oP6aS9dF3gH7jK1lZ4xC0vBn",
            "ollama", "olp-Wq3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0Xc",
            "whisper", "sk-wsp-Bn4Mq7Wx1Ez8Rc5Tv2Yb9Un6Io3Pa0Sd");
    private static final ChatRequest REQUEST = ChatRequest.of(List.of(ChatMessage.user("hello")));

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureLogs() {
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreLogs() {
        System.setErr(originalErr);
    }

    @Test
    void should_keep_every_fragment_of_the_key_out_when_providers_quote_its_tail_or_middle() {
        // given every adapter answering 503 then 401, each quoting pieces of its caller's key in a provider's words
        List<String> texts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try (StubServer server = StubServer.start()) {
            for (String provider : List.of("openai", "anthropic", "gemini", "groq", "openrouter", "ollama", "whisper")) {
                String key = KEYS.get(provider);
                keys.add(key);
                String tail = key.substring(key.length() - 12);
                String busy = "{\"error\":{\"message\":\"Overloaded for key ..." + key.substring(9, 17)
                        + "... (ends " + tail + ")\",\"type\":\"server_error\"}}";
                String denied = "{\"error\":{\"message\":\"Incorrect API key provided: sk-" + key.substring(3, 6) + "..."
                        + tail + ". Also seen as sk-...." + key.substring(key.length() - 4) + " and as " + key.substring(2, 5)
                        + "****" + key.substring(key.length() - 7) + "\",\"type\":\"invalid_request_error\"}}";
                server.enqueue(StubServer.json(503, busy).withHeader("retry-after-ms", "1"));
                server.enqueue(StubServer.json(401, denied));
                Function<String, Object> call = model(provider, server.baseUrl());

                // when
                Throwable thrown = catchThrowable(() -> call.apply(key));

                // then
                assertThat(thrown).as(provider).isInstanceOf(ModelAuthenticationException.class);
                texts.add(describe(thrown));
            }
            assertThat(server.requests()).hasSize(14);
        }
        assertThat(logs()).as("the retries were logged with the provider's message").contains("retrying in")
                .contains("Overloaded for key");
        assertNoFragment(String.join("\n", texts) + "\n" + logs(), keys);
    }

    @Test
    void should_name_the_header_not_the_key_when_the_http_client_refuses_a_key_with_a_line_break() {
        // given every adapter configured with a key that holds a line break
        List<String> texts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try (StubServer server = StubServer.start()) {
            for (String provider : List.of("openai", "anthropic", "gemini", "ollama", "whisper")) {
                String whole = KEYS.get(provider);
                String key = whole.substring(0, 15) + "\n" + whole.substring(15);
                keys.add(whole);
                Function<String, Object> call = model(provider, server.baseUrl());

                // when
                Throwable thrown = catchThrowable(() -> call.apply(key));

                // then
                assertThat(thrown).as(provider).isInstanceOf(InvalidModelRequestException.class)
                        .hasMessageContaining("header").hasMessageContaining("not shown").hasNoCause();
                texts.add(describe(thrown));
            }
            assertThat(server.requests()).as("nothing was sent").isEmpty();
        }
        assertNoFragment(String.join("\n", texts) + "\n" + logs(), keys);
    }

    /** @return a call of the provider's adapter, built with the given key, with retries that do not sleep */
    private static Function<String, Object> model(String provider, String baseUrl) {
        return key -> switch (provider) {
            case "whisper" -> transcribeTwice(OpenAiTranscriber.builder().baseUrl(baseUrl + "/v1").apiKey(key).build());
            case "ollama" -> retrying(OllamaLanguageModel.builder().baseUrl(baseUrl).apiKey(key).build()).chat(REQUEST);
            case "anthropic" -> retrying(AnthropicLanguageModel.builder().baseUrl(baseUrl).apiKey(key).build()).chat(REQUEST);
            case "gemini" -> retrying(GeminiLanguageModel.builder().baseUrl(baseUrl + "/v1beta").apiKey(key).build())
                    .chat(REQUEST);
            case "openai" -> retrying(OpenAiCompatibleLanguageModel.builder().baseUrl(baseUrl + "/v1").apiKey(key).build())
                    .chat(REQUEST);
            default -> retrying(LanguageModels.adapter(provider, Map.of(provider.toUpperCase() + "_API_KEY", key), null,
                    baseUrl + "/v1")).chat(REQUEST);
        };
    }

    /** The transcriber does not retry: a second call, the first failure kept as suppressed. */
    private static Object transcribeTwice(OpenAiTranscriber transcriber) {
        try {
            return transcriber.transcribe(new byte[] {1, 2, 3}, "a.wav", "audio/wav");
        } catch (ProviderException first) {
            try {
                return transcriber.transcribe(new byte[] {1, 2, 3}, "a.wav", "audio/wav");
            } catch (ProviderException second) {
                second.addSuppressed(first);
                throw second;
            }
        }
    }

    private static LanguageModel retrying(LanguageModel model) {
        String shown = model.toString();
        assertThat(shown).contains("apiKey=***");
        return RetryingLanguageModel.builder(model).sleeper(d -> { }).build();
    }

    private String logs() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** Every message, toString, cause and suppressed failure of the chain. */
    private static String describe(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t).append('\n').append(t.getMessage()).append('\n').append(t.getLocalizedMessage()).append('\n');
            for (Throwable s : t.getSuppressed()) {
                all.append(describe(s));
            }
        }
        return all.toString();
    }

    private static void assertNoFragment(String text, List<String> keys) {
        for (String key : keys) {
            for (int i = 0; i + 6 <= key.length(); i++) {
                assertThat(text).as("a fragment of " + key.substring(0, 3) + "... (offset " + i + ")")
                        .doesNotContain(key.substring(i, i + 6));
            }
        }
    }
}
