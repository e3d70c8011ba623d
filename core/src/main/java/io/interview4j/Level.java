package io.interview4j;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The candidate's seniority, as in seed 001. */
public enum Level {
    /** Early career. */
    JUNIOR,
    /** Mid level. */
    MID,
    /** Senior. */
    SENIOR;

    /**
     * @param value {@code junior}, {@code mid} or {@code senior}, any case
     * @return the level
     * @throws InvalidInputException naming the value and the accepted ones
     */
    @JsonCreator
    public static Level parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown level '" + value + "'; expected junior, mid or senior", e);
        }
    }

    /** @return the lowercase name, as in the question bank */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
