package io.interview4j.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.ChatModel;
import io.interview4j.llm.anthropic.AnthropicLanguageModel;
import io.interview4j.llm.config.LanguageModels;
import io.interview4j.llm.exception.InvalidModelRequestException;
import io.interview4j.llm.exception.ModelAuthenticationException;
import io.interview4j.llm.exception.ProviderException;
import io.interview4j.llm.gemini.GeminiLanguageModel;
import io.interview4j.llm.langchain4j.LangChain4jLanguageModel;
import io.interview4j.llm.ollama.OllamaLanguageModel;
import io.interview4j.llm.openai.OpenAiCompatibleLanguageModel;
import io.interview4j.llm.resilience.FallbackLanguageModel;
import io.interview4j.llm.resilience.RetryingLanguageModel;
import io.interview4j.llm.speech.OpenAiTranscriber;
import io.interview4j.llm.testing.FakeProviderServer;
import io.interview4j.llm.testing.FakeProviderServer.Protocol;
import io.interview4j.testkit.StubServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An API key never appears in a log line, an exception message or a {@code toString}. The tests run with SLF4J's
 * simple backend at debug level writing to {@code System.err}, which is captured here.
 *
 * <p>Beyond the whole key, no run of 6 or more characters of a configured key reaches an exception message, a cause
 * or suppressed failure, a {@code toString} or a log line, on every adapter's error path: a provider quoting the key's
 * tail (as OpenAI's "Incorrect API key provided: sk-ab...wxyz" does) or a fragment of its middle, and a key with a
 * line break, which the JDK's HTTP client refuses with a message that would quote it.
 */
class ApiKeyLeakTest {

    private static final Map<String, String> KEYS = Map.of(
            "openai", "sk-proj-LEAKCHECK-openai-0123456789",
            "anthropic", "sk-ant-api03-LEAKCHECK-anthropic-0123",
            "gemini", "AIzaLEAKCHECK-gemini-0123456789abcdef",
            "groq", "gsk_LEAKCHECKgroq0123456789",
            "openrouter", "sk-or-v1-LEAKCHECK-openrouter-0123",
            "ollama", "ollama-proxy-LEAKCHECK-0123456789",
            "whisper", "whisper-LEAKCHECK-0123456789");
    /** Random-looking keys, in each provider's shape, whose 6-character pieces no ordinary message contains. */
    private static final Map<String, String> FRAGMENT_KEYS = Map.of(
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

    private String logs() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_keep_keys_out_of_logs_messages_and_to_string_when_calls_fail_and_retry() {
        // given
        List<String> texts = new ArrayList<>();
        try (StubServer server = StubServer.start()) {
            for (String provider : List.of("openai", "anthropic", "gemini", "groq", "openrouter")) {
                String key = KEYS.get(provider);
                String echo = "{\"error\":{\"message\":\"Incorrect API key provided: " + key + "\",\"type\":\"x\"}}";
                server.enqueue(StubServer.json(503, echo).withHeader("retry-after-ms", "1"));
                server.enqueue(StubServer.json(401, echo));
                Map<String, String> env = Map.of(provider.toUpperCase() + "_API_KEY", key);
                LanguageModel model = LanguageModels.byName(provider, env, null, server.baseUrl() + "/v1");

                // when
                Throwable thrown = catchThrowable(() -> model.chat(REQUEST));

                texts.add(String.valueOf(thrown));
                texts.add(model.toString());
                texts.add(model.provider());
            }
        }

        // then
        String all = String.join("\n", texts) + "\n" + logs();
        assertThat(logs()).as("the retry was logged").contains("retrying in").contains("HTTP 503");
        KEYS.values().forEach(key -> assertThat(all).doesNotContain(key).doesNotContain("LEAKCHECK"));
    }

    @Test
    void should_keep_keys_out_of_logs_when_calls_succeed_at_debug_level() {
        // given
        try (FakeProviderServer server = FakeProviderServer.start(Protocol.OPENAI, List.of(429), "{}")) {
            String key = KEYS.get("openai");
            LanguageModel model = LanguageModels.byName("openai", Map.of("OPENAI_API_KEY", key,
                    "OPENAI_BASE_URL", server.baseUrl()), null, null);

            // when
            model.chat(REQUEST);

            // then
            assertThat(server.requests().get(1).header("Authorization")).isEqualTo("Bearer " + key);
            assertThat(logs()).contains("openai answered").doesNotContain(key).doesNotContain("LEAKCHECK");
        }
    }

    private static void assertNoKey(String text) {
        KEYS.values().forEach(key -> assertThat(text).doesNotContain(key));
        assertThat(text).doesNotContain("LEAKCHECK");
    }

    @Test
    void should_keep_keys_out_of_every_to_string_when_models_are_built_directly_and_from_the_environment() {
        // given
        List<Object> built = List.of(
                OpenAiCompatibleLanguageModel.builder().apiKey(KEYS.get("openai")).build(),
                AnthropicLanguageModel.builder().apiKey(KEYS.get("anthropic")).build(),
                GeminiLanguageModel.builder().apiKey(KEYS.get("gemini")).build(),
                OllamaLanguageModel.builder().apiKey(KEYS.get("ollama")).build(),
                OpenAiTranscriber.builder().apiKey(KEYS.get("whisper")).build(),
                RetryingLanguageModel.of(GeminiLanguageModel.builder().apiKey(KEYS.get("gemini")).build()),
                FallbackLanguageModel.of(AnthropicLanguageModel.builder().apiKey(KEYS.get("anthropic")).build(),
                        OpenAiCompatibleLanguageModel.builder().apiKey(KEYS.get("openai")).build()),
                LanguageModels.fromEnvironment(allKeys()).orElseThrow(),
                LanguageModels.auto(allKeys()).orElseThrow(),
                LanguageModels.byName("groq", allKeys(), null, null),
                LanguageModels.adapter("openrouter", allKeys(), null, null),
                LangChain4jLanguageModel.of(new ChatModel() {
                    @Override
                    public String toString() {
                        return "LeakyChatModel[" + KEYS.get("openai") + "]";
                    }
                }));

        // when
        String all = built.stream().map(String::valueOf).reduce("", (a, b) -> a + "\n" + b);

        // then
        assertThat(all).contains("apiKey=***");
        assertNoKey(all);
    }

    private static Map<String, String> allKeys() {
        Map<String, String> env = new HashMap<>();
        env.put("OPENAI_API_KEY", KEYS.get("openai"));
        env.put("ANTHROPIC_API_KEY", KEYS.get("anthropic"));
        env.put("GEMINI_API_KEY", KEYS.get("gemini"));
        env.put("GROQ_API_KEY", KEYS.get("groq"));
        env.put("OPENROUTER_API_KEY", KEYS.get("openrouter"));
        env.put("OLLAMA_BASE_URL", "http://127.0.0.1:11434");
        return env;
    }

    @Test
    void should_keep_keys_out_of_logs_and_messages_when_a_whole_chain_fails_with_echoed_keys() {
        // given every provider of an automatic chain answers 503 then 401, each echoing its caller's key
        List<String> texts = new ArrayList<>();
        try (StubServer server = StubServer.start()) {
            for (String provider : LanguageModels.AUTO_ORDER) {
                String key = provider.equals("ollama") ? KEYS.get("openai") : KEYS.get(provider);
                String busy = "{\"error\":{\"message\":\"Busy for key " + key + "\",\"type\":\"server_error\"}}";
                String denied = "{\"error\":{\"message\":\"Invalid key " + key + "\",\"type\":\"authentication_error\"}}";
                server.enqueue(StubServer.json(503, busy).withHeader("retry-after-ms", "1"));
                server.enqueue(StubServer.json(401, denied));
            }
            Map<String, String> env = allKeys();
            env.put("OPENAI_BASE_URL", server.baseUrl() + "/v1");
            env.put("ANTHROPIC_BASE_URL", server.baseUrl());
            env.put("GEMINI_BASE_URL", server.baseUrl() + "/v1beta");
            env.put("GROQ_BASE_URL", server.baseUrl() + "/v1");
            env.put("OPENROUTER_BASE_URL", server.baseUrl() + "/v1");
            env.put("OLLAMA_BASE_URL", server.baseUrl());
            LanguageModel chain = LanguageModels.fromEnvironment(env).orElseThrow();

            // when
            Throwable thrown = catchThrowable(() -> chain.chat(REQUEST));

            // then
            assertThat(server.requests()).hasSize(2 * LanguageModels.AUTO_ORDER.size());
            texts.add(describe(thrown));
            texts.add(chain.toString());
        }
        assertThat(logs()).contains("falling back to").contains("every provider failed");
        assertNoKey(String.join("\n", texts) + "\n" + logs());
    }

    @Test
    void should_keep_keys_out_of_messages_and_logs_when_the_server_cannot_be_reached() throws Exception {
        // given a port nothing listens on
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;
        List<LanguageModel> models = List.of(
                OpenAiCompatibleLanguageModel.builder().baseUrl(url + "/v1").apiKey(KEYS.get("openai")).build(),
                AnthropicLanguageModel.builder().baseUrl(url).apiKey(KEYS.get("anthropic")).build(),
                GeminiLanguageModel.builder().baseUrl(url + "/v1beta").apiKey(KEYS.get("gemini")).build(),
                OllamaLanguageModel.builder().baseUrl(url).apiKey(KEYS.get("ollama")).build());
        List<String> texts = new ArrayList<>();

        // when
        for (LanguageModel model : models) {
            texts.add(describe(catchThrowable(() -> RetryingLanguageModel.builder(model).sleeper(d -> { }).build()
                    .chat(REQUEST))));
        }
        texts.add(describe(catchThrowable(() -> OpenAiTranscriber.builder().baseUrl(url + "/v1")
                .apiKey(KEYS.get("whisper")).build().transcribe(new byte[] {1, 2, 3}, "a.wav", "audio/wav"))));

        // then
        assertThat(texts).allSatisfy(t -> assertThat(t).isNotBlank());
        assertNoKey(String.join("\n", texts) + "\n" + logs());
    }

    @Test
    void should_keep_keys_out_of_logs_and_messages_when_ollama_and_the_transcriber_fail_with_echoed_keys() {
        // given
        List<String> texts = new ArrayList<>();
        try (StubServer server = StubServer.start()) {
            server.enqueue(StubServer.json(401, "{\"error\":\"unauthorized: " + KEYS.get("ollama") + "\"}"));
            server.enqueue(StubServer.json(401, "{\"error\":{\"message\":\"Invalid API Key " + KEYS.get("whisper")
                    + "\",\"type\":\"invalid_request_error\"}}"));
            LanguageModel ollama = OllamaLanguageModel.builder().baseUrl(server.baseUrl()).apiKey(KEYS.get("ollama")).build();
            OpenAiTranscriber whisper = OpenAiTranscriber.builder().baseUrl(server.baseUrl() + "/v1")
                    .apiKey(KEYS.get("whisper")).build();

            // when
            texts.add(describe(catchThrowable(() -> ollama.chat(REQUEST))));
            texts.add(describe(catchThrowable(() -> whisper.transcribe(new byte[] {1}, "a.wav", "audio/wav"))));

            // then
            assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer " + KEYS.get("ollama"));
            assertThat(server.requests().get(1).header("Authorization")).isEqualTo("Bearer " + KEYS.get("whisper"));
        }
        assertThat(texts).allSatisfy(t -> assertThat(t).contains("401"));
        assertNoKey(String.join("\n", texts) + "\n" + logs());
    }

    @Test
    void should_keep_key_shaped_text_out_of_messages_when_a_langchain4j_model_fails() {
        // given a LangChain4j model whose errors echo an OpenAI key
        String key = "sk-proj-abcdefghijklmnopqrstuvwxyz0123";
        List<RuntimeException> failures = List.of(new AuthenticationException("Incorrect API key provided: " + key),
                new AuthenticationException(new HttpException(401, "{\"error\":{\"message\":\"Incorrect API key "
                        + key + "\"}}")));
        List<String> texts = new ArrayList<>();

        // when
        for (RuntimeException failure : failures) {
            LanguageModel model = RetryingLanguageModel.builder(LangChain4jLanguageModel.of(new ChatModel() {
                @Override
                public dev.langchain4j.model.chat.response.ChatResponse doChat(
                        dev.langchain4j.model.chat.request.ChatRequest request) {
                    throw failure;
                }
            })).sleeper(d -> { }).build();
            Throwable thrown = catchThrowable(() -> model.chat(REQUEST));
            texts.add(String.valueOf(thrown));
        }

        // then
        assertThat(texts).allSatisfy(t -> assertThat(t).contains("ModelAuthenticationException"));
        assertThat(String.join("\n", texts) + logs()).doesNotContain(key);
    }

    @Test
    void should_keep_every_fragment_of_the_key_out_when_providers_quote_its_tail_or_middle() {
        // given every adapter answering 503 then 401, each quoting pieces of its caller's key in a provider's words
        List<String> texts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try (StubServer server = StubServer.start()) {
            for (String provider : List.of("openai", "anthropic", "gemini", "groq", "openrouter", "ollama", "whisper")) {
                String key = FRAGMENT_KEYS.get(provider);
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
                String whole = FRAGMENT_KEYS.get(provider);
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
