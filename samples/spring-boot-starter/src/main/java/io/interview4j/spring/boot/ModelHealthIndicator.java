package io.interview4j.spring.boot;

import io.interview4j.llm.LanguageModel;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * How the language model fares, from the calls interviews made (it never calls the model itself, which would spend
 * tokens): unknown until the first call, up when the preferred provider's latest call answered, or when a fallback
 * provider's did; down when every provider's latest call failed. Interviews go on offline while the model is down, so
 * the details say so.
 */
public final class ModelHealthIndicator implements HealthIndicator {

    private final LanguageModel model;
    private final ModelStatus status;

    /**
     * @param model the engine's model
     * @param status what its calls did
     */
    public ModelHealthIndicator(LanguageModel model, ModelStatus status) {
        this.model = Objects.requireNonNull(model, "model");
        this.status = Objects.requireNonNull(status, "status");
    }

    @Override
    public Health health() {
        List<String> providers = model instanceof ConfiguredLanguageModel c ? c.providers() : List.of(model.provider());
        Map<String, ModelStatus.LastCall> calls = status.lastCalls();
        Health.Builder builder;
        if (calls.isEmpty()) {
            builder = Health.unknown().withDetail("reason", "no model call yet");
        } else if (calls.values().stream().anyMatch(ModelStatus.LastCall::succeeded)) {
            builder = Health.up();
        } else {
            builder = Health.down().withDetail("reason", "every provider's latest call failed; answers are scored offline");
        }
        return builder.withDetail("providers", providers).withDetail("lastCalls", calls).build();
    }
}
