/**
 * Shared internals of the HTTP adapters: the transport and the chat exchange on top of it ({@link
 * io.interview4j.llm.http.ChatEndpoint}), the one error mapping ({@link io.interview4j.llm.http.HttpErrorMapper}),
 * retry-after parsing, secret redaction, answer parsing, the system/turn split and JSON-schema transforms.
 * Public only because the provider packages use them; not a stable API. Non-null unless documented otherwise.
 */
package io.interview4j.llm.http;
