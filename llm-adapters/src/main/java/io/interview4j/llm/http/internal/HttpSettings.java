package io.interview4j.llm.http.internal;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The options every HTTP adapter shares, checked and frozen by {@link io.interview4j.llm.http.HttpModelBuilder}.
 * Internal to the adapters.
 *
 * @param baseUrl the base URL without trailing slashes; each adapter completes its own path
 * @param apiKey the key, or {@code null} when there is none
 * @param modelName the model id
 * @param providerName the name in responses, errors and logs
 * @param timeout the per-call timeout when a request sets none
 * @param headers extra headers for every call, in the order they were set
 * @param httpClient the client to share, or {@code null} for a new one
 * @param clock the clock an HTTP-date {@code retry-after} is measured against
 */
public record HttpSettings(String baseUrl, String apiKey, String modelName, String providerName, Duration timeout,
                           Map<String, String> headers, HttpClient httpClient, Clock clock) {

    /** Checks the required values and copies the headers. */
    public HttpSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(clock, "clock");
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** @return a transport for these settings, redacting the key from every message */
    public JsonHttpTransport transport() {
        return JsonHttpTransport.of(httpClient, providerName, apiKey, clock);
    }

    /**
     * @param auth the adapter's key headers
     * @return the extra headers followed by the key headers; a key header replaces an extra one of the same name in
     *     any case
     */
    public Map<String, String> headersWith(Map<String, String> auth) {
        Map<String, String> all = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if (auth.keySet().stream().noneMatch(name::equalsIgnoreCase)) {
                all.put(name, value);
            }
        });
        all.putAll(auth);
        return all;
    }

    /**
     * @param type the adapter's class name
     * @param baseUrl the base URL the adapter uses
     * @param model the model id the adapter sends
     * @param extra further {@code name=value} settings, already joined, or empty
     * @return {@code type[provider=…, baseUrl=…, model=…, apiKey=*** or none, extra]}
     */
    public String describe(String type, String baseUrl, String model, String extra) {
        return type + "[provider=" + providerName + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + Secrets.describe(apiKey) + (extra.isEmpty() ? "" : ", " + extra) + "]";
    }
}
