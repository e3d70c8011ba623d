package io.interview4j.scoring;

import io.interview4j.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * One scored aspect of an answer.
 *
 * @param name stable identifier, such as {@code technical_accuracy}
 * @param weight relative weight, positive; a rubric normalises weights so they need not sum to 1
 * @param description what the dimension measures, as shown to a judge
 * @param bands band descriptors from lowest to highest, such as {@code "0-1: No structure"}; may be empty
 */
public record Dimension(String name, double weight, String description, List<String> bands) {

    /** Validates and copies. @throws InvalidInputException on a blank name or a non-positive weight */
    public Dimension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (name.isBlank()) {
            throw new InvalidInputException("dimension name must not be blank");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new InvalidInputException("dimension '" + name + "' weight must be positive, was " + weight);
        }
        bands = List.copyOf(bands);
    }
}
