package io.interview4j.llm.openai;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.exception.ProviderException;
import io.interview4j.llm.http.internal.BaseUrls;
import io.interview4j.llm.http.internal.ChatEndpoint;
import io.interview4j.llm.http.internal.Headers;
import io.interview4j.llm.http.HttpChatModelBuilder;
import io.interview4j.llm.http.HttpModelBuilder;
import io.interview4j.llm.http.internal.HttpResult;
import io.interview4j.llm.http.internal.HttpSettings;
import io.interview4j.llm.openai.internal.OpenAiChatRequest;
import io.interview4j.llm.openai.internal.OpenAiChatResponse;
import io.interview4j.llm.openai.internal.OpenAiMapper;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link LanguageModel} over the OpenAI chat-completions protocol ({@code POST {baseUrl}/chat/completions}).
 * The base URL makes it serve every compatible server: OpenAI, Groq ({@code https://api.groq.com/openai/v1}),
 * OpenRouter ({@code https://openrouter.ai/api/v1}, with its {@code HTTP-Referer}/{@code X-Title} headers set by
 * {@link HttpModelBuilder#header}), Together, vLLM, LM Studio, llama.cpp's {@code llama-server} and Ollama's {@code /v1}.
 *
 * <p>Structured output: by default a request's schema goes out as {@code response_format: json_schema} with
 * {@code strict: true} (the schema is made strict-compatible first); {@link StructuredOutputMode#JSON_OBJECT}
 * sends {@code json_object} and puts the schema in the system prompt, for servers that reject schemas.
 * Messages are sent with the {@code system} role, which every compatible server accepts.
 *
 * <p>Thread-safe: one shared {@link java.net.http.HttpClient}, no mutable state. Failures throw the exceptions of
 * {@link io.interview4j.llm.exception} (see there for which failure throws which); a {@code refusal} throws
 * {@link io.interview4j.llm.exception.ModelRefusalException}. The API key never appears in {@link #toString()},
 * a log line or an exception message.
 */
public final class OpenAiCompatibleLanguageModel implements LanguageModel {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiCompatibleLanguageModel.class);

    /** The default base URL: OpenAI's. */
    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    /** The default model: {@code gpt-4o-mini}, cheap and able to follow strict schemas. */
    public static final String DEFAULT_MODEL = "gpt-4o-mini";
    /** The default per-call timeout. */
    public static final Duration DEFAULT_TIMEOUT = HttpChatModelBuilder.DEFAULT_TIMEOUT;

    /** How a request's JSON schema is sent. */
    public enum StructuredOutputMode {
        /** {@code response_format: {type: json_schema, json_schema: {name, schema, strict}}}; the default. */
        JSON_SCHEMA,
        /** {@code response_format: {type: json_object}} plus the schema in the system prompt (older llama.cpp, some hosts). */
        JSON_OBJECT,
        /** No {@code response_format}; the schema only in the system prompt, for servers that accept neither. */
        PROMPT_ONLY
    }

    private final HttpSettings settings;
    private final StructuredOutputMode mode;
    private final boolean strict;
    private final Integer maxTokens;
    private final boolean maxCompletionTokens;
    private final ChatEndpoint endpoint;

    private OpenAiCompatibleLanguageModel(Builder builder, HttpSettings settings, Integer maxTokens) {
        this.settings = settings;
        this.mode = builder.mode;
        this.strict = builder.strict;
        this.maxTokens = maxTokens;
        this.maxCompletionTokens = builder.maxCompletionTokens;
        this.endpoint = new ChatEndpoint(settings.transport(),
                URI.create(BaseUrls.withPathIfNone(settings.baseUrl(), "/v1") + "/chat/completions"),
                settings.headersWith(Headers.bearer(settings.apiKey())), settings.modelName(), settings.timeout(),
                LOG);
    }

    /** @return a builder with OpenAI's defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends one chat completion.
     *
     * @param request the call; its timeout, when set, replaces the builder's
     * @return the first choice's text, the usage, the model and the finish reason ({@code length} is
     *     {@link ChatResponse.FinishReason#LENGTH}: the output is truncated)
     * @throws ProviderException when the call fails; {@link io.interview4j.llm.exception} says which failure throws
     *     which
     */
    @Override
    public ChatResponse chat(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        return endpoint.chat(request, wire(request), request.responseSchema() != null ? mode : "none",
                OpenAiChatResponse.class, this::answer);
    }

    /**
     * Sends one chat completion on {@code HttpClient.sendAsync}; no thread waits for the reply.
     *
     * @param request the call; its timeout, when set, replaces the builder's
     * @return what {@link #chat} returns, completed on the HTTP client's executor; completed exceptionally with what
     *     it throws
     */
    @Override
    public CompletableFuture<ChatResponse> chatAsync(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        return endpoint.chatAsync(request, wire(request), request.responseSchema() != null ? mode : "none",
                OpenAiChatResponse.class, this::answer);
    }

    private OpenAiChatRequest wire(ChatRequest request) {
        return OpenAiMapper.toRequest(request, settings.modelName(), mode, strict, maxTokens, maxCompletionTokens);
    }

    private ChatResponse answer(OpenAiChatResponse response, HttpResult result) {
        if (response.error() != null && !response.error().isNull()) {
            // OpenRouter reports failures that happen after generation started with HTTP 200 and an error body.
            int code = response.error().path("code").asInt(0);
            throw endpoint.failure(code >= 400 && code <= 599 ? code : 502, result);
        }
        return OpenAiMapper.toResponse(response, provider(), settings.modelName());
    }

    /** @return the provider name given to the builder, {@code openai} by default */
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
        return settings.describe("OpenAiCompatibleLanguageModel", settings.baseUrl(), settings.modelName(),
                "structuredOutput=" + mode + ", timeout=" + settings.timeout());
    }

    /**
     * Builds an {@link OpenAiCompatibleLanguageModel}. Not thread-safe; each option may be set once. The shared
     * options ({@link HttpModelBuilder}) default to: base URL {@value #DEFAULT_BASE_URL} (up to and including the
     * version path; a URL with no path gets {@code /v1}), no API key (one is sent as {@code Authorization: Bearer};
     * local servers need none), model {@value #DEFAULT_MODEL}, provider name {@code openai}, timeout 60 s.
     */
    public static final class Builder extends HttpChatModelBuilder<Builder> {

        private StructuredOutputMode mode = StructuredOutputMode.JSON_SCHEMA;
        private boolean strict = true;
        private boolean maxCompletionTokens;

        private Builder() {
            super("OpenAiCompatibleLanguageModel", DEFAULT_BASE_URL, DEFAULT_MODEL, "openai", false, DEFAULT_MAX_TOKENS);
        }

        /**
         * @param mode how a schema is sent; default {@link StructuredOutputMode#JSON_SCHEMA}
         * @return this builder
         * @throws NullPointerException when it is null
         */
        public Builder structuredOutput(StructuredOutputMode mode) {
            this.mode = once("structuredOutput", Objects.requireNonNull(mode, "mode"));
            return this;
        }

        /**
         * @param strict whether {@code json_schema} is sent with {@code strict: true}; default {@code true}. Only
         *     meaningful with {@link StructuredOutputMode#JSON_SCHEMA}; setting it with another mode fails in
         *     {@link #build()}
         * @return this builder
         */
        public Builder strictSchema(boolean strict) {
            this.strict = once("strictSchema", strict);
            return this;
        }

        /**
         * @param useIt send the cap as {@code max_completion_tokens} (OpenAI, required by o-series models) instead
         *     of {@code max_tokens} (what compatible servers know); default {@code false}
         * @return this builder
         */
        public Builder maxCompletionTokens(boolean useIt) {
            this.maxCompletionTokens = once("maxCompletionTokens", useIt);
            return this;
        }

        /**
         * @return the model
         * @throws IllegalStateException when an option was set twice, or {@code strictSchema} was set with a mode
         *     other than {@code JSON_SCHEMA}
         * @throws InvalidInputException when the base URL is not an absolute http(s) URL
         */
        public OpenAiCompatibleLanguageModel build() {
            HttpSettings settings = settings();
            if (isSet("strictSchema") && mode != StructuredOutputMode.JSON_SCHEMA) {
                throw new IllegalStateException("strictSchema applies only to structuredOutput JSON_SCHEMA, not " + mode);
            }
            return new OpenAiCompatibleLanguageModel(this, settings, maxTokens());
        }
    }
}
