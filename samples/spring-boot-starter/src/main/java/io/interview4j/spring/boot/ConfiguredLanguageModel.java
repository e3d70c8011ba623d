package io.interview4j.spring.boot;

import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import java.util.List;
import java.util.Objects;

/**
 * The language model the starter builds from {@code interview4j.model.*} and the environment: each provider's
 * adapter, observed ({@link ObservedLanguageModel}), retried, and chained for fallback in the order of
 * {@link #providers()}. Declare a {@link LanguageModel} bean of your own to replace it; the engine then observes that
 * one as a whole.
 */
public final class ConfiguredLanguageModel implements LanguageModel {

    private final LanguageModel chain;
    private final List<String> providers;

    /**
     * @param chain the chain to call
     * @param providers its providers, first preferred
     * @throws NullPointerException when an argument is null
     */
    public ConfiguredLanguageModel(LanguageModel chain, List<String> providers) {
        this.chain = Objects.requireNonNull(chain, "chain");
        this.providers = List.copyOf(providers);
    }

    /**
     * @param request the call
     * @return the first provider's answer that succeeds
     * @throws io.interview4j.llm.ModelException when every provider fails
     */
    @Override
    public ChatResponse chat(ChatRequest request) {
        return chain.chat(request);
    }

    /** @return the first provider's name */
    @Override
    public String provider() {
        return providers.get(0);
    }

    /** @return the providers of the chain, first preferred */
    public List<String> providers() {
        return providers;
    }

    @Override
    public String toString() {
        return "ConfiguredLanguageModel" + providers;
    }
}
