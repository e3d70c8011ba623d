package io.interview4j.samples.cli;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads on which the engine writes the next question while the judge scores an answer: daemon threads, made
 * when needed and dropped after a minute idle, so the CLI exits whenever the interview ends.
 */
final class WriterThreads {

    private static final AtomicInteger COUNT = new AtomicInteger();

    /** The pool handed to the engine as its executor. */
    static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "interview4j-writer-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private WriterThreads() {
    }
}
