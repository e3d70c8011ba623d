package io.interview4j.llm.gemini;

import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.exception.InvalidModelRequestException;
import io.interview4j.llm.exception.ProviderException;
import io.interview4j.llm.gemini.internal.GeminiGenerateRequest;
import io.interview4j.llm.gemini.internal.GeminiGenerateResponse;
import io.interview4j.llm.gemini.internal.GeminiMapper;
import io.interview4j.llm.http.BaseUrls;
import io.interview4j.llm.http.BuilderChecks;
import io.interview4j.llm.http.ChatEndpoint;
import io.interview4j.llm.http.HttpErrorMapper;
import io.interview4j.llm.http.JsonHttpTransport;
import io.interview4j.llm.http.Secrets;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
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
 * <p>Thread-safe: one shared {@link HttpClient}, no mutable state. The API key never appears in
 * {@link #toString()}, a log line or an exception message.
 */
public final class GeminiLanguageModel implements LanguageModel {

    private static final Logger LOG = LoggerFactory.getLogger(GeminiLanguageModel.class);

    /** The default base URL, including the API version. */
    public static final String DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com/v1beta";
    /** The default model: {@code gemini-2.5-flash}. */
    public static final String DEFAULT_MODEL = "gemini-2.5-flash";
    /** The default per-call timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final String apiKey;
    private final String model;
    private final String provider;
    private final Integer maxTokens;
    private final Duration timeout;
    private final ChatEndpoint endpoint;

    private GeminiLanguageModel(Builder builder) {
        String normalized = BaseUrls.normalize(builder.baseUrl, "baseUrl");
        this.baseUrl = BaseUrls.hasNoPath(normalized) ? normalized + "/v1beta" : normalized;
        this.model = builder.modelName.startsWith("models/") ? builder.modelName.substring(7) : builder.modelName;
        this.apiKey = builder.apiKey;
        this.provider = builder.providerName;
        this.maxTokens = builder.maxTokens;
        this.timeout = builder.timeout;
        URI uri = URI.create(baseUrl + "/models/" + URLEncoder.encode(model, StandardCharsets.UTF_8)
                + ":generateContent");
        this.endpoint = new ChatEndpoint(JsonHttpTransport.of(builder.httpClient, provider, apiKey, builder.clock),
                uri, Map.of("x-goog-api-key", apiKey), model, timeout, LOG);
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
     * @throws ProviderException when the call fails; see {@link HttpErrorMapper}
     * @throws InvalidModelRequestException when the schema cannot be expressed in Gemini's subset (a recursive or
     *     non-local {@code $ref}); nothing is sent then
     */
    @Override
    public ChatResponse chat(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        GeminiGenerateRequest wire;
        try {
            wire = GeminiMapper.toRequest(request, maxTokens);
        } catch (IllegalArgumentException e) {
            throw new InvalidModelRequestException(provider + " cannot take this schema: " + e.getMessage(), provider,
                    0, false, "unsupported_schema", null, e);
        }
        return endpoint.chat(request, wire, request.responseSchema() != null, GeminiGenerateResponse.class,
                (response, result) -> GeminiMapper.toResponse(response, provider, model));
    }

    /** @return the provider name given to the builder, {@code gemini} by default */
    @Override
    public String provider() {
        return provider;
    }

    /** @return the model id used in the path */
    public String modelName() {
        return model;
    }

    /** @return the settings, with the API key masked */
    @Override
    public String toString() {
        return "GeminiLanguageModel[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model
                + ", apiKey=" + Secrets.describe(apiKey) + ", timeout=" + timeout + "]";
    }

    /** Builds a {@link GeminiLanguageModel}. Not thread-safe; each option may be set once. */
    public static final class Builder {

        private final BuilderChecks checks = new BuilderChecks();
        private String baseUrl = DEFAULT_BASE_URL;
        private String apiKey;
        private String modelName = DEFAULT_MODEL;
        private String providerName = "gemini";
        private Integer maxTokens;
        private Duration timeout = DEFAULT_TIMEOUT;
        private HttpClient httpClient;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * @param baseUrl the API's base URL including its version; a URL with no path gets {@code /v1beta}. Default
         *     {@value GeminiLanguageModel#DEFAULT_BASE_URL}
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            checks.set("baseUrl");
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * @param apiKey sent as {@code x-goog-api-key}; required, no default
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            checks.set("apiKey");
            this.apiKey = BuilderChecks.requireText(apiKey, "apiKey");
            return this;
        }

        /**
         * @param modelName the model id, with or without {@code models/}; default
         *     {@value GeminiLanguageModel#DEFAULT_MODEL}
         * @return this builder
         */
        public Builder modelName(String modelName) {
            checks.set("modelName");
            this.modelName = BuilderChecks.requireText(modelName, "modelName");
            return this;
        }

        /**
         * @param providerName the name reported in responses, errors and logs; default {@code gemini}
         * @return this builder
         */
        public Builder providerName(String providerName) {
            checks.set("providerName");
            this.providerName = BuilderChecks.requireText(providerName, "providerName");
            return this;
        }

        /**
         * @param maxTokens {@code maxOutputTokens} when a request sets none; default none (the model's limit)
         * @return this builder
         */
        public Builder maxTokens(int maxTokens) {
            checks.set("maxTokens");
            this.maxTokens = BuilderChecks.requirePositive(maxTokens, "maxTokens");
            return this;
        }

        /**
         * @param timeout the per-call timeout when a request sets none; default 60 s
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            checks.set("timeout");
            this.timeout = BuilderChecks.requirePositive(timeout, "timeout");
            return this;
        }

        /**
         * @param httpClient the client to share; default a new one with a 10 s connect timeout
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            checks.set("httpClient");
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * @param clock the clock an HTTP-date {@code retry-after} is measured against; default the system UTC clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            checks.set("clock");
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @return the model
         * @throws IllegalStateException when no API key was given or an option was set twice
         * @throws IllegalArgumentException when the base URL is not an absolute http(s) URL
         */
        public GeminiLanguageModel build() {
            checks.check("GeminiLanguageModel.Builder");
            if (apiKey == null) {
                throw new IllegalStateException("GeminiLanguageModel needs an apiKey");
            }
            return new GeminiLanguageModel(this);
        }
    }
}
