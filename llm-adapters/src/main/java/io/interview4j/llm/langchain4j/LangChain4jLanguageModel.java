package io.interview4j.llm.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.output.FinishReason;
import io.interview4j.InvalidInputException;
import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.ModelException;
import io.interview4j.llm.TokenUsage;
import io.interview4j.llm.exception.InvalidModelRequestException;
import io.interview4j.llm.exception.MalformedResponseException;
import io.interview4j.llm.exception.ModelAuthenticationException;
import io.interview4j.llm.exception.ModelConnectionException;
import io.interview4j.llm.exception.ModelNotFoundException;
import io.interview4j.llm.exception.ModelRefusalException;
import io.interview4j.llm.exception.ModelTimeoutException;
import io.interview4j.llm.exception.ModelUnavailableException;
import io.interview4j.llm.exception.ProviderException;
import io.interview4j.llm.exception.RateLimitedException;
import io.interview4j.llm.http.internal.BuilderChecks;
import io.interview4j.llm.http.internal.HttpErrorMapper;
import io.interview4j.llm.http.internal.JsonSchemas;
import io.interview4j.llm.http.internal.Secrets;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link LanguageModel} over any LangChain4j {@link ChatModel}, so LangChain4j users bring any provider it
 * supports. Needs {@code dev.langchain4j:langchain4j-core} (1.x) on the class path: it is an optional dependency
 * of this module.
 *
 * <p>Requests map to LangChain4j's {@link dev.langchain4j.model.chat.request.ChatRequest}: system, user and
 * assistant messages; temperature; max tokens (the request's, else the builder's) as {@code maxOutputTokens};
 * the builder's model name when set (else the chat model's own); and the request's JSON schema as a
 * {@link ResponseFormat} of type JSON with a {@link JsonSchema} (see {@link StructuredOutputMode} for models that
 * cannot take one). A request's timeout cannot be passed per call: the chat model's own timeout applies.
 * Responses map back with the text, token usage (input and output; cached tokens are 0, LangChain4j's core does
 * not report them), finish reason and the model name the response reports, else the builder's.
 *
 * <p>Failures throw the exceptions of {@code io.interview4j.llm.exception}. When LangChain4j reports an HTTP
 * status ({@link HttpException} anywhere in the cause chain) it goes through the status mapping described in
 * {@link io.interview4j.llm.exception}, like the native adapters (the LangChain4j exception is attached as
 * suppressed); otherwise LangChain4j's exception type decides: authentication, rate limit, timeout, model not
 * found, invalid request, content filtered (a {@link ModelRefusalException}), internal server error, and
 * retriable or not by {@link RetriableException}. An {@link IOException} cause is a retriable
 * {@link ModelConnectionException}; any other runtime exception from the chat model is a non-retriable
 * {@link ProviderException}, so a fallback chain can move on. Messages pass through
 * {@link Secrets#redact(String, java.util.Collection)}, which removes key-shaped tokens; the chat model itself
 * is never printed, as its {@code toString} may hold a key. Thread-safe when the chat model is.
 */
public final class LangChain4jLanguageModel implements LanguageModel {

    private static final Logger LOG = LoggerFactory.getLogger(LangChain4jLanguageModel.class);

    /** How a request's JSON schema reaches the chat model. */
    public enum StructuredOutputMode {
        /** A {@link ResponseFormat} of type JSON carrying the schema; the default. */
        JSON_SCHEMA,
        /** {@link ResponseFormat#JSON} without a schema, and the schema in the system prompt. */
        JSON_OBJECT,
        /** No response format; the schema only in the system prompt, for models that take neither. */
        PROMPT_ONLY
    }

    private final ChatModel chatModel;
    private final String provider;
    private final String modelName;
    private final Integer maxTokens;
    private final StructuredOutputMode mode;

    private LangChain4jLanguageModel(Builder builder) {
        this.chatModel = builder.chatModel;
        this.provider = builder.providerName != null ? builder.providerName : defaultProvider(chatModel);
        this.modelName = builder.modelName;
        this.maxTokens = builder.maxTokens;
        this.mode = builder.mode;
    }

    /**
     * @param chatModel the LangChain4j model to call
     * @return a builder with the defaults
     * @throws NullPointerException when chatModel is null
     */
    public static Builder builder(ChatModel chatModel) {
        return new Builder(chatModel);
    }

    /**
     * @param chatModel the LangChain4j model to call
     * @return the bridge with the defaults (see {@link Builder})
     * @throws NullPointerException when chatModel is null
     */
    public static LangChain4jLanguageModel of(ChatModel chatModel) {
        return builder(chatModel).build();
    }

    /**
     * Sends one chat call through the LangChain4j model.
     *
     * @param request the call
     * @return the reply, naming this bridge's provider
     * @throws InvalidModelRequestException when the schema cannot be expressed in LangChain4j's schema types
     * @throws ModelRefusalException when the output was filtered and no text came back
     * @throws MalformedResponseException when the model returned no text (for example only tool calls)
     * @throws ProviderException for every failure of the chat model, mapped as described on the class
     */
    @Override
    public ChatResponse chat(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        dev.langchain4j.model.chat.request.ChatRequest mapped = toLangChain4j(request);
        LOG.debug("{} chat: model={}, {} messages, schema={}", provider, modelName, request.messages().size(),
                request.responseSchema() != null);
        dev.langchain4j.model.chat.response.ChatResponse response;
        try {
            response = chatModel.chat(mapped);
        } catch (ModelException e) {
            throw e;
        } catch (RuntimeException e) {
            throw map(e);
        }
        if (response == null) {
            throw new MalformedResponseException(provider + " returned no response", provider, 0, false, null, null, null);
        }
        ChatResponse.FinishReason finish = finishReason(response.finishReason());
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null) {
            if (finish == ChatResponse.FinishReason.CONTENT_FILTER) {
                throw new ModelRefusalException(provider + " filtered the output and returned no text", provider, 0,
                        false, "content_filter", null, null);
            }
            throw new MalformedResponseException(provider + " returned no text (finish reason "
                    + response.finishReason() + ")", provider, 0, false, null, null, null);
        }
        ChatResponse result = new ChatResponse(text, usage(response.tokenUsage()),
                response.modelName() != null ? response.modelName() : modelName, finish, provider);
        LOG.debug("{} answered: model={}, finish={}, usage={}", provider, result.modelId(), result.finishReason(),
                result.usage());
        return result;
    }

    /** @return the provider name: the builder's, else {@code langchain4j-<model provider>} or {@code langchain4j} */
    @Override
    public String provider() {
        return provider;
    }

    /** @return the wrapped LangChain4j model */
    public ChatModel chatModel() {
        return chatModel;
    }

    /** @return the settings and the chat model's class, never the chat model's own {@code toString} */
    @Override
    public String toString() {
        return "LangChain4jLanguageModel[provider=" + provider + ", model=" + modelName + ", chatModel="
                + chatModel.getClass().getName() + ", structuredOutput=" + mode + "]";
    }

    private dev.langchain4j.model.chat.request.ChatRequest toLangChain4j(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        ResponseFormat format = null;
        if (request.responseSchema() != null) {
            if (mode == StructuredOutputMode.JSON_SCHEMA) {
                try {
                    format = ResponseFormat.builder().type(ResponseFormatType.JSON)
                            .jsonSchema(JsonSchema.builder().name(request.schemaName())
                                    .rootElement(SchemaConverter.convert(request.responseSchema())).build())
                            .build();
                } catch (InvalidInputException e) {
                    throw new InvalidModelRequestException("cannot send the JSON schema to " + provider + ": "
                            + e.getMessage() + " (use StructuredOutputMode.JSON_OBJECT or PROMPT_ONLY)", provider, 0,
                            false, null, null, e);
                }
            } else {
                messages = JsonSchemas.withInstruction(messages, request.responseSchema());
                format = mode == StructuredOutputMode.JSON_OBJECT ? ResponseFormat.JSON : null;
            }
        }
        List<dev.langchain4j.data.message.ChatMessage> mapped = new ArrayList<>();
        for (ChatMessage message : messages) {
            mapped.add(switch (message.role()) {
                case SYSTEM -> SystemMessage.from(message.content());
                case USER -> UserMessage.from(message.content());
                case ASSISTANT -> AiMessage.from(message.content());
            });
        }
        return dev.langchain4j.model.chat.request.ChatRequest.builder()
                .messages(mapped)
                .modelName(modelName)
                .temperature(request.temperature())
                .maxOutputTokens(request.maxTokens() != null ? request.maxTokens() : maxTokens)
                .responseFormat(format)
                .build();
    }

    private ProviderException map(RuntimeException e) {
        String message = provider + " failed: " + Secrets.redact(describe(e), List.of());
        Throwable cause = Secrets.scrub(e, List.of()); // its messages hold the provider's text
        if (e instanceof ContentFilteredException) {
            return new ModelRefusalException(message, provider, status(e), false, "content_filter", null, cause);
        }
        HttpException http = find(e, HttpException.class);
        if (http != null) {
            ProviderException mapped = HttpErrorMapper.map(provider, http.statusCode(), Map.of(), http.getMessage(),
                    List.of(), Clock.systemUTC());
            mapped.addSuppressed(cause);
            return mapped;
        }
        if (e instanceof AuthenticationException) {
            return new ModelAuthenticationException(message, provider, 0, false, null, null, cause);
        }
        if (e instanceof RateLimitException) {
            return new RateLimitedException(message, provider, 0, true, null, null, cause);
        }
        if (e instanceof TimeoutException || find(e, java.net.http.HttpTimeoutException.class) != null
                || find(e, java.util.concurrent.TimeoutException.class) != null) {
            return new ModelTimeoutException(message, provider, 0, true, null, null, cause);
        }
        if (e instanceof dev.langchain4j.exception.ModelNotFoundException) {
            return new ModelNotFoundException(message, provider, 0, false, null, null, cause);
        }
        if (e instanceof InvalidRequestException || e instanceof UnsupportedFeatureException) {
            return new InvalidModelRequestException(message, provider, 0, false, null, null, cause);
        }
        if (e instanceof InternalServerException) {
            return new ModelUnavailableException(message, provider, 0, true, null, null, cause);
        }
        if (e instanceof UnresolvedModelServerException) {
            return new ModelConnectionException(message, provider, 0, false, null, null, cause);
        }
        if (find(e, IOException.class) != null) {
            return new ModelConnectionException(message, provider, 0, true, null, null, cause);
        }
        return new ProviderException(message, provider, 0, e instanceof RetriableException, null, null, cause);
    }

    private static int status(Throwable e) {
        HttpException http = find(e, HttpException.class);
        return http == null ? 0 : http.statusCode();
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String describe(Throwable e) {
        String text = e.getMessage();
        return e.getClass().getSimpleName() + (text == null || text.isBlank() ? "" : ": " + text);
    }

    private static TokenUsage usage(dev.langchain4j.model.output.TokenUsage usage) {
        if (usage == null) {
            return TokenUsage.NONE;
        }
        return new TokenUsage(count(usage.inputTokenCount()), count(usage.outputTokenCount()), 0);
    }

    private static long count(Integer value) {
        return value == null || value < 0 ? 0 : value;
    }

    private static ChatResponse.FinishReason finishReason(FinishReason reason) {
        if (reason == null) {
            return ChatResponse.FinishReason.OTHER;
        }
        return switch (reason) {
            case STOP -> ChatResponse.FinishReason.STOP;
            case LENGTH -> ChatResponse.FinishReason.LENGTH;
            case CONTENT_FILTER -> ChatResponse.FinishReason.CONTENT_FILTER;
            default -> ChatResponse.FinishReason.OTHER;
        };
    }

    private static String defaultProvider(ChatModel chatModel) {
        ModelProvider provider;
        try {
            provider = chatModel.provider();
        } catch (RuntimeException e) {
            provider = null;
        }
        return provider == null || provider == ModelProvider.OTHER ? "langchain4j"
                : "langchain4j-" + provider.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Builds a {@link LangChain4jLanguageModel}. Not thread-safe; each option may be set once. */
    public static final class Builder {

        private final BuilderChecks checks = new BuilderChecks();
        private final ChatModel chatModel;
        private String providerName;
        private String modelName;
        private Integer maxTokens;
        private StructuredOutputMode mode = StructuredOutputMode.JSON_SCHEMA;

        private Builder(ChatModel chatModel) {
            this.chatModel = Objects.requireNonNull(chatModel, "chatModel");
        }

        /**
         * @param providerName the name reported in responses, errors and logs; default {@code langchain4j-<p>}
         *     from the chat model's {@link ChatModel#provider()} (such as {@code langchain4j-open-ai}), or
         *     {@code langchain4j} when it names none
         * @return this builder
         * @throws InvalidInputException when blank
         */
        public Builder providerName(String providerName) {
            this.providerName = checks.once("providerName", BuilderChecks.requireText(providerName, "providerName"));
            return this;
        }

        /**
         * @param modelName the model sent with every call, overriding the chat model's default; default none (the
         *     chat model's own)
         * @return this builder
         * @throws InvalidInputException when blank
         */
        public Builder modelName(String modelName) {
            this.modelName = checks.once("modelName", BuilderChecks.requireText(modelName, "modelName"));
            return this;
        }

        /**
         * @param maxTokens {@code maxOutputTokens} when a request sets none; default none (the chat model's own)
         * @return this builder
         * @throws InvalidInputException when not positive
         */
        public Builder maxTokens(int maxTokens) {
            this.maxTokens = checks.once("maxTokens", BuilderChecks.requirePositive(maxTokens, "maxTokens"));
            return this;
        }

        /**
         * @param mode how a request's schema is sent; default {@link StructuredOutputMode#JSON_SCHEMA}
         * @return this builder
         */
        public Builder structuredOutput(StructuredOutputMode mode) {
            this.mode = checks.once("structuredOutput", Objects.requireNonNull(mode, "mode"));
            return this;
        }

        /**
         * @return the bridge
         * @throws IllegalStateException when an option was set twice
         */
        public LangChain4jLanguageModel build() {
            checks.check("LangChain4jLanguageModel.Builder");
            return new LangChain4jLanguageModel(this);
        }
    }
}
