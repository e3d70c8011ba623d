package io.interview4j.llm.testing;

import static io.interview4j.llm.testing.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.TokenUsage;
import io.interview4j.llm.config.LanguageModels;
import io.interview4j.llm.exception.ModelNotFoundException;
import io.interview4j.llm.exception.ModelUnavailableException;
import io.interview4j.llm.resilience.FallbackLanguageModel;
import io.interview4j.llm.testing.FakeProviderServer.Protocol;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fixture itself, and the real adapters end to end through {@link LanguageModels}, against each protocol. */
class FakeProviderServerTest {

    private static final ChatRequest REQUEST = ChatRequest.structured(
            List.of(ChatMessage.system("You grade answers."), ChatMessage.user("Q: what is a heap? A: a tree.")), "evaluation",
            json("{\"type\":\"object\",\"properties\":{\"score\":{\"type\":\"integer\"}},\"required\":[\"score\"]}"), 0.0);

    @ParameterizedTest(name = "{0} via {1}")
    @CsvSource({
            "OPENAI, openai, OPENAI_BASE_URL, OPENAI_API_KEY, 429, 503",
            "ANTHROPIC, anthropic, ANTHROPIC_BASE_URL, ANTHROPIC_API_KEY, 429, 529",
            "GEMINI, gemini, GEMINI_BASE_URL, GEMINI_API_KEY, 429, 503",
            "OLLAMA, ollama, OLLAMA_BASE_URL, OLLAMA_UNUSED, 503, 429"})
    void should_answer_after_retryable_errors_when_provider_is_built_from_environment(Protocol protocol, String provider,
                                                                                   String urlVariable, String keyVariable,
                                                                                   int firstError, int secondError) {
        // given
        try (FakeProviderServer server = FakeProviderServer.builder(protocol).errors(List.of(firstError, secondError))
                .responder(call -> "{\"score\": " + (call.prompt().contains("heap") ? 4 : 0) + "}").usage(40, 9).start()) {
            LanguageModel model = LanguageModels.byName(provider, Map.of(urlVariable, server.baseUrl(), keyVariable, "test-key-123"), null, null);

            // when
            ChatResponse response = model.chat(REQUEST);

            // then
            assertThat(json(response.text()).get("score").asInt()).isEqualTo(4);
            assertThat(response.provider()).isEqualTo(provider);
            assertThat(response.usage()).isEqualTo(new TokenUsage(40, 9, 0));
            assertThat(server.requests()).hasSize(3);
            assertThat(server.successCount()).isEqualTo(1);
        }
    }

    @Test
    void should_expose_prompt_and_schema_to_responder_when_called() {
        // given
        try (FakeProviderServer server = FakeProviderServer.start(Protocol.ANTHROPIC, List.of(), call -> {
            assertThat(call.number()).isEqualTo(1);
            assertThat(call.prompt()).contains("You grade answers.").contains("heap");
            assertThat(call.schema()).hasValueSatisfying(s -> assertThat(s.at("/properties/score/type").asText()).isEqualTo("integer"));
            return "{\"score\": 1}";
        })) {
            LanguageModel model = LanguageModels.adapter("anthropic", Map.of("ANTHROPIC_API_KEY", "k-123456",
                    "ANTHROPIC_BASE_URL", server.baseUrl()), null, null);

            // when
            ChatResponse response = model.chat(REQUEST);

            // then
            assertThat(response.text()).isEqualTo("{\"score\": 1}");
            assertThat(response.modelId()).isEqualTo("claude-haiku-4-5");
        }
    }

    @Test
    void should_fall_back_to_next_provider_when_first_keeps_failing() {
        // given
        try (FakeProviderServer failing = FakeProviderServer.start(Protocol.OPENAI, List.of(503, 503, 503), "{\"score\": 1}");
             FakeProviderServer gemini = FakeProviderServer.start(Protocol.GEMINI, List.of(429), "{\"score\": 5}")) {
            Map<String, String> env = Map.of("OPENAI_API_KEY", "sk-aaaaaaaa", "OPENAI_BASE_URL", failing.baseUrl(),
                    "GEMINI_API_KEY", "AIza-bbbbbbbb", "GEMINI_BASE_URL", gemini.baseUrl());
            LanguageModel chain = LanguageModels.auto(env).orElseThrow();

            // when
            ChatResponse response = chain.chat(REQUEST);

            // then
            assertThat(chain).isInstanceOf(FallbackLanguageModel.class);
            assertThat(response.provider()).isEqualTo("gemini");
            assertThat(json(response.text()).get("score").asInt()).isEqualTo(5);
            assertThat(failing.requests()).hasSize(3);
            assertThat(gemini.requests()).hasSize(2);
        }
    }

    @Test
    void should_throw_last_error_when_errors_outlast_the_retries() {
        // given
        try (FakeProviderServer server = FakeProviderServer.builder(Protocol.OLLAMA).errors(List.of(503, 503, 503, 503))
                .retryAfter(Duration.ZERO).start()) {
            LanguageModel model = LanguageModels.byName("ollama", Map.of("OLLAMA_BASE_URL", server.baseUrl()), null, null);

            // then
            assertThatThrownBy(() -> model.chat(REQUEST)).isInstanceOf(ModelUnavailableException.class)
                    .hasMessageContaining("server busy");
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void should_answer_404_without_using_an_error_when_path_is_wrong() {
        // given
        try (FakeProviderServer server = FakeProviderServer.start(Protocol.OPENAI, List.of(429), "{}")) {
            LanguageModel wrong = LanguageModels.adapter("anthropic", Map.of("ANTHROPIC_API_KEY", "k-1234567",
                    "ANTHROPIC_BASE_URL", server.baseUrl()), null, null);

            // then
            assertThatThrownBy(() -> wrong.chat(REQUEST)).isInstanceOf(ModelNotFoundException.class);
            assertThat(server.successCount()).isZero();
        }
    }

    @Test
    void should_give_base_urls_that_match_the_variables_when_asked() {
        // given
        try (FakeProviderServer openai = FakeProviderServer.start(Protocol.OPENAI, List.of(), "{}");
             FakeProviderServer gemini = FakeProviderServer.start(Protocol.GEMINI, List.of(), "{}");
             FakeProviderServer ollama = FakeProviderServer.start(Protocol.OLLAMA, List.of(), "{}")) {

            // then
            assertThat(openai.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
            assertThat(gemini.baseUrl()).endsWith("/v1beta");
            assertThat(ollama.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThatThrownBy(() -> FakeProviderServer.builder(Protocol.OPENAI).errors(List.of(200)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
