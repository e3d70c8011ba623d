package io.interview4j.samples.web;

import java.util.Objects;

/**
 * A refusal raised by the web layer itself, carried to {@link Problems} with its problem type, and for invalid input
 * the field it concerns.
 */
final class WebException extends RuntimeException {

    private final ProblemType type;
    private final String field;
    private final Long retryAfterSeconds;

    private WebException(ProblemType type, String field, String detail, Long retryAfterSeconds) {
        super(detail);
        this.type = Objects.requireNonNull(type, "type");
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static WebException invalid(String field, String detail) {
        return new WebException(ProblemType.INVALID_INPUT, field, detail, null);
    }

    static WebException of(ProblemType type, String detail) {
        return new WebException(type, null, detail, null);
    }

    static WebException rateLimited(String detail, long retryAfterSeconds) {
        return new WebException(ProblemType.RATE_LIMITED, null, detail, retryAfterSeconds);
    }

    static WebException tooLarge(String field, String detail) {
        return new WebException(ProblemType.PAYLOAD_TOO_LARGE, field, detail, null);
    }

    ProblemType type() {
        return type;
    }

    String field() {
        return field;
    }

    Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
