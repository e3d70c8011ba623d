package io.interview4j.llm.gemini.internal;

import static io.interview4j.llm.testing.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.ChatResponse.FinishReason;
import io.interview4j.llm.TokenUsage;
import io.interview4j.llm.exception.ModelRefusalException;
import io.interview4j.llm.http.internal.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeminiMapperTest {

    @Test
    void should_map_system_instruction_and_model_role_when_mapping_request() {
        // given
        ChatRequest request = new ChatRequest(List.of(ChatMessage.system("You are a cat."), ChatMessage.user("Hello"),
                ChatMessage.assistant("Meow"), ChatMessage.user("Again")), null, null, 0.7, 100, null);

        // when
        String wire = Json.write(GeminiMapper.toRequest(request, null));

        // then
        assertThat(json(wire)).isEqualTo(json("""
                {"systemInstruction":{"parts":[{"text":"You are a cat."}]},
                 "contents":[{"role":"user","parts":[{"text":"Hello"}]},{"role":"model","parts":[{"text":"Meow"}]},
                             {"role":"user","parts":[{"text":"Again"}]}],
                 "generationConfig":{"temperature":0.7,"maxOutputTokens":100}}"""));
    }

    @Test
    void should_set_json_mime_type_and_converted_schema_when_request_has_schema() {
        // given
        ChatRequest request = ChatRequest.structured(List.of(ChatMessage.user("grade")), "e",
                json("{\"type\":\"object\",\"properties\":{\"score\":{\"type\":\"integer\"}},\"required\":[\"score\"],\"additionalProperties\":false}"), 0.0);

        // when
        String wire = Json.write(GeminiMapper.toRequest(request, 2048));

        // then
        assertThat(json(wire).get("generationConfig")).isEqualTo(json("""
                {"temperature":0.0,"maxOutputTokens":2048,"responseMimeType":"application/json",
                 "responseSchema":{"type":"OBJECT","properties":{"score":{"type":"INTEGER"}},"required":["score"]}}"""));
        assertThat(json(wire).has("systemInstruction")).isFalse();
    }

    @Test
    void should_leave_out_generation_config_when_nothing_is_set() {
        // when
        String wire = Json.write(GeminiMapper.toRequest(ChatRequest.of(List.of(ChatMessage.user("hi"))), null));

        // then
        assertThat(json(wire)).isEqualTo(json("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"hi\"}]}]}"));
    }

    @ParameterizedTest
    @CsvSource({"STOP, STOP", "MAX_TOKENS, LENGTH", "SAFETY, CONTENT_FILTER", "RECITATION, CONTENT_FILTER",
            "PROHIBITED_CONTENT, CONTENT_FILTER", "OTHER, OTHER", "MALFORMED_FUNCTION_CALL, OTHER",
            "FINISH_REASON_UNSPECIFIED, OTHER", "SOMETHING_NEW, OTHER"})
    void should_map_finish_reason_when_known_or_unknown(String wire, FinishReason expected) {
        // then
        assertThat(GeminiMapper.finishReason(wire)).isEqualTo(expected);
    }

    @Test
    void should_map_firebase_sample_when_answer_is_basic() {
        // given
        String body = """
                {"candidates":[{"content":{"parts":[{"text":"Google's headquarters is in **Mountain View, California**.\\n"}],"role":"model"},
                  "finishReason":"STOP","safetyRatings":[{"category":"HARM_CATEGORY_HATE_SPEECH","probability":"NEGLIGIBLE"}],"avgLogprobs":-0.0487}],
                 "usageMetadata":{"promptTokenCount":7,"candidatesTokenCount":22,"totalTokenCount":29,
                  "promptTokensDetails":[{"modality":"TEXT","tokenCount":7}]},"modelVersion":"gemini-2.0-flash"}""";

        // when
        ChatResponse response = GeminiMapper.toResponse(GeminiMapper.parse(body, "gemini"), "gemini", "m");

        // then
        assertThat(response).isEqualTo(new ChatResponse("Google's headquarters is in **Mountain View, California**.\n",
                new TokenUsage(7, 22, 0), "gemini-2.0-flash", FinishReason.STOP, "gemini"));
    }

    @Test
    void should_skip_thought_parts_and_count_thinking_as_output_when_model_thinks() {
        // given
        String body = """
                {"candidates":[{"content":{"parts":[{"text":"**Thinking about it**","thought":true},{"text":"Mountain View"}],"role":"model"},"finishReason":"STOP"}],
                 "usageMetadata":{"promptTokenCount":14,"candidatesTokenCount":2,"thoughtsTokenCount":24,"totalTokenCount":40,"cachedContentTokenCount":4},
                 "modelVersion":"gemini-2.5-flash"}""";

        // when
        ChatResponse response = GeminiMapper.toResponse(GeminiMapper.parse(body, "gemini"), "gemini", "m");

        // then
        assertThat(response.text()).isEqualTo("Mountain View");
        assertThat(response.usage()).isEqualTo(new TokenUsage(14, 26, 4));
    }

    @Test
    void should_keep_partial_text_as_content_filter_when_safety_stops_with_content() {
        // given
        String body = """
                {"candidates":[{"content":{"parts":[{"text":"Partial"}],"role":"model"},"finishReason":"SAFETY",
                  "safetyRatings":[{"category":"HARM_CATEGORY_DANGEROUS_CONTENT","probability":"HIGH","blocked":true}]}]}""";

        // when
        ChatResponse response = GeminiMapper.toResponse(GeminiMapper.parse(body, "gemini"), "gemini", "m");

        // then
        assertThat(response.finishReason()).isEqualTo(FinishReason.CONTENT_FILTER);
        assertThat(response.text()).isEqualTo("Partial");
    }

    @Test
    void should_throw_refusal_when_safety_stops_without_content() {
        // given
        String body = """
                {"candidates":[{"finishReason":"SAFETY","safetyRatings":[{"category":"HARM_CATEGORY_HARASSMENT","probability":"MEDIUM","blocked":true}]}],
                 "usageMetadata":{"promptTokenCount":8,"totalTokenCount":8}}""";

        // then
        assertThatThrownBy(() -> GeminiMapper.toResponse(GeminiMapper.parse(body, "gemini"), "gemini", "m"))
                .isInstanceOfSatisfying(ModelRefusalException.class, e -> {
                    assertThat(e.getMessage()).contains("SAFETY");
                    assertThat(e.retriable()).isFalse();
                    assertThat(e.errorType()).contains("SAFETY");
                });
    }

    @Test
    void should_throw_refusal_when_prompt_is_blocked() {
        // given
        String body = """
                {"promptFeedback":{"blockReason":"SAFETY","safetyRatings":[{"category":"HARM_CATEGORY_DANGEROUS_CONTENT","probability":"HIGH","blocked":true}]},
                 "usageMetadata":{"promptTokenCount":8,"totalTokenCount":8}}""";

        // then
        assertThatThrownBy(() -> GeminiMapper.toResponse(GeminiMapper.parse(body, "gemini"), "gemini", "m"))
                .isInstanceOf(ModelRefusalException.class).hasMessageContaining("blocked the prompt").hasMessageContaining("SAFETY");
    }

    @Test
    void should_throw_refusal_when_candidates_are_empty_or_other_stops_without_content() {
        // then
        assertThatThrownBy(() -> GeminiMapper.toResponse(GeminiMapper.parse("{\"candidates\":[]}", "gemini"), "gemini", "m"))
                .isInstanceOf(ModelRefusalException.class).hasMessageContaining("no candidates");
        assertThatThrownBy(() -> GeminiMapper.toResponse(GeminiMapper.parse(
                "{\"candidates\":[{\"finishReason\":\"OTHER\",\"finishMessage\":\"Unable to submit request\"}]}", "gemini"), "gemini", "m"))
                .isInstanceOf(ModelRefusalException.class).hasMessageContaining("Unable to submit request");
    }
}
