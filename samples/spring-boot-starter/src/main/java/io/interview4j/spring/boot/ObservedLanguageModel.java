package io.interview4j.spring.boot;

import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link LanguageModel} that tells {@link ModelCallObserver}s of each call it passes to its delegate: the provider,
 * the latency, and the token usage or the failure. It changes nothing about the call. Thread-safe when the delegate
 * is.
 */
public final class ObservedLanguageModel implements LanguageModel {

    private static final Logger LOG = LoggerFactory.getLogger(ObservedLanguageModel.class);

    private final LanguageModel delegate;
    private final String provider;
    private final List<ModelCallObserver> observers;

    /**
     * @param delegate the model called
     * @param provider the provider name the observers see, such as {@code openai}
     * @param observers told of each call, in order
     * @throws NullPointerException when an argument is null
     */
    public ObservedLanguageModel(LanguageModel delegate, String provider, List<? extends ModelCallObserver> observers) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.observers = List.copyOf(observers);
    }

    /**
     * @param request the call
     * @return the delegate's answer
     * @throws io.interview4j.llm.ModelException the delegate's failure, unchanged
     */
    @Override
    public ChatResponse chat(ChatRequest request) {
        long start = System.nanoTime();
        ChatResponse response;
        try {
            response = delegate.chat(request);
        } catch (RuntimeException e) {
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            for (ModelCallObserver o : observers) {
                try {
                    o.failed(provider, e, latency);
                } catch (RuntimeException bug) {
                    LOG.warn("model call observer {} failed", o.getClass().getName(), bug);
                }
            }
            throw e;
        }
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        for (ModelCallObserver o : observers) {
            try {
                o.succeeded(provider, response, latency);
            } catch (RuntimeException bug) {
                LOG.warn("model call observer {} failed", o.getClass().getName(), bug);
            }
        }
        return response;
    }

    /** @return the provider name given */
    @Override
    public String provider() {
        return provider;
    }

    /** @return the model called */
    public LanguageModel delegate() {
        return delegate;
    }

    @Override
    public String toString() {
        return "ObservedLanguageModel[" + delegate + "]";
    }
}
