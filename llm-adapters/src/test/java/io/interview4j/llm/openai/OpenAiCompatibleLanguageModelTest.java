package io.interview4j.llm.openai;

import static io.interview4j.llm.testing.TestJson.json;
import static io.interview4j.llm.testing.TestJson.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.InvalidInputException;
import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.ChatResponse.FinishReason;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.StructuredChat;
import io.interview4j.llm.StructuredResult;
import io.interview4j.llm.TokenUsage;
import io.interview4j.llm.config.LanguageModels;
import io.interview4j.llm.exception.ModelRefusalException;
import io.interview4j.llm.exception.ModelUnavailableException;
import io.interview4j.llm.exception.ProviderException;
import io.interview4j.llm.exception.RateLimitedException;
import io.interview4j.llm.openai.OpenAiCompatibleLanguageModel.StructuredOutputMode;
import io.interview4j.llm.testing.ProviderContract;
import io.interview4j.testkit.RecordedRequest;
import io.interview4j.testkit.StubServer;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenAiCompatibleLanguageModelTest extends ProviderContract {

    private static final String KEY = "sk-test-0123456789abcdefghij";
    private static final String OK = """
            {"id":"chatcmpl-1","object":"chat.completion","created":1741569952,"model":"gpt-4o-mini-2024-07-18",
             "choices":[{"index":0,"message":{"role":"assistant","content":"{\\"score\\": 4}","refusal":null},"finish_reason":"stop"}],
             "usage":{"prompt_tokens":31,"completion_tokens":6,"total_tokens":37,"prompt_tokens_details":{"cached_tokens":16}}}""";
    private static final List<ChatMessage> MESSAGES = List.of(ChatMessage.system("You grade answers."),
            ChatMessage.user("Question: what is a hash map? Answer: a table."));

    private final StubServer server = server();

    private OpenAiCompatibleLanguageModel.Builder model() {
        return OpenAiCompatibleLanguageModel.builder().baseUrl(server.baseUrl() + "/v1").apiKey(KEY);
    }

    @Test
    void should_post_chat_completion_with_bearer_key_when_called() {
        // given
        server.enqueue(200, OK);

        // when
        model().build().chat(new ChatRequest(MESSAGES, null, null, 0.3, 200, null));

        // then
        RecordedRequest request = server.lastRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.json()).isEqualTo(json("""
                {"model":"gpt-4o-mini","stream":false,"temperature":0.3,"max_tokens":200,
                 "messages":[{"role":"system","content":"You grade answers."},
                             {"role":"user","content":"Question: what is a hash map? Answer: a table."}]}"""));
    }

    @Test
    void should_return_text_usage_model_and_finish_reason_when_server_answers() {
        // given
        server.enqueue(200, OK);

        // when
        ChatResponse response = model().build().chat(ChatRequest.of(MESSAGES));

        // then
        assertThat(response).isEqualTo(new ChatResponse("{\"score\": 4}", new TokenUsage(31, 6, 16),
                "gpt-4o-mini-2024-07-18", FinishReason.STOP, "openai"));
    }

    @Test
    void should_send_strict_json_schema_when_request_has_schema() {
        // given
        server.enqueue(200, OK);
        ChatRequest request = ChatRequest.structured(MESSAGES, "evaluation",
                json("{\"type\":\"object\",\"properties\":{\"score\":{\"type\":\"integer\"}}}"), 0.0);

        // when
        ChatResponse response = model().build().chat(request);

        // then
        assertThat(server.lastRequest().json().get("response_format")).isEqualTo(json("""
                {"type":"json_schema","json_schema":{"name":"evaluation","strict":true,
                 "schema":{"type":"object","properties":{"score":{"type":["integer","null"]}},"required":["score"],"additionalProperties":false}}}"""));
        assertThat(json(response.text()).get("score").asInt()).isEqualTo(4);
    }

    @Test
    void should_send_json_object_when_server_rejects_schemas() {
        // given
        server.enqueue(200, OK);
        ChatRequest request = ChatRequest.structured(MESSAGES, "evaluation", json("{\"type\":\"object\"}"), 0.0);

        // when
        model().structuredOutput(StructuredOutputMode.JSON_OBJECT).build().chat(request);

        // then
        assertThat(server.lastRequest().json().get("response_format")).isEqualTo(json("{\"type\":\"json_object\"}"));
        assertThat(server.lastRequest().json().at("/messages/0/content").asText()).contains("JSON schema");
    }

    @Test
    void should_send_extra_headers_and_provider_name_when_configured_for_openrouter() {
        // given
        server.enqueue(200, OK);
        OpenAiCompatibleLanguageModel model = OpenAiCompatibleLanguageModel.builder().baseUrl(server.baseUrl() + "/api/v1")
                .apiKey("sk-or-v1-abcdefabcdef").providerName("openrouter").modelName("openai/gpt-4o-mini")
                .header("HTTP-Referer", "https://example.org/app").header("X-Title", "interview4j").build();

        // when
        ChatResponse response = model.chat(ChatRequest.of(MESSAGES));

        // then
        RecordedRequest request = server.lastRequest();
        assertThat(request.path()).isEqualTo("/api/v1/chat/completions");
        assertThat(request.header("HTTP-Referer")).isEqualTo("https://example.org/app");
        assertThat(request.header("X-Title")).isEqualTo("interview4j");
        assertThat(request.json().get("model").asText()).isEqualTo("openai/gpt-4o-mini");
        assertThat(response.provider()).isEqualTo("openrouter");
        assertThat(model.provider()).isEqualTo("openrouter");
    }

    @Test
    void should_send_no_authorization_when_local_server_has_no_key() {
        // given
        server.enqueue(200, OK);

        // when
        OpenAiCompatibleLanguageModel.builder().baseUrl(server.baseUrl()).build().chat(ChatRequest.of(MESSAGES));

        // then
        assertThat(server.lastRequest().header("Authorization")).isNull();
        assertThat(server.lastRequest().path()).as("a bare host gets /v1").isEqualTo("/v1/chat/completions");
    }

    @Test
    void should_report_length_when_output_is_truncated() {
        // given
        server.enqueue(200, """
                {"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"{\\"score\\": 4, \\"feedb"},"finish_reason":"length"}],
                 "usage":{"prompt_tokens":10,"completion_tokens":16,"total_tokens":26}}""");

        // when
        ChatResponse response = model().build().chat(ChatRequest.of(MESSAGES));

        // then
        assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(response.text()).isEqualTo("{\"score\": 4, \"feedb");
    }

    @Test
    void should_throw_refusal_when_model_refuses() {
        // given
        server.enqueue(200, """
                {"model":"gpt-4o","choices":[{"index":0,"message":{"role":"assistant","content":null,"refusal":"I'm sorry, I can't help with that."},"finish_reason":"stop"}]}""");

        // then
        assertThatThrownBy(() -> model().build().chat(ChatRequest.of(MESSAGES)))
                .isInstanceOf(ModelRefusalException.class).hasMessageContaining("can't help");
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            401|{"error":{"message":"Incorrect API key provided: sk-test-0123456789abcdefghij.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}|ModelAuthenticationException|false
            404|{"error":{"message":"The model does not exist","type":"invalid_request_error","param":null,"code":"model_not_found"}}|ModelNotFoundException|false
            400|{"error":{"message":"Failed to generate JSON.","type":"invalid_request_error","code":"json_validate_failed","failed_generation":"{"}}|InvalidModelRequestException|true
            429|{"error":{"message":"Rate limit reached","type":"requests","param":null,"code":"rate_limit_exceeded"}}|RateLimitedException|true
            429|{"error":{"message":"You exceeded your current quota","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}|QuotaExceededException|false
            500|{"error":{"message":"The server had an error","type":"server_error","param":null,"code":null}}|ModelUnavailableException|true
            503|{"error": {"code": 503, "message": "Loading model", "type": "unavailable_error"}}|ModelUnavailableException|true
            502|<html><body><h1>502 Bad Gateway</h1></body></html>|ModelUnavailableException|true
            408||ModelTimeoutException|true
            """)
    void should_throw_mapped_exception_when_server_answers_error(int status, String body, String type, boolean retriable) {
        // given
        server.enqueue(StubServer.raw(status, body != null && body.startsWith("<") ? "text/html" : "application/json",
                body == null ? "" : body));

        // when
        Throwable thrown = catchThrowable(() -> model().build().chat(ChatRequest.of(MESSAGES)));

        // then
        assertThat(thrown).isInstanceOf(ProviderException.class);
        assertThat(thrown.getClass().getSimpleName()).isEqualTo(type);
        ProviderException e = (ProviderException) thrown;
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.retriable()).isEqualTo(retriable);
        assertThat(e.getMessage()).doesNotContain(KEY);
    }

    @Test
    void should_carry_retry_after_when_429_has_header() {
        // given
        server.enqueue(StubServer.json(429, "{\"error\":{\"message\":\"slow down\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}")
                .withHeader("retry-after", "7"));

        // then
        assertThatThrownBy(() -> model().build().chat(ChatRequest.of(MESSAGES)))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
    }

    @Test
    void should_map_error_when_openrouter_reports_it_with_200() {
        // given
        server.enqueue(200, "{\"error\":{\"code\":502,\"message\":\"Provider returned error\"}}");

        // then
        assertThatThrownBy(() -> model().providerName("openrouter").build().chat(ChatRequest.of(MESSAGES)))
                .isInstanceOfSatisfying(ModelUnavailableException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(502);
                    assertThat(e.retriable()).isTrue();
                });
    }





    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "json_schema, json_schema, false",
            "JSON_OBJECT, json_object, true",
            "none, , true"})
    void should_send_the_structured_output_mode_and_the_cap_that_the_environment_names(String variable, String sentType,
                                                                                       boolean schemaInPrompt) {
        // given: a llama.cpp-style local server named by OPENAI_BASE_URL
        server.enqueue(200, OK);
        Map<String, String> env = Map.of("OPENAI_BASE_URL", server.baseUrl() + "/v1",
                LanguageModels.STRUCTURED_OUTPUT_VARIABLE, variable, LanguageModels.MAX_TOKENS_VARIABLE, "777");
        JsonNode schema = json("{\"type\":\"object\",\"properties\":{\"score\":{\"type\":\"integer\"}},"
                + "\"required\":[\"score\"]}");

        // when
        LanguageModels.byName("openai", env, "qwen2.5-7b-instruct", null)
                .chat(ChatRequest.structured(MESSAGES, "grade", schema, 0.1));

        // then
        RecordedRequest sent = server.lastRequest();
        JsonNode type = sentAt(sent, "/response_format/type");
        assertThat(type == null ? null : type.asText()).isEqualTo(sentType);
        assertThat(sentAt(sent, "/response_format/json_schema/strict") == null).isEqualTo(schemaInPrompt);
        assertThat(sentMessages(sent).get(0).content().contains("\"score\"")).isEqualTo(schemaInPrompt);
        assertThat(intAt(sent, "/max_tokens")).isEqualTo(777);
    }

    @Test
    void should_refuse_an_unknown_structured_output_mode_or_a_bad_cap_naming_the_variable() {
        assertThatThrownBy(() -> LanguageModels.byName("openai", Map.of("OPENAI_BASE_URL", server.baseUrl(),
                LanguageModels.STRUCTURED_OUTPUT_VARIABLE, "grammar"), null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(LanguageModels.STRUCTURED_OUTPUT_VARIABLE).hasMessageContaining("json_object");
        assertThatThrownBy(() -> LanguageModels.byName("ollama", Map.of(LanguageModels.MAX_TOKENS_VARIABLE, "-3"),
                null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(LanguageModels.MAX_TOKENS_VARIABLE);
    }

    @Test
    void should_repair_a_reply_cut_off_at_the_cap_by_asking_for_a_shorter_one_over_the_wire() {
        // given
        server.enqueue(200, successBody("{\"score\": 4, \"reason\": \"The candidate explains the hashing step and",
                new TokenUsage(40, 64, 0), "length"));
        server.enqueue(200, successBody("{\"score\": 4, \"reason\": \"Explains hashing.\"}", new TokenUsage(60, 12, 0),
                "stop"));
        JsonNode schema = json("{\"type\":\"object\",\"properties\":{\"score\":{\"type\":\"integer\"},"
                + "\"reason\":{\"type\":\"string\"}},\"required\":[\"score\",\"reason\"]}");

        // when
        StructuredResult<Integer> result = new StructuredChat(model().build()).call(
                ChatRequest.structured(MESSAGES, "grade", schema, 0.1).withMaxTokens(64),
                out -> out.path("score").isInt() ? StructuredChat.Parsed.value(out.get("score").asInt())
                        : StructuredChat.Parsed.problems(List.of("'score' is missing")));

        // then
        assertThat(result).isInstanceOf(StructuredResult.Success.class);
        assertThat(result.responses().get(0).truncated()).isTrue();
        List<ChatMessage> repair = sentMessages(server.requests().get(1));
        assertThat(repair.get(repair.size() - 1).content()).contains("cut off at the output limit of 64 tokens")
                .contains("shorter");
        assertThat(repair).noneMatch(m -> m.content().contains("explains the hashing step and"));
        assertThat(intAt(server.requests().get(1), "/max_tokens")).isEqualTo(64);
    }

    @Test
    void should_hide_key_when_printed() {
        // when
        String text = model().build().toString();

        // then
        assertThat(text).doesNotContain(KEY).contains("apiKey=***").contains("model=gpt-4o-mini");
    }

    @Test
    void should_fail_in_build_when_option_is_set_twice_or_options_conflict() {
        // then
        assertThatThrownBy(() -> model().modelName("a").modelName("b").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("modelName");
        assertThatThrownBy(() -> model().structuredOutput(StructuredOutputMode.JSON_OBJECT).strictSchema(false).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("strictSchema");
        assertThatThrownBy(() -> OpenAiCompatibleLanguageModel.builder().baseUrl("not a url").build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> model().timeout(Duration.ZERO)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> model().modelName(" ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void should_be_usable_from_many_threads_when_shared() throws Exception {
        // given
        for (int i = 0; i < 8; i++) {
            server.enqueue(200, OK);
        }
        OpenAiCompatibleLanguageModel model = model().build();

        // when
        List<Future<ChatResponse>> futures;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            futures = pool.invokeAll(Collections.nCopies(8, () -> model.chat(ChatRequest.of(MESSAGES))));
        } finally {
            pool.shutdown();
        }

        // then
        for (Future<ChatResponse> future : futures) {
            assertThat(future.get().text()).isEqualTo("{\"score\": 4}");
        }
        assertThat(server.requests()).hasSize(8);
    }

    // The contract's hooks: the OpenAI Chat Completions wire format.

    @Override
    protected LanguageModel model(String baseUrl, String apiKey, Duration timeout) {
        return OpenAiCompatibleLanguageModel.builder().baseUrl(baseUrl + "/v1").apiKey(apiKey).timeout(timeout).build();
    }

    @Override
    protected String successBody(String text, TokenUsage usage, String finishReason) {
        return """
                {"id":"chatcmpl-2","object":"chat.completion","model":"gpt-4o-mini-2024-07-18",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s,"refusal":null},"finish_reason":%s}],
                 "usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d,
                          "prompt_tokens_details":{"cached_tokens":%d}}}""".formatted(quote(text), quote(finishReason),
                usage.inputTokens(), usage.outputTokens(), usage.total(), usage.cachedTokens());
    }

    @Override
    protected Map<FinishReason, String> finishReasons() {
        return Map.of(FinishReason.STOP, "stop", FinishReason.LENGTH, "length", FinishReason.CONTENT_FILTER,
                "content_filter");
    }

    @Override
    protected String errorBody(int status, String message) {
        String type = status == 429 ? "requests" : status >= 500 ? "server_error" : "invalid_request_error";
        String code = switch (status) {
            case 401 -> quote("invalid_api_key");
            case 403 -> quote("unsupported_country_region_territory");
            case 404 -> quote("model_not_found");
            case 429 -> quote("rate_limit_exceeded");
            default -> "null";
        };
        return """
                {"error":{"message":%s,"type":%s,"param":null,"code":%s}}""".formatted(quote(message), quote(type), code);
    }

    @Override
    protected List<ChatMessage> sentMessages(RecordedRequest request) {
        return roleContentMessages(request);
    }

    @Override
    protected JsonNode sentSchema(RecordedRequest request) {
        return sentAt(request, "/response_format/json_schema/schema");
    }

    @Override
    protected String sentApiKey(RecordedRequest request) {
        return bearerToken(request);
    }

    @Override
    protected Integer sentMaxTokens(RecordedRequest request) {
        Integer legacy = intAt(request, "/max_tokens");
        return legacy != null ? legacy : intAt(request, "/max_completion_tokens");
    }
}
