/**
 * Decorators that make any {@link io.interview4j.llm.LanguageModel} resilient: {@link
 * io.interview4j.llm.resilience.RetryingLanguageModel} (resilience4j retry with backoff and the provider's
 * retry-after) and {@link io.interview4j.llm.resilience.FallbackLanguageModel} (a chain of providers). Non-null
 * unless documented otherwise.
 */
package io.interview4j.llm.resilience;
