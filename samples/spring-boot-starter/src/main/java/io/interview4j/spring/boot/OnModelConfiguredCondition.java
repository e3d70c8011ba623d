package io.interview4j.spring.boot;

import io.interview4j.llm.config.LanguageModels;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code interview4j.model.provider} names a provider, or is {@code auto} (the default) and an
 * environment variable configures one (or a key or base URL is set, which the model bean then refuses with a message
 * naming it); not when it is {@code offline}.
 */
class OnModelConfiguredCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var env = context.getEnvironment();
        String provider = env.getProperty("interview4j.model.provider", "auto").strip().toLowerCase(Locale.ROOT);
        if (provider.equals("offline")) {
            return ConditionOutcome.noMatch("interview4j.model.provider is offline");
        }
        if (!provider.equals("auto")) {
            return ConditionOutcome.match("interview4j.model.provider is " + provider);
        }
        if (env.containsProperty("interview4j.model.api-key") || env.containsProperty("interview4j.model.base-url")) {
            return ConditionOutcome.match("interview4j.model.api-key or base-url is set");
        }
        var configured = LanguageModels.configuredProviders(ModelFactory.environment(env::getProperty));
        return configured.isEmpty()
                ? ConditionOutcome.noMatch("no provider's environment variable is set")
                : ConditionOutcome.match("environment variables configure " + configured);
    }
}
