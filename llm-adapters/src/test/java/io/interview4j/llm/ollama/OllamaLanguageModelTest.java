package io.interview4j.llm.ollama;

import static io.interview4j.llm.testing.TestJson.json;
import static io.interview4j.llm.testing.TestJson.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.ChatResponse.FinishReason;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.TokenUsage;
import io.interview4j.llm.exception.MalformedResponseException;
import io.interview4j.llm.exception.ModelTimeoutException;
import io.interview4j.llm.exception.ModelUnavailableException;
import io.interview4j.llm.exception.ProviderException;
import io.interview4j.llm.testing.ProviderContract;
import io.interview4j.testkit.RecordedRequest;
import io.interview4j.testkit.StubServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OllamaLanguageModelTest extends ProviderContract {

    private static final String OK = """
            {"model":"llama3.2","created_at":"2024-12-06T00:46:58.265747Z","message":{"role":"assistant","content":"{\\"score\\": 2}"},
             "done_reason":"stop","done":true,"prompt_eval_count":34,"eval_count":12}""";
    private static final List<ChatMessage> MESSAGES = List.of(ChatMessage.system("Grade."), ChatMessage.user("Answer"));

    private final StubServer server = server();

    private OllamaLanguageModel.Builder model() {
        return OllamaLanguageModel.builder().baseUrl(server.baseUrl());
    }

    @Test
    void should_post_native_chat_without_streaming_when_called() {
        // given
        server.enqueue(200, OK);

        // when
        model().build().chat(ChatRequest.structured(MESSAGES, "e", json("{\"type\":\"object\"}"), 0.1));

        // then
        RecordedRequest request = server.lastRequest();
        assertThat(request.path()).isEqualTo("/api/chat");
        assertThat(request.header("Authorization")).isNull();
        assertThat(request.json()).isEqualTo(json("""
                {"model":"llama3.2","stream":false,"format":{"type":"object"},"options":{"temperature":0.1,"num_predict":4096},
                 "messages":[{"role":"system","content":"Grade."},{"role":"user","content":"Answer"}]}"""));
    }

    @Test
    void should_return_text_and_eval_counts_when_server_answers() {
        // given
        server.enqueue(200, OK);

        // when
        ChatResponse response = model().build().chat(ChatRequest.of(MESSAGES));

        // then
        assertThat(response).isEqualTo(new ChatResponse("{\"score\": 2}", new TokenUsage(34, 12, 0), "llama3.2",
                FinishReason.STOP, "ollama"));
    }

    @Test
    void should_strip_api_suffix_and_send_key_when_configured_for_a_proxy() {
        // given
        server.enqueue(200, OK);

        // when
        OllamaLanguageModel.builder().baseUrl(server.baseUrl() + "/api/").apiKey("proxy-token-123456").modelName("qwen2.5:7b")
                .build().chat(ChatRequest.of(MESSAGES));

        // then
        assertThat(server.lastRequest().path()).isEqualTo("/api/chat");
        assertThat(server.lastRequest().header("Authorization")).isEqualTo("Bearer proxy-token-123456");
        assertThat(server.lastRequest().json().get("model").asText()).isEqualTo("qwen2.5:7b");
    }

    @Test
    void should_report_length_when_num_predict_is_reached() {
        // given
        server.enqueue(200, "{\"model\":\"llama3.2\",\"message\":{\"role\":\"assistant\",\"content\":\"{\\\"sc\"},\"done\":true,\"done_reason\":\"length\",\"eval_count\":4}");

        // when
        ChatResponse response = model().build().chat(ChatRequest.of(MESSAGES));

        // then
        assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            400|{"error":"invalid character 'x' looking for beginning of value"}|InvalidModelRequestException|false
            404|{"error":"model \\"llama3.2\\" not found, try pulling it first"}|ModelNotFoundException|false
            500|{"error":"the model failed to generate a response"}|ModelUnavailableException|true
            502|{"error":"cloud model unreachable"}|ModelUnavailableException|true
            503|{"error":"server busy, please try again.  maximum pending requests exceeded"}|ModelUnavailableException|true
            """)
    void should_throw_mapped_exception_when_server_answers_error(int status, String body, String exception, boolean retriable) {
        // given
        server.enqueue(status, body);

        // when
        Throwable thrown = catchThrowable(() -> model().build().chat(ChatRequest.of(MESSAGES)));

        // then
        assertThat(thrown.getClass().getSimpleName()).isEqualTo(exception);
        assertThat(((ProviderException) thrown).retriable()).isEqualTo(retriable);
        assertThat(thrown.getMessage()).contains(json(body).get("error").asText());
    }

    @Test
    void should_map_error_when_body_has_error_with_200() {
        // given
        server.enqueue(200, "{\"error\":\"an error was encountered while running the model\"}");

        // then
        assertThatThrownBy(() -> model().build().chat(ChatRequest.of(MESSAGES))).isInstanceOf(ModelUnavailableException.class)
                .hasMessageContaining("an error was encountered");
    }

    @Test
    void should_throw_timeout_and_malformed_when_server_misbehaves() {
        // given
        server.enqueue(StubServer.json(200, OK).delayedBy(Duration.ofSeconds(2)));
        server.enqueue(200, "{\"model\":\"llama3.2\",\"created_at\":\"x\",\"message\":{\"role\":\"assistant\",\"content\":\"a\"},\"done\":false}\n{\"model\"");

        // then
        assertThatThrownBy(() -> model().timeout(Duration.ofMillis(200)).build().chat(ChatRequest.of(MESSAGES)))
                .isInstanceOf(ModelTimeoutException.class);
        assertThatThrownBy(() -> model().build().chat(ChatRequest.of(MESSAGES))).isInstanceOf(MalformedResponseException.class);
    }

    // The contract's hooks: Ollama's native /api/chat wire format.

    @Override
    protected LanguageModel model(String baseUrl, String apiKey, Duration timeout) {
        return OllamaLanguageModel.builder().baseUrl(baseUrl).apiKey(apiKey).timeout(timeout).build();
    }

    /** Ollama reports no cached tokens. */
    @Override
    protected TokenUsage reportedUsage() {
        return new TokenUsage(1200, 85, 0);
    }

    @Override
    protected String successBody(String text, TokenUsage usage, String finishReason) {
        return """
                {"model":"llama3.2","created_at":"2024-12-06T00:46:58.265747Z",
                 "message":{"role":"assistant","content":%s},"done_reason":%s,"done":true,
                 "prompt_eval_count":%d,"eval_count":%d}""".formatted(quote(text), quote(finishReason),
                usage.inputTokens(), usage.outputTokens());
    }

    @Override
    protected Map<FinishReason, String> finishReasons() {
        return Map.of(FinishReason.STOP, "stop", FinishReason.LENGTH, "length");
    }

    @Override
    protected String errorBody(int status, String message) {
        return "{\"error\":" + quote(message) + "}";
    }

    @Override
    protected List<ChatMessage> sentMessages(RecordedRequest request) {
        return roleContentMessages(request);
    }

    @Override
    protected JsonNode sentSchema(RecordedRequest request) {
        JsonNode format = request.json().get("format");
        return format == null || !format.isObject() ? null : format;
    }

    @Override
    protected String sentApiKey(RecordedRequest request) {
        return bearerToken(request);
    }

    @Override
    protected Integer sentMaxTokens(RecordedRequest request) {
        return intAt(request, "/options/num_predict");
    }
}
