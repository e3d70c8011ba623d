package io.interview4j.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.interview4j.llm.config.LanguageModels;
import io.interview4j.llm.testing.FakeProviderServer;
import io.interview4j.llm.testing.FakeProviderServer.Protocol;
import io.interview4j.llm.testing.StubServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An API key never appears in a log line, an exception message or a {@code toString}. The tests run with SLF4J's
 * simple backend at debug level writing to {@code System.err}, which is captured here.
 */
class ApiKeyLeakTest {

    private static final Map<String, String> KEYS = Map.of(
            "openai", "sk-proj-LEAKCHECK-openai-0123456789",
            "anthropic", "sk-ant-api03-LEAKCHECK-anthropic-0123",
            "gemini", "AIzaLEAKCHECK-gemini-0123456789abcdef",
            "groq", "gsk_LEAKCHECKgroq0123456789",
            "openrouter", "sk-or-v1-LEAKCHECK-openrouter-0123");
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
}
