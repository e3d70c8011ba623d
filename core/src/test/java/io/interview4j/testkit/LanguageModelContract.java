package io.interview4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.ChatResponse.FinishReason;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.ModelException;
import io.interview4j.llm.TokenUsage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contract every HTTP {@link LanguageModel} adapter passes: what it sends (the conversation, the system prompt,
 * the key, the schema when one is asked for), what it reads (text, token usage, finish reasons), and how it fails
 * (the table of HTTP errors, malformed bodies, timeouts, an unreachable server), with the API key never in an
 * exception's message.
 *
 * <p>Each test talks to a {@link StubServer} on loopback. An adapter's test extends this class and describes its
 * provider's wire format through the hooks: how to build a model for a base URL, what a success and an error body
 * look like, and where the messages, the schema and the key sit in a request it sent. Each test instance has its
 * own server, stopped after the test.
 */
public abstract class LanguageModelContract {

    /** The key every model under test is built with; it must reach the server and never an exception message. */
    protected static final String API_KEY = "contract-key-Q7vL2xN9bR4tW0yZ8kD3mH6s";

    /** The timeout the tests that expect an answer build their models with: long enough for a slow build machine. */
    protected static final Duration GENEROUS_TIMEOUT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(200);
    private static final Duration LATE = Duration.ofSeconds(3);
    private static final List<ChatMessage> CONVERSATION = List.of(
            ChatMessage.system("You grade interview answers."),
            ChatMessage.user("Question: what is a hash map?"),
            ChatMessage.assistant("Please give the candidate's answer."),
            ChatMessage.user("Answer: a table of keys and values found by hashing."));

    /** The failures of the error table; {@link #exceptionFor(Failure)} names the adapter's exception for each. */
    public enum Failure {
        /** 401 or 403: the key is wrong or lacks the right. */
        AUTHENTICATION,
        /** 404: no such model or endpoint. */
        NOT_FOUND,
        /** 429 without an exhausted quota. */
        RATE_LIMITED,
        /** 5xx: the provider cannot serve now. */
        UNAVAILABLE,
        /** A 200 whose body is not a reply at all. */
        MALFORMED_RESPONSE,
        /** No answer within the timeout. */
        TIMEOUT,
        /** Nothing listens at the base URL. */
        CONNECTION
    }

    private final StubServer server = StubServer.start();

    /**
     * @param baseUrl the loopback server, {@code http://127.0.0.1:<port>} with no path; add the provider's path
     *     prefix (such as {@code /v1}) if the adapter expects one
     * @param apiKey the key to send
     * @param timeout the model's per-call timeout
     * @return a model of the adapter under test
     */
    protected abstract LanguageModel model(String baseUrl, String apiKey, Duration timeout);

    /**
     * @param text the reply's text
     * @param usage the usage the body must report, read back exactly by the adapter
     * @param finishReason the provider's own spelling of why generation stopped (a value of
     *     {@link #finishReasons()}, or one the provider does not define)
     * @return a successful response body in the provider's wire format
     */
    protected abstract String successBody(String text, TokenUsage usage, String finishReason);

    /**
     * @return the provider's spelling of each finish reason it reports; {@code STOP} and {@code LENGTH} at least
     */
    protected abstract Map<FinishReason, String> finishReasons();

    /**
     * @param status the HTTP status
     * @param message the error's message, which echoes the API key as some providers do
     * @return the provider's error body for that status
     */
    protected abstract String errorBody(int status, String message);

    /**
     * @param request a request the adapter sent
     * @return the conversation it carried, system prompt first, read back out of the provider's wire format
     */
    protected abstract List<ChatMessage> sentMessages(RecordedRequest request);

    /**
     * @param request a request the adapter sent
     * @return the JSON schema it carried for the output, or {@code null} when it carried none
     */
    protected abstract JsonNode sentSchema(RecordedRequest request);

    /**
     * @param request a request the adapter sent
     * @return the API key as the request carried it (from the provider's auth header), or {@code null}
     */
    protected abstract String sentApiKey(RecordedRequest request);

    /**
     * @param request a request the adapter sent
     * @return the output cap it carried, in the provider's own field ({@code max_tokens},
     *     {@code max_completion_tokens}, {@code generationConfig.maxOutputTokens}, {@code options.num_predict}), or
     *     {@code null} when it carried none
     */
    protected abstract Integer sentMaxTokens(RecordedRequest request);

    /**
     * @param failure a row of the error table
     * @return the exact class the adapter throws for it
     */
    protected abstract Class<? extends ModelException> exceptionFor(Failure failure);

    /**
     * @return the usage a success body reports; override when the provider cannot report cached tokens
     */
    protected TokenUsage reportedUsage() {
        return new TokenUsage(1200, 85, 1024);
    }

    /**
     * @return the loopback server of the running test, for a subclass's own tests (a field initialiser may call
     *     this); the contract stops it after each test
     */
    protected final StubServer server() {
        return server;
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void should_send_the_conversation_system_prompt_and_key_when_called() {
        // given
        server.enqueue(200, successBody("ok", reportedUsage(), finishReasons().get(FinishReason.STOP)));

        // when
        model(server.baseUrl(), API_KEY, GENEROUS_TIMEOUT).chat(ChatRequest.of(CONVERSATION));

        // then
        RecordedRequest request = server.lastRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(sentMessages(request)).isEqualTo(CONVERSATION);
        assertThat(sentApiKey(request)).isEqualTo(API_KEY);
        assertThat(request.path()).doesNotContain(API_KEY);
        assertThat(sentSchema(request)).isNull();
    }

    @Test
    void should_send_the_schema_when_structured_output_is_asked() {
        // given
        server.enqueue(200, successBody("{\"score\": 4, \"feedback\": \"clear\"}", reportedUsage(),
                finishReasons().get(FinishReason.STOP)));
        JsonNode schema = json("""
                {"type":"object","properties":{"score":{"type":"integer"},"feedback":{"type":"string"}},
                 "required":["score","feedback"]}""");

        // when
        ChatResponse response = model(server.baseUrl(), API_KEY, GENEROUS_TIMEOUT)
                .chat(ChatRequest.structured(CONVERSATION, "evaluation", schema, 0.0));

        // then
        JsonNode sent = sentSchema(server.lastRequest());
        assertThat(sent).as("the schema in the request").isNotNull();
        List<String> properties = new ArrayList<>();
        sent.path("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).containsExactly("score", "feedback");
        assertThat(json(response.text()).get("score").asInt()).isEqualTo(4);
    }

    @Test
    void should_return_text_token_usage_and_provider_when_server_answers() {
        // given
        server.enqueue(200, successBody("{\"score\": 4}", reportedUsage(), finishReasons().get(FinishReason.STOP)));
        LanguageModel model = model(server.baseUrl(), API_KEY, GENEROUS_TIMEOUT);

        // when
        ChatResponse response = model.chat(ChatRequest.of(CONVERSATION));

        // then
        assertThat(response.text()).isEqualTo("{\"score\": 4}");
        assertThat(response.usage()).isEqualTo(reportedUsage());
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.provider()).isEqualTo(model.provider());
    }

    @Test
    void should_map_each_finish_reason_when_the_provider_reports_it() {
        // given
        Map<FinishReason, String> reasons = finishReasons();
        assertThat(reasons).containsKeys(FinishReason.STOP, FinishReason.LENGTH);
        LanguageModel model = model(server.baseUrl(), API_KEY, GENEROUS_TIMEOUT);

        for (Map.Entry<FinishReason, String> reason : reasons.entrySet()) {
            server.enqueue(200, successBody("{\"score\": 4, \"feedb", reportedUsage(), reason.getValue()));

            // when
            ChatResponse response = model.chat(ChatRequest.of(CONVERSATION));

            // then
            assertThat(response.finishReason()).as(reason.getValue()).isEqualTo(reason.getKey());
            assertThat(response.text()).isEqualTo("{\"score\": 4, \"feedb");
        }
    }

    @Test
    void should_send_an_output_cap_on_every_call_the_requests_own_when_it_sets_one() {
        // given
        server.enqueue(200, successBody("ok", reportedUsage(), finishReasons().get(FinishReason.STOP)));
        server.enqueue(200, successBody("ok", reportedUsage(), finishReasons().get(FinishReason.STOP)));
        LanguageModel model = model(server.baseUrl(), API_KEY, GENEROUS_TIMEOUT);

        // when
        model.chat(ChatRequest.of(CONVERSATION));
        model.chat(ChatRequest.of(CONVERSATION).withMaxTokens(321));

        // then
        Integer defaultCap = sentMaxTokens(server.requests().get(0));
        assertThat(defaultCap).as("the cap sent when the request sets none").isNotNull().isPositive();
        assertThat(sentMaxTokens(server.requests().get(1))).isEqualTo(321);
    }

    @Test
    void should_report_the_reply_as_truncated_when_it_hit_the_output_cap() {
        // given
        server.enqueue(200, successBody("{\"score\": 4, \"feedback\": \"The answer expl", reportedUsage(),
                finishReasons().get(FinishReason.LENGTH)));
        server.enqueue(200, successBody("{\"score\": 4}", reportedUsage(), finishReasons().get(FinishReason.STOP)));
        LanguageModel model = model(server.baseUrl(), API_KEY, GENEROUS_TIMEOUT);

        // when
        ChatResponse cutOff = model.chat(ChatRequest.of(CONVERSATION).withMaxTokens(16));
        ChatResponse whole = model.chat(ChatRequest.of(CONVERSATION));

        // then
        assertThat(cutOff.truncated()).isTrue();
        assertThat(cutOff.text()).isEqualTo("{\"score\": 4, \"feedback\": \"The answer expl");
        assertThat(whole.truncated()).isFalse();
    }

    @Test
    void should_report_other_when_the_finish_reason_is_unknown() {
        // given
        server.enqueue(200, successBody("partial", reportedUsage(), "a_reason_from_next_year"));

        // when
        ChatResponse response = model(server.baseUrl(), API_KEY, GENEROUS_TIMEOUT).chat(ChatRequest.of(CONVERSATION));

        // then
        assertThat(response.finishReason()).isEqualTo(FinishReason.OTHER);
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({
            "401, AUTHENTICATION, false",
            "403, AUTHENTICATION, false",
            "404, NOT_FOUND, false",
            "429, RATE_LIMITED, true",
            "500, UNAVAILABLE, true",
            "503, UNAVAILABLE, true"})
    void should_throw_the_mapped_exception_without_the_key_when_server_answers_an_error(int status, Failure failure,
                                                                                        boolean retriable) {
        // given
        server.enqueue(status, errorBody(status, "request refused for key " + API_KEY));

        // when
        Throwable thrown = catchThrowable(() -> model(server.baseUrl(), API_KEY, GENEROUS_TIMEOUT)
                .chat(ChatRequest.of(CONVERSATION)));

        // then
        assertThat(thrown).isExactlyInstanceOf(exceptionFor(failure));
        ModelException e = (ModelException) thrown;
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.retriable()).isEqualTo(retriable);
        assertNoKeyIn(thrown);
    }

    @Test
    void should_throw_malformed_response_when_a_200_body_is_not_json() {
        // given
        server.enqueue(StubServer.raw(200, "text/html", "<html><body>Welcome to nginx!</body></html>"));

        // when
        Throwable thrown = catchThrowable(() -> model(server.baseUrl(), API_KEY, GENEROUS_TIMEOUT)
                .chat(ChatRequest.of(CONVERSATION)));

        // then
        assertThat(thrown).isExactlyInstanceOf(exceptionFor(Failure.MALFORMED_RESPONSE));
        assertThat(((ModelException) thrown).retriable()).isFalse();
        assertNoKeyIn(thrown);
    }

    @Test
    void should_time_out_promptly_when_the_server_answers_after_the_models_timeout() {
        // given
        server.enqueue(StubServer.json(200, successBody("late", reportedUsage(), finishReasons().get(FinishReason.STOP)))
                .delayedBy(LATE));
        LanguageModel model = model(server.baseUrl(), API_KEY, SHORT_TIMEOUT);
        long start = System.nanoTime();

        // when
        Throwable thrown = catchThrowable(() -> model.chat(ChatRequest.of(CONVERSATION)));

        // then
        assertTimedOut(thrown);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LATE.minusMillis(500));
    }

    @Test
    void should_time_out_when_the_request_sets_a_shorter_timeout_than_the_model() {
        // given
        server.enqueue(StubServer.json(200, successBody("late", reportedUsage(), finishReasons().get(FinishReason.STOP)))
                .delayedBy(LATE));
        ChatRequest request = new ChatRequest(CONVERSATION, null, null, null, null, SHORT_TIMEOUT);

        // when
        Throwable thrown = catchThrowable(() -> model(server.baseUrl(), API_KEY, GENEROUS_TIMEOUT).chat(request));

        // then
        assertTimedOut(thrown);
        assertThat(thrown).hasMessageContaining(SHORT_TIMEOUT.toMillis() + " ms");
    }

    @Test
    void should_throw_a_retriable_connection_failure_when_nothing_listens() {
        // given
        LanguageModel model = model("http://127.0.0.1:" + freePort(), API_KEY, GENEROUS_TIMEOUT);

        // when
        Throwable thrown = catchThrowable(() -> model.chat(ChatRequest.of(CONVERSATION)));

        // then
        assertThat(thrown).isExactlyInstanceOf(exceptionFor(Failure.CONNECTION));
        assertThat(((ModelException) thrown).retriable()).isTrue();
        assertNoKeyIn(thrown);
    }

    @Test
    void should_keep_the_key_out_of_to_string() {
        // when
        String text = model(server.baseUrl(), API_KEY, GENEROUS_TIMEOUT).toString();

        // then
        assertThat(text).isNotBlank().doesNotContain(API_KEY);
    }

    private void assertTimedOut(Throwable thrown) {
        assertThat(thrown).isExactlyInstanceOf(exceptionFor(Failure.TIMEOUT));
        ModelException e = (ModelException) thrown;
        assertThat(e.retriable()).isTrue();
        assertThat(e.statusCode()).isZero();
        assertNoKeyIn(thrown);
    }

    /** Checks the message and string form of the exception, its causes and everything suppressed along the way. */
    private static void assertNoKeyIn(Throwable thrown) {
        List<Throwable> all = new ArrayList<>();
        for (Throwable t = thrown; t != null && !all.contains(t); t = t.getCause()) {
            all.add(t);
            all.addAll(List.of(t.getSuppressed()));
        }
        assertThat(all).allSatisfy(t -> assertThat(String.valueOf(t.getMessage()) + " " + t)
                .doesNotContain(API_KEY));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("bad JSON: " + text, e);
        }
    }
}
