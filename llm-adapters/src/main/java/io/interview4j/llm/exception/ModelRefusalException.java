package io.interview4j.llm.exception;

import java.time.Duration;

/**
 * The provider answered but refused to produce output: an OpenAI {@code refusal}, an Anthropic
 * {@code stop_reason: refusal}, a Gemini prompt blocked by safety or a candidate with no content. Not retriable
 * (the same request is refused again), but a fallback chain may try another provider.
 */
public class ModelRefusalException extends ProviderException {

    /**
     * @param message what failed; must not contain an API key
     * @param provider the provider name, such as {@code openai}
     * @param statusCode the HTTP status, or {@code 0} when there was none
     * @param retriable whether trying again may help
     * @param errorType the provider's own error type or code, or {@code null}
     * @param retryAfter the delay the provider asked for before trying again, or {@code null}
     * @param cause the underlying failure, or {@code null}
     */
    public ModelRefusalException(String message, String provider, int statusCode, boolean retriable, String errorType,
            Duration retryAfter, Throwable cause) {
        super(message, provider, statusCode, retriable, errorType, retryAfter, cause);
    }
}
