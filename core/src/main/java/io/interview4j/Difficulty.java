package io.interview4j;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Question difficulty, ordered from easiest to hardest. */
public enum Difficulty {
    /** Straightforward. */
    EASY,
    /** Multi-faceted, needs trade-offs. */
    MEDIUM,
    /** Ambiguous, strategic, deep. */
    HARD;

    /** @return one step harder, or this when already hardest */
    public Difficulty harder() {
        return this == EASY ? MEDIUM : HARD;
    }

    /** @return one step easier, or this when already easiest */
    public Difficulty easier() {
        return this == HARD ? MEDIUM : EASY;
    }

    /**
     * @param value {@code easy}, {@code medium} or {@code hard}, any case
     * @return the difficulty
     * @throws InvalidInputException naming the value and the accepted ones
     */
    @JsonCreator
    public static Difficulty parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown difficulty '" + value + "'; expected easy, medium or hard", e);
        }
    }

    /** @return the lowercase name, as in the question bank */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
