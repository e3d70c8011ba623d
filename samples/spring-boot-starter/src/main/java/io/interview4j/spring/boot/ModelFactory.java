package io.interview4j.spring.boot;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.ModelException;
import io.interview4j.llm.config.LanguageModels;
import io.interview4j.llm.resilience.FallbackLanguageModel;
import io.interview4j.llm.resilience.RetryingLanguageModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Builds the model chain from {@code interview4j.model.*} and the environment variables the README lists (read through
 * Spring's environment, so they may also be given as properties): each provider's adapter observed, then retried,
 * then chained for fallback.
 */
final class ModelFactory {

    /** The variables {@link LanguageModels} reads. */
    static final List<String> VARIABLES = List.of("OPENAI_API_KEY", "OPENAI_BASE_URL", "ANTHROPIC_API_KEY",
            "ANTHROPIC_BASE_URL", "GEMINI_API_KEY", "GOOGLE_API_KEY", "GEMINI_BASE_URL", "GROQ_API_KEY", "GROQ_BASE_URL",
            "OPENROUTER_API_KEY", "OPENROUTER_BASE_URL", "OPENROUTER_HTTP_REFERER", "OLLAMA_BASE_URL",
            LanguageModels.MODEL_VARIABLE);

    private static final Map<String, String> KEY_VARIABLES = Map.of("openai", "OPENAI_API_KEY", "anthropic",
            "ANTHROPIC_API_KEY", "gemini", "GEMINI_API_KEY", "groq", "GROQ_API_KEY", "openrouter", "OPENROUTER_API_KEY");

    /**
     * A built chain.
     *
     * @param model the chain
     * @param providers its providers, first preferred
     */
    record Chain(LanguageModel model, List<String> providers) {
    }

    private ModelFactory() {
    }

    /** @return the environment variables {@link LanguageModels} reads, as {@code lookup} finds them */
    static Map<String, String> environment(UnaryOperator<String> lookup) {
        Map<String, String> env = new HashMap<>();
        for (String name : VARIABLES) {
            String v = lookup.apply(name);
            if (v != null && !v.isBlank()) {
                env.put(name, v);
            }
        }
        return env;
    }

    /**
     * @return the providers the properties and environment name, first preferred; empty for offline
     * @throws InvalidInputException naming the property when the settings contradict each other
     */
    static List<String> providers(Interview4jProperties.Model p, Map<String, String> env) {
        Set<String> names = new LinkedHashSet<>();
        switch (p.getProvider()) {
            case "offline" -> {
                return List.of();
            }
            case "auto" -> {
                if (p.getApiKey() != null) {
                    throw new InvalidInputException("interview4j.model.api-key is set but interview4j.model.provider is"
                            + " auto; name the provider the key is for");
                }
                if (p.getBaseUrl() != null) {
                    throw new InvalidInputException("interview4j.model.base-url is set but interview4j.model.provider"
                            + " is auto; name the provider the URL is for");
                }
                names.addAll(LanguageModels.configuredProviders(env));
            }
            default -> names.add(p.getProvider());
        }
        if (!names.isEmpty()) {
            names.addAll(p.getFallbacks());
        }
        return List.copyOf(names);
    }

    /**
     * @param observers told of every call of every provider
     * @return the chain, or empty when no provider is configured (the engine then runs offline)
     * @throws InvalidInputException naming the property when a provider cannot be built
     */
    static Optional<Chain> build(Interview4jProperties.Model p, Map<String, String> environment,
                                 List<? extends ModelCallObserver> observers) {
        List<String> providers = providers(p, environment);
        if (providers.isEmpty()) {
            return Optional.empty();
        }
        List<LanguageModel> members = new ArrayList<>();
        for (int i = 0; i < providers.size(); i++) {
            String name = providers.get(i);
            boolean first = i == 0;
            Map<String, String> env = new HashMap<>(environment);
            if (first && p.getApiKey() != null) {
                String variable = KEY_VARIABLES.get(name);
                if (variable == null) {
                    throw new InvalidInputException("interview4j.model.api-key is set but provider " + name
                            + " takes no key");
                }
                env.put(variable, p.getApiKey());
            }
            String property = first ? "interview4j.model.provider" : "interview4j.model.fallbacks";
            LanguageModel adapter;
            try {
                adapter = LanguageModels.adapter(name, env, first ? p.getName() : LanguageModels.defaultModel(name),
                        first ? p.getBaseUrl() : null);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(property + " (" + name + "): " + e.getMessage()
                        + (first && KEY_VARIABLES.containsKey(name) ? "; or set interview4j.model.api-key" : ""), e);
            }
            LanguageModel member = RetryingLanguageModel.builder(new ObservedLanguageModel(adapter, name, observers))
                    .maxAttempts(p.getMaxAttempts()).build();
            members.add(i + 1 < providers.size() ? new TellsFallback(member, name, observers) : member);
        }
        LanguageModel chain = members.size() == 1 ? members.get(0) : FallbackLanguageModel.of(members);
        return Optional.of(new Chain(chain, providers));
    }

    /** A chain member that tells the observers when it fails, so the chain moves on to the next provider. */
    private record TellsFallback(LanguageModel delegate, String name, List<? extends ModelCallObserver> observers)
            implements LanguageModel {

        @Override
        public ChatResponse chat(ChatRequest request) {
            try {
                return delegate.chat(request);
            } catch (ModelException e) {
                observers.forEach(o -> o.fellBack(name));
                throw e;
            }
        }

        @Override
        public String provider() {
            return name;
        }
    }
}
