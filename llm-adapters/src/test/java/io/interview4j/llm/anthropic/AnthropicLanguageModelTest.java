package io.interview4j.llm.anthropic;

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
import io.interview4j.llm.exception.MalformedResponseException;
import io.interview4j.llm.exception.ModelRefusalException;
import io.interview4j.llm.exception.ModelTimeoutException;
import io.interview4j.llm.exception.ProviderException;
import io.interview4j.llm.testing.ProviderContract;
import io.interview4j.testkit.RecordedRequest;
import io.interview4j.testkit.StubServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnthropicLanguageModelTest extends ProviderContract {

    private static final String KEY = "sk-ant-api03-test-key-0123456789";
    private static final String OK = """
            {"id":"msg_01XFDUDYJgAACzvnptvVoYEL","type":"message","role":"assistant",
             "content":[{"type":"text","text":"{\\"score\\": 3}"}],"model":"claude-haiku-4-5-20251001",
             "stop_reason":"end_turn","stop_sequence":null,
             "usage":{"input_tokens":12,"output_tokens":6,"cache_creation_input_tokens":20,"cache_read_input_tokens":100}}""";
    private static final List<ChatMessage> MESSAGES = List.of(ChatMessage.system("You grade answers."), ChatMessage.user("Answer: X"));

    private final StubServer server = server();

    private AnthropicLanguageModel.Builder model() {
        return AnthropicLanguageModel.builder().baseUrl(server.baseUrl()).apiKey(KEY);
    }

    @Test
    void should_post_messages_with_key_and_version_headers_when_called() {
        // given
        server.enqueue(200, OK);

        // when
        model().build().chat(ChatRequest.of(MESSAGES));

        // then
        RecordedRequest request = server.lastRequest();
        assertThat(request.path()).isEqualTo("/v1/messages");
        assertThat(request.header("x-api-key")).isEqualTo(KEY);
        assertThat(request.header("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(request.header("Authorization")).isNull();
        assertThat(request.json()).isEqualTo(json("""
                {"model":"claude-haiku-4-5","max_tokens":4096,"system":"You grade answers.",
                 "messages":[{"role":"user","content":"Answer: X"}]}"""));
    }

    @Test
    void should_return_text_and_usage_with_cache_when_server_answers() {
        // given
        server.enqueue(200, OK);

        // when
        ChatResponse response = model().build().chat(ChatRequest.of(MESSAGES));

        // then
        assertThat(response).isEqualTo(new ChatResponse("{\"score\": 3}", new TokenUsage(132, 6, 100),
                "claude-haiku-4-5-20251001", FinishReason.STOP, "anthropic"));
    }

    @Test
    void should_send_json_schema_output_config_when_request_has_schema() {
        // given
        server.enqueue(200, OK);
        ChatRequest request = ChatRequest.structured(MESSAGES, "evaluation",
                json("{\"type\":\"object\",\"properties\":{\"score\":{\"type\":\"integer\"}},\"required\":[\"score\"]}"), 0.0);

        // when
        ChatResponse response = model().modelName("claude-sonnet-4-5").maxTokens(1000).build().chat(request);

        // then
        assertThat(server.lastRequest().json()).isEqualTo(json("""
                {"model":"claude-sonnet-4-5","max_tokens":1000,"system":"You grade answers.","temperature":0.0,
                 "messages":[{"role":"user","content":"Answer: X"}],
                 "output_config":{"format":{"type":"json_schema","schema":{"type":"object","properties":{"score":{"type":"integer"}},
                                  "required":["score"],"additionalProperties":false}}}}"""));
        assertThat(json(response.text()).get("score").asInt()).isEqualTo(3);
    }

    @Test
    void should_not_repeat_version_path_when_base_url_ends_with_v1() {
        // given
        server.enqueue(200, OK);

        // when
        AnthropicLanguageModel.builder().baseUrl(server.baseUrl() + "/v1/").apiKey(KEY).build().chat(ChatRequest.of(MESSAGES));

        // then
        assertThat(server.lastRequest().path()).isEqualTo("/v1/messages");
    }

    @Test
    void should_report_length_when_max_tokens_is_reached() {
        // given
        server.enqueue(200, """
                {"content":[{"type":"text","text":"{\\"score\\": "}],"model":"m","stop_reason":"max_tokens","usage":{"input_tokens":5,"output_tokens":4}}""");

        // when
        ChatResponse response = model().build().chat(ChatRequest.of(MESSAGES));

        // then
        assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
    }

    @Test
    void should_throw_refusal_when_stop_reason_is_refusal() {
        // given
        server.enqueue(200, "{\"content\":[],\"model\":\"m\",\"stop_reason\":\"refusal\",\"usage\":{\"input_tokens\":5,\"output_tokens\":0}}");

        // then
        assertThatThrownBy(() -> model().build().chat(ChatRequest.of(MESSAGES))).isInstanceOf(ModelRefusalException.class);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "400, invalid_request_error, InvalidModelRequestException, false",
            "401, authentication_error, ModelAuthenticationException, false",
            "402, billing_error, QuotaExceededException, false",
            "403, permission_error, ModelAuthenticationException, false",
            "404, not_found_error, ModelNotFoundException, false",
            "409, conflict_error, ProviderException, true",
            "413, request_too_large, InvalidModelRequestException, false",
            "429, rate_limit_error, RateLimitedException, true",
            "429, overloaded_error, ModelUnavailableException, true",
            "500, api_error, ModelUnavailableException, true",
            "504, timeout_error, ModelTimeoutException, true",
            "529, overloaded_error, ModelUnavailableException, true"})
    void should_throw_mapped_exception_when_server_answers_error(int status, String type, String exception, boolean retriable) {
        // given
        server.enqueue(status, "{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":\"Something about " + KEY
                + "\"},\"request_id\":\"req_011CSHoEeqs5C35K2UUqR7Fy\"}");

        // when
        Throwable thrown = catchThrowable(() -> model().build().chat(ChatRequest.of(MESSAGES)));

        // then
        assertThat(thrown.getClass().getSimpleName()).isEqualTo(exception);
        ProviderException e = (ProviderException) thrown;
        assertThat(e.retriable()).isEqualTo(retriable);
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.errorType()).contains(type);
        assertThat(e.getMessage()).doesNotContain(KEY);
    }

    @Test
    void should_throw_timeout_when_server_is_too_slow() {
        // given
        server.enqueue(StubServer.json(200, OK).delayedBy(Duration.ofSeconds(2)));

        // then
        assertThatThrownBy(() -> model().timeout(Duration.ofMillis(200)).build().chat(ChatRequest.of(MESSAGES)))
                .isInstanceOf(ModelTimeoutException.class);
    }

    @Test
    void should_throw_malformed_when_body_is_truncated_json() {
        // given
        server.enqueue(200, "{\"content\":[{\"type\":\"text\",\"te");

        // then
        assertThatThrownBy(() -> model().build().chat(ChatRequest.of(MESSAGES))).isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void should_require_key_and_hide_it_when_built() {
        // then
        assertThatThrownBy(() -> AnthropicLanguageModel.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apiKey");
        assertThat(model().build().toString()).doesNotContain(KEY).contains("apiKey=***");
    }

    // The contract's hooks: the Anthropic Messages wire format.

    @Override
    protected LanguageModel model(String baseUrl, String apiKey, Duration timeout) {
        return AnthropicLanguageModel.builder().baseUrl(baseUrl).apiKey(apiKey).timeout(timeout).build();
    }

    @Override
    protected String successBody(String text, TokenUsage usage, String finishReason) {
        return """
                {"id":"msg_02","type":"message","role":"assistant","content":[{"type":"text","text":%s}],
                 "model":"claude-haiku-4-5-20251001","stop_reason":%s,"stop_sequence":null,
                 "usage":{"input_tokens":%d,"output_tokens":%d,"cache_creation_input_tokens":0,
                          "cache_read_input_tokens":%d}}""".formatted(quote(text), quote(finishReason),
                usage.inputTokens() - usage.cachedTokens(), usage.outputTokens(), usage.cachedTokens());
    }

    @Override
    protected Map<FinishReason, String> finishReasons() {
        return Map.of(FinishReason.STOP, "end_turn", FinishReason.LENGTH, "max_tokens");
    }

    @Override
    protected String errorBody(int status, String message) {
        String type = switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_error";
            default -> "api_error";
        };
        return """
                {"type":"error","error":{"type":%s,"message":%s},"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"}"""
                .formatted(quote(type), quote(message));
    }

    @Override
    protected List<ChatMessage> sentMessages(RecordedRequest request) {
        JsonNode body = request.json();
        List<ChatMessage> messages = new ArrayList<>();
        if (body.has("system")) {
            messages.add(ChatMessage.system(text(body.get("system"))));
        }
        for (JsonNode message : body.path("messages")) {
            messages.add(new ChatMessage(Role.valueOf(message.path("role").asText().toUpperCase(Locale.ROOT)),
                    text(message.path("content"))));
        }
        return messages;
    }

    /** Content is a string or an array of text blocks. */
    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        content.forEach(block -> text.append(block.path("text").asText()));
        return text.toString();
    }

    @Override
    protected JsonNode sentSchema(RecordedRequest request) {
        return sentAt(request, "/output_config/format/schema");
    }

    @Override
    protected String sentApiKey(RecordedRequest request) {
        return request.header("x-api-key");
    }

    @Override
    protected Integer sentMaxTokens(RecordedRequest request) {
        return intAt(request, "/max_tokens");
    }
}
