package io.interview4j.llm.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonReferenceSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.interview4j.InvalidInputException;
import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.exception.InvalidModelRequestException;
import io.interview4j.llm.exception.MalformedResponseException;
import io.interview4j.llm.exception.ModelAuthenticationException;
import io.interview4j.llm.exception.ModelConnectionException;
import io.interview4j.llm.exception.ModelRefusalException;
import io.interview4j.llm.exception.ModelTimeoutException;
import io.interview4j.llm.exception.ModelUnavailableException;
import io.interview4j.llm.exception.ProviderException;
import io.interview4j.llm.exception.QuotaExceededException;
import io.interview4j.llm.exception.RateLimitedException;
import io.interview4j.llm.resilience.RetryingLanguageModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The LangChain4j bridge against a hand-written {@link ChatModel}; nothing reaches the network. */
class LangChain4jLanguageModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Records each request and answers with the next scripted outcome: a response, or an exception to throw. */
    static final class ScriptedChatModel implements ChatModel {

        final List<dev.langchain4j.model.chat.request.ChatRequest> requests = new ArrayList<>();
        private final Deque<Object> outcomes = new ArrayDeque<>();
        private final ModelProvider provider;

        ScriptedChatModel(ModelProvider provider, Object... outcomes) {
            this.provider = provider;
            this.outcomes.addAll(List.of(outcomes));
        }

        @Override
        public dev.langchain4j.model.chat.response.ChatResponse doChat(dev.langchain4j.model.chat.request.ChatRequest request) {
            requests.add(request);
            Object next = outcomes.poll();
            if (next instanceof RuntimeException e) {
                throw e;
            }
            return (dev.langchain4j.model.chat.response.ChatResponse) next;
        }

        @Override
        public ModelProvider provider() {
            return provider;
        }

        @Override
        public String toString() {
            return "ScriptedChatModel[apiKey=sk-proj-SHOULD-NOT-APPEAR-0123456789]";
        }
    }

    private static dev.langchain4j.model.chat.response.ChatResponse reply(String text, FinishReason finish) {
        return dev.langchain4j.model.chat.response.ChatResponse.builder().aiMessage(AiMessage.from(text))
                .tokenUsage(new TokenUsage(120, 30)).finishReason(finish).modelName("gpt-4o-mini-2024-07-18").build();
    }

    private static ChatRequest structuredRequest() throws Exception {
        JsonNode schema = JSON.readTree("""
                {"type":"object","additionalProperties":false,
                 "properties":{
                   "score":{"type":"number","description":"0 to 10"},
                   "level":{"type":"string","enum":["junior","mid","senior"]},
                   "gaps":{"type":"array","items":{"type":"string"}},
                   "seconds":{"type":"integer"},
                   "note":{"type":["string","null"]}},
                 "required":["score","level","gaps"]}""");
        return new ChatRequest(List.of(ChatMessage.system("You grade answers."), ChatMessage.user("<answer>hi</answer>"),
                ChatMessage.assistant("{\"score\":1}"), ChatMessage.user("again")), schema, "answer_evaluation", 0.1, 400,
                null);
    }

    @Test
    void should_map_messages_options_schema_and_response_when_a_structured_call_succeeds() throws Exception {
        // given
        ScriptedChatModel chatModel = new ScriptedChatModel(ModelProvider.OPEN_AI, reply("{\"score\":7}", FinishReason.STOP));
        LangChain4jLanguageModel model = LangChain4jLanguageModel.builder(chatModel).modelName("gpt-4o-mini").build();

        // when
        ChatResponse response = model.chat(structuredRequest());

        // then the request
        dev.langchain4j.model.chat.request.ChatRequest sent = chatModel.requests.get(0);
        assertThat(sent.messages()).containsExactly(SystemMessage.from("You grade answers."),
                UserMessage.from("<answer>hi</answer>"), AiMessage.from("{\"score\":1}"), UserMessage.from("again"));
        assertThat(sent.temperature()).isEqualTo(0.1);
        assertThat(sent.maxOutputTokens()).isEqualTo(400);
        assertThat(sent.modelName()).isEqualTo("gpt-4o-mini");
        ResponseFormat format = sent.responseFormat();
        assertThat(format.type()).isEqualTo(ResponseFormatType.JSON);
        assertThat(format.jsonSchema().name()).isEqualTo("answer_evaluation");
        JsonObjectSchema root = (JsonObjectSchema) format.jsonSchema().rootElement();
        assertThat(root.properties()).containsOnlyKeys("score", "level", "gaps", "seconds", "note");
        assertThat(root.required()).containsExactly("score", "level", "gaps");
        assertThat(root.additionalProperties()).isFalse();
        assertThat(root.properties().get("score")).isInstanceOf(JsonNumberSchema.class)
                .extracting(e -> ((JsonNumberSchema) e).description()).isEqualTo("0 to 10");
        assertThat(((JsonEnumSchema) root.properties().get("level")).enumValues()).containsExactly("junior", "mid", "senior");
        assertThat(((JsonArraySchema) root.properties().get("gaps")).items()).isInstanceOf(JsonStringSchema.class);
        assertThat(root.properties().get("seconds")).isInstanceOf(JsonIntegerSchema.class);
        assertThat(((JsonAnyOfSchema) root.properties().get("note")).anyOf())
                .hasExactlyElementsOfTypes(JsonStringSchema.class, JsonNullSchema.class);

        // and the response
        assertThat(response.text()).isEqualTo("{\"score\":7}");
        assertThat(response.usage()).isEqualTo(new io.interview4j.llm.TokenUsage(120, 30, 0));
        assertThat(response.finishReason()).isEqualTo(ChatResponse.FinishReason.STOP);
        assertThat(response.modelId()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(response.provider()).isEqualTo("langchain4j-open-ai").isEqualTo(model.provider());
    }

    @Test
    void should_send_no_format_and_the_chat_models_own_settings_when_the_request_is_free_text() {
        // given
        ScriptedChatModel chatModel = new ScriptedChatModel(ModelProvider.OTHER,
                dev.langchain4j.model.chat.response.ChatResponse.builder().aiMessage(AiMessage.from("hello")).build());
        LangChain4jLanguageModel model = LangChain4jLanguageModel.of(chatModel);

        // when
        ChatResponse response = model.chat(ChatRequest.of(List.of(ChatMessage.user("hi"))));

        // then
        dev.langchain4j.model.chat.request.ChatRequest sent = chatModel.requests.get(0);
        assertThat(sent.responseFormat()).isNull();
        assertThat(sent.temperature()).isNull();
        assertThat(sent.maxOutputTokens()).isNull();
        assertThat(sent.modelName()).isNull();
        assertThat(response.provider()).isEqualTo("langchain4j");
        assertThat(response.modelId()).isEqualTo("unknown");
        assertThat(response.usage()).isEqualTo(io.interview4j.llm.TokenUsage.NONE);
        assertThat(response.finishReason()).isEqualTo(ChatResponse.FinishReason.OTHER);
    }

    @Test
    void should_put_the_schema_in_the_system_prompt_when_mode_is_json_object() throws Exception {
        // given
        ScriptedChatModel chatModel = new ScriptedChatModel(ModelProvider.OLLAMA, reply("{}", FinishReason.STOP));
        LangChain4jLanguageModel model = LangChain4jLanguageModel.builder(chatModel).providerName("local")
                .maxTokens(256).structuredOutput(LangChain4jLanguageModel.StructuredOutputMode.JSON_OBJECT).build();

        // when
        ChatResponse response = model.chat(new ChatRequest(List.of(ChatMessage.system("Grade."), ChatMessage.user("x")),
                JSON.readTree("{\"type\":\"object\",\"properties\":{\"score\":{\"type\":\"number\"}}}"), "grade", null,
                null, null));

        // then
        dev.langchain4j.model.chat.request.ChatRequest sent = chatModel.requests.get(0);
        assertThat(sent.responseFormat()).isEqualTo(ResponseFormat.JSON);
        assertThat(((SystemMessage) sent.messages().get(0)).text()).startsWith("Grade.").contains("\"score\"");
        assertThat(sent.maxOutputTokens()).isEqualTo(256);
        assertThat(response.provider()).isEqualTo("local");
    }

    @Test
    void should_convert_definitions_and_references_when_the_schema_has_defs() throws Exception {
        // given
        JsonNode schema = JSON.readTree("""
                {"type":"object","properties":{"items":{"type":"array","items":{"$ref":"#/$defs/item"}},
                  "kind":{"const":"report"}},
                 "$defs":{"item":{"type":"object","properties":{"name":{"type":"string"}},"required":["name"]}}}""");

        // when
        JsonObjectSchema root = (JsonObjectSchema) SchemaConverter.convert(schema);

        // then
        JsonArraySchema items = (JsonArraySchema) root.properties().get("items");
        assertThat(((JsonReferenceSchema) items.items()).reference()).isEqualTo("item");
        assertThat(root.definitions()).containsOnlyKeys("item");
        assertThat(((JsonObjectSchema) root.definitions().get("item")).required()).containsExactly("name");
        assertThat(((JsonEnumSchema) root.properties().get("kind")).enumValues()).containsExactly("report");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"type":"object","properties":{"n":{"enum":[1,2]}}}        | #/properties/n: LangChain4j takes string enum values only
            {"type":"object","properties":{"r":{"$ref":"http://x/y"}}} | #/properties/r: only local references
            {"type":"object","properties":{"d":{"type":"date"}}}       | #/properties/d has unknown type 'date'
            {"type":"object","properties":{"a":{"type":"array"}}}      | #/properties/a: an array needs items
            {"type":"object","properties":{"q":{}}}                    | #/properties/q has no type
            """)
    void should_refuse_the_call_naming_the_location_when_the_schema_cannot_be_expressed(String schema, String message)
            throws Exception {
        // given
        ScriptedChatModel chatModel = new ScriptedChatModel(ModelProvider.OTHER);
        LangChain4jLanguageModel model = LangChain4jLanguageModel.of(chatModel);
        ChatRequest request = ChatRequest.structured(List.of(ChatMessage.user("x")), "out", JSON.readTree(schema), 0.0);

        // when / then
        assertThatThrownBy(() -> model.chat(request)).isInstanceOf(InvalidModelRequestException.class)
                .hasMessageContaining(message).hasMessageContaining("JSON_OBJECT");
        assertThat(chatModel.requests).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"STOP, STOP", "LENGTH, LENGTH", "CONTENT_FILTER, CONTENT_FILTER", "TOOL_EXECUTION, OTHER", "OTHER, OTHER"})
    void should_map_the_finish_reason_when_the_model_reports_one(FinishReason reason, ChatResponse.FinishReason expected) {
        // given
        LangChain4jLanguageModel model = LangChain4jLanguageModel.of(new ScriptedChatModel(ModelProvider.OTHER,
                reply("text", reason)));

        // when
        ChatResponse response = model.chat(ChatRequest.of(List.of(ChatMessage.user("x"))));

        // then
        assertThat(response.finishReason()).isEqualTo(expected);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new AuthenticationException("bad key sk-proj-abcdefghijklmnop"), ModelAuthenticationException.class, false),
                Arguments.of(new RateLimitException("slow down"), RateLimitedException.class, true),
                Arguments.of(new TimeoutException("took too long"), ModelTimeoutException.class, true),
                Arguments.of(new ModelNotFoundException("no such model"), io.interview4j.llm.exception.ModelNotFoundException.class, false),
                Arguments.of(new InvalidRequestException("bad request"), InvalidModelRequestException.class, false),
                Arguments.of(new UnsupportedFeatureException("no JSON schema"), InvalidModelRequestException.class, false),
                Arguments.of(new ContentFilteredException("filtered"), ModelRefusalException.class, false),
                Arguments.of(new InternalServerException("oops"), ModelUnavailableException.class, true),
                Arguments.of(new RateLimitException(new HttpException(429,
                        "{\"error\":{\"message\":\"You exceeded your current quota\",\"type\":\"insufficient_quota\","
                                + "\"code\":\"insufficient_quota\"}}")), QuotaExceededException.class, false),
                Arguments.of(new LangChain4jException(new HttpException(503, "<html>busy</html>")), ModelUnavailableException.class, true),
                Arguments.of(new LangChain4jException("io", new UncheckedIOException(new IOException("reset"))), ModelConnectionException.class, true),
                Arguments.of(new IllegalStateException("bug in the chat model"), ProviderException.class, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void should_map_the_exception_when_the_chat_model_fails(RuntimeException thrown, Class<? extends ProviderException> expected,
                                                           boolean retriable) {
        // given
        LangChain4jLanguageModel model = LangChain4jLanguageModel.builder(new ScriptedChatModel(ModelProvider.OTHER, thrown))
                .providerName("bridge").build();

        // when
        ProviderException e = catchThrowableOfType(() -> model.chat(ChatRequest.of(List.of(ChatMessage.user("x")))),
                ProviderException.class);

        // then
        assertThat(e).isExactlyInstanceOf(expected);
        assertThat(e.retriable()).isEqualTo(retriable);
        assertThat(e.provider()).isEqualTo("bridge");
        assertThat(e.getMessage()).startsWith("bridge").doesNotContain("sk-proj-abcdefghijklmnop");
    }

    @Test
    void should_refuse_when_the_output_was_filtered_and_no_text_came_back() {
        // given
        LangChain4jLanguageModel model = LangChain4jLanguageModel.of(new ScriptedChatModel(ModelProvider.OTHER,
                dev.langchain4j.model.chat.response.ChatResponse.builder().aiMessage(AiMessage.builder().build())
                        .finishReason(FinishReason.CONTENT_FILTER).build(),
                dev.langchain4j.model.chat.response.ChatResponse.builder().aiMessage(AiMessage.builder().build())
                        .finishReason(FinishReason.TOOL_EXECUTION).build()));
        ChatRequest request = ChatRequest.of(List.of(ChatMessage.user("x")));

        // when / then
        assertThatThrownBy(() -> model.chat(request)).isInstanceOf(ModelRefusalException.class).hasMessageContaining("filtered");
        assertThatThrownBy(() -> model.chat(request)).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("no text").hasMessageContaining("TOOL_EXECUTION");
    }

    @Test
    void should_retry_through_the_bridge_when_langchain4j_reports_a_rate_limit() {
        // given
        ScriptedChatModel chatModel = new ScriptedChatModel(ModelProvider.ANTHROPIC, new RateLimitException("429"),
                reply("{}", FinishReason.STOP));
        List<Duration> slept = new ArrayList<>();
        RetryingLanguageModel model = RetryingLanguageModel.builder(LangChain4jLanguageModel.of(chatModel))
                .sleeper(slept::add).random(() -> 0.0).build();

        // when
        ChatResponse response = model.chat(ChatRequest.of(List.of(ChatMessage.user("x"))));

        // then
        assertThat(chatModel.requests).hasSize(2);
        assertThat(slept).hasSize(1);
        assertThat(response.provider()).isEqualTo("langchain4j-anthropic");
    }

    @Test
    void should_name_the_settings_but_not_the_chat_models_own_text_when_printed() {
        // given
        LangChain4jLanguageModel model = LangChain4jLanguageModel.builder(new ScriptedChatModel(ModelProvider.OTHER))
                .modelName("m1").build();

        // when
        String text = model.toString();

        // then
        assertThat(text).contains("provider=langchain4j").contains("model=m1").contains("ScriptedChatModel")
                .doesNotContain("SHOULD-NOT-APPEAR");
    }

    @Test
    void should_refuse_bad_options_when_building() {
        assertThatThrownBy(() -> LangChain4jLanguageModel.builder(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("chatModel");
        ScriptedChatModel chatModel = new ScriptedChatModel(ModelProvider.OTHER);
        assertThatThrownBy(() -> LangChain4jLanguageModel.builder(chatModel).maxTokens(0))
                .hasMessageContaining("maxTokens must be positive");
        assertThatThrownBy(() -> LangChain4jLanguageModel.builder(chatModel).providerName(" "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("providerName");
        assertThatThrownBy(() -> LangChain4jLanguageModel.builder(chatModel).modelName("a").modelName("b").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("modelName");
    }
}
