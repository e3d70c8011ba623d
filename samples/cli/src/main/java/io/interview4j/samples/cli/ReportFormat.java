package io.interview4j.samples.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How a report is written: {@code --format text|json|markdown|html}. */
enum ReportFormat {
    /** A short summary for the terminal. */
    TEXT,
    /** The report's JSON contract (DESIGN.md, "Reports"). */
    JSON,
    /** A Markdown document. */
    MARKDOWN,
    /** A standalone HTML page. */
    HTML;

    /** Parses the lowercase names for picocli. */
    static final class Converter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a format; expected text, json, markdown or html");
            }
        }
    }
}
