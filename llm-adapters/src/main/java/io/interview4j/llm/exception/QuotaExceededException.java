package io.interview4j.llm.exception;

import java.time.Duration;

/**
 * The account has no quota or credit left: OpenAI {@code insufficient_quota} (even on HTTP 429), HTTP 402,
 * Anthropic {@code billing_error}, or a Gemini per-day quota. Not retriable: trying again fails every time, so a
 * fallback chain moves on to the next provider.
 */
public class QuotaExceededException extends ProviderException {

    /**
     * @param message what failed; must not contain an API key
     * @param provider the provider name, such as {@code openai}
     * @param statusCode the HTTP status, or {@code 0} when there was none
     * @param retriable whether trying again may help
     * @param errorType the provider's own error type or code, or {@code null}
     * @param retryAfter the delay the provider asked for before trying again, or {@code null}
     * @param cause the underlying failure, or {@code null}
     */
    public QuotaExceededException(String message, String provider, int statusCode, boolean retriable, String errorType,
            Duration retryAfter, Throwable cause) {
        super(message, provider, statusCode, retriable, errorType, retryAfter, cause);
    }
}
