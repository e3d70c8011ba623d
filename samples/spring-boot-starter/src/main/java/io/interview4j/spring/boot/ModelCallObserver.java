package io.interview4j.spring.boot;

import io.interview4j.llm.ChatResponse;
import java.time.Duration;

/**
 * Told of every call the auto-configured language model makes, each retry attempt on its own, and of every move to a
 * fallback provider. The starter's Micrometer metrics and the model health indicator are observers; an application
 * adds its own by declaring a bean of this type. Called on the calling thread; an observer that throws is logged and
 * does not fail the call.
 */
public interface ModelCallObserver {

    /**
     * A call answered.
     *
     * @param provider the provider that answered, such as {@code openai}
     * @param response the answer, with its token usage and model id
     * @param latency how long the call took
     */
    default void succeeded(String provider, ChatResponse response, Duration latency) {
    }

    /**
     * A call failed.
     *
     * @param provider the provider called
     * @param failure the failure, usually a {@link io.interview4j.llm.ModelException}
     * @param latency how long the call took until it failed
     */
    default void failed(String provider, RuntimeException failure, Duration latency) {
    }

    /**
     * A provider of a fallback chain failed (after its retries) and the call moves on to the next one.
     *
     * @param provider the provider that failed
     */
    default void fellBack(String provider) {
    }
}
