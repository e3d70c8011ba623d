package io.interview4j.llm.anthropic;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.anthropic.internal.AnthropicMapper;
import io.interview4j.llm.anthropic.internal.AnthropicMessagesRequest;
import io.interview4j.llm.anthropic.internal.AnthropicMessagesResponse;
import io.interview4j.llm.exception.ProviderException;
import io.interview4j.llm.http.internal.BuilderChecks;
import io.interview4j.llm.http.internal.ChatEndpoint;
import io.interview4j.llm.http.HttpChatModelBuilder;
import io.interview4j.llm.http.HttpModelBuilder;
import io.interview4j.llm.http.internal.HttpSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link LanguageModel} over Anthropic's Messages API ({@code POST {baseUrl}/v1/messages}) with the
 * {@code x-api-key} and {@code anthropic-version} headers. System messages become the top-level {@code system};
 * a request's schema goes out as {@code output_config: {format: {type: json_schema, schema}}} and the JSON comes
 * back as text. Usage counts cache writes and reads as input, and cache reads as cached.
 *
 * <p>Thread-safe: one shared {@link java.net.http.HttpClient}, no mutable state. Failures throw the exceptions of
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
    public static final Duration DEFAULT_TIMEOUT = HttpChatModelBuilder.DEFAULT_TIMEOUT;

    private final HttpSettings settings;
    private final int maxTokens;
    private final boolean structuredOutput;
    private final ChatEndpoint endpoint;

    private AnthropicLanguageModel(Builder builder, HttpSettings settings, Integer maxTokens) {
        this.settings = settings;
        this.maxTokens = maxTokens;
        this.structuredOutput = builder.structuredOutput;
        String baseUrl = settings.baseUrl();
        this.endpoint = new ChatEndpoint(settings.transport(),
                URI.create(baseUrl + (baseUrl.endsWith("/v1") ? "" : "/v1") + "/messages"),
                settings.headersWith(Map.of("x-api-key", settings.apiKey(), "anthropic-version", builder.version)),
                settings.modelName(), settings.timeout(), LOG);
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
     * @throws ProviderException when the call fails; {@link io.interview4j.llm.exception} says which failure throws
     *     which
     */
    @Override
    public ChatResponse chat(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        return endpoint.chat(request, wire(request), request.responseSchema() != null, AnthropicMessagesResponse.class,
                (response, result) -> AnthropicMapper.toResponse(response, provider(), settings.modelName()));
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
        return endpoint.chatAsync(request, wire(request), request.responseSchema() != null,
                AnthropicMessagesResponse.class,
                (response, result) -> AnthropicMapper.toResponse(response, provider(), settings.modelName()));
    }

    private AnthropicMessagesRequest wire(ChatRequest request) {
        return AnthropicMapper.toRequest(request, settings.modelName(), maxTokens, structuredOutput);
    }

    /** @return the provider name given to the builder, {@code anthropic} by default */
    @Override
    public String provider() {
        return settings.providerName();
    }

    /** @return the model id sent with every call */
    public String modelName() {
        return settings.modelName();
    }

    /** @return the settings, with the API key masked */
    @Override
    public String toString() {
        return settings.describe("AnthropicLanguageModel", settings.baseUrl(), settings.modelName(),
                "maxTokens=" + maxTokens + ", timeout=" + settings.timeout());
    }

    /**
     * Builds an {@link AnthropicLanguageModel}. Not thread-safe; each option may be set once. The shared options
     * ({@link HttpModelBuilder}) default to: base URL {@value #DEFAULT_BASE_URL} (with or without a trailing
     * {@code /v1}), model {@value #DEFAULT_MODEL}, provider name {@code anthropic}, timeout 60 s. The API key, sent
     * as {@code x-api-key}, is required. The output cap ({@code maxTokens}) defaults to 4096.
     */
    public static final class Builder extends HttpChatModelBuilder<Builder> {

        private String version = DEFAULT_VERSION;
        private boolean structuredOutput = true;

        private Builder() {
            super("AnthropicLanguageModel", DEFAULT_BASE_URL, DEFAULT_MODEL, "anthropic", true, DEFAULT_MAX_TOKENS);
        }

        /**
         * @param version the {@code anthropic-version} header; default {@value AnthropicLanguageModel#DEFAULT_VERSION}
         * @return this builder
         * @throws NullPointerException when it is null
         * @throws InvalidInputException when it is blank
         */
        public Builder anthropicVersion(String version) {
            this.version = once("anthropicVersion", BuilderChecks.requireText(version, "version"));
            return this;
        }

        /**
         * @param structuredOutput send a request's schema as {@code output_config.format}; when false (older models
         *     or gateways that reject it) the schema goes into the system prompt instead. Default {@code true}
         * @return this builder
         */
        public Builder structuredOutput(boolean structuredOutput) {
            this.structuredOutput = once("structuredOutput", structuredOutput);
            return this;
        }

        /**
         * @return the model
         * @throws IllegalStateException when no API key was given or an option was set twice
         * @throws InvalidInputException when the base URL is not an absolute http(s) URL
         */
        public AnthropicLanguageModel build() {
            return new AnthropicLanguageModel(this, settings(), maxTokens());
        }
    }
}
