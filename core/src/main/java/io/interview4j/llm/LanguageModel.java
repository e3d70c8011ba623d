package io.interview4j.llm;

import java.util.concurrent.CompletableFuture;

/**
 * The language-model port: one chat call, messages in, text out. Implementations must be thread-safe.
 *
 * <p>Adapters live in {@code interview4j-llm-adapters}; {@link io.interview4j.testkit.ScriptedLanguageModel}
 * serves tests. With no model the engine runs offline.
 */
public interface LanguageModel {

    /**
     * Sends one chat call.
     *
     * @param request the call
     * @return the reply
     * @throws ModelException when the call fails; {@link ModelException#retriable()} says whether trying
     *     again may help
     */
    ChatResponse chat(ChatRequest request);

    /**
     * Sends one chat call without blocking the caller, where the implementation can: the HTTP adapters send it with
     * {@code HttpClient.sendAsync} and complete the future on the client's executor, and their retrying wrapper
     * waits between attempts on a scheduler rather than on a thread.
     *
     * <p>The default runs {@link #chat} on the calling thread and returns a future already completed with its reply
     * or its exception: it starts no thread, so a model that only implements {@link #chat} still works on the
     * asynchronous path but blocks the thread that calls this for as long as the call takes.
     *
     * @param request the call
     * @return the reply; completed exceptionally with a {@link ModelException} (retriable or not, as for
     *     {@link #chat}) when the call fails. Never null.
     */
    default CompletableFuture<ChatResponse> chatAsync(ChatRequest request) {
        try {
            return CompletableFuture.completedFuture(chat(request));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** @return a short provider name for reports and logs, such as {@code openai}; never an API key */
    default String provider() {
        return getClass().getSimpleName();
    }
}
