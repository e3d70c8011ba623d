package io.interview4j.llm.resilience;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.ModelException;
import io.interview4j.llm.exception.ModelConnectionException;
import io.interview4j.llm.exception.ModelOutputParseException;
import io.interview4j.llm.exception.ProviderException;
import io.interview4j.llm.http.internal.BuilderChecks;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decorates a {@link LanguageModel} with retries on resilience4j's {@link Retry}: a failed call is tried again when
 * it threw a {@link ModelException} that is {@link ModelException#retriable() retriable} (429, 408, 409, 5xx, 529,
 * timeouts, connection errors), up to {@code maxAttempts} calls in all (default 3: one call and two retries, as
 * the providers' SDKs do). Between attempts it waits the provider's requested delay ({@code retry-after-ms},
 * {@code retry-after}, Gemini's {@code RetryInfo}) when there is one, else an exponential backoff with jitter (see
 * {@link Backoff}); a requested delay above {@link Backoff#maxRetryAfter()} ends the retries at once. A
 * {@link ModelOutputParseException} (the server could not parse the model's own output, which the model tends to
 * write again) is retried at most once per call, whatever {@code maxAttempts} allows for other failures.
 *
 * <p>The wait goes through an injected {@link Sleeper}, so tests see the delays and never sleep. (resilience4j's
 * own sleep is a static, process-wide hook; the interval function here sleeps through the sleeper and hands
 * resilience4j a zero interval.) An {@link UncheckedIOException} from the delegate is mapped to a retriable
 * {@link ModelConnectionException} inside the retried supplier. When attempts run out the last failure is
 * thrown. Thread-safe when the delegate is; each call has its own retry context.
 *
 * <p>{@link #chatAsync} retries the delegate's asynchronous call the same way, waiting on a scheduler instead of a
 * thread (see {@link Builder#scheduler}).
 *
 * <p>A request's {@link ChatRequest#timeout() timeout}, when set, is the budget of the whole call, retries and
 * waits included, measured with the builder's {@link Builder#clock(Clock) clock}: each attempt is sent with what is
 * left of it as its timeout, and the retries stop (the last failure is thrown) once it is spent or when the wait
 * before the next attempt would use up what is left. A request without a timeout is retried as above.
 */
public final class RetryingLanguageModel implements LanguageModel {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingLanguageModel.class);

    /** The default number of calls, the first included. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    private final LanguageModel delegate;
    private final Retry retry;
    private final int maxAttempts;
    private final Backoff backoff;
    private final Clock clock;
    /** The state of the call running on this thread: its deadline and the output-parse failures seen so far. */
    private final ThreadLocal<CallState> current = new ThreadLocal<>();
    private final Retry asyncRetry;
    private final ScheduledExecutorService scheduler;

    /** A failed attempt of an asynchronous call, carrying the call's state to the interval function. */
    private static final class Failed extends RuntimeException {
        private final transient CallState state;

        Failed(ModelException cause, CallState state) {
            super(cause.getMessage(), cause, false, false);
            this.state = state;
        }

        @Override
        public synchronized ModelException getCause() {
            return (ModelException) super.getCause();
        }
    }

    /** The scheduler of the asynchronous retries' waits when the builder is given none; one daemon thread. */
    private static final class DefaultScheduler {
        static final ScheduledExecutorService INSTANCE = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "interview4j-retry-scheduler");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param end the end of the request's time budget, or null when it has no timeout
     * @param outputParseFailures the {@link ModelOutputParseException}s this call has had
     */
    private static final class CallState {
        private final Instant end;
        private final AtomicInteger outputParseFailures = new AtomicInteger();

        CallState(Instant end) {
            this.end = end;
        }
    }

    private RetryingLanguageModel(Builder builder) {
        this.delegate = builder.delegate;
        this.maxAttempts = builder.maxAttempts;
        this.backoff = builder.backoff;
        this.clock = builder.clock;
        Sleeper sleeper = builder.sleeper;
        DoubleSupplier random = builder.random;
        Predicate<? super ModelException> retryOn = builder.retryOn;
        String provider = delegate.provider();
        IntervalBiFunction<ChatResponse> interval = (attempt, outcome) -> {
            Throwable failure = outcome.isLeft() ? outcome.getLeft() : null;
            Optional<Duration> delay = delay(attempt, failure, current.get(), random);
            if (delay.isEmpty()) {
                return -1L;
            }
            try {
                sleeper.sleep(delay.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProviderException("interrupted while waiting to retry " + provider, provider, 0, false,
                        null, null, e);
            }
            return 0L;
        };
        IntervalBiFunction<ChatResponse> scheduled = (attempt, outcome) -> {
            Throwable failure = outcome.isLeft() ? outcome.getLeft() : null;
            if (failure instanceof Failed f) {
                return delay(attempt, f.getCause(), f.state, random).map(Duration::toMillis).orElse(-1L);
            }
            return delay(attempt, failure, null, random).map(Duration::toMillis).orElse(-1L);
        };
        RetryConfig config = RetryConfig.<ChatResponse>custom()
                .maxAttempts(maxAttempts)
                .intervalBiFunction(interval)
                .retryOnException(e -> e instanceof ModelException model && retryOn.test(model))
                .build();
        String name = builder.name != null ? builder.name : "interview4j-" + provider;
        this.retry = Retry.of(name, config);
        this.asyncRetry = Retry.of(name + "-async", RetryConfig.<ChatResponse>from(config)
                .intervalBiFunction(scheduled)
                .retryOnException(e -> {
                    Throwable failure = e instanceof Failed f ? f.getCause() : e;
                    return failure instanceof ModelException model && retryOn.test(model);
                })
                .build());
        this.scheduler = builder.scheduler;
    }

    /**
     * How long to wait before the next attempt after {@code failure}, or empty to stop retrying (logged).
     *
     * @param state the call's state, or null when unknown
     */
    private Optional<Duration> delay(int attempt, Throwable failure, CallState state, DoubleSupplier random) {
        String provider = delegate.provider();
        if (failure instanceof ModelOutputParseException && state != null && state.outputParseFailures.get() > 1) {
            LOG.warn("{} could not parse the model's output again on attempt {} of {}; not retrying it a second "
                    + "time: {}", provider, attempt, maxAttempts, describe(failure));
            return Optional.empty();
        }
        Optional<Duration> delay = backoff.delayFor(attempt, failure, random.getAsDouble());
        if (delay.isEmpty()) {
            LOG.warn("{} asked to wait longer than {} s; not retrying: {}", provider,
                    backoff.maxRetryAfter().toSeconds(), describe(failure));
            return Optional.empty();
        }
        Instant end = state == null ? null : state.end;
        if (end != null) {
            Duration left = Duration.between(clock.instant(), end);
            if (left.compareTo(delay.get()) <= 0) {
                LOG.warn("{} call failed on attempt {} of {}; {} ms of the request's time left, not retrying: {}",
                        provider, attempt, maxAttempts, Math.max(0, left.toMillis()), describe(failure));
                return Optional.empty();
            }
        }
        LOG.warn("{} call failed on attempt {} of {}, retrying in {} ms: {}", provider, attempt, maxAttempts,
                delay.get().toMillis(), describe(failure));
        return delay;
    }

    /**
     * @param delegate the model to retry
     * @return a builder with the defaults
     */
    public static Builder builder(LanguageModel delegate) {
        return new Builder(delegate);
    }

    /**
     * @param delegate the model to retry
     * @return the delegate with the default retries (3 attempts, {@link Backoff#DEFAULT}, real sleeping)
     */
    public static RetryingLanguageModel of(LanguageModel delegate) {
        return builder(delegate).build();
    }

    /**
     * Calls the delegate, retrying retriable failures.
     *
     * @param request the call; its timeout, when set, bounds all attempts and waits together
     * @return the first successful response
     * @throws ModelException the last failure when attempts or the request's time run out, or the first
     *     non-retriable one
     */
    @Override
    public ChatResponse chat(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        Instant end = request.timeout() == null ? null : clock.instant().plus(request.timeout());
        ModelException[] last = new ModelException[1];
        Supplier<ChatResponse> attempt = () -> {
            ChatRequest sent = request;
            if (end != null) {
                Duration left = Duration.between(clock.instant(), end);
                if (!left.isZero() && !left.isNegative()) {
                    sent = request.withTimeout(left);
                } else if (last[0] != null) {
                    throw last[0];
                } else {
                    sent = request.withTimeout(Duration.ofMillis(1));
                }
            }
            try {
                return delegate.chat(sent);
            } catch (UncheckedIOException e) {
                last[0] = new ModelConnectionException("cannot reach " + delegate.provider() + " ("
                        + e.getCause().getClass().getSimpleName() + ")", delegate.provider(), 0, true, null, null, e);
                throw last[0];
            } catch (ModelException e) {
                last[0] = e;
                if (e instanceof ModelOutputParseException) {
                    current.get().outputParseFailures.incrementAndGet();
                }
                throw e;
            }
        };
        CallState outer = current.get();
        current.set(new CallState(end));
        try {
            return Retry.decorateSupplier(retry, attempt).get();
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }

    /**
     * Calls the delegate's {@link LanguageModel#chatAsync asynchronous call}, retrying retriable failures as
     * {@link #chat} does, on resilience4j's {@link Retry#executeCompletionStage}: the wait before each retry is a task
     * on the {@link Builder#scheduler scheduler}, not a sleeping thread, and the call's state (its deadline, its
     * output-parse failures) travels with the call, not with a thread. The {@link Builder#sleeper sleeper} is not
     * used.
     *
     * @param request the call; its timeout, when set, bounds all attempts and waits together
     * @return the first successful response; completed exceptionally with the last failure when attempts or the
     *     request's time run out, or with the first non-retriable one
     */
    @Override
    public CompletableFuture<ChatResponse> chatAsync(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        Instant end = request.timeout() == null ? null : clock.instant().plus(request.timeout());
        CallState state = new CallState(end);
        AtomicReference<ModelException> last = new AtomicReference<>();
        Supplier<CompletionStage<ChatResponse>> attempt = () -> {
            ChatRequest sent = request;
            if (end != null) {
                Duration left = Duration.between(clock.instant(), end);
                if (!left.isZero() && !left.isNegative()) {
                    sent = request.withTimeout(left);
                } else if (last.get() != null) {
                    return CompletableFuture.failedFuture(new Failed(last.get(), state));
                } else {
                    sent = request.withTimeout(Duration.ofMillis(1));
                }
            }
            CompletableFuture<ChatResponse> f;
            try {
                f = delegate.chatAsync(sent);
            } catch (RuntimeException e) {
                f = CompletableFuture.failedFuture(e);
            }
            return f.handle((response, thrown) -> {
                if (thrown == null) {
                    return response;
                }
                Throwable cause = thrown instanceof CompletionException && thrown.getCause() != null
                        ? thrown.getCause() : thrown;
                if (cause instanceof UncheckedIOException io) {
                    cause = new ModelConnectionException("cannot reach " + delegate.provider() + " ("
                            + io.getCause().getClass().getSimpleName() + ")", delegate.provider(), 0, true, null, null, io);
                }
                if (cause instanceof ModelException e) {
                    last.set(e);
                    if (e instanceof ModelOutputParseException) {
                        state.outputParseFailures.incrementAndGet();
                    }
                    throw new Failed(e, state);
                }
                throw cause instanceof RuntimeException r ? r : new CompletionException(cause);
            });
        };
        return asyncRetry.executeCompletionStage(scheduler != null ? scheduler : DefaultScheduler.INSTANCE, attempt)
                .toCompletableFuture()
                .handle((response, thrown) -> {
                    if (thrown == null) {
                        return response;
                    }
                    Throwable cause = thrown instanceof CompletionException && thrown.getCause() != null
                            ? thrown.getCause() : thrown;
                    if (cause instanceof Failed f) {
                        throw f.getCause();
                    }
                    throw cause instanceof RuntimeException r ? r : new CompletionException(cause);
                });
    }

    /** @return the delegate's provider name */
    @Override
    public String provider() {
        return delegate.provider();
    }

    /** @return the decorated model */
    public LanguageModel delegate() {
        return delegate;
    }

    /** @return the resilience4j retry, for its metrics and events */
    public Retry retry() {
        return retry;
    }

    /** @return the settings and the delegate */
    @Override
    public String toString() {
        return "RetryingLanguageModel[maxAttempts=" + maxAttempts + ", backoff=" + backoff + ", delegate=" + delegate
                + "]";
    }

    private static String describe(Throwable failure) {
        return failure == null ? "no exception" : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    /** Builds a {@link RetryingLanguageModel}. Not thread-safe; each option may be set once. */
    public static final class Builder {

        private final BuilderChecks checks = new BuilderChecks();
        private final LanguageModel delegate;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Backoff backoff = Backoff.DEFAULT;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private Predicate<? super ModelException> retryOn = ModelException::retriable;
        private String name;
        private Clock clock = Clock.systemUTC();
        private ScheduledExecutorService scheduler;

        private Builder(LanguageModel delegate) {
            this.delegate = Objects.requireNonNull(delegate, "delegate");
        }

        /**
         * @param maxAttempts calls in all, the first included; default 3; 1 disables retries
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            checks.set("maxAttempts");
            if (maxAttempts < 1) {
                throw new io.interview4j.InvalidInputException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param backoff the waits between attempts; default {@link Backoff#DEFAULT}
         * @return this builder
         */
        public Builder backoff(Backoff backoff) {
            this.backoff = checks.once("backoff", Objects.requireNonNull(backoff, "backoff"));
            return this;
        }

        /**
         * @param sleeper how to wait; default {@link Sleeper#SYSTEM}; tests pass one that records
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = checks.once("sleeper", Objects.requireNonNull(sleeper, "sleeper"));
            return this;
        }

        /**
         * @param random the jitter's source of numbers in [0, 1); default {@link ThreadLocalRandom}
         * @return this builder
         */
        public Builder random(DoubleSupplier random) {
            this.random = checks.once("random", Objects.requireNonNull(random, "random"));
            return this;
        }

        /**
         * @param retryOn which failures are retried; default {@link ModelException#retriable()}
         * @return this builder
         */
        public Builder retryOn(Predicate<? super ModelException> retryOn) {
            this.retryOn = checks.once("retryOn", Objects.requireNonNull(retryOn, "retryOn"));
            return this;
        }

        /**
         * @param clock measures a request's time budget ({@link ChatRequest#timeout()}); default the system UTC
         *     clock; tests pass one that the sleeper moves
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = checks.once("clock", Objects.requireNonNull(clock, "clock"));
            return this;
        }

        /**
         * @param scheduler where {@link RetryingLanguageModel#chatAsync} waits between attempts (a scheduled task,
         *     no thread blocked); default one daemon thread shared by every retrying model of the process, which
         *     only starts the next attempt
         * @return this builder
         */
        public Builder scheduler(ScheduledExecutorService scheduler) {
            this.scheduler = checks.once("scheduler", Objects.requireNonNull(scheduler, "scheduler"));
            return this;
        }

        /**
         * @param name the resilience4j retry's name; default {@code interview4j-<provider>}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = checks.once("name", BuilderChecks.requireText(name, "name"));
            return this;
        }

        /**
         * @return the decorated model
         * @throws IllegalStateException when an option was set twice
         */
        public RetryingLanguageModel build() {
            checks.check("RetryingLanguageModel.Builder");
            return new RetryingLanguageModel(this);
        }
    }
}
