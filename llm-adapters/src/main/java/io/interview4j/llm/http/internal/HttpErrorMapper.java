package io.interview4j.llm.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.llm.exception.InvalidModelRequestException;
import io.interview4j.llm.exception.ModelAuthenticationException;
import io.interview4j.llm.exception.ModelConnectionException;
import io.interview4j.llm.exception.ModelNotFoundException;
import io.interview4j.llm.exception.ModelOutputParseException;
import io.interview4j.llm.exception.ModelTimeoutException;
import io.interview4j.llm.exception.ModelUnavailableException;
import io.interview4j.llm.exception.ProviderException;
import io.interview4j.llm.exception.QuotaExceededException;
import io.interview4j.llm.exception.RateLimitedException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one mapping from a failed provider call to the exception hierarchy of {@code io.interview4j.llm.exception}.
 *
 * <p>Rules, in order: an exhausted quota or credit (OpenAI {@code insufficient_quota} even on 429, HTTP 402,
 * Anthropic {@code billing_error}, a Gemini per-day quota) is a non-retriable {@link QuotaExceededException};
 * Anthropic {@code overloaded_error} (whatever the status) and 529 are a retriable
 * {@link ModelUnavailableException}; 429 is a retriable {@link RateLimitedException}; 401/403 and Gemini
 * {@code API_KEY_INVALID} a {@link ModelAuthenticationException}; 404 a {@link ModelNotFoundException}; 408 a
 * retriable {@link ModelTimeoutException}; 409 a retriable {@link ProviderException}; 5xx a retriable
 * {@link ModelUnavailableException}, or its {@link ModelOutputParseException} when the body says the server could
 * not parse the model's own output ({@link #unparsableOutput}); other 4xx a non-retriable {@link InvalidModelRequestException}, except Groq's
 * {@code json_validate_failed}, which is retriable. A header {@code x-should-retry: true|false} overrides the
 * retriable flag last, as the providers' own SDKs do.
 *
 * <p>Error bodies are read in every shape the supported servers send: {@code {"error":{"message","type","code"}}}
 * with a string or numeric code (OpenAI, Groq, OpenRouter, vLLM, llama.cpp), Anthropic's
 * {@code {"type":"error","error":{"type","message"}}}, Google's {@code {"error":{"code","message","status","details"}}},
 * Ollama's {@code {"error":"..."}}, old vLLM's flat {@code {"object":"error","message",...}}; and HTML, text or
 * empty bodies from proxies. The status is always kept; every message is passed through
 * {@link Secrets#redact(String, Collection)} and cut to a few hundred characters.
 */
public final class HttpErrorMapper {

    private static final int MAX_MESSAGE = 300;

    private HttpErrorMapper() {
    }

    /**
     * Maps with no known secret and the system clock.
     *
     * @param provider the provider name, such as {@code openai}
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the response body, possibly empty or HTML
     * @return the exception to throw
     */
    public static ProviderException map(String provider, int status, Map<String, List<String>> headers, String body) {
        return map(provider, status, headers, body, List.of(), Clock.systemUTC());
    }

    /**
     * @param provider the provider name, such as {@code openai}
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the response body, possibly null, empty or HTML
     * @param secrets secrets that must not appear in the message (the caller's API key)
     * @param clock the clock an HTTP-date {@code retry-after} is measured against
     * @return the exception to throw
     */
    public static ProviderException map(String provider, int status, Map<String, List<String>> headers, String body,
                                        Collection<String> secrets, Clock clock) {
        Objects.requireNonNull(provider, "provider");
        ErrorBody error = ErrorBody.parse(body);
        Duration retryAfter = RetryAfter.from(headers, error.json(), clock).orElse(null);
        String type = lower(error.type());
        String code = lower(error.code());
        String errorType = code != null && !isNumber(code) ? code : type;
        String message = message(provider, status, error, errorType, secrets);

        Kind kind;
        boolean retriable;
        if ("insufficient_quota".equals(code) || "insufficient_quota".equals(type) || status == 402
                || "billing_error".equals(type) || error.perDayQuota()) {
            kind = Kind.QUOTA;
            retriable = false;
        } else if ("overloaded_error".equals(type) || status == 529) {
            kind = Kind.UNAVAILABLE;
            retriable = true;
        } else if (status == 429) {
            kind = Kind.RATE_LIMITED;
            retriable = true;
        } else if (status == 401 || status == 403 || "api_key_invalid".equals(lower(error.reason()))
                || "authentication_error".equals(type)) {
            kind = Kind.AUTHENTICATION;
            retriable = false;
        } else if (status == 404) {
            kind = Kind.NOT_FOUND;
            retriable = false;
        } else if (status == 408 || "timeout_error".equals(type)) {
            kind = Kind.TIMEOUT;
            retriable = true;
        } else if (status == 409) {
            kind = Kind.OTHER;
            retriable = true;
        } else if (status >= 500 && unparsableOutput(error)) {
            kind = Kind.OUTPUT_PARSE;
            retriable = true;
            if (errorType == null || errorType.equals("server_error") || errorType.equals("internal")) {
                errorType = ModelOutputParseException.ERROR_TYPE;
            }
        } else if (status >= 500) {
            kind = Kind.UNAVAILABLE;
            retriable = true;
        } else if (status >= 400) {
            kind = Kind.INVALID;
            retriable = "json_validate_failed".equals(code);
        } else {
            kind = Kind.OTHER;
            retriable = false;
        }
        Optional<String> shouldRetry = Headers.first(headers, "x-should-retry").map(v -> lower(v.strip()));
        if (shouldRetry.isPresent() && (shouldRetry.get().equals("true") || shouldRetry.get().equals("false"))) {
            retriable = shouldRetry.get().equals("true");
        }
        return kind.create(message, provider, status, retriable, errorType, retryAfter);
    }

    /**
     * Maps an I/O failure: {@link HttpTimeoutException} (including connect timeouts) to a retriable
     * {@link ModelTimeoutException}, anything else to a retriable {@link ModelConnectionException}.
     *
     * @param provider the provider name
     * @param failure the I/O failure
     * @param timeout the timeout that applied, for the message
     * @return the exception to throw
     */
    public static ProviderException fromIoException(String provider, IOException failure, Duration timeout) {
        return fromIoException(provider, failure, timeout, List.of());
    }

    /**
     * Maps an I/O failure as {@link #fromIoException(String, IOException, Duration)} does, redacting the secrets from
     * the message and from the failure kept as the cause ({@link Secrets#scrub}).
     *
     * @param provider the provider name
     * @param failure the I/O failure
     * @param timeout the timeout that applied, for the message
     * @param secrets secrets that must not appear in the message or the cause (the caller's API key)
     * @return the exception to throw
     */
    public static ProviderException fromIoException(String provider, IOException failure, Duration timeout,
                                                    Collection<String> secrets) {
        Throwable cause = Secrets.scrub(failure, secrets);
        if (failure instanceof HttpTimeoutException) {
            return new ModelTimeoutException(provider + " did not answer within " + timeout.toMillis() + " ms",
                    provider, 0, true, null, null, cause);
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + Secrets.redact(failure.getMessage(), secrets);
        return new ModelConnectionException("cannot reach " + provider + " (" + detail + ")", provider, 0, true,
                null, null, cause);
    }

    private static String message(String provider, int status, ErrorBody error, String errorType,
                                  Collection<String> secrets) {
        // only the provider's text is redacted: a test key holding the provider's name leaves the name readable
        StringBuilder text = new StringBuilder(provider).append(" returned HTTP ").append(status);
        if (errorType != null) {
            text.append(" (").append(Secrets.redact(errorType, secrets)).append(')');
        }
        text.append(": ").append(Secrets.redact(error.message() != null ? error.message() : error.fallbackDescription(),
                secrets));
        String redacted = text.toString();
        return redacted.length() <= MAX_MESSAGE ? redacted : redacted.substring(0, MAX_MESSAGE) + "...";
    }

    /**
     * Whether a 5xx body says the server could not parse the model's own output: llama.cpp's chat-format parser
     * ({@code Failed to parse input at pos N: ...}), Ollama's tool-call parser ({@code error parsing tool call}),
     * and the wordings compatible servers use for the same failure ({@code failed to parse model output},
     * {@code could not parse the generated output}).
     */
    static boolean unparsableOutput(ErrorBody error) {
        String text = error.message() != null ? error.message() : error.fallbackDescription();
        return text != null && UNPARSABLE_OUTPUT.matcher(text).find();
    }

    private static final Pattern UNPARSABLE_OUTPUT = Pattern.compile(
            "failed to parse input at pos"
                    + "|error parsing (?:the )?(?:tool call|model output|output|response from the model)"
                    + "|(?:failed to|could not|couldn't|unable to|cannot) parse (?:the )?(?:model'?s? |generated |llm )"
                    + "?(?:output|generation|completion|tool call|response from the model)",
            Pattern.CASE_INSENSITIVE);

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static boolean isNumber(String value) {
        return !value.isEmpty() && value.chars().allMatch(Character::isDigit);
    }

    /** What could be read from an error body; every field may be null. */
    record ErrorBody(JsonNode json, String message, String type, String code, String reason, boolean perDayQuota,
                     String fallbackDescription) {

        static ErrorBody parse(String body) {
            Optional<JsonNode> parsed = Json.tryParse(body);
            if (parsed.isEmpty() || !parsed.get().isObject()) {
                return new ErrorBody(null, null, null, null, null, false, describeRaw(body));
            }
            JsonNode root = parsed.get();
            JsonNode error = root.get("error");
            if (error != null && error.isTextual()) {
                return new ErrorBody(root, blankToNull(error.asText()), null, null, null, false, "no message");
            }
            JsonNode holder = error != null && error.isObject() ? error : root;
            String message = Json.text(holder, "message");
            String type = Json.text(holder, "type");
            if (type == null) {
                type = Json.text(holder, "status");
            }
            String code = Json.text(holder, "code");
            String reason = null;
            boolean perDay = false;
            JsonNode details = holder.path("details");
            if (details.isArray()) {
                for (JsonNode detail : details) {
                    if (reason == null && detail.hasNonNull("reason")) {
                        reason = detail.get("reason").asText();
                    }
                    for (JsonNode violation : detail.path("violations")) {
                        if (violation.path("quotaId").asText().contains("PerDay")) {
                            perDay = true;
                        }
                    }
                }
            }
            return new ErrorBody(root, message, type, code, reason, perDay, "no message");
        }

        private static String describeRaw(String body) {
            if (body == null || body.isBlank()) {
                return "empty body";
            }
            String text = body.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
                    .replaceAll("<[^>]*>", " ")
                    .replaceAll("\\s+", " ")
                    .strip();
            if (text.length() > 200) {
                text = text.substring(0, 200) + "...";
            }
            return "non-JSON body: " + (text.isEmpty() ? "(markup only)" : text);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }

    /** The exception classes, in the order the rules pick them. */
    private enum Kind {
        QUOTA, UNAVAILABLE, OUTPUT_PARSE, RATE_LIMITED, AUTHENTICATION, NOT_FOUND, TIMEOUT, INVALID, OTHER;

        ProviderException create(String message, String provider, int status, boolean retriable, String type,
                                 Duration after) {
            return switch (this) {
                case QUOTA -> new QuotaExceededException(message, provider, status, retriable, type, after, null);
                case UNAVAILABLE -> new ModelUnavailableException(message, provider, status, retriable, type, after, null);
                case OUTPUT_PARSE -> new ModelOutputParseException(message, provider, status, retriable, type, after, null);
                case RATE_LIMITED -> new RateLimitedException(message, provider, status, retriable, type, after, null);
                case AUTHENTICATION -> new ModelAuthenticationException(message, provider, status, retriable, type, after, null);
                case NOT_FOUND -> new ModelNotFoundException(message, provider, status, retriable, type, after, null);
                case TIMEOUT -> new ModelTimeoutException(message, provider, status, retriable, type, after, null);
                case INVALID -> new InvalidModelRequestException(message, provider, status, retriable, type, after, null);
                case OTHER -> new ProviderException(message, provider, status, retriable, type, after, null);
            };
        }
    }
}
