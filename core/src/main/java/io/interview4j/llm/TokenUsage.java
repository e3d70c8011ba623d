package io.interview4j.llm;

import io.interview4j.InvalidInputException;

/**
 * Tokens a model call consumed, as the provider reported them.
 *
 * @param inputTokens prompt tokens, including cached ones
 * @param outputTokens completion tokens
 * @param cachedTokens prompt tokens served from the provider's cache (0 when not reported)
 */
public record TokenUsage(long inputTokens, long outputTokens, long cachedTokens) {

    /** No tokens: offline work. */
    public static final TokenUsage NONE = new TokenUsage(0, 0, 0);

    /** @throws InvalidInputException when a count is negative */
    public TokenUsage {
        if (inputTokens < 0 || outputTokens < 0 || cachedTokens < 0) {
            throw new InvalidInputException("token counts must not be negative");
        }
    }

    /**
     * @param other usage to add
     * @return the sum
     */
    public TokenUsage plus(TokenUsage other) {
        return new TokenUsage(inputTokens + other.inputTokens, outputTokens + other.outputTokens,
                cachedTokens + other.cachedTokens);
    }

    /** @return input plus output tokens */
    public long total() {
        return inputTokens + outputTokens;
    }
}
