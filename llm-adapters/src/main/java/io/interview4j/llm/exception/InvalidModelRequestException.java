package io.interview4j.llm.exception;

import java.time.Duration;

/**
 * The provider rejected the request (HTTP 400, 413, 422 and other 4xx not covered by a subclass). Not retriable,
 * except Groq's {@code json_validate_failed}, where sampling again usually succeeds.
 */
public class InvalidModelRequestException extends ProviderException {

    /**
     * @param message what failed; must not contain an API key
     * @param provider the provider name, such as {@code openai}
     * @param statusCode the HTTP status, or {@code 0} when there was none
     * @param retriable whether trying again may help
     * @param errorType the provider's own error type or code, or {@code null}
     * @param retryAfter the delay the provider asked for before trying again, or {@code null}
     * @param cause the underlying failure, or {@code null}
     */
    public InvalidModelRequestException(String message, String provider, int statusCode, boolean retriable, String errorType,
            Duration retryAfter, Throwable cause) {
        super(message, provider, statusCode, retriable, errorType, retryAfter, cause);
    }
}
