package io.interview4j.llm.ollama;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.exception.ProviderException;
import io.interview4j.llm.http.internal.BuilderChecks;
import io.interview4j.llm.http.internal.ChatEndpoint;
import io.interview4j.llm.http.internal.Headers;
import io.interview4j.llm.http.HttpChatModelBuilder;
import io.interview4j.llm.http.HttpModelBuilder;
import io.interview4j.llm.http.internal.HttpResult;
import io.interview4j.llm.http.internal.HttpSettings;
import io.interview4j.llm.ollama.internal.OllamaChatRequest;
import io.interview4j.llm.ollama.internal.OllamaChatResponse;
import io.interview4j.llm.ollama.internal.OllamaMapper;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link LanguageModel} over Ollama's native chat API ({@code POST {baseUrl}/api/chat}) with
 * {@code stream: false} and a request's schema as {@code format}. Usage is {@code prompt_eval_count} in and
 * {@code eval_count} out. A local server needs no key; one can be set for a proxy or Ollama's cloud.
 *
 * <p>Thread-safe: one shared {@link java.net.http.HttpClient}, no mutable state. Failures throw the exceptions of
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
    public static final Duration DEFAULT_TIMEOUT = HttpChatModelBuilder.DEFAULT_TIMEOUT;

    private final HttpSettings settings;
    private final String baseUrl;
    private final Integer maxTokens;
    private final Integer numCtx;
    private final String keepAlive;
    private final ChatEndpoint endpoint;

    private OllamaLanguageModel(Builder builder, HttpSettings settings, Integer maxTokens) {
        this.settings = settings;
        String normalized = settings.baseUrl();
        this.baseUrl = normalized.endsWith("/api") ? normalized.substring(0, normalized.length() - 4) : normalized;
        this.maxTokens = maxTokens;
        this.numCtx = builder.numCtx;
        this.keepAlive = builder.keepAlive;
        this.endpoint = new ChatEndpoint(settings.transport(), URI.create(baseUrl + "/api/chat"),
                settings.headersWith(Headers.bearer(settings.apiKey())), settings.modelName(), settings.timeout(), LOG);
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
     * @throws ProviderException when the call fails; {@link io.interview4j.llm.exception} says which failure throws
     *     which
     */
    @Override
    public ChatResponse chat(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        return endpoint.chat(request, wire(request), request.responseSchema() != null, OllamaChatResponse.class,
                this::answer);
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
        return endpoint.chatAsync(request, wire(request), request.responseSchema() != null, OllamaChatResponse.class,
                this::answer);
    }

    private OllamaChatRequest wire(ChatRequest request) {
        return OllamaMapper.toRequest(request, settings.modelName(), maxTokens, numCtx, keepAlive);
    }

    private ChatResponse answer(OllamaChatResponse response, HttpResult result) {
        if (response.error() != null) {
            throw endpoint.failure(500, result);
        }
        return OllamaMapper.toResponse(response, settings.providerName(), settings.modelName());
    }

    /** @return the provider name given to the builder, {@code ollama} by default */
    @Override
    public String provider() {
        return settings.providerName();
    }

    /** @return the model name sent with every call */
    public String modelName() {
        return settings.modelName();
    }

    /** @return the settings, with the API key masked */
    @Override
    public String toString() {
        return settings.describe("OllamaLanguageModel", baseUrl, settings.modelName(), "timeout=" + settings.timeout());
    }

    /**
     * Builds an {@link OllamaLanguageModel}. Not thread-safe; each option may be set once. The shared options
     * ({@link HttpModelBuilder}) default to: base URL {@value #DEFAULT_BASE_URL} (a trailing {@code /api} is
     * dropped), no API key (one is sent as {@code Authorization: Bearer}, for a proxy or Ollama's cloud), model
     * {@value #DEFAULT_MODEL}, provider name {@code ollama}, timeout 60 s.
     */
    public static final class Builder extends HttpChatModelBuilder<Builder> {

        private Integer numCtx;
        private String keepAlive;

        private Builder() {
            super("OllamaLanguageModel", DEFAULT_BASE_URL, DEFAULT_MODEL, "ollama", false, DEFAULT_MAX_TOKENS);
        }

        /**
         * @param numCtx {@code options.num_ctx}, the context window; default none (the model's default, often
         *     small: raise it for long interviews)
         * @return this builder
         * @throws InvalidInputException when it is zero or negative
         */
        public Builder contextWindow(int numCtx) {
            this.numCtx = once("contextWindow", BuilderChecks.requirePositive(numCtx, "contextWindow"));
            return this;
        }

        /**
         * @param keepAlive how long the model stays loaded after a call, such as {@code 10m}; default none (the
         *     server's 5 minutes)
         * @return this builder
         * @throws NullPointerException when it is null
         * @throws InvalidInputException when it is blank
         */
        public Builder keepAlive(String keepAlive) {
            this.keepAlive = once("keepAlive", BuilderChecks.requireText(keepAlive, "keepAlive"));
            return this;
        }

        /**
         * @return the model
         * @throws IllegalStateException when an option was set twice
         * @throws InvalidInputException when the base URL is not an absolute http(s) URL
         */
        public OllamaLanguageModel build() {
            return new OllamaLanguageModel(this, settings(), maxTokens());
        }
    }
}
