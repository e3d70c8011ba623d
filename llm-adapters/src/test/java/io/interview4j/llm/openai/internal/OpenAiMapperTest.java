package io.interview4j.llm.openai.internal;

import static io.interview4j.llm.testing.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.ChatResponse.FinishReason;
import io.interview4j.llm.TokenUsage;
import io.interview4j.llm.exception.MalformedResponseException;
import io.interview4j.llm.exception.ModelRefusalException;
import io.interview4j.llm.http.internal.Json;
import io.interview4j.llm.openai.OpenAiCompatibleLanguageModel.StructuredOutputMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenAiMapperTest {

    private static final JsonNode SCHEMA = json("""
            {"type":"object","properties":{"score":{"type":"integer"}},"required":["score"]}""");
    private static final List<ChatMessage> MESSAGES = List.of(ChatMessage.system("Grade."), ChatMessage.user("Q and A"),
            ChatMessage.assistant("{\"score\":1}"), ChatMessage.user("Again"));

    @Test
    void should_map_roles_and_options_when_request_is_free_text() {
        // given
        ChatRequest request = new ChatRequest(MESSAGES, null, null, 0.2, 300, null);

        // when
        JsonNode wire = json(Json.write(OpenAiMapper.toRequest(request, "gpt-4o-mini", StructuredOutputMode.JSON_SCHEMA, true, null, false)));

        // then
        assertThat(wire).isEqualTo(json("""
                {"model":"gpt-4o-mini","stream":false,"temperature":0.2,"max_tokens":300,
                 "messages":[{"role":"system","content":"Grade."},{"role":"user","content":"Q and A"},
                             {"role":"assistant","content":"{\\"score\\":1}"},{"role":"user","content":"Again"}]}"""));
    }

    @Test
    void should_send_strict_json_schema_when_mode_is_json_schema() {
        // given
        ChatRequest request = ChatRequest.structured(MESSAGES, "answer evaluation!", SCHEMA, 0.0);

        // when
        JsonNode wire = json(Json.write(OpenAiMapper.toRequest(request, "m", StructuredOutputMode.JSON_SCHEMA, true, 500, true)));

        // then
        assertThat(wire.get("response_format")).isEqualTo(json("""
                {"type":"json_schema","json_schema":{"name":"answer_evaluation_","strict":true,
                 "schema":{"type":"object","properties":{"score":{"type":"integer"}},"required":["score"],"additionalProperties":false}}}"""));
        assertThat(wire.get("max_completion_tokens").asInt()).isEqualTo(500);
        assertThat(wire.has("max_tokens")).isFalse();
        assertThat(wire.get("messages").get(0).get("content").asText()).isEqualTo("Grade.");
    }

    @Test
    void should_send_schema_unchanged_when_not_strict() {
        // given
        ChatRequest request = ChatRequest.structured(MESSAGES, "out", SCHEMA, 0.0);

        // when
        JsonNode wire = json(Json.write(OpenAiMapper.toRequest(request, "m", StructuredOutputMode.JSON_SCHEMA, false, null, false)));

        // then
        assertThat(wire.at("/response_format/json_schema/schema")).isEqualTo(SCHEMA);
        assertThat(wire.at("/response_format/json_schema/strict").asBoolean(true)).isFalse();
    }

    @Test
    void should_send_json_object_and_put_schema_in_prompt_when_mode_is_json_object() {
        // given
        ChatRequest request = ChatRequest.structured(MESSAGES, "out", SCHEMA, 0.0);

        // when
        JsonNode wire = json(Json.write(OpenAiMapper.toRequest(request, "m", StructuredOutputMode.JSON_OBJECT, true, null, false)));

        // then
        assertThat(wire.get("response_format")).isEqualTo(json("{\"type\":\"json_object\"}"));
        assertThat(wire.at("/messages/0/content").asText()).startsWith("Grade.\n\nRespond with a single JSON value")
                .contains("\"score\"");
    }

    @Test
    void should_send_no_response_format_when_mode_is_prompt_only() {
        // given
        ChatRequest request = ChatRequest.structured(MESSAGES, "out", SCHEMA, 0.0);

        // when
        JsonNode wire = json(Json.write(OpenAiMapper.toRequest(request, "m", StructuredOutputMode.PROMPT_ONLY, true, null, false)));

        // then
        assertThat(wire.has("response_format")).isFalse();
        assertThat(wire.at("/messages/0/content").asText()).contains("JSON schema");
    }

    @ParameterizedTest
    @CsvSource({"evaluation, evaluation", "'a b/c', a_b_c", "'', output", "ok-name_1, ok-name_1"})
    void should_reduce_schema_name_to_allowed_characters_when_sanitizing(String name, String expected) {
        // then
        assertThat(OpenAiMapper.schemaName(name)).isEqualTo(expected);
    }

    @Test
    void should_cut_schema_name_to_64_characters_when_too_long() {
        // then
        assertThat(OpenAiMapper.schemaName("x".repeat(80))).hasSize(64);
    }

    @ParameterizedTest
    @CsvSource({"stop, STOP", "length, LENGTH", "content_filter, CONTENT_FILTER", "tool_calls, OTHER",
            "function_call, OTHER", "eos, STOP", "something_new, OTHER"})
    void should_map_finish_reason_when_known_or_unknown(String wire, FinishReason expected) {
        // then
        assertThat(OpenAiMapper.finishReason(wire)).isEqualTo(expected);
    }

    @Test
    void should_map_usage_with_cached_tokens_when_details_are_sent() {
        // given
        OpenAiChatResponse.Usage usage = new OpenAiChatResponse.Usage(100L, 20L, 120L,
                new OpenAiChatResponse.PromptTokensDetails(64L));

        // then
        assertThat(OpenAiMapper.usage(usage)).isEqualTo(new TokenUsage(100, 20, 64));
        assertThat(OpenAiMapper.usage(null)).isEqualTo(TokenUsage.NONE);
        assertThat(OpenAiMapper.usage(new OpenAiChatResponse.Usage(null, 5L, null, null))).isEqualTo(new TokenUsage(0, 5, 0));
    }

    @Test
    void should_map_answer_when_spec_example_is_parsed() {
        // given
        String body = """
                {"id":"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT","object":"chat.completion","created":1741569952,"model":"gpt-4o-mini-2024-07-18",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"Hello! How can I assist you today?","refusal":null,"annotations":[]},"logprobs":null,"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":19,"completion_tokens":10,"total_tokens":29,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},
                 "completion_tokens_details":{"reasoning_tokens":0}},"service_tier":"default"}""";

        // when
        ChatResponse response = OpenAiMapper.toResponse(OpenAiMapper.parse(body, "openai"), "openai", "gpt-4o-mini");

        // then
        assertThat(response).isEqualTo(new ChatResponse("Hello! How can I assist you today?", new TokenUsage(19, 10, 0),
                "gpt-4o-mini-2024-07-18", FinishReason.STOP, "openai"));
    }

    @Test
    void should_use_configured_model_and_empty_text_when_answer_omits_them() {
        // given
        String body = """
                {"choices":[{"message":{"role":"assistant","content":null},"finish_reason":"tool_calls"}]}""";

        // when
        ChatResponse response = OpenAiMapper.toResponse(OpenAiMapper.parse(body, "vllm"), "vllm", "qwen");

        // then
        assertThat(response.text()).isEmpty();
        assertThat(response.modelId()).isEqualTo("qwen");
        assertThat(response.finishReason()).isEqualTo(FinishReason.OTHER);
    }

    @Test
    void should_throw_refusal_when_message_has_refusal() {
        // given
        String body = """
                {"model":"gpt-4o","choices":[{"index":0,"message":{"role":"assistant","content":null,"refusal":"I'm sorry, I cannot assist with that request."},"finish_reason":"stop"}]}""";

        // then
        assertThatThrownBy(() -> OpenAiMapper.toResponse(OpenAiMapper.parse(body, "openai"), "openai", "m"))
                .isInstanceOfSatisfying(ModelRefusalException.class, e -> {
                    assertThat(e.retriable()).isFalse();
                    assertThat(e.statusCode()).isEqualTo(200);
                    assertThat(e.getMessage()).contains("I cannot assist");
                });
    }

    @Test
    void should_throw_refusal_when_output_was_filtered_away() {
        // given
        String body = """
                {"choices":[{"message":{"role":"assistant","content":null},"finish_reason":"content_filter"}]}""";

        // then
        assertThatThrownBy(() -> OpenAiMapper.toResponse(OpenAiMapper.parse(body, "openai"), "openai", "m"))
                .isInstanceOf(ModelRefusalException.class).hasMessageContaining("content_filter");
    }

    @Test
    void should_throw_malformed_when_there_are_no_choices() {
        // then
        assertThatThrownBy(() -> OpenAiMapper.toResponse(OpenAiMapper.parse("{\"choices\":[]}", "openai"), "openai", "m"))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("no choices");
        assertThatThrownBy(() -> OpenAiMapper.toResponse(OpenAiMapper.parse("{\"choices\":[{}]}", "openai"), "openai", "m"))
                .isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void should_throw_malformed_when_body_is_not_a_json_object() {
        // then
        assertThatThrownBy(() -> OpenAiMapper.parse("<html>hi</html>", "openai")).isInstanceOf(MalformedResponseException.class);
        assertThatThrownBy(() -> OpenAiMapper.parse("[1]", "openai")).isInstanceOf(MalformedResponseException.class);
        assertThatThrownBy(() -> OpenAiMapper.parse("{\"choices\": [", "openai")).isInstanceOf(MalformedResponseException.class);
    }
}
