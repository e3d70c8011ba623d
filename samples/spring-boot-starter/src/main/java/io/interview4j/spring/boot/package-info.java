/**
 * Spring Boot auto-configuration for interview4j: an {@link io.interview4j.engine.InterviewEngine} from
 * {@code interview4j.*} properties ({@link io.interview4j.spring.boot.Interview4jProperties}), Micrometer metrics
 * ({@link io.interview4j.spring.boot.Interview4jMetrics}), Actuator health indicators, and the engine's notices as
 * application events ({@link io.interview4j.spring.boot.InterviewEventPublisher}). Non-null unless documented
 * otherwise.
 */
package io.interview4j.spring.boot;
