package io.interview4j.llm.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.anthropic.AnthropicLanguageModel;
import io.interview4j.llm.gemini.GeminiLanguageModel;
import io.interview4j.llm.ollama.OllamaLanguageModel;
import io.interview4j.llm.openai.OpenAiCompatibleLanguageModel;
import io.interview4j.llm.resilience.FallbackLanguageModel;
import io.interview4j.llm.resilience.RetryingLanguageModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageModelsTest {

    private static LanguageModel unwrap(LanguageModel model) {
        assertThat(model).isInstanceOf(RetryingLanguageModel.class);
        return ((RetryingLanguageModel) model).delegate();
    }

    @Test
    void should_be_empty_when_nothing_is_configured() {
        // then
        assertThat(LanguageModels.auto(Map.of())).isEmpty();
        assertThat(LanguageModels.fromEnvironment(Map.of("OPENAI_API_KEY", "  ", "UNRELATED", "x"))).isEmpty();
        assertThat(LanguageModels.configuredProviders(Map.of())).isEmpty();
    }

    @Test
    void should_chain_every_configured_provider_in_order_when_several_are_set() {
        // given
        Map<String, String> env = Map.of("GROQ_API_KEY", "gsk_aaaaaaaaaaaa", "GEMINI_API_KEY", "AIza-x",
                "OPENROUTER_API_KEY", "sk-or-v1-x", "OLLAMA_BASE_URL", "http://localhost:11434",
                "ANTHROPIC_API_KEY", "sk-ant-x", "OPENAI_API_KEY", "sk-x", "INTERVIEW4J_MODEL", "gpt-4.1-mini");

        // when
        LanguageModel model = LanguageModels.auto(env).orElseThrow();

        // then
        assertThat(model).isInstanceOf(FallbackLanguageModel.class);
        List<LanguageModel> members = ((FallbackLanguageModel) model).members();
        assertThat(members).extracting(LanguageModel::provider)
                .containsExactly("openai", "anthropic", "openrouter", "gemini", "groq", "ollama");
        assertThat(members).allSatisfy(m -> assertThat(m).isInstanceOf(RetryingLanguageModel.class));
        assertThat(((OpenAiCompatibleLanguageModel) unwrap(members.get(0))).modelName()).as("INTERVIEW4J_MODEL applies to the first").isEqualTo("gpt-4.1-mini");
        assertThat(((AnthropicLanguageModel) unwrap(members.get(1))).modelName()).isEqualTo("claude-haiku-4-5");
        assertThat(model.provider()).isEqualTo("fallback(openai,anthropic,openrouter,gemini,groq,ollama)");
    }

    @Test
    void should_return_single_retrying_model_when_one_provider_is_set() {
        // when
        LanguageModel model = LanguageModels.auto(Map.of("GOOGLE_API_KEY", "AIza-y")).orElseThrow();

        // then
        assertThat(unwrap(model)).isInstanceOf(GeminiLanguageModel.class);
        assertThat(model.provider()).isEqualTo("gemini");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "openai, OPENAI_API_KEY, gpt-4o-mini",
            "anthropic, ANTHROPIC_API_KEY, claude-haiku-4-5",
            "gemini, GEMINI_API_KEY, gemini-2.5-flash",
            "groq, GROQ_API_KEY, llama-3.3-70b-versatile",
            "openrouter, OPENROUTER_API_KEY, openai/gpt-4o-mini",
            "ollama, UNUSED, llama3.2"})
    void should_build_provider_with_default_model_when_asked_by_name(String provider, String keyVariable, String model) {
        // when
        LanguageModel built = LanguageModels.byName(provider.toUpperCase(), Map.of(keyVariable, "key-value-123"), null, null);

        // then
        assertThat(built.provider()).isEqualTo(provider);
        assertThat(LanguageModels.defaultModel(provider)).isEqualTo(model);
        assertThat(unwrap(built).toString()).contains("model=" + model).doesNotContain("key-value-123");
    }

    @Test
    void should_prefer_overrides_then_variables_then_defaults_when_choosing_model_and_url() {
        // given
        Map<String, String> env = new HashMap<>(Map.of("OPENAI_API_KEY", "sk-x", "OPENAI_BASE_URL", "http://127.0.0.1:1/v1",
                "INTERVIEW4J_MODEL", "from-env"));

        // when
        LanguageModel fromEnv = unwrap(LanguageModels.byName("openai", env, null, null));
        LanguageModel overridden = unwrap(LanguageModels.byName("openai", env, "gpt-4o", "http://127.0.0.1:2/v1"));

        // then
        assertThat(fromEnv.toString()).contains("model=from-env").contains("baseUrl=http://127.0.0.1:1/v1");
        assertThat(overridden.toString()).contains("model=gpt-4o").contains("baseUrl=http://127.0.0.1:2/v1");
    }

    @Test
    void should_accept_openai_without_key_when_base_url_points_at_local_server() {
        // when
        LanguageModel model = LanguageModels.byName("openai", Map.of(), null, "http://localhost:1234/v1");

        // then
        assertThat(unwrap(model).toString()).contains("apiKey=none");
        assertThat(LanguageModels.configuredProviders(Map.of("OPENAI_BASE_URL", "http://localhost:8080/v1"))).containsExactly("openai");
    }

    @Test
    void should_use_ollama_base_url_when_set() {
        // when
        LanguageModel model = LanguageModels.byName("ollama", Map.of("OLLAMA_BASE_URL", "http://gpu-box:11434"), "qwen2.5:7b", null);

        // then
        assertThat(unwrap(model)).isInstanceOf(OllamaLanguageModel.class);
        assertThat(unwrap(model).toString()).contains("baseUrl=http://gpu-box:11434").contains("model=qwen2.5:7b");
    }

    @Test
    void should_name_missing_variable_without_values_when_key_is_not_set() {
        // then
        assertThatThrownBy(() -> LanguageModels.byName("anthropic", Map.of("OPENAI_API_KEY", "sk-secret-value"), null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ANTHROPIC_API_KEY")
                .hasMessageNotContaining("sk-secret-value");
        assertThatThrownBy(() -> LanguageModels.byName("gemini", Map.of(), null, null)).hasMessageContaining("GOOGLE_API_KEY");
        assertThatThrownBy(() -> LanguageModels.byName("openai", Map.of(), null, null)).hasMessageContaining("OPENAI_API_KEY");
    }

    @Test
    void should_reject_unknown_provider_and_bad_url_when_asked() {
        // then
        assertThatThrownBy(() -> LanguageModels.byName("mistral", Map.of(), null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("openrouter");
        assertThatThrownBy(() -> LanguageModels.byName("ollama", Map.of("OLLAMA_BASE_URL", "localhost:11434"), null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> LanguageModels.defaultModel("x")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void should_return_adapter_without_retries_when_asked_for_the_adapter() {
        // when
        LanguageModel adapter = LanguageModels.adapter("anthropic", Map.of("ANTHROPIC_API_KEY", "k-123456"), null, null);

        // then
        assertThat(adapter).isInstanceOf(AnthropicLanguageModel.class);
    }
}
