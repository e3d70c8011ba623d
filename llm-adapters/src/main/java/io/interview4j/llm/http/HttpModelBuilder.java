package io.interview4j.llm.http;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.http.internal.BaseUrls;
import io.interview4j.llm.http.internal.BuilderChecks;
import io.interview4j.llm.http.internal.HttpSettings;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The options every HTTP adapter's builder shares: base URL, API key, model, provider name, timeout, extra headers,
 * HTTP client and clock. Each adapter's {@code Builder} extends it with its own options and its defaults; the type
 * parameter is that builder, so that chained calls keep it: {@code OllamaLanguageModel.builder().timeout(t)
 * .contextWindow(8192)} compiles.
 *
 * <p>Each option may be set once: setting one twice (a header: one name twice, in any case) makes {@code build()}
 * throw an {@link IllegalStateException} naming it. A value that is wrong in itself (null, blank, not positive)
 * fails at once in the setter. Not thread-safe. Only the adapters of this library extend it.
 *
 * @param <B> the adapter's builder
 */
public abstract class HttpModelBuilder<B extends HttpModelBuilder<B>> {

    private final String owner;
    private final boolean apiKeyRequired;
    private final BuilderChecks checks = new BuilderChecks();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String baseUrl;
    private String apiKey;
    private String modelName;
    private String providerName;
    private Duration timeout;
    private HttpClient httpClient;
    private Clock clock = Clock.systemUTC();

    /**
     * @param owner the adapter's class name, for messages
     * @param baseUrl the default base URL
     * @param modelName the default model
     * @param providerName the default provider name
     * @param timeout the default per-call timeout
     * @param apiKeyRequired whether {@code build()} needs an API key; when not, a blank key means none
     */
    protected HttpModelBuilder(String owner, String baseUrl, String modelName, String providerName, Duration timeout,
                               boolean apiKeyRequired) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.modelName = Objects.requireNonNull(modelName, "modelName");
        this.providerName = Objects.requireNonNull(providerName, "providerName");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.apiKeyRequired = apiKeyRequired;
    }

    /**
     * @param baseUrl the server's base URL; default the adapter's {@code DEFAULT_BASE_URL}. Trailing slashes are
     *     dropped; how a missing version path is completed is described on each adapter
     * @return this builder
     * @throws NullPointerException when it is null; a URL that is not absolute http(s) fails in {@code build()}
     */
    public B baseUrl(String baseUrl) {
        this.baseUrl = once("baseUrl", Objects.requireNonNull(baseUrl, "baseUrl"));
        return self();
    }

    /**
     * @param apiKey the provider's key, sent in the header the adapter names. Default none: the adapters for
     *     servers that may run locally send no key then and take a blank one as none; the others need one, and
     *     {@code build()} fails without it
     * @return this builder
     * @throws NullPointerException when a required key is null
     * @throws InvalidInputException when a required key is blank
     */
    public B apiKey(String apiKey) {
        this.apiKey = once("apiKey",
                apiKeyRequired ? BuilderChecks.requireText(apiKey, "apiKey") : BuilderChecks.optionalText(apiKey));
        return self();
    }

    /**
     * @param modelName the model id sent with every call; default the adapter's {@code DEFAULT_MODEL}
     * @return this builder
     * @throws NullPointerException when it is null
     * @throws InvalidInputException when it is blank
     */
    public B modelName(String modelName) {
        this.modelName = once("modelName", BuilderChecks.requireText(modelName, "modelName"));
        return self();
    }

    /**
     * @param providerName the name reported in responses, errors and logs, such as {@code groq}; default the
     *     adapter's protocol ({@code openai}, {@code anthropic}, {@code gemini}, {@code ollama})
     * @return this builder
     * @throws NullPointerException when it is null
     * @throws InvalidInputException when it is blank
     */
    public B providerName(String providerName) {
        this.providerName = once("providerName", BuilderChecks.requireText(providerName, "providerName"));
        return self();
    }

    /**
     * @param timeout the per-call timeout when a request sets none; default the adapter's {@code DEFAULT_TIMEOUT}
     * @return this builder
     * @throws NullPointerException when it is null
     * @throws InvalidInputException when it is zero or negative
     */
    public B timeout(Duration timeout) {
        this.timeout = once("timeout", BuilderChecks.requirePositive(timeout, "timeout"));
        return self();
    }

    /**
     * Adds a header to every call, such as OpenRouter's {@code HTTP-Referer} or Anthropic's {@code anthropic-beta}.
     * Default none. The adapter's own key header (such as {@code Authorization}) replaces one of the same name in
     * any case.
     *
     * @param name the header name
     * @param value its value
     * @return this builder
     * @throws NullPointerException when either is null
     * @throws InvalidInputException when either is blank
     */
    public B header(String name, String value) {
        set("header " + BuilderChecks.requireText(name, "name").toLowerCase(Locale.ROOT));
        headers.put(name, BuilderChecks.requireText(value, "value"));
        return self();
    }

    /**
     * @param httpClient the client to share; default a new one per adapter with a 10 s connect timeout
     * @return this builder
     * @throws NullPointerException when it is null
     */
    public B httpClient(HttpClient httpClient) {
        this.httpClient = once("httpClient", Objects.requireNonNull(httpClient, "httpClient"));
        return self();
    }

    /**
     * @param clock the clock an HTTP-date {@code retry-after} is measured against; default the system UTC clock
     * @return this builder
     * @throws NullPointerException when it is null
     */
    public B clock(Clock clock) {
        this.clock = once("clock", Objects.requireNonNull(clock, "clock"));
        return self();
    }

    /**
     * Records that an option of the adapter's own was set, so that a second time fails in {@code build()}.
     *
     * @param option the option's name
     */
    protected final void set(String option) {
        checks.set(option);
    }

    /**
     * Records that an option of the adapter's own was set and hands its value back, for
     * {@code this.x = once("x", checkedValue)}; a second time fails in {@code build()}.
     *
     * @param option the option's name
     * @param value its checked value
     * @param <T> the value's type
     * @return the value
     */
    protected final <T> T once(String option, T value) {
        return checks.once(option, value);
    }

    /**
     * @param option an option's name
     * @return whether it was set
     */
    protected final boolean isSet(String option) {
        return checks.isSet(option);
    }

    /**
     * Checks the shared options, for the adapter's {@code build()}.
     *
     * @return the shared options, frozen, with the base URL normalized
     * @throws IllegalStateException when an option was set twice, or a required API key is missing
     * @throws InvalidInputException when the base URL is not an absolute http(s) URL
     */
    protected final HttpSettings settings() {
        checks.check(owner + ".Builder");
        if (apiKeyRequired && apiKey == null) {
            throw new IllegalStateException(owner + " needs an apiKey");
        }
        return new HttpSettings(BaseUrls.normalize(baseUrl, "baseUrl"), apiKey, modelName, providerName, timeout,
                headers, httpClient, clock);
    }

    /** @return this builder as the adapter's type */
    @SuppressWarnings("unchecked")
    protected final B self() {
        return (B) this;
    }
}
