package io.interview4j.llm.http.internal;

import java.util.List;
import java.util.Map;

/**
 * A successful (2xx) HTTP answer. Internal to the adapters.
 *
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the body as text
 */
public record HttpResult(int status, Map<String, List<String>> headers, String body) {

    /** Copies the headers. */
    public HttpResult {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }
}
