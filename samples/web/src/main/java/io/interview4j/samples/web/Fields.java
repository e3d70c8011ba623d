package io.interview4j.samples.web;

/** Checks of request fields that name the field when they refuse it. */
final class Fields {

    private Fields() {
    }

    /** @return the value, trimmed */
    static String required(String field, String value, int maxChars) {
        if (value == null || value.isBlank()) {
            throw WebException.invalid(field, field + " is required");
        }
        return optional(field, value, maxChars);
    }

    /** @return the value trimmed, or null when absent or blank */
    static String optional(String field, String value, int maxChars) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > maxChars) {
            throw WebException.invalid(field, field + " is " + v.length() + " characters; the limit is " + maxChars);
        }
        return v;
    }
}
