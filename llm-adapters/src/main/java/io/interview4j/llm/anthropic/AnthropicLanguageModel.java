package io.interview4j.llm.anthropic;

import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.anthropic.internal.AnthropicMapper;
import io.interview4j.llm.anthropic.internal.AnthropicMessagesRequest;
import io.interview4j.llm.anthropic.internal.AnthropicMessagesResponse;
import io.interview4j.llm.exception.ProviderException;
import io.interview4j.llm.http.BaseUrls;
import io.interview4j.llm.http.BuilderChecks;
import io.interview4j.llm.http.ChatEndpoint;
import io.interview4j.llm.http.HttpErrorMapper;
import io.interview4j.llm.http.JsonHttpTransport;
import io.interview4j.llm.http.Secrets;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link LanguageModel} over Anthropic's Messages API ({@code POST {baseUrl}/v1/messages}) with the
 * {@code x-api-key} and {@code anthropic-version} headers. System messages become the top-level {@code system};
 * a request's schema goes out as {@code output_config: {format: {type: json_schema, schema}}} and the JSON comes
 * back as text. Usage counts cache writes and reads as input, and cache reads as cached.
 *
 * <p>Thread-safe: one shared {@link HttpClient}, no mutable state. Failures throw the exceptions of
 * {@code io.interview4j.llm.exception} (529 {@code overloaded_error} is retriable); {@code stop_reason: refusal}
 * throws {@link io.interview4j.llm.exception.ModelRefusalException}. The API key never appears in
 * {@link #toString()}, a log line or an exception message.
 */
public final class AnthropicLanguageModel implements LanguageModel {

    private static final Logger LOG = LoggerFactory.getLogger(AnthropicLanguageModel.class);

    /** The default base URL. */
    public static final String DEFAULT_BASE_URL = "https://api.anthropic.com";
    /** The default model: {@code claude-haiku-4-5}, Anthropic's fast, inexpensive model. */
    public static final String DEFAULT_MODEL = "claude-haiku-4-5";
    /** The default {@code anthropic-version} header. */
    public static final String DEFAULT_VERSION = "2023-06-01";
    /** The default output cap ({@code max_tokens} is required by the API). */
    public static final int DEFAULT_MAX_TOKENS = 4096;
    /** The default per-call timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final String apiKey;
    private final String model;
    private final String provider;
    private final int maxTokens;
    private final boolean structuredOutput;
    private final Duration timeout;
    private final ChatEndpoint endpoint;

    private AnthropicLanguageModel(Builder builder) {
        this.baseUrl = BaseUrls.normalize(builder.baseUrl, "baseUrl");
        this.apiKey = builder.apiKey;
        this.model = builder.modelName;
        this.provider = builder.providerName;
        this.maxTokens = builder.maxTokens;
        this.structuredOutput = builder.structuredOutput;
        this.timeout = builder.timeout;
        Map<String, String> headers = new LinkedHashMap<>(builder.headers);
        headers.put("x-api-key", apiKey);
        headers.put("anthropic-version", builder.version);
        this.endpoint = new ChatEndpoint(JsonHttpTransport.of(builder.httpClient, provider, apiKey, builder.clock),
                URI.create(baseUrl + (baseUrl.endsWith("/v1") ? "" : "/v1") + "/messages"), headers, model, timeout,
                LOG);
    }

    /** @return a builder with Anthropic's defaults; an API key is required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends one Messages call.
     *
     * @param request the call; its timeout, when set, replaces the builder's
     * @return the joined text blocks, the usage, the model and the stop reason ({@code max_tokens} is
     *     {@link ChatResponse.FinishReason#LENGTH})
     * @throws ProviderException when the call fails; see {@link HttpErrorMapper}
     */
    @Override
    public ChatResponse chat(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        AnthropicMessagesRequest wire = AnthropicMapper.toRequest(request, model, maxTokens, structuredOutput);
        return endpoint.chat(request, wire, request.responseSchema() != null, AnthropicMessagesResponse.class,
                (response, result) -> AnthropicMapper.toResponse(response, provider, model));
    }

    /** @return the provider name given to the builder, {@code anthropic} by default */
    @Override
    public String provider() {
        return provider;
    }

    /** @return the model id sent with every call */
    public String modelName() {
        return model;
    }

    /** @return the settings, with the API key masked */
    @Override
    public String toString() {
        return "AnthropicLanguageModel[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model
                + ", apiKey=" + Secrets.describe(apiKey) + ", maxTokens=" + maxTokens + ", timeout=" + timeout + "]";
    }

    /** Builds an {@link AnthropicLanguageModel}. Not thread-safe; each option may be set once. */
    public static final class Builder {

        private final BuilderChecks checks = new BuilderChecks();
        private String baseUrl = DEFAULT_BASE_URL;
        private String apiKey;
        private String modelName = DEFAULT_MODEL;
        private String providerName = "anthropic";
        private String version = DEFAULT_VERSION;
        private int maxTokens = DEFAULT_MAX_TOKENS;
        private boolean structuredOutput = true;
        private Duration timeout = DEFAULT_TIMEOUT;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private HttpClient httpClient;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * @param baseUrl the server's base URL, with or without a trailing {@code /v1}; default
         *     {@value AnthropicLanguageModel#DEFAULT_BASE_URL}
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            checks.set("baseUrl");
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * @param apiKey sent as {@code x-api-key}; required, no default
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            checks.set("apiKey");
            this.apiKey = BuilderChecks.requireText(apiKey, "apiKey");
            return this;
        }

        /**
         * @param modelName the model id; default {@value AnthropicLanguageModel#DEFAULT_MODEL}
         * @return this builder
         */
        public Builder modelName(String modelName) {
            checks.set("modelName");
            this.modelName = BuilderChecks.requireText(modelName, "modelName");
            return this;
        }

        /**
         * @param providerName the name reported in responses, errors and logs; default {@code anthropic}
         * @return this builder
         */
        public Builder providerName(String providerName) {
            checks.set("providerName");
            this.providerName = BuilderChecks.requireText(providerName, "providerName");
            return this;
        }

        /**
         * @param version the {@code anthropic-version} header; default {@value AnthropicLanguageModel#DEFAULT_VERSION}
         * @return this builder
         */
        public Builder anthropicVersion(String version) {
            checks.set("anthropicVersion");
            this.version = BuilderChecks.requireText(version, "version");
            return this;
        }

        /**
         * @param maxTokens the output cap when a request sets none; default 4096
         * @return this builder
         */
        public Builder maxTokens(int maxTokens) {
            checks.set("maxTokens");
            this.maxTokens = BuilderChecks.requirePositive(maxTokens, "maxTokens");
            return this;
        }

        /**
         * @param structuredOutput send a request's schema as {@code output_config.format}; when false (older models
         *     or gateways that reject it) the schema goes into the system prompt instead. Default {@code true}
         * @return this builder
         */
        public Builder structuredOutput(boolean structuredOutput) {
            checks.set("structuredOutput");
            this.structuredOutput = structuredOutput;
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
         * Adds a header to every call, such as {@code anthropic-beta}. Default none.
         *
         * @param name the header name
         * @param value its value
         * @return this builder
         */
        public Builder header(String name, String value) {
            checks.set("header " + BuilderChecks.requireText(name, "name").toLowerCase(Locale.ROOT));
            headers.put(name, BuilderChecks.requireText(value, "value"));
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
        public AnthropicLanguageModel build() {
            checks.check("AnthropicLanguageModel.Builder");
            if (apiKey == null) {
                throw new IllegalStateException("AnthropicLanguageModel needs an apiKey");
            }
            return new AnthropicLanguageModel(this);
        }
    }
}
