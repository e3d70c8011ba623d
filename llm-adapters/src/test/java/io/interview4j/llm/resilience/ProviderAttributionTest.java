package io.interview4j.llm.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.config.LanguageModels;
import io.interview4j.llm.testing.FakeProviderServer;
import io.interview4j.llm.testing.FakeProviderServer.Protocol;
import io.interview4j.testkit.ScriptedLanguageModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every response names the provider that served it ({@code ChatResponse.provider}), through the real adapters on
 * loopback servers and the retry and fallback decorators.
 */
class ProviderAttributionTest {

    private static final ChatRequest REQUEST = ChatRequest.of(List.of(ChatMessage.user("hello")));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "openai,     OPENAI,    OPENAI_API_KEY,     OPENAI_BASE_URL",
            "anthropic,  ANTHROPIC, ANTHROPIC_API_KEY,  ANTHROPIC_BASE_URL",
            "gemini,     GEMINI,    GEMINI_API_KEY,     GEMINI_BASE_URL",
            "groq,       OPENAI,    GROQ_API_KEY,       GROQ_BASE_URL",
            "openrouter, OPENAI,    OPENROUTER_API_KEY, OPENROUTER_BASE_URL",
            "ollama,     OLLAMA,    UNUSED,             OLLAMA_BASE_URL",
    })
    void should_name_the_provider_when_a_retrying_adapter_answers_after_a_failure(String provider, Protocol protocol,
                                                                                String keyVariable, String urlVariable) {
        try (FakeProviderServer server = FakeProviderServer.start(protocol, List.of(503), "ok")) {
            // given
            LanguageModel model = LanguageModels.byName(provider, Map.of(keyVariable, "k-1234", urlVariable,
                    server.baseUrl()), null, null);

            // when / then
            assertThat(model.chat(REQUEST).provider()).isEqualTo(provider);
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void should_name_the_member_that_served_each_call_when_an_automatic_chain_falls_back() {
        // given openai refuses the key once, anthropic is overloaded past its retries, gemini is rate limited once
        try (FakeProviderServer openai = FakeProviderServer.start(Protocol.OPENAI, List.of(401), "from openai");
             FakeProviderServer anthropic = FakeProviderServer.start(Protocol.ANTHROPIC, List.of(529, 529, 529), "from anthropic");
             FakeProviderServer gemini = FakeProviderServer.start(Protocol.GEMINI, List.of(429), "from gemini")) {
            LanguageModel chain = LanguageModels.fromEnvironment(Map.of(
                    "OPENAI_API_KEY", "sk-a", "OPENAI_BASE_URL", openai.baseUrl(),
                    "ANTHROPIC_API_KEY", "sk-ant-b", "ANTHROPIC_BASE_URL", anthropic.baseUrl(),
                    "GEMINI_API_KEY", "g-c", "GEMINI_BASE_URL", gemini.baseUrl())).orElseThrow();

            // when
            var first = chain.chat(REQUEST);
            var second = chain.chat(REQUEST);

            // then
            assertThat(first.provider()).isEqualTo("gemini");
            assertThat(first.text()).isEqualTo("from gemini");
            assertThat(openai.requests()).as("401 is not retried").hasSize(2);
            assertThat(anthropic.requests()).as("three attempts on the first call").hasSize(3);
            assertThat(gemini.requests()).hasSize(2);
            assertThat(second.provider()).as("openai has recovered").isEqualTo("openai");
            assertThat(second.text()).isEqualTo("from openai");
            assertThat(chain.provider()).isEqualTo("fallback(openai,anthropic,gemini)");
        }
    }

    @Test
    void should_keep_the_inner_members_name_when_chains_are_nested_and_retried() {
        // given
        ScriptedLanguageModel down = new ScriptedLanguageModel("down")
                .fail(new io.interview4j.llm.exception.ModelAuthenticationException("401", "down", 401, false, null, null, null));
        ScriptedLanguageModel groq = new ScriptedLanguageModel("groq").reply("ok");
        LanguageModel nested = RetryingLanguageModel.builder(FallbackLanguageModel.of(
                        new ScriptedLanguageModel("first").fail(new io.interview4j.llm.exception.QuotaExceededException(
                                "quota", "first", 429, false, null, null, null)),
                        FallbackLanguageModel.of(down, RetryingLanguageModel.of(groq))))
                .sleeper(d -> { }).build();

        // when / then
        assertThat(nested.chat(REQUEST).provider()).isEqualTo("groq");
    }
}
