package io.interview4j.llm.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.anthropic.AnthropicLanguageModel;
import io.interview4j.llm.gemini.GeminiLanguageModel;
import io.interview4j.llm.ollama.OllamaLanguageModel;
import io.interview4j.llm.openai.OpenAiCompatibleLanguageModel;
import io.interview4j.llm.speech.OpenAiTranscriber;
import io.interview4j.testkit.StubServer;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HttpModelBuilderTest {

    private final StubServer server = StubServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    /** Each adapter's builder, with a key so that the ones that need one build. */
    static Stream<Arguments> builders() {
        return Stream.of(
                builder("OpenAiCompatibleLanguageModel", () -> OpenAiCompatibleLanguageModel.builder().apiKey("k1234"),
                        b -> ((OpenAiCompatibleLanguageModel.Builder) b).build()),
                builder("AnthropicLanguageModel", () -> AnthropicLanguageModel.builder().apiKey("k1234"),
                        b -> ((AnthropicLanguageModel.Builder) b).build()),
                builder("GeminiLanguageModel", () -> GeminiLanguageModel.builder().apiKey("k1234"),
                        b -> ((GeminiLanguageModel.Builder) b).build()),
                builder("OllamaLanguageModel", () -> OllamaLanguageModel.builder().apiKey("k1234"),
                        b -> ((OllamaLanguageModel.Builder) b).build()),
                builder("OpenAiTranscriber", () -> OpenAiTranscriber.builder().apiKey("k1234"),
                        b -> ((OpenAiTranscriber.Builder) b).build()));
    }

    private static Arguments builder(String name, Supplier<HttpModelBuilder<?>> builder,
                                     Function<HttpModelBuilder<?>, Object> build) {
        return Arguments.of(name, builder, build);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builders")
    void should_refuse_in_build_when_a_shared_option_is_set_twice(String name, Supplier<HttpModelBuilder<?>> builder,
                                                                   Function<HttpModelBuilder<?>, Object> build) {
        // given
        HttpModelBuilder<?> twice = builder.get().timeout(Duration.ofSeconds(5)).timeout(Duration.ofSeconds(6));
        HttpModelBuilder<?> headerTwice = builder.get().header("X-Title", "a").header("x-title", "b");

        // then
        assertThatThrownBy(() -> build.apply(twice)).isInstanceOf(IllegalStateException.class)
                .hasMessage(name + ".Builder: option set more than once: timeout");
        assertThatThrownBy(() -> build.apply(headerTwice)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("header x-title");
        assertThatThrownBy(() -> build.apply(builder.get().apiKey("again"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apiKey");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builders")
    void should_fail_at_once_when_a_shared_option_is_wrong_in_itself(String name,
                                                                    Supplier<HttpModelBuilder<?>> builder,
                                                                    Function<HttpModelBuilder<?>, Object> build) {
        // then
        assertThatThrownBy(() -> builder.get().modelName(" ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("modelName");
        assertThatThrownBy(() -> builder.get().providerName(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> builder.get().timeout(Duration.ofMillis(-1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("timeout");
        assertThatThrownBy(() -> builder.get().header("X-Title", " ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> build.apply(builder.get().baseUrl("ftp://example.com")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("baseUrl");
    }

    @Test
    void should_keep_the_adapters_type_when_calls_are_chained() {
        // when
        OllamaLanguageModel model = OllamaLanguageModel.builder().timeout(Duration.ofSeconds(5)).maxTokens(64)
                .contextWindow(8192).providerName("local").build();

        // then
        assertThat(model.provider()).isEqualTo("local");
        assertThat(model.toString()).contains("timeout=PT5S").contains("apiKey=none");
    }

    @Test
    void should_need_a_key_only_where_the_provider_requires_one() {
        // then
        assertThatThrownBy(() -> AnthropicLanguageModel.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("AnthropicLanguageModel needs an apiKey");
        assertThatThrownBy(() -> GeminiLanguageModel.builder().apiKey(" ")).isInstanceOf(InvalidInputException.class);
        assertThat(OpenAiCompatibleLanguageModel.builder().apiKey(" ").build().toString()).contains("apiKey=none");
    }

    @Test
    void should_send_extra_headers_with_the_adapters_own_key_header_winning() {
        // given
        server.enqueue(200, """
                {"model":"m","message":{"role":"assistant","content":"ok"},"done":true}""");
        OllamaLanguageModel model = OllamaLanguageModel.builder().baseUrl(server.baseUrl()).apiKey("k1234")
                .header("X-Title", "interview4j").header("authorization", "Bearer other").build();

        // when
        model.chat(ChatRequest.of(List.of(ChatMessage.user("hi"))));

        // then
        assertThat(server.lastRequest().header("X-Title")).isEqualTo("interview4j");
        assertThat(server.lastRequest().headers().get("Authorization")).containsExactly("Bearer k1234");
    }
}
