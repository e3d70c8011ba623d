package io.interview4j.llm.cost;

import io.interview4j.InvalidInputException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a model costs, in US dollars per million tokens.
 *
 * @param inputPerMillion uncached input tokens
 * @param outputPerMillion output tokens (thinking included)
 * @param cachedInputPerMillion input tokens served from the provider's cache
 */
public record ModelPrice(BigDecimal inputPerMillion, BigDecimal outputPerMillion, BigDecimal cachedInputPerMillion) {

    /** @throws InvalidInputException when a price is negative */
    public ModelPrice {
        Objects.requireNonNull(inputPerMillion, "inputPerMillion");
        Objects.requireNonNull(outputPerMillion, "outputPerMillion");
        Objects.requireNonNull(cachedInputPerMillion, "cachedInputPerMillion");
        if (inputPerMillion.signum() < 0 || outputPerMillion.signum() < 0 || cachedInputPerMillion.signum() < 0) {
            throw new InvalidInputException("prices must not be negative");
        }
    }

    /**
     * @param input dollars per million input tokens
     * @param output dollars per million output tokens
     * @return a price where cached input costs as much as input
     */
    public static ModelPrice of(String input, String output) {
        return new ModelPrice(new BigDecimal(input), new BigDecimal(output), new BigDecimal(input));
    }

    /**
     * @param input dollars per million input tokens
     * @param output dollars per million output tokens
     * @param cachedInput dollars per million cached input tokens
     * @return the price
     */
    public static ModelPrice of(String input, String output, String cachedInput) {
        return new ModelPrice(new BigDecimal(input), new BigDecimal(output), new BigDecimal(cachedInput));
    }
}
