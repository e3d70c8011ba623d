package io.interview4j.llm.ollama.internal;

import static io.interview4j.llm.testing.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.ChatResponse.FinishReason;
import io.interview4j.llm.TokenUsage;
import io.interview4j.llm.exception.MalformedResponseException;
import io.interview4j.llm.http.internal.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OllamaMapperTest {

    @Test
    void should_send_schema_as_format_and_stream_false_when_mapping_structured_request() {
        // given
        ChatRequest request = ChatRequest.structured(List.of(ChatMessage.user("Ollama is 22 years old. Return JSON.")), "e",
                json("{\"type\":\"object\",\"properties\":{\"age\":{\"type\":\"integer\"},\"available\":{\"type\":\"boolean\"}},\"required\":[\"age\",\"available\"]}"),
                0.0);

        // when
        String wire = Json.write(OllamaMapper.toRequest(request, "llama3.1", null, null, null));

        // then
        assertThat(json(wire)).isEqualTo(json("""
                {"model":"llama3.1","messages":[{"role":"user","content":"Ollama is 22 years old. Return JSON."}],"stream":false,
                 "format":{"type":"object","properties":{"age":{"type":"integer"},"available":{"type":"boolean"}},"required":["age","available"]},
                 "options":{"temperature":0.0}}"""));
    }

    @Test
    void should_put_caps_in_options_and_keep_alive_at_top_when_set() {
        // given
        ChatRequest request = ChatRequest.of(List.of(ChatMessage.system("s"), ChatMessage.user("u")));

        // when
        String wire = Json.write(OllamaMapper.toRequest(request, "m", 256, 8192, "10m"));

        // then
        assertThat(json(wire)).isEqualTo(json("""
                {"model":"m","messages":[{"role":"system","content":"s"},{"role":"user","content":"u"}],"stream":false,
                 "options":{"num_predict":256,"num_ctx":8192},"keep_alive":"10m"}"""));
    }

    @ParameterizedTest
    @CsvSource({"stop, true, STOP", "length, true, LENGTH", "load, true, OTHER", "unload, true, OTHER",
            ", true, STOP", ", false, OTHER", ", , STOP"})
    void should_map_done_reason_when_present_or_missing(String reason, Boolean done, FinishReason expected) {
        // then
        assertThat(OllamaMapper.finishReason(reason, done)).isEqualTo(expected);
    }

    @Test
    void should_map_docs_example_when_answer_is_structured() {
        // given
        String body = """
                {"model":"llama3.1","created_at":"2024-12-06T00:46:58.265747Z",
                 "message":{"role":"assistant","content":"{\\"age\\": 22, \\"available\\": false}"},
                 "done_reason":"stop","done":true,"total_duration":2254970291,"load_duration":574751416,
                 "prompt_eval_count":34,"prompt_eval_duration":1502000000,"eval_count":12,"eval_duration":175000000}""";

        // when
        ChatResponse response = OllamaMapper.toResponse(OllamaMapper.parse(body, "ollama"), "ollama", "m");

        // then
        assertThat(response).isEqualTo(new ChatResponse("{\"age\": 22, \"available\": false}", new TokenUsage(34, 12, 0),
                "llama3.1", FinishReason.STOP, "ollama"));
    }

    @Test
    void should_count_zero_input_when_prompt_eval_count_is_missing() {
        // given
        String body = "{\"model\":\"llama3.2\",\"message\":{\"role\":\"assistant\",\"content\":\"hi\"},\"done\":true,\"eval_count\":3}";

        // when
        ChatResponse response = OllamaMapper.toResponse(OllamaMapper.parse(body, "ollama"), "ollama", "m");

        // then
        assertThat(response.usage()).isEqualTo(new TokenUsage(0, 3, 0));
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
    }

    @Test
    void should_throw_malformed_when_message_is_missing() {
        // then
        assertThatThrownBy(() -> OllamaMapper.toResponse(OllamaMapper.parse("{\"done\":true}", "ollama"), "ollama", "m"))
                .isInstanceOf(MalformedResponseException.class);
    }
}
