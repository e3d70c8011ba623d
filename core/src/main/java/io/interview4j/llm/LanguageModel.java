package io.interview4j.llm;

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

    /** @return a short provider name for reports and logs, such as {@code openai}; never an API key */
    default String provider() {
        return getClass().getSimpleName();
    }
}
