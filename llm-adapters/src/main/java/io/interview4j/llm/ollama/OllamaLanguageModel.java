package io.interview4j.llm.ollama;

import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.exception.ProviderException;
import io.interview4j.llm.http.BaseUrls;
import io.interview4j.llm.http.BuilderChecks;
import io.interview4j.llm.http.ChatEndpoint;
import io.interview4j.llm.http.Headers;
import io.interview4j.llm.http.HttpErrorMapper;
import io.interview4j.llm.http.JsonHttpTransport;
import io.interview4j.llm.http.Secrets;
import io.interview4j.llm.ollama.internal.OllamaChatRequest;
import io.interview4j.llm.ollama.internal.OllamaChatResponse;
import io.interview4j.llm.ollama.internal.OllamaMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link LanguageModel} over Ollama's native chat API ({@code POST {baseUrl}/api/chat}) with
 * {@code stream: false} and a request's schema as {@code format}. Usage is {@code prompt_eval_count} in and
 * {@code eval_count} out. A local server needs no key; one can be set for a proxy or Ollama's cloud.
 *
 * <p>Thread-safe: one shared {@link HttpClient}, no mutable state. Failures throw the exceptions of
 * {@code io.interview4j.llm.exception}: a missing model is a {@link io.interview4j.llm.exception.ModelNotFoundException}
 * (run {@code ollama pull}); "server busy" 503 is retriable.
 */
public final class OllamaLanguageModel implements LanguageModel {

    private static final Logger LOG = LoggerFactory.getLogger(OllamaLanguageModel.class);

    /** The default base URL, a local server. */
    public static final String DEFAULT_BASE_URL = "http://localhost:11434";
    /** The default model: {@code llama3.2}, small enough for a laptop. */
    public static final String DEFAULT_MODEL = "llama3.2";
    /** The default per-call timeout, as for the hosted adapters; raise it for large local models that load slowly. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final String apiKey;
    private final String model;
    private final String provider;
    private final Integer maxTokens;
    private final Integer numCtx;
    private final String keepAlive;
    private final Duration timeout;
    private final ChatEndpoint endpoint;

    private OllamaLanguageModel(Builder builder) {
        String normalized = BaseUrls.normalize(builder.baseUrl, "baseUrl");
        this.baseUrl = normalized.endsWith("/api") ? normalized.substring(0, normalized.length() - 4) : normalized;
        this.apiKey = builder.apiKey;
        this.model = builder.modelName;
        this.provider = builder.providerName;
        this.maxTokens = builder.maxTokens;
        this.numCtx = builder.numCtx;
        this.keepAlive = builder.keepAlive;
        this.timeout = builder.timeout;
        this.endpoint = new ChatEndpoint(JsonHttpTransport.of(builder.httpClient, provider, apiKey, builder.clock),
                URI.create(baseUrl + "/api/chat"), Headers.bearer(apiKey), model, timeout, LOG);
    }

    /** @return a builder with a local server's defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends one chat call.
     *
     * @param request the call; its timeout, when set, replaces the builder's
     * @return the message text, the usage, the model and the done reason ({@code length} is
     *     {@link ChatResponse.FinishReason#LENGTH}; a missing reason on a done answer is STOP)
     * @throws ProviderException when the call fails; see {@link HttpErrorMapper}
     */
    @Override
    public ChatResponse chat(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        OllamaChatRequest wire = OllamaMapper.toRequest(request, model, maxTokens, numCtx, keepAlive);
        return endpoint.chat(request, wire, request.responseSchema() != null, OllamaChatResponse.class,
                (response, result) -> {
                    if (response.error() != null) {
                        throw endpoint.failure(500, result);
                    }
                    return OllamaMapper.toResponse(response, provider, model);
                });
    }

    /** @return the provider name given to the builder, {@code ollama} by default */
    @Override
    public String provider() {
        return provider;
    }

    /** @return the model name sent with every call */
    public String modelName() {
        return model;
    }

    /** @return the settings, with the API key masked */
    @Override
    public String toString() {
        return "OllamaLanguageModel[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model
                + ", apiKey=" + Secrets.describe(apiKey) + ", timeout=" + timeout + "]";
    }

    /** Builds an {@link OllamaLanguageModel}. Not thread-safe; each option may be set once. */
    public static final class Builder {

        private final BuilderChecks checks = new BuilderChecks();
        private String baseUrl = DEFAULT_BASE_URL;
        private String apiKey;
        private String modelName = DEFAULT_MODEL;
        private String providerName = "ollama";
        private Integer maxTokens;
        private Integer numCtx;
        private String keepAlive;
        private Duration timeout = DEFAULT_TIMEOUT;
        private HttpClient httpClient;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * @param baseUrl the server, without {@code /api}; default {@value OllamaLanguageModel#DEFAULT_BASE_URL}
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            checks.set("baseUrl");
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * @param apiKey sent as {@code Authorization: Bearer}, for a proxy or Ollama's cloud; default none
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            checks.set("apiKey");
            this.apiKey = BuilderChecks.optionalText(apiKey);
            return this;
        }

        /**
         * @param modelName the model, such as {@code llama3.1:8b}; default {@value OllamaLanguageModel#DEFAULT_MODEL}
         * @return this builder
         */
        public Builder modelName(String modelName) {
            checks.set("modelName");
            this.modelName = BuilderChecks.requireText(modelName, "modelName");
            return this;
        }

        /**
         * @param providerName the name reported in responses, errors and logs; default {@code ollama}
         * @return this builder
         */
        public Builder providerName(String providerName) {
            checks.set("providerName");
            this.providerName = BuilderChecks.requireText(providerName, "providerName");
            return this;
        }

        /**
         * @param maxTokens {@code options.num_predict} when a request sets none; default none (the model's default)
         * @return this builder
         */
        public Builder maxTokens(int maxTokens) {
            checks.set("maxTokens");
            this.maxTokens = BuilderChecks.requirePositive(maxTokens, "maxTokens");
            return this;
        }

        /**
         * @param numCtx {@code options.num_ctx}, the context window; default none (the model's default, often
         *     small: raise it for long interviews)
         * @return this builder
         */
        public Builder contextWindow(int numCtx) {
            checks.set("contextWindow");
            this.numCtx = BuilderChecks.requirePositive(numCtx, "contextWindow");
            return this;
        }

        /**
         * @param keepAlive how long the model stays loaded after a call, such as {@code 10m}; default none (the
         *     server's 5 minutes)
         * @return this builder
         */
        public Builder keepAlive(String keepAlive) {
            checks.set("keepAlive");
            this.keepAlive = BuilderChecks.requireText(keepAlive, "keepAlive");
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
         * @throws IllegalStateException when an option was set twice
         * @throws IllegalArgumentException when the base URL is not an absolute http(s) URL
         */
        public OllamaLanguageModel build() {
            checks.check("OllamaLanguageModel.Builder");
            return new OllamaLanguageModel(this);
        }
    }
}
