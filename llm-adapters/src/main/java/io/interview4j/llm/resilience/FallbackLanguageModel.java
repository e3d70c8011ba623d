package io.interview4j.llm.resilience;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.ModelException;
import io.interview4j.llm.http.internal.BuilderChecks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries a list of models in order and returns the first answer. A member's {@link ModelException} moves the call to
 * the next member: with {@link RetryingLanguageModel} members that means retries ran out or the provider refused
 * for good (authentication, quota, a missing model, a refusal, a request it cannot take, which another provider
 * may well accept). Other exceptions (programming errors) are not caught. When every member fails, the last
 * failure is thrown with the earlier ones attached as suppressed.
 *
 * <p>{@link ChatResponse#provider()} names the member that served (its own provider name, or the member's
 * {@link LanguageModel#provider()} when the response names none). Thread-safe when the members are.
 *
 * <p>A request's {@link ChatRequest#timeout() timeout}, when set, is the budget of the whole chain, measured with
 * the builder's {@link Builder#clock(Clock) clock}: each member is sent what is left of it, and once it is spent
 * no further member is tried (the failures so far are thrown as above).
 */
public final class FallbackLanguageModel implements LanguageModel {

    private static final Logger LOG = LoggerFactory.getLogger(FallbackLanguageModel.class);

    private final List<LanguageModel> members;
    private final Predicate<? super ModelException> fallBackOn;
    private final Clock clock;

    private FallbackLanguageModel(List<LanguageModel> members, Predicate<? super ModelException> fallBackOn,
                                  Clock clock) {
        this.members = members;
        this.fallBackOn = fallBackOn;
        this.clock = clock;
    }

    /**
     * @param members the models, first preferred
     * @return a chain that moves on after any {@link ModelException}
     * @throws InvalidInputException when the list is empty
     */
    public static FallbackLanguageModel of(List<? extends LanguageModel> members) {
        if (members.isEmpty()) {
            throw new InvalidInputException("a fallback chain needs at least one member");
        }
        return builder().members(members).build();
    }

    /**
     * @param first the preferred model
     * @param others the fallbacks, in order
     * @return a chain that moves on after any {@link ModelException}
     */
    public static FallbackLanguageModel of(LanguageModel first, LanguageModel... others) {
        List<LanguageModel> all = new ArrayList<>();
        all.add(first);
        all.addAll(List.of(others));
        return of(all);
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param request the call; its timeout, when set, bounds the whole chain
     * @return the first member's successful answer, naming that member as provider
     * @throws ModelException the last tried member's failure when all tried fail (members after the request's time
     *     ran out are not tried), or the first failure the predicate does not accept
     */
    @Override
    public ChatResponse chat(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        Instant end = request.timeout() == null ? null : clock.instant().plus(request.timeout());
        List<ModelException> failures = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            LanguageModel member = members.get(i);
            ChatRequest sent = forMember(i, request, end);
            if (sent == null) {
                break;
            }
            try {
                return served(i, member, member.chat(sent));
            } catch (ModelException e) {
                if (!fallBackOn.test(e)) {
                    throw e;
                }
                failed(i, e, failures);
            }
        }
        throw allFailed(failures);
    }

    /**
     * The same chain on each member's {@link LanguageModel#chatAsync asynchronous call}: the next member is tried
     * when the previous one's future fails, and no thread waits in between.
     *
     * @param request the call; its timeout, when set, bounds the whole chain
     * @return the first member's successful answer, naming that member as provider; completed exceptionally as
     *     {@link #chat} throws
     */
    @Override
    public CompletableFuture<ChatResponse> chatAsync(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        Instant end = request.timeout() == null ? null : clock.instant().plus(request.timeout());
        return tryFrom(0, request, end, new ArrayList<>());
    }

    private CompletableFuture<ChatResponse> tryFrom(int i, ChatRequest request, Instant end,
                                                    List<ModelException> failures) {
        if (i == members.size()) {
            return CompletableFuture.failedFuture(allFailed(failures));
        }
        LanguageModel member = members.get(i);
        ChatRequest sent = forMember(i, request, end);
        if (sent == null) {
            return CompletableFuture.failedFuture(allFailed(failures));
        }
        CompletableFuture<ChatResponse> f;
        try {
            f = member.chatAsync(sent);
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        return f.handle((response, thrown) -> {
            if (thrown == null) {
                return CompletableFuture.completedFuture(served(i, member, response));
            }
            Throwable cause = thrown instanceof CompletionException && thrown.getCause() != null
                    ? thrown.getCause() : thrown;
            if (!(cause instanceof ModelException e) || !fallBackOn.test(e)) {
                return CompletableFuture.<ChatResponse>failedFuture(cause);
            }
            failed(i, e, failures);
            return tryFrom(i + 1, request, end, failures);
        }).thenCompose(Function.identity());
    }

    /** The request for member {@code i}: the rest of the chain's time after the first; null when it is spent. */
    private ChatRequest forMember(int i, ChatRequest request, Instant end) {
        if (end == null || i == 0) {
            return request;
        }
        Duration left = Duration.between(clock.instant(), end);
        if (left.isZero() || left.isNegative()) {
            LOG.warn("the request's time is spent; not trying {} and the members after it", members.get(i).provider());
            return null;
        }
        return request.withTimeout(left);
    }

    private void failed(int i, ModelException e, List<ModelException> failures) {
        failures.add(e);
        if (i + 1 < members.size()) {
            LOG.warn("{} failed, falling back to {}: {}", members.get(i).provider(), members.get(i + 1).provider(),
                    e.getMessage());
        }
    }

    private ChatResponse served(int i, LanguageModel member, ChatResponse response) {
        if (i > 0) {
            LOG.info("{} served the call after {} earlier provider(s) failed", member.provider(), i);
        }
        return "unknown".equals(response.provider())
                ? new ChatResponse(response.text(), response.usage(), response.modelId(), response.finishReason(),
                        member.provider())
                : response;
    }

    /** The last failure with the earlier ones attached as suppressed. */
    private ModelException allFailed(List<ModelException> failures) {
        ModelException last = failures.get(failures.size() - 1);
        for (ModelException earlier : failures.subList(0, failures.size() - 1)) {
            last.addSuppressed(earlier);
        }
        LOG.warn("every provider failed: {}", provider());
        return last;
    }

    /** @return {@code fallback(a,b,c)} with the members' provider names */
    @Override
    public String provider() {
        return members.stream().map(LanguageModel::provider).collect(Collectors.joining(",", "fallback(", ")"));
    }

    /** @return the members, first preferred */
    public List<LanguageModel> members() {
        return members;
    }

    /** @return the members */
    @Override
    public String toString() {
        return "FallbackLanguageModel" + members;
    }

    /** Builds a {@link FallbackLanguageModel}. Not thread-safe; each option may be set once. */
    public static final class Builder {

        private final BuilderChecks checks = new BuilderChecks();
        private final List<LanguageModel> members = new ArrayList<>();
        private Predicate<? super ModelException> fallBackOn = e -> true;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * @param models the models, first preferred; required, at least one
         * @return this builder
         */
        public Builder members(List<? extends LanguageModel> models) {
            checks.set("members");
            for (LanguageModel model : models) {
                members.add(Objects.requireNonNull(model, "members must not contain null"));
            }
            return this;
        }

        /**
         * @param fallBackOn which failures move the call to the next member; default every {@link ModelException}.
         *     A failure it rejects is thrown at once.
         * @return this builder
         */
        public Builder fallBackOn(Predicate<? super ModelException> fallBackOn) {
            this.fallBackOn = checks.once("fallBackOn", Objects.requireNonNull(fallBackOn, "fallBackOn"));
            return this;
        }

        /**
         * @param clock measures a request's time budget ({@link ChatRequest#timeout()}); default the system UTC clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = checks.once("clock", Objects.requireNonNull(clock, "clock"));
            return this;
        }

        /**
         * @return the chain
         * @throws IllegalStateException when there are no members or an option was set twice
         */
        public FallbackLanguageModel build() {
            checks.check("FallbackLanguageModel.Builder");
            if (members.isEmpty()) {
                throw new IllegalStateException("a fallback chain needs at least one member");
            }
            return new FallbackLanguageModel(List.copyOf(members), fallBackOn, clock);
        }
    }
}
