package io.interview4j.llm;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Estimates what model calls cost, for a money budget per session. {@code interview4j-llm-adapters}'
 * {@code io.interview4j.llm.cost.PriceTable} is one. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CostEstimator {

    /**
     * @param modelId the model id a response reported
     * @param usage the tokens of one call or a sum of calls
     * @return the estimated cost, in whatever currency the estimator prices in; empty when the model has no price
     */
    Optional<BigDecimal> estimateCost(String modelId, TokenUsage usage);
}
