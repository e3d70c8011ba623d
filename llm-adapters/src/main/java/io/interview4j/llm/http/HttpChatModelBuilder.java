package io.interview4j.llm.http;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.http.internal.BuilderChecks;
import java.time.Duration;

/**
 * The builder base of the HTTP chat adapters: the shared options of {@link HttpModelBuilder} plus the output cap.
 * Each option may be set once; see {@link HttpModelBuilder}. Not thread-safe. Only the adapters of this library
 * extend it.
 *
 * @param <B> the adapter's builder
 */
public abstract class HttpChatModelBuilder<B extends HttpChatModelBuilder<B>> extends HttpModelBuilder<B> {

    /**
     * The output cap every chat adapter sends when neither the request ({@code ChatRequest.maxTokens}) nor the
     * builder sets one: 4096 tokens. A cap is always sent, so a server never generates on to its own limit (for
     * llama.cpp's {@code llama-server} that is the whole context window); a reply cut off by it comes back with
     * finish reason {@code LENGTH} ({@code ChatResponse.truncated()}).
     */
    public static final int DEFAULT_MAX_TOKENS = 4096;

    /** The per-call timeout of every chat adapter unless set: 60 s. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private Integer maxTokens;

    /**
     * @param owner the adapter's class name, for messages
     * @param baseUrl the default base URL
     * @param modelName the default model
     * @param providerName the default provider name
     * @param apiKeyRequired whether {@code build()} needs an API key; when not, a blank key means none
     * @param maxTokens the default output cap, usually {@link #DEFAULT_MAX_TOKENS}
     */
    protected HttpChatModelBuilder(String owner, String baseUrl, String modelName, String providerName,
                                   boolean apiKeyRequired, Integer maxTokens) {
        super(owner, baseUrl, modelName, providerName, DEFAULT_TIMEOUT, apiKeyRequired);
        this.maxTokens = maxTokens;
    }

    /**
     * @param maxTokens the output cap when a request sets none, sent in the provider's own field
     *     ({@code max_tokens}, {@code max_completion_tokens}, {@code maxOutputTokens}, {@code options.num_predict});
     *     default {@link #DEFAULT_MAX_TOKENS} (4096)
     * @return this builder
     * @throws InvalidInputException when it is zero or negative
     */
    public B maxTokens(int maxTokens) {
        this.maxTokens = once("maxTokens", BuilderChecks.requirePositive(maxTokens, "maxTokens"));
        return self();
    }

    /** @return the output cap sent when a request sets none */
    protected final Integer maxTokens() {
        return maxTokens;
    }
}
