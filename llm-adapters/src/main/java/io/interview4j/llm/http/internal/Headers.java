package io.interview4j.llm.http.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Case-insensitive reads of HTTP header maps, and the bearer header. Internal to the adapters. */
public final class Headers {

    private Headers() {
    }

    /**
     * @param apiKey a key, or {@code null} for none
     * @return {@code Authorization: Bearer <key>}, or no header when there is no key
     */
    public static Map<String, String> bearer(String apiKey) {
        return apiKey == null ? Map.of() : Map.of("Authorization", "Bearer " + apiKey);
    }

    /**
     * @param headers header names to values
     * @param name the header, in any case
     * @return its first non-blank value
     */
    public static Optional<String> first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue().stream().filter(v -> v != null && !v.isBlank()).findFirst();
            }
        }
        return Optional.empty();
    }
}
