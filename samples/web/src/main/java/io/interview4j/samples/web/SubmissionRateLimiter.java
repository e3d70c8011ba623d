package io.interview4j.samples.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.interview4j.engine.Caller;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The per-account limit on submissions (starts, answers, skips, finishes): a Bucket4j token bucket per account,
 * {@code interview4j.web.rate-limit.submissions} per {@code period}, refilled gradually. Buckets live in a Caffeine
 * cache that forgets an account idle for a whole period (its bucket would be full again anyway), so memory stays
 * bounded. Per process: several instances each apply the limit.
 */
@Component
class SubmissionRateLimiter {

    private final WebProperties.RateLimit limit;
    private final Cache<String, Bucket> buckets;

    SubmissionRateLimiter(WebProperties properties) {
        this.limit = properties.rateLimit();
        this.buckets = Caffeine.newBuilder().expireAfterAccess(limit.period()).maximumSize(100_000).build();
    }

    /**
     * Takes one submission from the caller's allowance.
     *
     * @param caller the account submitting
     * @throws WebException {@code rate-limited}, with the seconds to wait, when the allowance is spent
     */
    void take(Caller caller) {
        Bucket bucket = buckets.get(caller.accountId(), k -> Bucket.builder().addLimit(Bandwidth.builder()
                .capacity(limit.submissions()).refillGreedy(limit.submissions(), limit.period()).build()).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
            throw WebException.rateLimited("account " + caller.accountId() + " made more than " + limit.submissions()
                    + " submissions in " + limit.period().toSeconds() + " s; retry in " + seconds + " s", seconds);
        }
    }
}
