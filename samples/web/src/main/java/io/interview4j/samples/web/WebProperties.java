package io.interview4j.samples.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service's settings, under {@code interview4j.web}.
 *
 * @param jwt the bearer tokens
 * @param database where the embedded SQLite file lives when no {@code spring.datasource.url} is set
 * @param limits sizes refused with {@code payload-too-large} or {@code invalid-input}
 * @param rateLimit the per-account limit on submissions
 */
@ConfigurationProperties("interview4j.web")
public record WebProperties(Jwt jwt, Database database, Limits limits, RateLimit rateLimit) {

    /** Fills absent groups with their defaults. */
    public WebProperties {
        jwt = jwt == null ? new Jwt(null, null) : jwt;
        database = database == null ? new Database(null) : database;
        limits = limits == null ? new Limits(0, 0, 0) : limits;
        rateLimit = rateLimit == null ? new RateLimit(0, null) : rateLimit;
    }

    /**
     * @param secret the HMAC-SHA256 key tokens are signed with, at least 32 bytes; when absent a random key is made at
     *     startup (tokens then last until the service stops)
     * @param ttl how long a token minted by {@code POST /api/dev/token} lasts; default 8 hours
     */
    public record Jwt(String secret, Duration ttl) {
        /** Applies the default time to live. */
        public Jwt {
            ttl = ttl == null ? Duration.ofHours(8) : ttl;
        }
    }

    /**
     * @param file the SQLite file; default {@code $INTERVIEW4J_HOME/interview4j-web.db}, else
     *     {@code ~/.interview4j/interview4j-web.db}
     */
    public record Database(String file) {
    }

    /**
     * @param requestBytes the largest request body; default 6 MiB (an upload and its form fields)
     * @param answerChars the longest answer; default 20,000 characters
     * @param uploadBytes the largest resume upload; default 5 MiB
     */
    public record Limits(long requestBytes, int answerChars, long uploadBytes) {
        /** Applies the defaults to zero values. */
        public Limits {
            requestBytes = requestBytes <= 0 ? 6L * 1024 * 1024 : requestBytes;
            answerChars = answerChars <= 0 ? 20_000 : answerChars;
            uploadBytes = uploadBytes <= 0 ? 5L * 1024 * 1024 : uploadBytes;
        }
    }

    /**
     * @param submissions how many submissions (starts, answers, skips, finishes) one account may make per period;
     *     default 30
     * @param period the period; default one minute
     */
    public record RateLimit(int submissions, Duration period) {
        /** Applies the defaults. */
        public RateLimit {
            submissions = submissions <= 0 ? 30 : submissions;
            period = period == null ? Duration.ofMinutes(1) : period;
        }
    }
}
