/**
 * The exceptions the language-model adapters throw, all under {@link io.interview4j.llm.exception.ProviderException},
 * itself a core {@link io.interview4j.llm.ModelException}. Retriable: {@code RateLimitedException},
 * {@code ModelUnavailableException}, {@code ModelTimeoutException}, {@code ModelConnectionException}. Not retriable:
 * {@code ModelAuthenticationException}, {@code QuotaExceededException}, {@code ModelNotFoundException},
 * {@code InvalidModelRequestException}, {@code ModelRefusalException}, {@code MalformedResponseException}.
 * Non-null unless documented otherwise.
 */
package io.interview4j.llm.exception;
