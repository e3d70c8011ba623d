package io.interview4j.scoring;

import io.interview4j.InvalidInputException;
import java.util.List;
import java.util.Locale;

/** The built-in rubrics, one per seed. Hosts define their own with {@link Rubric}'s constructor. */
public final class Rubrics {

    private Rubrics() {
    }

    /**
     * Seed 001: structure, relevance, technical accuracy, depth and communication on 0-5, weighted
     * .2/.2/.25/.2/.15; the overall times 20 gives 0-100.
     */
    public static final Rubric FIVE_DIMENSION = new Rubric("five-dimension", Scale.ZERO_TO_FIVE, List.of(
            new Dimension("structure", 0.20, "STAR format, logical flow, length",
                    List.of("0-1: No structure", "2: Some organization", "3: Clear structure", "4: Well-structured", "5: Excellent")),
            new Dimension("relevance", 0.20, "Addresses the question asked",
                    List.of("0-1: Off-topic", "2: Partially relevant", "3: Addresses question", "4: Direct answer", "5: Perfect")),
            new Dimension("technical_accuracy", 0.25, "Correct technical terms and concepts",
                    List.of("0-1: Major errors", "2: Some correct", "3: Mostly correct", "4: Accurate", "5: Perfect")),
            new Dimension("depth", 0.20, "Detail, examples, trade-offs",
                    List.of("0-1: Surface", "2: Basic", "3: Good details", "4: Detailed with tradeoffs", "5: Comprehensive")),
            new Dimension("communication", 0.15, "Clarity and readability",
                    List.of("0-1: Unclear", "2: Understandable", "3: Clear", "4: Concise", "5: Excellent"))),
            List.of());

    /** Seed 003: one 1-10 score per response, with the level demonstrated (L4, L5A, L5B). */
    public static final Rubric COACHING = new Rubric("coaching", Scale.ONE_TO_TEN, List.of(
            new Dimension("competency", 1.0, "How well the response demonstrates the competency tested, at the target level",
                    List.of("1-3: Competency not shown", "4-5: Partly shown, vague", "6-7: Shown with a concrete example",
                            "8-9: Shown at target level with measurable impact", "10: Exemplary"))),
            List.of("L4", "L5A", "L5B"));

    /** Seed 004: correctness, completeness and clarity on 0-1, equally weighted. */
    public static final Rubric TOPIC_DRILL = new Rubric("topic-drill", Scale.ZERO_TO_ONE, List.of(
            new Dimension("correctness", 1.0, "Is the answer technically correct?", List.of(
                    "0.0-0.3: No relevant concepts mentioned, major errors", "0.3-0.5: Some relevant concepts but incomplete",
                    "0.5-0.7: Correct concepts, partial explanation", "0.7-0.9: Complete, correct answer with good explanation",
                    "0.9-1.0: Comprehensive answer with examples and edge cases")),
            new Dimension("completeness", 1.0, "Does it cover all relevant aspects?", List.of()),
            new Dimension("clarity", 1.0, "Is it well-structured and explained?", List.of())),
            List.of());

    /** Seed 002: communication, technical and problem solving on 0-100, equally weighted. */
    public static final Rubric SCREENING = new Rubric("screening", Scale.ZERO_TO_HUNDRED, List.of(
            new Dimension("communication", 1.0, "Clear, structured, concise delivery", List.of()),
            new Dimension("technical", 1.0, "Correct and relevant technical content", List.of()),
            new Dimension("problem_solving", 1.0, "Reasoning, trade-offs and concrete examples", List.of())),
            List.of());

    /**
     * @param name a built-in rubric's name (case-insensitive)
     * @return that rubric
     * @throws InvalidInputException naming the unknown rubric and the known ones
     */
    public static Rubric byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "five-dimension" -> FIVE_DIMENSION;
            case "coaching" -> COACHING;
            case "topic-drill" -> TOPIC_DRILL;
            case "screening" -> SCREENING;
            default -> throw new InvalidInputException("Unknown rubric '" + name
                    + "'; built-in rubrics are five-dimension, coaching, topic-drill, screening");
        };
    }
}
