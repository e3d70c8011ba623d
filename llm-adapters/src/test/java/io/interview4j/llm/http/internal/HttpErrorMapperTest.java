package io.interview4j.llm.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.llm.exception.InvalidModelRequestException;
import io.interview4j.llm.exception.ModelAuthenticationException;
import io.interview4j.llm.exception.ModelConnectionException;
import io.interview4j.llm.exception.ModelNotFoundException;
import io.interview4j.llm.exception.ModelOutputParseException;
import io.interview4j.llm.exception.ModelTimeoutException;
import io.interview4j.llm.exception.ModelUnavailableException;
import io.interview4j.llm.exception.ProviderException;
import io.interview4j.llm.exception.QuotaExceededException;
import io.interview4j.llm.exception.RateLimitedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HttpErrorMapperTest {

    private static final String OPENAI_401 = """
            {"error":{"message":"Incorrect API key provided: sk-abc123***************wxyz. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}""";
    private static final String OPENAI_429 = """
            {"error":{"message":"Rate limit reached for gpt-4o-mini in organization org-x on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.","type":"requests","param":null,"code":"rate_limit_exceeded"}}""";
    private static final String OPENAI_QUOTA = """
            {"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}""";
    private static final String OPENAI_500 = """
            {"error":{"message":"The server had an error while processing your request. Sorry about that!","type":"server_error","param":null,"code":null}}""";
    private static final String OPENAI_400 = """
            {"error":{"message":"This model's maximum context length is 8192 tokens.","type":"invalid_request_error","param":"messages","code":"context_length_exceeded"}}""";
    private static final String OPENAI_404 = """
            {"error":{"message":"The model `gpt-9` does not exist","type":"invalid_request_error","param":null,"code":"model_not_found"}}""";
    private static final String GROQ_429 = """
            {"error":{"message":"Rate limit reached for model `llama-3.3-70b-versatile` on tokens per minute (TPM). Please try again in 5.289s.","type":"tokens","code":"rate_limit_exceeded"}}""";
    private static final String GROQ_JSON_VALIDATE = """
            {"error":{"message":"Failed to generate JSON. Please adjust your prompt. See 'failed_generation' for more details.","type":"invalid_request_error","code":"json_validate_failed","failed_generation":"{\\"a\\": "}}""";
    private static final String OPENROUTER_402 = """
            {"error":{"code":402,"message":"Insufficient credits. Add more using https://openrouter.ai/credits"}}""";
    private static final String OPENROUTER_403 = """
            {"error":{"code":403,"message":"Input was flagged by moderation","metadata":{"reasons":["harassment"]}}}""";
    private static final String OPENROUTER_502 = """
            {"error":{"code":502,"message":"Provider returned error","metadata":{"provider_name":"X"}}}""";
    private static final String VLLM_LEGACY_400 = """
            {"object":"error","message":"max_tokens must be at least 1, got 0.","type":"BadRequestError","param":null,"code":400}""";
    private static final String VLLM_400 = """
            {"error":{"message":"max_tokens must be at least 1, got 0.","type":"BadRequestError","param":null,"code":400}}""";
    private static final String LLAMACPP_500_UNPARSABLE = """
            {"error":{"code":500,"message":"Failed to parse input at pos 1893: <|channel|>final <|message|>{\\"score\\": 4, \\"reason","type":"server_error"}}""";
    private static final String OLLAMA_500_TOOL_CALL = """
            {"error":"error parsing tool call: raw='{\\"name\\": \\"grade\\"', err=unexpected end of JSON input"}""";
    private static final String VLLM_500_UNPARSABLE = """
            {"object":"error","message":"Failed to parse model output as JSON","type":"InternalServerError","param":null,"code":500}""";
    private static final String LLAMACPP_500_REQUEST = """
            {"error":{"code":500,"message":"[json.exception.parse_error.101] parse error at line 1, column 1: attempting to parse an empty input","type":"server_error"}}""";
    private static final String LLAMACPP_503 = """
            {"error": {"code": 503, "message": "Loading model", "type": "unavailable_error"}}""";
    private static final String ANTHROPIC_401 = """
            {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_1"}""";
    private static final String ANTHROPIC_400 = """
            {"type":"error","error":{"type":"invalid_request_error","message":"messages: at least one message is required"},"request_id":"req_2"}""";
    private static final String ANTHROPIC_404 = """
            {"type":"error","error":{"type":"not_found_error","message":"The requested resource could not be found."},"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"}""";
    private static final String ANTHROPIC_429 = """
            {"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit"},"request_id":"req_3"}""";
    private static final String ANTHROPIC_429_OVERLOADED = """
            {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_4"}""";
    private static final String ANTHROPIC_500 = """
            {"type":"error","error":{"type":"api_error","message":"Internal server error"},"request_id":"req_5"}""";
    private static final String ANTHROPIC_504 = """
            {"type":"error","error":{"type":"timeout_error","message":"Request timed out"},"request_id":"req_6"}""";
    private static final String ANTHROPIC_402 = """
            {"type":"error","error":{"type":"billing_error","message":"Your credit balance is too low"},"request_id":"req_7"}""";
    private static final String ANTHROPIC_409 = """
            {"type":"error","error":{"type":"conflict_error","message":"Conflict"},"request_id":"req_8"}""";
    private static final String GEMINI_400_KEY = """
            {"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com","metadata":{"service":"generativelanguage.googleapis.com"}}]}}""";
    private static final String GEMINI_400 = """
            {"error":{"code":400,"message":"Invalid JSON payload received.","status":"INVALID_ARGUMENT"}}""";
    private static final String GEMINI_403 = """
            {"error":{"code":403,"message":"Method doesn't allow unregistered callers.","status":"PERMISSION_DENIED"}}""";
    private static final String GEMINI_404 = """
            {"error":{"code":404,"message":"models/gemini-9 is not found for API version v1beta","status":"NOT_FOUND"}}""";
    private static final String GEMINI_429 = """
            {"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}""";
    private static final String GEMINI_429_PER_DAY = """
            {"error":{"code":429,"message":"You exceeded your current quota.","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaMetric":"generativelanguage.googleapis.com/generate_content_free_tier_requests","quotaId":"GenerateRequestsPerDayPerProjectPerModel-FreeTier"}]},{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"47s"}]}}""";
    private static final String GEMINI_500 = """
            {"error":{"code":500,"message":"An internal error has occurred.","status":"INTERNAL"}}""";
    private static final String GEMINI_503 = """
            {"error":{"code":503,"message":"The model is overloaded. Please try again later.","status":"UNAVAILABLE"}}""";
    private static final String GEMINI_504 = """
            {"error":{"code":504,"message":"Deadline exceeded","status":"DEADLINE_EXCEEDED"}}""";
    private static final String OLLAMA_404 = """
            {"error":"model \\"llama3.2\\" not found, try pulling it first"}""";
    private static final String OLLAMA_503 = """
            {"error":"server busy, please try again.  maximum pending requests exceeded"}""";
    private static final String OLLAMA_500 = """
            {"error":"the model failed to generate a response"}""";
    private static final String OLLAMA_400 = """
            {"error":"invalid character 'x' looking for beginning of value"}""";
    private static final String HTML_502 = """
            <html><head><title>502 Bad Gateway</title><style>body{color:red}</style></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>""";
    private static final String HTML_413 = """
            <html><head><title>413 Request Entity Too Large</title></head><body><h1>413 Request Entity Too Large</h1></body></html>""";

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("openai", 401, OPENAI_401, ModelAuthenticationException.class, false),
                Arguments.of("openai", 403, "{\"error\":{\"message\":\"Country, region, or territory not supported\",\"type\":\"request_forbidden\",\"param\":null,\"code\":\"unsupported_country_region_territory\"}}", ModelAuthenticationException.class, false),
                Arguments.of("openai", 404, OPENAI_404, ModelNotFoundException.class, false),
                Arguments.of("openai", 400, OPENAI_400, InvalidModelRequestException.class, false),
                Arguments.of("openai", 408, "", ModelTimeoutException.class, true),
                Arguments.of("openai", 409, "", ProviderException.class, true),
                Arguments.of("openai", 413, HTML_413, InvalidModelRequestException.class, false),
                Arguments.of("openai", 422, "{}", InvalidModelRequestException.class, false),
                Arguments.of("openai", 429, OPENAI_429, RateLimitedException.class, true),
                Arguments.of("openai", 429, OPENAI_QUOTA, QuotaExceededException.class, false),
                Arguments.of("openai", 500, OPENAI_500, ModelUnavailableException.class, true),
                Arguments.of("openai", 502, HTML_502, ModelUnavailableException.class, true),
                Arguments.of("openai", 503, "", ModelUnavailableException.class, true),
                Arguments.of("openai", 504, "upstream request timeout", ModelUnavailableException.class, true),
                Arguments.of("groq", 429, GROQ_429, RateLimitedException.class, true),
                Arguments.of("groq", 400, GROQ_JSON_VALIDATE, InvalidModelRequestException.class, true),
                Arguments.of("openrouter", 402, OPENROUTER_402, QuotaExceededException.class, false),
                Arguments.of("openrouter", 403, OPENROUTER_403, ModelAuthenticationException.class, false),
                Arguments.of("openrouter", 502, OPENROUTER_502, ModelUnavailableException.class, true),
                Arguments.of("vllm", 400, VLLM_LEGACY_400, InvalidModelRequestException.class, false),
                Arguments.of("vllm", 400, VLLM_400, InvalidModelRequestException.class, false),
                Arguments.of("llamacpp", 503, LLAMACPP_503, ModelUnavailableException.class, true),
                Arguments.of("llamacpp", 500, LLAMACPP_500_UNPARSABLE, ModelOutputParseException.class, true),
                Arguments.of("llamacpp", 500, LLAMACPP_500_REQUEST, ModelUnavailableException.class, true),
                Arguments.of("llamacpp", 400, LLAMACPP_500_UNPARSABLE, InvalidModelRequestException.class, false),
                Arguments.of("ollama", 500, OLLAMA_500_TOOL_CALL, ModelOutputParseException.class, true),
                Arguments.of("vllm", 500, VLLM_500_UNPARSABLE, ModelOutputParseException.class, true),
                Arguments.of("anthropic", 400, ANTHROPIC_400, InvalidModelRequestException.class, false),
                Arguments.of("anthropic", 401, ANTHROPIC_401, ModelAuthenticationException.class, false),
                Arguments.of("anthropic", 402, ANTHROPIC_402, QuotaExceededException.class, false),
                Arguments.of("anthropic", 403, "{\"type\":\"error\",\"error\":{\"type\":\"permission_error\",\"message\":\"no access\"}}", ModelAuthenticationException.class, false),
                Arguments.of("anthropic", 404, ANTHROPIC_404, ModelNotFoundException.class, false),
                Arguments.of("anthropic", 409, ANTHROPIC_409, ProviderException.class, true),
                Arguments.of("anthropic", 413, "{\"type\":\"error\",\"error\":{\"type\":\"request_too_large\",\"message\":\"Request exceeds the maximum size\"}}", InvalidModelRequestException.class, false),
                Arguments.of("anthropic", 429, ANTHROPIC_429, RateLimitedException.class, true),
                Arguments.of("anthropic", 429, ANTHROPIC_429_OVERLOADED, ModelUnavailableException.class, true),
                Arguments.of("anthropic", 500, ANTHROPIC_500, ModelUnavailableException.class, true),
                Arguments.of("anthropic", 504, ANTHROPIC_504, ModelTimeoutException.class, true),
                Arguments.of("anthropic", 529, ANTHROPIC_429_OVERLOADED, ModelUnavailableException.class, true),
                Arguments.of("gemini", 400, GEMINI_400_KEY, ModelAuthenticationException.class, false),
                Arguments.of("gemini", 400, GEMINI_400, InvalidModelRequestException.class, false),
                Arguments.of("gemini", 403, GEMINI_403, ModelAuthenticationException.class, false),
                Arguments.of("gemini", 404, GEMINI_404, ModelNotFoundException.class, false),
                Arguments.of("gemini", 429, GEMINI_429, RateLimitedException.class, true),
                Arguments.of("gemini", 429, GEMINI_429_PER_DAY, QuotaExceededException.class, false),
                Arguments.of("gemini", 500, GEMINI_500, ModelUnavailableException.class, true),
                Arguments.of("gemini", 503, GEMINI_503, ModelUnavailableException.class, true),
                Arguments.of("gemini", 504, GEMINI_504, ModelUnavailableException.class, true),
                Arguments.of("ollama", 400, OLLAMA_400, InvalidModelRequestException.class, false),
                Arguments.of("ollama", 404, OLLAMA_404, ModelNotFoundException.class, false),
                Arguments.of("ollama", 500, OLLAMA_500, ModelUnavailableException.class, true),
                Arguments.of("ollama", 503, OLLAMA_503, ModelUnavailableException.class, true),
                Arguments.of("proxy", 502, "Bad Gateway", ModelUnavailableException.class, true),
                Arguments.of("proxy", 418, "[1,2,3]", InvalidModelRequestException.class, false));
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @MethodSource("errors")
    void should_map_status_and_body_to_exception_when_provider_fails(String provider, int status, String body,
                                                                      Class<?> type, boolean retriable) {
        // given
        Map<String, List<String>> headers = Map.of();

        // when
        ProviderException mapped = HttpErrorMapper.map(provider, status, headers, body);

        // then
        assertThat(mapped).isExactlyInstanceOf(type);
        assertThat(mapped.retriable()).isEqualTo(retriable);
        assertThat(mapped.statusCode()).isEqualTo(status);
        assertThat(mapped.provider()).isEqualTo(provider);
        assertThat(mapped.getMessage()).startsWith(provider + " returned HTTP " + status).hasSizeLessThan(320);
    }

    @Test
    void should_name_an_unparsable_output_failure_by_its_own_error_type_when_the_server_gave_a_generic_one() {
        // when
        ProviderException mapped = HttpErrorMapper.map("llamacpp", 500, Map.of(), LLAMACPP_500_UNPARSABLE);

        // then
        assertThat(mapped.errorType()).contains(ModelOutputParseException.ERROR_TYPE);
        assertThat(mapped.getMessage()).contains("Failed to parse input at pos 1893");
    }

    @Test
    void should_keep_provider_message_and_code_when_body_is_openai_shaped() {
        // when
        ProviderException mapped = HttpErrorMapper.map("openai", 429, Map.of(), OPENAI_QUOTA);

        // then
        assertThat(mapped.getMessage()).contains("insufficient_quota").contains("You exceeded your current quota");
        assertThat(mapped.errorType()).contains("insufficient_quota");
    }

    @Test
    void should_read_ollama_string_error_when_error_is_a_string() {
        // when
        ProviderException mapped = HttpErrorMapper.map("ollama", 404, Map.of(), OLLAMA_404);

        // then
        assertThat(mapped.getMessage()).contains("not found, try pulling it first");
    }

    @Test
    void should_describe_html_without_markup_when_proxy_answers_html() {
        // when
        ProviderException mapped = HttpErrorMapper.map("openai", 502, Map.of(), HTML_502);

        // then
        assertThat(mapped.getMessage()).contains("non-JSON body").contains("502 Bad Gateway").contains("cloudflare")
                .doesNotContain("<").doesNotContain("color:red");
    }

    @Test
    void should_say_empty_body_when_body_is_empty() {
        // when
        ProviderException mapped = HttpErrorMapper.map("openai", 503, Map.of(), "");

        // then
        assertThat(mapped.getMessage()).isEqualTo("openai returned HTTP 503: empty body");
    }

    @Test
    void should_cut_message_when_body_is_huge() {
        // given
        String body = "{\"error\":{\"message\":\"" + "x".repeat(5000) + "\"}}";

        // when
        ProviderException mapped = HttpErrorMapper.map("openai", 500, Map.of(), body);

        // then
        assertThat(mapped.getMessage()).hasSizeLessThanOrEqualTo(303).endsWith("...");
    }

    @Test
    void should_redact_key_when_body_echoes_it() {
        // given
        String key = "sk-proj-SECRETSECRETSECRET1234";
        String body = "{\"error\":{\"message\":\"Incorrect API key provided: " + key + "\",\"code\":\"invalid_api_key\"}}";

        // when
        ProviderException mapped = HttpErrorMapper.map("openai", 401, Map.of(), body, List.of(key), Clock.systemUTC());

        // then
        assertThat(mapped.getMessage()).doesNotContain(key).doesNotContain("SECRETSECRET").contains("***");
    }

    @Test
    void should_redact_a_custom_key_when_it_is_not_key_shaped() {
        // given
        String key = "my-local-proxy-token-42";
        String body = "{\"error\":\"token my-local-proxy-token-42 rejected\"}";

        // when
        ProviderException mapped = HttpErrorMapper.map("ollama", 401, Map.of(), body, List.of(key), Clock.systemUTC());

        // then
        assertThat(mapped.getMessage()).doesNotContain(key);
    }

    @Test
    void should_carry_retry_after_when_header_is_present() {
        // when
        ProviderException mapped = HttpErrorMapper.map("openai", 429, Map.of("Retry-After", List.of("20")), OPENAI_429);

        // then
        assertThat(mapped.retryAfter()).contains(Duration.ofSeconds(20));
    }

    @Test
    void should_carry_gemini_retry_delay_when_body_has_retry_info() {
        // given
        String body = """
                {"error":{"code":429,"message":"Please retry in 1.2s","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"1.203608125s"}]}}""";

        // when
        ProviderException mapped = HttpErrorMapper.map("gemini", 429, Map.of(), body);

        // then
        assertThat(mapped).isInstanceOf(RateLimitedException.class);
        assertThat(mapped.retryAfter()).contains(Duration.ofNanos(1_203_608_125));
    }

    @Test
    void should_obey_x_should_retry_when_header_overrides_status() {
        // when
        ProviderException notRetried = HttpErrorMapper.map("anthropic", 500, Map.of("x-should-retry", List.of("false")), ANTHROPIC_500);
        ProviderException retried = HttpErrorMapper.map("anthropic", 400, Map.of("X-Should-Retry", List.of("true")), ANTHROPIC_400);

        // then
        assertThat(notRetried).isInstanceOf(ModelUnavailableException.class);
        assertThat(notRetried.retriable()).isFalse();
        assertThat(retried).isInstanceOf(InvalidModelRequestException.class);
        assertThat(retried.retriable()).isTrue();
    }

    @Test
    void should_map_timeout_when_io_exception_is_a_timeout() {
        // when
        ProviderException read = HttpErrorMapper.fromIoException("openai", new HttpTimeoutException("request timed out"), Duration.ofMillis(200));
        ProviderException connect = HttpErrorMapper.fromIoException("openai", new HttpConnectTimeoutException("connect timed out"), Duration.ofMillis(200));

        // then
        assertThat(read).isInstanceOf(ModelTimeoutException.class);
        assertThat(read.retriable()).isTrue();
        assertThat(read.statusCode()).isZero();
        assertThat(read.getMessage()).contains("200 ms");
        assertThat(connect).isInstanceOf(ModelTimeoutException.class);
    }

    @Test
    void should_map_connection_error_when_io_exception_is_not_a_timeout() {
        // when
        ProviderException mapped = HttpErrorMapper.fromIoException("ollama", new ConnectException("Connection refused"), Duration.ofSeconds(1));
        ProviderException other = HttpErrorMapper.fromIoException("ollama", new IOException(), Duration.ofSeconds(1));

        // then
        assertThat(mapped).isInstanceOf(ModelConnectionException.class);
        assertThat(mapped.retriable()).isTrue();
        assertThat(mapped.getMessage()).contains("Connection refused");
        assertThat(other.getMessage()).contains("IOException");
    }

    @Test
    void should_measure_http_date_against_clock_when_retry_after_is_a_date() {
        // given
        Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

        // when
        ProviderException mapped = HttpErrorMapper.map("openai", 503,
                Map.of("retry-after", List.of("Wed, 01 Jan 2025 00:00:30 GMT")), "", List.of(), clock);

        // then
        assertThat(mapped.retryAfter()).contains(Duration.ofSeconds(30));
    }
}
