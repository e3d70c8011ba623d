package io.interview4j.scoring;

import io.interview4j.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of weighted dimensions on one scale. The overall score is always computed here from the dimension
 * scores, never taken from a model.
 *
 * @param name stable identifier, such as {@code five-dimension}
 * @param scale the native scale of every dimension
 * @param dimensions at least one, with distinct names
 * @param levels the levels a judge may name as demonstrated, such as {@code L4, L5A, L5B}; may be empty
 */
public record Rubric(String name, Scale scale, List<Dimension> dimensions, List<String> levels) {

    /** Validates and copies. @throws InvalidInputException when empty or when two dimensions share a name */
    public Rubric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scale, "scale");
        dimensions = List.copyOf(dimensions);
        levels = List.copyOf(levels);
        if (dimensions.isEmpty()) {
            throw new InvalidInputException("rubric '" + name + "' needs at least one dimension");
        }
        if (dimensions.stream().map(Dimension::name).distinct().count() != dimensions.size()) {
            throw new InvalidInputException("rubric '" + name + "' has two dimensions with the same name");
        }
    }

    /**
     * @param name a dimension name
     * @return the dimension, if this rubric has it
     */
    public Optional<Dimension> dimension(String name) {
        return dimensions.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /**
     * Weighted mean of the dimension scores on the native scale. A dimension missing from {@code scores}
     * counts as the scale's minimum; values are clamped to the scale.
     *
     * @param scores native scores by dimension name
     * @return the overall score on the native scale
     */
    public double overallNative(Map<String, Double> scores) {
        double total = 0;
        double weights = 0;
        for (Dimension d : dimensions) {
            Double v = scores.get(d.name());
            total += d.weight() * scale.clamp(v == null ? scale.min() : v);
            weights += d.weight();
        }
        return total / weights;
    }

    /**
     * @param scores native scores by dimension name
     * @return the overall score on 0-100
     */
    public double overallPercent(Map<String, Double> scores) {
        return scale.toPercent(overallNative(scores));
    }

    /**
     * Builds native scores for every dimension from one 0-100 value, used for rule scores.
     *
     * @param percent the score on 0-100
     * @return native scores by dimension name, in rubric order
     */
    public Map<String, Double> uniform(double percent) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Dimension d : dimensions) {
            m.put(d.name(), scale.fromPercent(percent));
        }
        return m;
    }
}
