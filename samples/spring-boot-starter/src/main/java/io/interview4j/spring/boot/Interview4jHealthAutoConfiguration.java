package io.interview4j.spring.boot;

import io.interview4j.llm.LanguageModel;
import io.interview4j.store.SessionStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Actuator health indicators: {@code interview4jStore} for the session store and, when the engine has a language
 * model, {@code interview4jModel}. Off with {@code management.health.interview4j.enabled=false}.
 */
@AutoConfiguration(after = Interview4jAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnEnabledHealthIndicator("interview4j")
public class Interview4jHealthAutoConfiguration {

    /** Creates the auto-configuration; Spring calls it. */
    public Interview4jHealthAutoConfiguration() {
    }

    /**
     * @param store the session store
     * @return the store's health indicator
     */
    @Bean
    @ConditionalOnBean(SessionStore.class)
    @ConditionalOnMissingBean(name = "interview4jStoreHealthIndicator")
    public SessionStoreHealthIndicator interview4jStoreHealthIndicator(SessionStore store) {
        return new SessionStoreHealthIndicator(store);
    }

    /**
     * @param model the engine's language model
     * @param status what its calls did
     * @return the model's health indicator
     */
    @Bean
    @ConditionalOnBean({LanguageModel.class, ModelStatus.class})
    @ConditionalOnMissingBean(name = "interview4jModelHealthIndicator")
    public ModelHealthIndicator interview4jModelHealthIndicator(LanguageModel model, ModelStatus status) {
        return new ModelHealthIndicator(model, status);
    }
}
