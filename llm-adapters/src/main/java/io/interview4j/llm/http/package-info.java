/**
 * What the HTTP adapters share in their public API: the builder bases {@link io.interview4j.llm.http.HttpModelBuilder}
 * (base URL, API key, model, provider name, timeout, headers, HTTP client, clock) and
 * {@link io.interview4j.llm.http.HttpChatModelBuilder} (plus the output cap), so that an option is named, checked
 * and documented once. Every option may be set once: a second setting, or a missing required option, fails
 * {@code build()} with an {@link java.lang.IllegalStateException}; a refused value (blank, not positive, not an
 * absolute http(s) URL) is an {@link io.interview4j.InvalidInputException} at once. Non-null unless documented otherwise.
 */
package io.interview4j.llm.http;
