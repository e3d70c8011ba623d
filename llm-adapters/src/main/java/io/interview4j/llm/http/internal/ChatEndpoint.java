package io.interview4j.llm.http.internal;

import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.exception.MalformedResponseException;
import io.interview4j.llm.exception.ProviderException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;

/**
 * One adapter's JSON chat endpoint: posts a wire request with the call's timeout (the request's own, else the
 * adapter's default), reads the 2xx answer into a wire record and hands it to the adapter's mapping. Logs the call
 * and the answer's model, finish reason and usage at debug through the adapter's own logger, never a header or a
 * body. Thread-safe; internal to the adapters.
 */
public final class ChatEndpoint {

    /**
     * Turns a parsed 2xx answer into the port's response.
     *
     * @param <T> the wire record
     */
    @FunctionalInterface
    public interface AnswerMapper<T> {

        /**
         * @param answer the parsed answer
         * @param result the raw answer, for failures reported in the body
         * @return the port's response
         * @throws ProviderException when the answer reports a failure or a refusal
         */
        ChatResponse map(T answer, HttpResult result);
    }

    private final JsonHttpTransport transport;
    private final URI uri;
    private final Map<String, String> headers;
    private final String model;
    private final Duration defaultTimeout;
    private final Logger log;

    /**
     * @param transport the adapter's transport
     * @param uri the endpoint
     * @param headers request headers besides {@code Content-Type} and {@code Accept}, keys included
     * @param model the configured model, for logs
     * @param defaultTimeout the per-call timeout when a request sets none
     * @param log the adapter's logger
     */
    public ChatEndpoint(JsonHttpTransport transport, URI uri, Map<String, String> headers, String model,
                        Duration defaultTimeout, Logger log) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.uri = Objects.requireNonNull(uri, "uri");
        this.headers = Map.copyOf(headers);
        this.model = Objects.requireNonNull(model, "model");
        this.defaultTimeout = Objects.requireNonNull(defaultTimeout, "defaultTimeout");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * @param request the port's request; its timeout, when set, replaces the default
     * @param wire the wire request, written with {@link Json#write(Object)}
     * @param schema how the request's schema is sent, for the debug log
     * @param answerType the wire record the 2xx body is read into
     * @param mapper maps the parsed answer
     * @param <T> the wire record
     * @return the mapped response
     * @throws ProviderException when the call fails, the status is not 2xx or the mapper throws
     * @throws MalformedResponseException when the body is not a JSON object of the answer's shape
     */
    public <T> ChatResponse chat(ChatRequest request, Object wire, Object schema, Class<T> answerType,
                                 AnswerMapper<T> mapper) {
        Duration timeout = timeout(request, schema);
        return mapped(transport.postJson(uri, headers, Json.write(wire), timeout), answerType, mapper);
    }

    /**
     * The same call on {@link JsonHttpTransport#postJsonAsync}: no thread waits for the reply; the answer is read
     * and mapped on the HTTP client's executor.
     *
     * @param request the port's request; its timeout, when set, replaces the default
     * @param wire the wire request
     * @param schema how the request's schema is sent, for the debug log
     * @param answerType the wire record the 2xx body is read into
     * @param mapper maps the parsed answer
     * @param <T> the wire record
     * @return the mapped response; completed exceptionally with what {@link #chat} would throw
     */
    public <T> CompletableFuture<ChatResponse> chatAsync(ChatRequest request, Object wire, Object schema,
                                                         Class<T> answerType, AnswerMapper<T> mapper) {
        try {
            Duration timeout = timeout(request, schema);
            return transport.postJsonAsync(uri, headers, Json.write(wire), timeout)
                    .thenApply(result -> mapped(result, answerType, mapper));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Duration timeout(ChatRequest request, Object schema) {
        log.debug("{} chat: model={}, {} messages, schema={}", transport.provider(), model, request.messages().size(),
                schema);
        return request.timeout() != null ? request.timeout() : defaultTimeout;
    }

    private <T> ChatResponse mapped(HttpResult result, Class<T> answerType, AnswerMapper<T> mapper) {
        String provider = transport.provider();
        ChatResponse mapped = mapper.map(WireAnswers.parse(result.body(), answerType, provider), result);
        log.debug("{} answered: model={}, finish={}, usage={}", provider, mapped.modelId(), mapped.finishReason(),
                mapped.usage());
        return mapped;
    }

    /**
     * @param status the status to map as
     * @param result a 2xx answer whose body reports a failure
     * @return the exception to throw, see {@link JsonHttpTransport#failure(int, HttpResult)}
     */
    public ProviderException failure(int status, HttpResult result) {
        return transport.failure(status, result);
    }
}
