package io.interview4j.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Joins futures the synchronous paths built, throwing what the work threw rather than a wrapper. */
final class Futures {

    private Futures() {
    }

    /** The future's value; its failure rethrown as thrown (a checked one wrapped in {@link CompletionException}). */
    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error err) {
                throw err;
            }
            throw runtime(cause == null ? e : cause);
        }
    }

    /** The failure a future completed with, unwrapped, as a runtime exception. */
    static RuntimeException runtime(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof RuntimeException r ? r : new CompletionException(cause);
    }
}
