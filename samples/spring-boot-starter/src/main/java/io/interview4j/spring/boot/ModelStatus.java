package io.interview4j.spring.boot;

import io.interview4j.llm.ChatResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the auto-configured model's latest call did, per provider, for the model health indicator: the health check
 * itself never calls the model (that would spend tokens), it reports what real calls saw.
 */
public final class ModelStatus implements ModelCallObserver {

    /**
     * A provider's latest call.
     *
     * @param at when it ended
     * @param succeeded whether it answered
     * @param failure the failure's class and message when it failed, else {@code null}
     */
    public record LastCall(Instant at, boolean succeeded, String failure) {
    }

    private final Map<String, LastCall> last = new ConcurrentHashMap<>();

    /** Creates a status with no calls seen. */
    public ModelStatus() {
    }

    /** @return the latest call per provider; providers not called yet are absent */
    public Map<String, LastCall> lastCalls() {
        return Map.copyOf(last);
    }

    @Override
    public void succeeded(String provider, ChatResponse response, Duration latency) {
        last.put(provider, new LastCall(Instant.now(), true, null));
    }

    @Override
    public void failed(String provider, RuntimeException failure, Duration latency) {
        last.put(provider, new LastCall(Instant.now(), false,
                failure.getClass().getSimpleName() + ": " + failure.getMessage()));
    }
}
