package io.interview4j.llm.anthropic.internal;

import static io.interview4j.llm.testing.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.ChatResponse.FinishReason;
import io.interview4j.llm.TokenUsage;
import io.interview4j.llm.exception.MalformedResponseException;
import io.interview4j.llm.exception.ModelRefusalException;
import io.interview4j.llm.http.internal.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnthropicMapperTest {

    @Test
    void should_lift_system_prompt_and_merge_same_role_turns_when_mapping_request() {
        // given
        ChatRequest request = new ChatRequest(List.of(ChatMessage.system("Be strict."), ChatMessage.system("Use JSON."),
                ChatMessage.user("Q1"), ChatMessage.user("A1"), ChatMessage.assistant("ok"), ChatMessage.user("next")),
                null, null, 0.5, null, null);

        // when
        String wire = Json.write(AnthropicMapper.toRequest(request, "claude-haiku-4-5", 4096, true));

        // then
        assertThat(json(wire)).isEqualTo(json("""
                {"model":"claude-haiku-4-5","max_tokens":4096,"system":"Be strict.\\n\\nUse JSON.","temperature":0.5,
                 "messages":[{"role":"user","content":"Q1\\n\\nA1"},{"role":"assistant","content":"ok"},{"role":"user","content":"next"}]}"""));
    }

    @Test
    void should_send_output_config_with_closed_schema_when_request_has_schema() {
        // given
        ChatRequest request = new ChatRequest(List.of(ChatMessage.user("grade")),
                json("{\"type\":\"object\",\"properties\":{\"score\":{\"type\":\"integer\"}},\"required\":[\"score\"]}"),
                "evaluation", null, 256, null);

        // when
        String wire = Json.write(AnthropicMapper.toRequest(request, "m", 4096, true));

        // then
        assertThat(json(wire).get("output_config")).isEqualTo(json("""
                {"format":{"type":"json_schema","schema":{"type":"object","properties":{"score":{"type":"integer"}},
                 "required":["score"],"additionalProperties":false}}}"""));
        assertThat(json(wire).get("max_tokens").asInt()).isEqualTo(256);
        assertThat(json(wire).has("system")).isFalse();
    }

    @Test
    void should_put_schema_in_system_prompt_when_structured_output_is_off() {
        // given
        ChatRequest request = ChatRequest.structured(List.of(ChatMessage.user("grade")), "e", json("{\"type\":\"object\"}"), 0);

        // when
        String wire = Json.write(AnthropicMapper.toRequest(request, "m", 4096, false));

        // then
        assertThat(json(wire).has("output_config")).isFalse();
        assertThat(json(wire).get("system").asText()).contains("JSON schema");
    }

    @ParameterizedTest
    @CsvSource({"end_turn, STOP", "stop_sequence, STOP", "max_tokens, LENGTH", "model_context_window_exceeded, LENGTH",
            "refusal, CONTENT_FILTER", "tool_use, OTHER", "pause_turn, OTHER", "brand_new, OTHER"})
    void should_map_stop_reason_when_known_or_unknown(String wire, FinishReason expected) {
        // then
        assertThat(AnthropicMapper.finishReason(wire)).isEqualTo(expected);
    }

    @Test
    void should_count_cache_as_input_when_usage_has_cache_fields() {
        // given
        AnthropicMessagesResponse.Usage usage = new AnthropicMessagesResponse.Usage(50L, 20L, 100L, 1000L);

        // then
        assertThat(AnthropicMapper.usage(usage)).isEqualTo(new TokenUsage(1150, 20, 1000));
        assertThat(AnthropicMapper.usage(null)).isEqualTo(TokenUsage.NONE);
    }

    @Test
    void should_join_text_blocks_and_skip_others_when_mapping_response() {
        // given
        String body = """
                {"id":"msg_01","type":"message","role":"assistant","model":"claude-haiku-4-5-20251001",
                 "content":[{"type":"thinking","thinking":"hmm","signature":"x"},{"type":"text","text":"Hello"},
                            {"type":"tool_use","id":"t","name":"n","input":{}},{"type":"text","text":" world"}],
                 "stop_reason":"end_turn","stop_sequence":null,
                 "usage":{"input_tokens":12,"output_tokens":6,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"service_tier":"standard"}}""";

        // when
        ChatResponse response = AnthropicMapper.toResponse(AnthropicMapper.parse(body, "anthropic"), "anthropic", "m");

        // then
        assertThat(response).isEqualTo(new ChatResponse("Hello world", new TokenUsage(12, 6, 0),
                "claude-haiku-4-5-20251001", FinishReason.STOP, "anthropic"));
    }

    @Test
    void should_give_empty_text_when_content_is_empty() {
        // when
        ChatResponse response = AnthropicMapper.toResponse(AnthropicMapper.parse(
                "{\"content\":[],\"stop_reason\":\"end_turn\"}", "anthropic"), "anthropic", "m");

        // then
        assertThat(response.text()).isEmpty();
        assertThat(response.modelId()).isEqualTo("m");
    }

    @Test
    void should_throw_refusal_when_stop_reason_is_refusal() {
        // then
        assertThatThrownBy(() -> AnthropicMapper.toResponse(AnthropicMapper.parse(
                "{\"content\":[{\"type\":\"text\",\"text\":\"I can\"}],\"stop_reason\":\"refusal\"}", "anthropic"), "anthropic", "m"))
                .isInstanceOf(ModelRefusalException.class);
    }

    @Test
    void should_throw_malformed_when_content_is_missing_or_body_is_not_json() {
        // then
        assertThatThrownBy(() -> AnthropicMapper.toResponse(AnthropicMapper.parse("{\"type\":\"message\"}", "anthropic"), "anthropic", "m"))
                .isInstanceOf(MalformedResponseException.class);
        assertThatThrownBy(() -> AnthropicMapper.parse("Overloaded", "anthropic")).isInstanceOf(MalformedResponseException.class);
    }
}
