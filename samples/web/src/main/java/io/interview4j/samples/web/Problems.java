package io.interview4j.samples.web;

import io.interview4j.AccessDeniedException;
import io.interview4j.ConcurrentSessionModificationException;
import io.interview4j.IdempotencyConflictException;
import io.interview4j.InvalidInputException;
import io.interview4j.SessionNotFoundException;
import io.interview4j.SessionStateException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every refusal into an RFC 9457 problem ({@code application/problem+json}) with a stable {@code type} from
 * {@link ProblemType}; invalid input also carries {@code field}. A session the caller may not see gets the same 404
 * as one that does not exist.
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    /**
     * @param type the problem type
     * @param detail what went wrong, naming the input
     * @param field the field concerned, or {@code null}
     * @param instance the request path, or {@code null}
     * @return the problem body
     */
    static ProblemDetail problem(ProblemType type, String detail, String field, String instance) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(type.status(), detail);
        p.setType(type.uri());
        p.setTitle(type.title());
        if (instance != null) {
            p.setInstance(URI.create(instance));
        }
        if (field != null) {
            p.setProperty("field", field);
        }
        return p;
    }

    static ResponseEntity<Object> response(ProblemDetail p, HttpHeaders headers) {
        HttpHeaders h = new HttpHeaders();
        if (headers != null) {
            h.putAll(headers);
        }
        h.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(p.getStatus()).headers(h).body(p);
    }

    @ExceptionHandler(WebException.class)
    ResponseEntity<Object> web(WebException e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        if (e.retryAfterSeconds() != null) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        return response(problem(e.type(), e.getMessage(), e.field(), request.getRequestURI()), headers);
    }

    @ExceptionHandler(SessionNotFoundException.class)
    ResponseEntity<Object> notFound(SessionNotFoundException e, HttpServletRequest request) {
        return response(problem(ProblemType.NOT_FOUND, e.getMessage(), null, request.getRequestURI()), null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e, HttpServletRequest request) {
        return response(problem(ProblemType.ACCESS_DENIED, e.getMessage(), null, request.getRequestURI()), null);
    }

    @ExceptionHandler(SessionStateException.class)
    ResponseEntity<Object> state(SessionStateException e, HttpServletRequest request) {
        ProblemType type = switch (e.reason()) {
            case NOT_IN_PROGRESS -> ProblemType.ALREADY_COMPLETED;
            case QUESTION_MISMATCH -> ProblemType.WRONG_QUESTION;
            case MAX_QUESTIONS_REACHED -> ProblemType.CONFLICT;
        };
        return response(problem(type, e.getMessage(), null, request.getRequestURI()), null);
    }

    @ExceptionHandler({ConcurrentSessionModificationException.class, IdempotencyConflictException.class})
    ResponseEntity<Object> conflict(RuntimeException e, HttpServletRequest request) {
        return response(problem(ProblemType.CONFLICT, e.getMessage(), null, request.getRequestURI()), null);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalid(InvalidInputException e, HttpServletRequest request) {
        return response(problem(ProblemType.INVALID_INPUT, e.getMessage(), null, request.getRequestURI()), null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return response(problem(ProblemType.INTERNAL, "unexpected failure; see the server log", null,
                request.getRequestURI()), null);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return response(problem(ProblemType.PAYLOAD_TOO_LARGE, "the upload is larger than allowed ("
                + (ex.getMaxUploadSize() < 0 ? "see the service's limits" : ex.getMaxUploadSize() + " bytes") + ")",
                "resume", path(request)), null);
    }

    /** Spring MVC's own refusals (unreadable JSON, unknown path, wrong method...) get this service's types too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemType type = switch (statusCode.value()) {
            case 400 -> ProblemType.INVALID_INPUT;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> ProblemType.INTERNAL;
        };
        for (Throwable c = ex; c != null; c = c.getCause()) {
            if (c instanceof RequestSizeFilter.TooLarge) {
                return response(problem(ProblemType.PAYLOAD_TOO_LARGE, c.getMessage(), null, path(request)), null);
            }
        }
        String detail = body instanceof ProblemDetail pd && pd.getDetail() != null ? pd.getDetail() : ex.getMessage();
        String field = null;
        if (type == ProblemType.INVALID_INPUT && ex instanceof HttpMessageNotReadableException) {
            field = jsonField(ex);
            detail = field == null ? "the request body is not valid JSON for this endpoint"
                    : "field " + field + " has the wrong type or form";
        }
        if (type == ProblemType.INTERNAL) {
            LOG.error("unexpected failure on {}", path(request), ex);
            detail = "unexpected failure; see the server log";
        }
        return response(problem(type, detail, field, path(request)), headers);
    }

    /** @return the JSON field a body failed on, such as {@code timeSeconds}, or null when it was not one field */
    private static String jsonField(Throwable ex) {
        for (Throwable c = ex; c != null; c = c.getCause()) {
            if (c instanceof JacksonException j && !j.getPath().isEmpty()) {
                String name = j.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName()
                        : "[" + r.getIndex() + "]").reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
                return name;
            }
        }
        return null;
    }

    private static String path(WebRequest request) {
        String d = request.getDescription(false);
        return d.startsWith("uri=") ? d.substring(4) : null;
    }
}
