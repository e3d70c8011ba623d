package io.interview4j.llm.testing;

import io.interview4j.llm.ModelException;
import io.interview4j.llm.exception.MalformedResponseException;
import io.interview4j.llm.exception.ModelAuthenticationException;
import io.interview4j.llm.exception.ModelConnectionException;
import io.interview4j.llm.exception.ModelNotFoundException;
import io.interview4j.llm.exception.ModelTimeoutException;
import io.interview4j.llm.exception.ModelUnavailableException;
import io.interview4j.llm.exception.RateLimitedException;
import io.interview4j.testkit.LanguageModelContract.Failure;

/** The exception every adapter of this module throws for each row of the contract's error table. */
public final class ProviderFailures {

    private ProviderFailures() {
    }

    /**
     * @param failure a row of {@link io.interview4j.testkit.LanguageModelContract}'s error table
     * @return the class of {@code io.interview4j.llm.exception} the adapters throw for it
     */
    public static Class<? extends ModelException> exceptionFor(Failure failure) {
        return switch (failure) {
            case AUTHENTICATION -> ModelAuthenticationException.class;
            case NOT_FOUND -> ModelNotFoundException.class;
            case RATE_LIMITED -> RateLimitedException.class;
            case UNAVAILABLE -> ModelUnavailableException.class;
            case MALFORMED_RESPONSE -> MalformedResponseException.class;
            case TIMEOUT -> ModelTimeoutException.class;
            case CONNECTION -> ModelConnectionException.class;
        };
    }
}
