package io.interview4j.llm.exception;

import java.time.Duration;

/**
 * The server generated a reply but failed on it: an HTTP 5xx whose body says the server could not parse the model's
 * own output (llama.cpp's {@code Failed to parse input at pos ...}, Ollama's {@code error parsing tool call}). The
 * model tends to write the same output again, so {@link io.interview4j.llm.resilience.RetryingLanguageModel} tries
 * such a call again at most once, however many attempts it allows for other failures. Retriable; a
 * {@link ModelUnavailableException}, so code that handles 5xx in general handles it too.
 */
public class ModelOutputParseException extends ModelUnavailableException {

    /** The {@link #errorType()} the adapters give it when the server named no type of its own. */
    public static final String ERROR_TYPE = "model_output_unparsable";

    /**
     * @param message what failed; must not contain an API key
     * @param provider the provider name, such as {@code openai}
     * @param statusCode the HTTP status
     * @param retriable whether trying again may help
     * @param errorType the provider's own error type or code, or {@code null}
     * @param retryAfter the delay the provider asked for before trying again, or {@code null}
     * @param cause the underlying failure, or {@code null}
     */
    public ModelOutputParseException(String message, String provider, int statusCode, boolean retriable,
                                     String errorType, Duration retryAfter, Throwable cause) {
        super(message, provider, statusCode, retriable, errorType, retryAfter, cause);
    }
}
