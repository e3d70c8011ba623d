package io.interview4j.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link Interview4jMetrics} when Micrometer is on the class path and the application has a
 * {@link MeterRegistry} (Spring Boot's actuator gives it one). Off with {@code interview4j.metrics.enabled=false}.
 */
@AutoConfiguration(before = Interview4jAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(prefix = "interview4j.metrics", name = "enabled", matchIfMissing = true)
public class Interview4jMetricsAutoConfiguration {

    /** Creates the auto-configuration; Spring calls it. */
    public Interview4jMetricsAutoConfiguration() {
    }

    /**
     * @param registry the application's registry
     * @return the meters, told by the engine and the model
     */
    @Bean
    @ConditionalOnMissingBean
    public Interview4jMetrics interview4jMetrics(MeterRegistry registry) {
        return new Interview4jMetrics(registry);
    }
}
