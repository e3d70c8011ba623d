/**
 * The exceptions the language-model adapters throw, all under {@link io.interview4j.llm.exception.ProviderException},
 * itself a core {@link io.interview4j.llm.ModelException}. Retriable: {@code RateLimitedException},
 * {@code ModelUnavailableException}, {@code ModelTimeoutException}, {@code ModelConnectionException}. Not retriable:
 * {@code ModelAuthenticationException}, {@code QuotaExceededException}, {@code ModelNotFoundException},
 * {@code InvalidModelRequestException}, {@code ModelRefusalException}, {@code MalformedResponseException}.
 *
 * <p>Every HTTP adapter maps a failed call the same way, rules in order: an exhausted quota or credit (OpenAI
 * {@code insufficient_quota} even on 429, HTTP 402, Anthropic {@code billing_error}, a Gemini per-day quota) is a
 * {@code QuotaExceededException}; Anthropic {@code overloaded_error} and 529 a {@code ModelUnavailableException};
 * 429 a {@code RateLimitedException}; 401/403 a {@code ModelAuthenticationException}; 404 a
 * {@code ModelNotFoundException}; 408 a {@code ModelTimeoutException}; 409 a retriable {@code ProviderException};
 * other 5xx a {@code ModelUnavailableException}, or its {@code ModelOutputParseException} when the body says the
 * server could not parse the model's own output (retried at most once by {@code RetryingLanguageModel}); other 4xx an {@code InvalidModelRequestException} (retriable only
 * for Groq's {@code json_validate_failed}). A header {@code x-should-retry: true|false} overrides the retriable flag.
 * A timeout is a {@code ModelTimeoutException}, any other I/O failure a {@code ModelConnectionException}. The HTTP
 * status is kept, a provider's {@code retry-after} (or Gemini's {@code RetryInfo}) is carried as
 * {@link io.interview4j.llm.exception.ProviderException#retryAfter()}, and no message contains the API key.
 *
 * <p>Outside a model call the adapters refuse arguments one way throughout: a null where a value is required is a
 * {@link java.lang.NullPointerException} naming the parameter; any other refused argument or setting (blank, out of
 * range, not an absolute http(s) URL, an unknown provider name, a schema a provider cannot take) is a core
 * {@link io.interview4j.InvalidInputException} naming it; a builder used wrongly (an option set twice, a required
 * option missing at {@code build()}) is an {@link java.lang.IllegalStateException}. Non-null unless documented
 * otherwise.
 */
package io.interview4j.llm.exception;
