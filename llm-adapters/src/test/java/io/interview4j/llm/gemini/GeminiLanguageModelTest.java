package io.interview4j.llm.gemini;

import static io.interview4j.llm.testing.TestJson.json;
import static io.interview4j.llm.testing.TestJson.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatMessage.Role;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.ChatResponse.FinishReason;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.TokenUsage;
import io.interview4j.llm.exception.InvalidModelRequestException;
import io.interview4j.llm.exception.MalformedResponseException;
import io.interview4j.llm.exception.ModelRefusalException;
import io.interview4j.llm.exception.ModelTimeoutException;
import io.interview4j.llm.exception.ProviderException;
import io.interview4j.llm.exception.RateLimitedException;
import io.interview4j.llm.testing.ProviderContract;
import io.interview4j.testkit.RecordedRequest;
import io.interview4j.testkit.StubServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeminiLanguageModelTest extends ProviderContract {

    private static final String KEY = "AIzaSyTEST-0123456789abcdefghijklmno";
    private static final String OK = """
            {"candidates":[{"content":{"parts":[{"text":"{\\"score\\": 5}"}],"role":"model"},"finishReason":"STOP"}],
             "usageMetadata":{"promptTokenCount":9,"candidatesTokenCount":5,"totalTokenCount":14},"modelVersion":"gemini-2.5-flash-001"}""";
    private static final List<ChatMessage> MESSAGES = List.of(ChatMessage.system("Grade."), ChatMessage.user("Answer"));

    private final StubServer server = server();

    private GeminiLanguageModel.Builder model() {
        return GeminiLanguageModel.builder().baseUrl(server.baseUrl() + "/v1beta").apiKey(KEY);
    }

    @Test
    void should_post_generate_content_with_key_header_when_called() {
        // given
        server.enqueue(200, OK);

        // when
        model().build().chat(ChatRequest.of(MESSAGES));

        // then
        RecordedRequest request = server.lastRequest();
        assertThat(request.path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
        assertThat(request.path()).doesNotContain("key=");
        assertThat(request.header("x-goog-api-key")).isEqualTo(KEY);
        assertThat(request.json()).isEqualTo(json("""
                {"systemInstruction":{"parts":[{"text":"Grade."}]},"contents":[{"role":"user","parts":[{"text":"Answer"}]}],
                 "generationConfig":{"maxOutputTokens":4096}}"""));
    }

    @Test
    void should_return_text_usage_and_model_version_when_server_answers() {
        // given
        server.enqueue(200, OK);

        // when
        ChatResponse response = model().build().chat(ChatRequest.of(MESSAGES));

        // then
        assertThat(response).isEqualTo(new ChatResponse("{\"score\": 5}", new TokenUsage(9, 5, 0), "gemini-2.5-flash-001",
                FinishReason.STOP, "gemini"));
    }

    @Test
    void should_send_response_schema_when_request_has_schema() {
        // given
        server.enqueue(200, OK);
        ChatRequest request = ChatRequest.structured(MESSAGES, "e",
                json("{\"type\":\"object\",\"properties\":{\"score\":{\"type\":\"integer\"},\"why\":{\"type\":[\"string\",\"null\"]}}}"), 0.0);

        // when
        model().modelName("models/gemini-2.5-pro").build().chat(request);

        // then
        assertThat(server.lastRequest().path()).isEqualTo("/v1beta/models/gemini-2.5-pro:generateContent");
        assertThat(server.lastRequest().json().get("generationConfig")).isEqualTo(json("""
                {"temperature":0.0,"maxOutputTokens":4096,"responseMimeType":"application/json",
                 "responseSchema":{"type":"OBJECT","properties":{"score":{"type":"INTEGER"},"why":{"type":"STRING","nullable":true}},
                                   "propertyOrdering":["score","why"]}}"""));
    }

    @Test
    void should_add_api_version_when_base_url_has_no_path() {
        // given
        server.enqueue(200, OK);

        // when
        GeminiLanguageModel.builder().baseUrl(server.baseUrl()).apiKey(KEY).build().chat(ChatRequest.of(MESSAGES));

        // then
        assertThat(server.lastRequest().path()).startsWith("/v1beta/models/");
    }

    @Test
    void should_report_length_when_max_tokens_is_reached() {
        // given
        server.enqueue(200, """
                {"candidates":[{"content":{"parts":[{"text":"{\\"sco"}],"role":"model"},"finishReason":"MAX_TOKENS"}]}""");

        // when
        ChatResponse response = model().build().chat(ChatRequest.of(MESSAGES));

        // then
        assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
    }

    @Test
    void should_throw_refusal_when_prompt_is_blocked_with_200() {
        // given
        server.enqueue(200, """
                {"promptFeedback":{"blockReason":"SAFETY","safetyRatings":[]},"usageMetadata":{"promptTokenCount":8,"totalTokenCount":8},"modelVersion":"gemini-2.5-flash"}""");

        // then
        assertThatThrownBy(() -> model().build().chat(ChatRequest.of(MESSAGES))).isInstanceOf(ModelRefusalException.class)
                .hasMessageContaining("blockReason SAFETY");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "400, INVALID_ARGUMENT, InvalidModelRequestException, false",
            "403, PERMISSION_DENIED, ModelAuthenticationException, false",
            "404, NOT_FOUND, ModelNotFoundException, false",
            "429, RESOURCE_EXHAUSTED, RateLimitedException, true",
            "500, INTERNAL, ModelUnavailableException, true",
            "503, UNAVAILABLE, ModelUnavailableException, true",
            "504, DEADLINE_EXCEEDED, ModelUnavailableException, true"})
    void should_throw_mapped_exception_when_server_answers_google_error(int status, String grpc, String exception, boolean retriable) {
        // given
        server.enqueue(status, "{\"error\":{\"code\":" + status + ",\"message\":\"m\",\"status\":\"" + grpc + "\"}}");

        // when
        Throwable thrown = catchThrowable(() -> model().build().chat(ChatRequest.of(MESSAGES)));

        // then
        assertThat(thrown.getClass().getSimpleName()).isEqualTo(exception);
        assertThat(((ProviderException) thrown).retriable()).isEqualTo(retriable);
        assertThat(((ProviderException) thrown).statusCode()).isEqualTo(status);
    }

    @Test
    void should_map_invalid_key_to_authentication_when_400_says_api_key_invalid() {
        // given
        server.enqueue(400, """
                {"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT",
                 "details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com"}]}}""");

        // then
        assertThatThrownBy(() -> model().build().chat(ChatRequest.of(MESSAGES)))
                .isInstanceOf(io.interview4j.llm.exception.ModelAuthenticationException.class);
    }

    @Test
    void should_carry_retry_info_delay_when_429_has_it() {
        // given
        server.enqueue(429, """
                {"error":{"code":429,"message":"Please retry in 47.88s.","status":"RESOURCE_EXHAUSTED",
                 "details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"47s"}]}}""");

        // then
        assertThatThrownBy(() -> model().build().chat(ChatRequest.of(MESSAGES)))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(47)));
    }

    @Test
    void should_refuse_schema_before_sending_when_gemini_cannot_express_it() {
        // given
        ChatRequest request = ChatRequest.structured(MESSAGES, "e", json("{\"$ref\":\"https://example.org/schema.json\"}"), 0.0);

        // then
        assertThatThrownBy(() -> model().build().chat(request)).isInstanceOf(InvalidModelRequestException.class);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void should_throw_timeout_and_malformed_when_server_misbehaves() {
        // given
        server.enqueue(StubServer.json(200, OK).delayedBy(Duration.ofSeconds(2)));
        server.enqueue(200, "null");

        // then
        assertThatThrownBy(() -> model().timeout(Duration.ofMillis(200)).build().chat(ChatRequest.of(MESSAGES)))
                .isInstanceOf(ModelTimeoutException.class);
        assertThatThrownBy(() -> model().build().chat(ChatRequest.of(MESSAGES))).isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void should_hide_key_when_printed() {
        // then
        assertThat(model().build().toString()).doesNotContain(KEY).contains("apiKey=***");
    }

    // The contract's hooks: the Gemini generateContent wire format.

    @Override
    protected LanguageModel model(String baseUrl, String apiKey, Duration timeout) {
        return GeminiLanguageModel.builder().baseUrl(baseUrl + "/v1beta").apiKey(apiKey).timeout(timeout).build();
    }

    @Override
    protected String successBody(String text, TokenUsage usage, String finishReason) {
        return """
                {"candidates":[{"content":{"parts":[{"text":%s}],"role":"model"},"finishReason":%s}],
                 "usageMetadata":{"promptTokenCount":%d,"candidatesTokenCount":%d,"cachedContentTokenCount":%d,
                                  "totalTokenCount":%d},
                 "modelVersion":"gemini-2.5-flash-001"}""".formatted(quote(text), quote(finishReason),
                usage.inputTokens(), usage.outputTokens(), usage.cachedTokens(), usage.total());
    }

    @Override
    protected Map<FinishReason, String> finishReasons() {
        return Map.of(FinishReason.STOP, "STOP", FinishReason.LENGTH, "MAX_TOKENS", FinishReason.CONTENT_FILTER,
                "SAFETY");
    }

    @Override
    protected String errorBody(int status, String message) {
        String grpc = switch (status) {
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NOT_FOUND";
            case 429 -> "RESOURCE_EXHAUSTED";
            case 503 -> "UNAVAILABLE";
            default -> "INTERNAL";
        };
        return """
                {"error":{"code":%d,"message":%s,"status":%s}}""".formatted(status, quote(message), quote(grpc));
    }

    @Override
    protected List<ChatMessage> sentMessages(RecordedRequest request) {
        JsonNode body = request.json();
        List<ChatMessage> messages = new ArrayList<>();
        if (body.has("systemInstruction")) {
            messages.add(ChatMessage.system(text(body.get("systemInstruction"))));
        }
        for (JsonNode content : body.path("contents")) {
            Role role = content.path("role").asText().equals("model") ? Role.ASSISTANT : Role.USER;
            messages.add(new ChatMessage(role, text(content)));
        }
        return messages;
    }

    private static String text(JsonNode content) {
        StringBuilder text = new StringBuilder();
        content.path("parts").forEach(part -> text.append(part.path("text").asText()));
        return text.toString();
    }

    @Override
    protected JsonNode sentSchema(RecordedRequest request) {
        return sentAt(request, "/generationConfig/responseSchema");
    }

    @Override
    protected String sentApiKey(RecordedRequest request) {
        return request.header("x-goog-api-key");
    }

    @Override
    protected Integer sentMaxTokens(RecordedRequest request) {
        return intAt(request, "/generationConfig/maxOutputTokens");
    }
}
