package io.interview4j.samples.cli;

import io.interview4j.InvalidInputException;
import io.interview4j.Level;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.rules.CoachingRules;
import io.interview4j.rules.StructuredRules;
import io.interview4j.scoring.Rubric;
import io.interview4j.scoring.Rubrics;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli converters that reuse the library's own parsers, so a bad value exits with code 2 and the library's
 * message (which names the accepted values).
 */
final class Converters {

    private Converters() {
    }

    private static <T> T parse(String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (InvalidInputException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** {@code --preset}: one of {@link Presets#NAMES}. */
    static final class PresetName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return parse(value, PresetOptions::presetName);
        }
    }

    /** {@code --level}: junior, mid or senior. */
    static final class LevelConverter implements ITypeConverter<Level> {
        @Override
        public Level convert(String value) {
            return parse(value, Level::parse);
        }
    }

    /** {@code --type}: hr, technical, case or mixed. */
    static final class InterviewTypeConverter implements ITypeConverter<StructuredRules.InterviewType> {
        @Override
        public StructuredRules.InterviewType convert(String value) {
            return parse(value, StructuredRules.InterviewType::parse);
        }
    }

    /** {@code --stage}: recruiter_screen or hiring_manager. */
    static final class StageConverter implements ITypeConverter<CoachingRules.Stage> {
        @Override
        public CoachingRules.Stage convert(String value) {
            return parse(value, CoachingRules.Stage::parse);
        }
    }

    /** {@code --difficulty}: easy, medium or hard. */
    static final class DifficultyConverter implements ITypeConverter<io.interview4j.Difficulty> {
        @Override
        public io.interview4j.Difficulty convert(String value) {
            return parse(value, io.interview4j.Difficulty::parse);
        }
    }

    /** {@code --rubric}: a built-in rubric's name. */
    static final class RubricConverter implements ITypeConverter<Rubric> {
        @Override
        public Rubric convert(String value) {
            return parse(value.trim(), Rubrics::byName);
        }
    }
}
