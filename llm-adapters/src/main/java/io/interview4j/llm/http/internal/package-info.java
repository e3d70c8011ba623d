/**
 * Shared internals of the HTTP adapters: the transport and the chat exchange on top of it
 * ({@link io.interview4j.llm.http.internal.ChatEndpoint}), the one error mapping
 * ({@link io.interview4j.llm.http.internal.HttpErrorMapper}), retry-after parsing, secret redaction, answer parsing,
 * the system/turn split, JSON-schema transforms, and the frozen builder settings. Not an API: may change in any
 * release. Non-null unless documented otherwise.
 */
package io.interview4j.llm.http.internal;
