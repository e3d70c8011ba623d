package io.interview4j.llm.exception;

import io.interview4j.llm.ModelException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A call to a named provider failed. The root of every exception the adapters in {@code interview4j-llm-adapters}
 * throw; it extends the core's {@link ModelException}, so callers that only know the port can still ask
 * {@link #retriable()} and {@link #statusCode()}.
 *
 * <p>Thrown as is for failures without a more precise subclass, such as HTTP 409. Messages never contain an
 * API key: the adapters redact it before building them.
 */
public class ProviderException extends ModelException {

    private final String provider;
    private final String errorType;
    private final Duration retryAfter;

    /**
     * @param message what failed; must not contain an API key
     * @param provider the provider name, such as {@code openai}
     * @param statusCode the HTTP status, or {@code 0} when there was none
     * @param retriable whether trying again may help
     * @param errorType the provider's own error type or code (such as {@code rate_limit_exceeded}), or {@code null}
     * @param retryAfter the delay the provider asked for before trying again, or {@code null}
     * @param cause the underlying failure, or {@code null}
     * @throws NullPointerException when provider is null
     */
    public ProviderException(String message, String provider, int statusCode, boolean retriable, String errorType,
                             Duration retryAfter, Throwable cause) {
        super(message, statusCode, retriable, cause);
        this.provider = Objects.requireNonNull(provider, "provider");
        this.errorType = errorType;
        this.retryAfter = retryAfter;
    }

    /** @return the provider that failed, such as {@code openai} */
    public String provider() {
        return provider;
    }

    /** @return the provider's error type or code, such as {@code insufficient_quota}, if it sent one */
    public Optional<String> errorType() {
        return Optional.ofNullable(errorType);
    }

    /**
     * @return the delay the provider asked for ({@code retry-after-ms}, {@code retry-after} or Gemini's
     *     {@code RetryInfo.retryDelay}), if it sent one
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
