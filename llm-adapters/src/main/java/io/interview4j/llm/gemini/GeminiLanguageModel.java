package io.interview4j.llm.gemini;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.exception.InvalidModelRequestException;
import io.interview4j.llm.exception.ProviderException;
import io.interview4j.llm.gemini.internal.GeminiGenerateRequest;
import io.interview4j.llm.gemini.internal.GeminiGenerateResponse;
import io.interview4j.llm.gemini.internal.GeminiMapper;
import io.interview4j.llm.http.internal.BaseUrls;
import io.interview4j.llm.http.internal.ChatEndpoint;
import io.interview4j.llm.http.HttpChatModelBuilder;
import io.interview4j.llm.http.HttpModelBuilder;
import io.interview4j.llm.http.internal.HttpSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link LanguageModel} over Google's Gemini API ({@code POST {baseUrl}/models/{model}:generateContent}) with the
 * key in the {@code x-goog-api-key} header (never in the URL). System messages become {@code systemInstruction};
 * a request's schema sets {@code responseMimeType: application/json} and a {@code responseSchema} converted to
 * Gemini's OpenAPI subset. Thinking parts are skipped; thinking tokens count as output.
 *
 * <p>A 200 answer with no candidates (a blocked prompt) or a candidate with no content that stopped for
 * {@code SAFETY} or another non-STOP reason throws {@link io.interview4j.llm.exception.ModelRefusalException}.
 * A 429's {@code RetryInfo.retryDelay} is carried as {@link ProviderException#retryAfter()}; a per-day quota is a
 * non-retriable {@link io.interview4j.llm.exception.QuotaExceededException}.
 *
 * <p>Thread-safe: one shared {@link java.net.http.HttpClient}, no mutable state. The API key never appears in
 * {@link #toString()}, a log line or an exception message.
 */
public final class GeminiLanguageModel implements LanguageModel {

    private static final Logger LOG = LoggerFactory.getLogger(GeminiLanguageModel.class);

    /** The default base URL, including the API version. */
    public static final String DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com/v1beta";
    /** The default model: {@code gemini-2.5-flash}. */
    public static final String DEFAULT_MODEL = "gemini-2.5-flash";
    /** The default per-call timeout. */
    public static final Duration DEFAULT_TIMEOUT = HttpChatModelBuilder.DEFAULT_TIMEOUT;

    private final HttpSettings settings;
    private final String baseUrl;
    private final String model;
    private final Integer maxTokens;
    private final ChatEndpoint endpoint;

    private GeminiLanguageModel(HttpSettings settings, Integer maxTokens) {
        this.settings = settings;
        this.baseUrl = BaseUrls.withPathIfNone(settings.baseUrl(), "/v1beta");
        String name = settings.modelName();
        this.model = name.startsWith("models/") ? name.substring(7) : name;
        this.maxTokens = maxTokens;
        URI uri = URI.create(baseUrl + "/models/" + URLEncoder.encode(model, StandardCharsets.UTF_8)
                + ":generateContent");
        this.endpoint = new ChatEndpoint(settings.transport(), uri,
                settings.headersWith(Map.of("x-goog-api-key", settings.apiKey())), model, settings.timeout(), LOG);
    }

    /** @return a builder with Gemini's defaults; an API key is required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends one {@code generateContent} call.
     *
     * @param request the call; its timeout, when set, replaces the builder's
     * @return the text of the first candidate, the usage, the model version and the finish reason
     *     ({@code MAX_TOKENS} is {@link ChatResponse.FinishReason#LENGTH})
     * @throws ProviderException when the call fails; {@link io.interview4j.llm.exception} says which failure throws
     *     which
     * @throws InvalidModelRequestException when the schema cannot be expressed in Gemini's subset (a recursive or
     *     non-local {@code $ref}); nothing is sent then
     */
    @Override
    public ChatResponse chat(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        return endpoint.chat(request, wire(request), request.responseSchema() != null, GeminiGenerateResponse.class,
                (response, result) -> GeminiMapper.toResponse(response, provider(), model));
    }

    /**
     * The same call as {@link #chat}, on {@code HttpClient.sendAsync}: no thread waits for the reply.
     *
     * @param request the call; its timeout, when set, replaces the builder's
     * @return what {@link #chat} returns, completed on the HTTP client's executor; completed exceptionally with what
     *     it throws
     */
    @Override
    public CompletableFuture<ChatResponse> chatAsync(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        GeminiGenerateRequest wire;
        try {
            wire = wire(request);
        } catch (InvalidModelRequestException e) {
            return CompletableFuture.failedFuture(e);
        }
        return endpoint.chatAsync(request, wire, request.responseSchema() != null, GeminiGenerateResponse.class,
                (response, result) -> GeminiMapper.toResponse(response, provider(), model));
    }

    private GeminiGenerateRequest wire(ChatRequest request) {
        String provider = provider();
        try {
            return GeminiMapper.toRequest(request, maxTokens);
        } catch (InvalidInputException e) {
            throw new InvalidModelRequestException(provider + " cannot take this schema: " + e.getMessage(), provider,
                    0, false, "unsupported_schema", null, e);
        }
    }

    /** @return the provider name given to the builder, {@code gemini} by default */
    @Override
    public String provider() {
        return settings.providerName();
    }

    /** @return the model id used in the path */
    public String modelName() {
        return model;
    }

    /** @return the settings, with the API key masked */
    @Override
    public String toString() {
        return settings.describe("GeminiLanguageModel", baseUrl, model, "timeout=" + settings.timeout());
    }

    /**
     * Builds a {@link GeminiLanguageModel}. Not thread-safe; each option may be set once. The shared options
     * ({@link HttpModelBuilder}) default to: base URL {@value #DEFAULT_BASE_URL} (a URL with no path gets
     * {@code /v1beta}), model {@value #DEFAULT_MODEL} (with or without {@code models/}), provider name
     * {@code gemini}, timeout 60 s. The API key, sent as {@code x-goog-api-key}, is required.
     */
    public static final class Builder extends HttpChatModelBuilder<Builder> {

        private Builder() {
            super("GeminiLanguageModel", DEFAULT_BASE_URL, DEFAULT_MODEL, "gemini", true, DEFAULT_MAX_TOKENS);
        }

        /**
         * @return the model
         * @throws IllegalStateException when no API key was given or an option was set twice
         * @throws InvalidInputException when the base URL is not an absolute http(s) URL
         */
        public GeminiLanguageModel build() {
            return new GeminiLanguageModel(settings(), maxTokens());
        }
    }
}
