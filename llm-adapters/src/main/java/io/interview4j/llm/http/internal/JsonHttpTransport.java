package io.interview4j.llm.http.internal;

import io.interview4j.llm.exception.InvalidModelRequestException;
import io.interview4j.llm.exception.ProviderException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs a body to a provider and returns the 2xx answer, or throws the mapped exception. One instance per adapter;
 * thread-safe (it holds only the shared {@link HttpClient} and immutable settings). Internal to the adapters.
 *
 * <p>Failures: a non-2xx status goes through {@link HttpErrorMapper}; an {@link IOException} (timeouts included)
 * through {@link HttpErrorMapper#fromIoException}; an interrupt restores the flag and throws a non-retriable
 * {@link ProviderException}; a header the JDK refuses (a key with a line break) a non-retriable
 * {@link InvalidModelRequestException} that names the header, never its value. Logs the method, URL, status and time
 * at debug, never a header or a body.
 */
public final class JsonHttpTransport {

    private static final Logger LOG = LoggerFactory.getLogger(JsonHttpTransport.class);

    /** The connect timeout of the clients the adapters build for themselves. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;
    private final String provider;
    private final List<String> secrets;
    private final Clock clock;

    /**
     * @param client the shared client
     * @param provider the provider name for messages
     * @param secrets secrets to redact from messages (blank and null entries are dropped)
     * @param clock the clock for HTTP-date retry-after values
     */
    public JsonHttpTransport(HttpClient client, String provider, List<String> secrets, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.provider = Objects.requireNonNull(provider, "provider");
        List<String> kept = new ArrayList<>();
        for (String secret : secrets) {
            if (secret != null && !secret.isBlank()) {
                kept.add(secret);
            }
        }
        this.secrets = List.copyOf(kept);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return a new client with the adapters' defaults: 10 s connect timeout, normal redirects */
    public static HttpClient defaultClient() {
        return HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * @param client the client to share, or {@code null} for a new {@link #defaultClient()}
     * @param provider the provider name for messages
     * @param apiKey the key to redact from messages, or {@code null} when there is none
     * @param clock the clock for HTTP-date retry-after values
     * @return a transport for one adapter
     */
    public static JsonHttpTransport of(HttpClient client, String provider, String apiKey, Clock clock) {
        return new JsonHttpTransport(client != null ? client : defaultClient(), provider,
                apiKey == null ? List.of() : List.of(apiKey), clock);
    }

    /**
     * @param uri the endpoint
     * @param headers request headers besides {@code Content-Type} and {@code Accept}
     * @param json the request body
     * @param timeout the whole-call timeout
     * @return the 2xx answer
     * @throws ProviderException when the call fails or the status is not 2xx
     */
    public HttpResult postJson(URI uri, Map<String, String> headers, String json, Duration timeout) {
        return post(uri, headers, "application/json", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8),
                timeout);
    }

    /**
     * POSTs any body (used for multipart uploads) and asks for JSON back.
     *
     * @param uri the endpoint
     * @param headers request headers besides {@code Content-Type} and {@code Accept}
     * @param contentType the body's {@code Content-Type}
     * @param body the body
     * @param timeout the whole-call timeout
     * @return the 2xx answer
     * @throws ProviderException when the call fails or the status is not 2xx
     */
    public HttpResult post(URI uri, Map<String, String> headers, String contentType, HttpRequest.BodyPublisher body,
                           Duration timeout) {
        return send(build(uri, headers, contentType, body, timeout), timeout);
    }

    /**
     * Sets a header. The JDK's refusal of a value (a key with a line break, say) quotes the value whole, so it is
     * neither kept as the cause nor quoted: the message names the header only.
     */
    private void header(HttpRequest.Builder request, String name, String value) {
        try {
            request.header(name, value);
        } catch (IllegalArgumentException refused) {
            throw new InvalidModelRequestException("the HTTP client refused header " + Secrets.redact(name, secrets)
                    + " for " + provider + ": its name or value holds a line break or another character a header may"
                    + " not hold (the value is not shown); check the API key and extra headers", provider, 0, false,
                    null, null, null);
        }
    }

    /**
     * POSTs a JSON body without blocking the caller, on {@link HttpClient#sendAsync}.
     *
     * @param uri the endpoint
     * @param headers request headers besides {@code Content-Type} and {@code Accept}
     * @param json the request body
     * @param timeout the whole-call timeout
     * @return the 2xx answer, completed on the client's executor; completed exceptionally with the
     *     {@link ProviderException} that {@link #postJson} would throw. A header the JDK refuses is thrown at once.
     */
    public CompletableFuture<HttpResult> postJsonAsync(URI uri, Map<String, String> headers, String json,
                                                       Duration timeout) {
        HttpRequest built = build(uri, headers, "application/json",
                HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8), timeout);
        long start = System.nanoTime();
        return client.sendAsync(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .handle((response, thrown) -> {
                    if (thrown != null) {
                        Throwable cause = thrown instanceof CompletionException && thrown.getCause() != null
                                ? thrown.getCause() : thrown;
                        LOG.debug("{} {} {} failed after {} ms: {}", provider, built.method(), built.uri(),
                                millisSince(start), cause.getClass().getSimpleName());
                        if (cause instanceof IOException io) {
                            throw HttpErrorMapper.fromIoException(provider, io, timeout, secrets);
                        }
                        throw new ProviderException("call to " + provider + " failed ("
                                + cause.getClass().getSimpleName() + ")", provider, 0, false, null, null, cause);
                    }
                    return result(built, response, start);
                });
    }

    private HttpRequest build(URI uri, Map<String, String> headers, String contentType, HttpRequest.BodyPublisher body,
                              Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(body);
        headers.forEach((name, value) -> header(request, name, value));
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            // Local servers (llama.cpp, vLLM, Ollama) gain nothing from an h2c upgrade and some mishandle it.
            request.version(HttpClient.Version.HTTP_1_1);
        }
        return request.build();
    }

    private HttpResult send(HttpRequest built, Duration timeout) {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.debug("{} {} {} failed after {} ms: {}", provider, built.method(), built.uri(), millisSince(start),
                    e.getClass().getSimpleName());
            throw HttpErrorMapper.fromIoException(provider, e, timeout, secrets);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException("call to " + provider + " was interrupted", provider, 0, false, null, null, e);
        }
        return result(built, response, start);
    }

    private HttpResult result(HttpRequest built, HttpResponse<String> response, long start) {
        LOG.debug("{} {} {} -> HTTP {} in {} ms", provider, built.method(), built.uri(), response.statusCode(),
                millisSince(start));
        Map<String, List<String>> responseHeaders = response.headers().map();
        if (response.statusCode() / 100 != 2) {
            throw HttpErrorMapper.map(provider, response.statusCode(), responseHeaders, response.body(), secrets, clock);
        }
        return new HttpResult(response.statusCode(), responseHeaders, response.body());
    }

    /**
     * Maps a failure that a 2xx answer reports in its body (OpenRouter's late errors, Ollama's {@code error}) as if it
     * had come with the given status, redacting this transport's secrets.
     *
     * @param status the status to map as
     * @param result the 2xx answer
     * @return the exception to throw
     */
    public ProviderException failure(int status, HttpResult result) {
        return HttpErrorMapper.map(provider, status, result.headers(), result.body(), secrets, clock);
    }

    /** @return the provider name used in messages */
    public String provider() {
        return provider;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
