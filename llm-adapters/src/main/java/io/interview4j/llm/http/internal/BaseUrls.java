package io.interview4j.llm.http.internal;

import io.interview4j.InvalidInputException;
import java.net.URI;
import java.util.Objects;

/** Joins base URLs and paths the way users write them (with or without a trailing slash). Internal. */
public final class BaseUrls {

    private BaseUrls() {
    }

    /**
     * @param baseUrl an absolute http or https URL
     * @param name the setting's name, for the message
     * @return the URL without trailing slashes
     * @throws InvalidInputException when it is not an absolute http(s) URL
     */
    public static String normalize(String baseUrl, String name) {
        Objects.requireNonNull(baseUrl, name);
        String trimmed = baseUrl.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name + " is not a URL: " + Secrets.redact(baseUrl, java.util.List.of()), e);
        }
        if (uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
            throw new InvalidInputException(name + " must be an absolute http(s) URL, was "
                    + Secrets.redact(baseUrl, java.util.List.of()));
        }
        return trimmed;
    }

    /**
     * @param baseUrl a normalized base URL
     * @param versionPath the path a server's API lives under, such as {@code /v1}
     * @return the URL with that path added when it has none (only scheme, host and port), else the URL as it is
     */
    public static String withPathIfNone(String baseUrl, String versionPath) {
        return hasNoPath(baseUrl) ? baseUrl + versionPath : baseUrl;
    }

    private static boolean hasNoPath(String baseUrl) {
        String path = URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() || path.equals("/");
    }
}
