package io.interview4j.llm.http.internal;

import io.interview4j.InvalidInputException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Remembers which builder options were set, so that setting one twice fails in {@code build()} with a message
 * naming it. Not thread-safe, like the builders that use it. Internal.
 */
public final class BuilderChecks {

    private final Set<String> set = new LinkedHashSet<>();
    private final Set<String> twice = new LinkedHashSet<>();

    /** @param option the option being set */
    public void set(String option) {
        if (!set.add(option)) {
            twice.add(option);
        }
    }

    /**
     * Records an option as set and hands its value back, for {@code this.x = checks.once("x", value)}.
     *
     * @param option the option being set
     * @param value its checked value
     * @param <T> the value's type
     * @return the value
     */
    public <T> T once(String option, T value) {
        set(option);
        return value;
    }

    /**
     * @param option an option name
     * @return whether it was set
     */
    public boolean isSet(String option) {
        return set.contains(option);
    }

    /**
     * @param owner the builder's name, for the message
     * @throws IllegalStateException when an option was set more than once
     */
    public void check(String owner) {
        if (!twice.isEmpty()) {
            throw new IllegalStateException(owner + ": option set more than once: " + String.join(", ", twice));
        }
    }

    /**
     * @param value a text option
     * @param name its name, for the message
     * @return the value, stripped
     * @throws NullPointerException when it is null
     * @throws InvalidInputException when it is blank
     */
    public static String requireText(String value, String name) {
        java.util.Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new InvalidInputException(name + " must not be blank");
        }
        return value.strip();
    }

    /**
     * @param value an optional text option, such as a local server's API key
     * @return the value, stripped, or {@code null} when it is null or blank
     */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * @param value a count option
     * @param name its name, for the message
     * @return the value
     * @throws InvalidInputException when it is zero or negative
     */
    public static int requirePositive(int value, String name) {
        if (value <= 0) {
            throw new InvalidInputException(name + " must be positive, was " + value);
        }
        return value;
    }

    /**
     * @param value a duration option
     * @param name its name, for the message
     * @return the value
     * @throws NullPointerException when it is null
     * @throws InvalidInputException when it is zero or negative
     */
    public static java.time.Duration requirePositive(java.time.Duration value, String name) {
        java.util.Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new InvalidInputException(name + " must be positive, was " + value);
        }
        return value;
    }
}
