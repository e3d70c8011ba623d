package io.interview4j.llm.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.testing.FakeProviderServer;
import io.interview4j.llm.testing.FakeProviderServer.Protocol;
import io.interview4j.testkit.RecordedRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every variable issue 4 lists reaches the wire: {@code fromEnvironment(env)} with one provider's key variable and
 * base-URL variable set calls that provider's loopback server, sends the key in that provider's header and the
 * {@code INTERVIEW4J_MODEL} as the model.
 */
class EnvironmentVariablesTest {

    private static final ChatRequest REQUEST = ChatRequest.of(List.of(ChatMessage.user("hello")));

    @ParameterizedTest(name = "{0} via {2}")
    @CsvSource({
            "openai,     OPENAI,    OPENAI_API_KEY,     OPENAI_BASE_URL,     Authorization,  true",
            "anthropic,  ANTHROPIC, ANTHROPIC_API_KEY,  ANTHROPIC_BASE_URL,  x-api-key,      false",
            "gemini,     GEMINI,    GEMINI_API_KEY,     GEMINI_BASE_URL,     x-goog-api-key, false",
            "gemini,     GEMINI,    GOOGLE_API_KEY,     GEMINI_BASE_URL,     x-goog-api-key, false",
            "groq,       OPENAI,    GROQ_API_KEY,       GROQ_BASE_URL,       Authorization,  true",
            "openrouter, OPENAI,    OPENROUTER_API_KEY, OPENROUTER_BASE_URL, Authorization,  true",
            "ollama,     OLLAMA,    ,                   OLLAMA_BASE_URL,     ,               false",
    })
    void should_call_the_provider_with_its_key_and_model_when_only_its_variables_are_set(String provider,
            Protocol protocol, String keyVariable, String urlVariable, String header, boolean bearer) {
        try (FakeProviderServer server = FakeProviderServer.start(protocol, List.of(), "ok")) {
            // given
            Map<String, String> env = new HashMap<>(Map.of(urlVariable, server.baseUrl(), "INTERVIEW4J_MODEL", "model-from-env"));
            String key = "key-for-" + keyVariable;
            if (keyVariable != null) {
                env.put(keyVariable, key);
            }

            // when
            LanguageModel model = LanguageModels.fromEnvironment(env).orElseThrow();
            ChatResponse response = model.chat(REQUEST);

            // then
            assertThat(LanguageModels.configuredProviders(env)).containsExactly(provider);
            assertThat(response.provider()).isEqualTo(provider);
            assertThat(response.text()).isEqualTo("ok");
            RecordedRequest sent = server.requests().get(0);
            if (header != null) {
                assertThat(sent.header(header)).isEqualTo((bearer ? "Bearer " : "") + key);
            }
            if (protocol == Protocol.GEMINI) {
                assertThat(sent.path()).contains("/models/model-from-env:generateContent");
            } else {
                assertThat(sent.json().path("model").asText()).isEqualTo("model-from-env");
            }
        }
    }

    @Test
    void should_prefer_gemini_api_key_when_both_google_variables_are_set() {
        try (FakeProviderServer server = FakeProviderServer.start(Protocol.GEMINI, List.of(), "ok")) {
            // given
            Map<String, String> env = Map.of("GEMINI_API_KEY", "gemini-key", "GOOGLE_API_KEY", "google-key",
                    "GEMINI_BASE_URL", server.baseUrl());

            // when
            LanguageModels.fromEnvironment(env).orElseThrow().chat(REQUEST);

            // then
            assertThat(server.requests().get(0).header("x-goog-api-key")).isEqualTo("gemini-key");
        }
    }
}
