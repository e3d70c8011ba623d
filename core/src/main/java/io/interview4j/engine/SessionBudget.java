package io.interview4j.engine;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.CostEstimator;
import io.interview4j.scoring.Evaluation;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cap on what one session may spend on the model judge, in tokens or in money. Once the usage recorded in a
 * session's evaluations reaches the cap, the engine scores the rest of that session offline and flags each
 * such answer {@link io.interview4j.scoring.AnswerFlag#BUDGET_EXHAUSTED}; the report says so in
 * {@code usage.budgetExhausted}. The call that crosses the cap is not cut short, so a session may overshoot by
 * at most one answer's calls. Immutable and thread-safe.
 */
public final class SessionBudget {

    private static final Logger LOG = LoggerFactory.getLogger(SessionBudget.class);

    private final long maxTokens;
    private final BigDecimal maxCost;
    private final CostEstimator estimator;
    private final Set<String> unpriced = ConcurrentHashMap.newKeySet();

    private SessionBudget(long maxTokens, BigDecimal maxCost, CostEstimator estimator) {
        this.maxTokens = maxTokens;
        this.maxCost = maxCost;
        this.estimator = estimator;
    }

    /**
     * @param maxTokens input plus output tokens a session may spend (cached input tokens count as input)
     * @return a token budget
     * @throws InvalidInputException when {@code maxTokens} is not positive
     */
    public static SessionBudget tokens(long maxTokens) {
        if (maxTokens <= 0) {
            throw new InvalidInputException("a token budget must be positive, was " + maxTokens);
        }
        return new SessionBudget(maxTokens, null, null);
    }

    /**
     * @param maxCost what a session may spend, in the estimator's currency
     * @param estimator prices each evaluation's usage by the model that served it; calls to a model it has no
     *     price for count as free (a warning is logged once per model id)
     * @return a money budget
     * @throws InvalidInputException when {@code maxCost} is not positive
     * @throws NullPointerException when an argument is null
     */
    public static SessionBudget cost(BigDecimal maxCost, CostEstimator estimator) {
        Objects.requireNonNull(maxCost, "maxCost");
        Objects.requireNonNull(estimator, "estimator");
        if (maxCost.signum() <= 0) {
            throw new InvalidInputException("a cost budget must be positive, was " + maxCost);
        }
        return new SessionBudget(0, maxCost, estimator);
    }

    /** The money budget's estimator; null for a token budget. */
    CostEstimator estimator() {
        return estimator;
    }

    /** Whether the evaluations so far have spent the budget. */
    boolean reached(Collection<Evaluation> done) {
        if (estimator == null) {
            return done.stream().mapToLong(e -> e.usage().total()).sum() >= maxTokens;
        }
        BigDecimal spent = BigDecimal.ZERO;
        for (Evaluation e : done) {
            if (e.usage().total() == 0) {
                continue;
            }
            Optional<BigDecimal> cost = estimator.estimateCost(e.modelId(), e.usage());
            if (cost.isPresent()) {
                spent = spent.add(cost.get());
            } else if (unpriced.add(String.valueOf(e.modelId()))) {
                LOG.warn("no price for model {}: its calls do not count against the session budget", e.modelId());
            }
        }
        return spent.compareTo(maxCost) >= 0;
    }

    /** @return the kind and size of the budget */
    @Override
    public String toString() {
        return estimator == null ? "SessionBudget[" + maxTokens + " tokens]" : "SessionBudget[" + maxCost.toPlainString() + "]";
    }
}
