/**
 * Shared internals of the HTTP adapters: the transport, the one error mapping ({@link
 * io.interview4j.llm.http.HttpErrorMapper}), retry-after parsing, secret redaction and JSON-schema transforms.
 * Public only because the provider packages use them; not a stable API. Non-null unless documented otherwise.
 */
package io.interview4j.llm.http;
