package io.interview4j.samples.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The service's errors, each an RFC 9457 problem with a stable {@code type} ({@code urn:interview4j:problem:<slug>})
 * that clients may rely on; the {@code title} is fixed per type, the {@code detail} names the problem.
 */
public enum ProblemType {
    /** The session, question or template does not exist, or the caller may not see it (404, the same for both). */
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    /** The caller may see the resource but not do this with it, such as a reviewer answering (403). */
    ACCESS_DENIED("access-denied", HttpStatus.FORBIDDEN, "Access denied"),
    /** No valid bearer token (401). */
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Authentication required"),
    /** The answer or skip names a question other than the one being asked (409). */
    WRONG_QUESTION("wrong-question", HttpStatus.CONFLICT, "Not the question being asked"),
    /** The interview is already completed or abandoned (409). */
    ALREADY_COMPLETED("already-completed", HttpStatus.CONFLICT, "Interview already over"),
    /** Another call changed the session first, or an idempotency key was reused for another submission (409). */
    CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
    /** A field is missing or refused; the problem's {@code field} names it (400). */
    INVALID_INPUT("invalid-input", HttpStatus.BAD_REQUEST, "Invalid input"),
    /** The request body, answer or upload is larger than allowed (413). */
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Payload too large"),
    /** The uploaded file or the request body is of a type the service does not take (415). */
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    /** The report cannot be rendered in any type the {@code Accept} header allows (406). */
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    /** Too many submissions from this account; retry after {@code Retry-After} seconds (429). */
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many submissions"),
    /** The method is not allowed on this path (405). */
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    /** An unexpected failure; details are in the server log (500). */
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    private final String slug;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    /** @return the problem's {@code type} URI */
    public URI uri() {
        return URI.create("urn:interview4j:problem:" + slug);
    }

    /** @return the HTTP status */
    public HttpStatus status() {
        return status;
    }

    /** @return the fixed title */
    public String title() {
        return title;
    }
}
