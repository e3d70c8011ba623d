package io.interview4j.samples.cli;

import io.interview4j.engine.Caller;
import io.interview4j.engine.SessionBudget;
import io.interview4j.llm.config.LanguageModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Option groups shared by several commands, mixed in with {@code @Mixin}. */
final class Options {

    private Options() {
    }

    /** {@code --store}: where sessions (and imported questions) live. */
    static final class Store {
        @Option(names = "--store", paramLabel = "PATH|JDBC-URL|memory",
                description = {"Where sessions and imported questions are stored: an SQLite file, a JDBC URL"
                        + " (jdbc:sqlite:, jdbc:postgresql:, jdbc:mariadb:, jdbc:h2:) or memory (lasts one command).",
                        "Default: $" + Stores.HOME_VARIABLE + "/" + Stores.DEFAULT_FILE + ", where $" + Stores.HOME_VARIABLE
                                + " defaults to ~/.interview4j."})
        String store;

        /** @return the store named by {@code --store}, else the default SQLite file */
        String spec(CliContext ctx) {
            return store == null ? Stores.defaultStore(ctx.env()) : store;
        }
    }

    /** {@code --bank} and {@code --bank-only}: the host's own questions for an interview. */
    static final class Bank {
        @Option(names = "--bank", arity = "1..*", paramLabel = "FILE",
                description = {"Your own question files (JSON or YAML, the layout 'bank import' reads), asked first, in the"
                        + " order given; then the questions imported into the store; then the built-in bank."})
        List<Path> files = new ArrayList<>();

        @Option(names = "--bank-only", description = "Asks only your questions (--bank files and the store's imported"
                + " questions), never the built-in bank.")
        boolean only;
    }

    /** {@code --candidate}: who is asking. */
    static final class Candidate {
        @Option(names = "--candidate", paramLabel = "ID",
                description = "The candidate's id (default: the OS user name, else 'candidate').")
        String candidate;

        Caller caller(CliContext ctx) {
            return Caller.candidate(candidate == null || candidate.isBlank() ? ctx.defaultCandidate() : candidate.trim());
        }
    }

    /**
     * {@code --provider}, {@code --model}, {@code --base-url}, {@code --structured-output}, {@code --max-tokens} and
     * {@code --budget-tokens}: which language model judges answers, and how it is called.
     */
    static final class Model {
        @Option(names = "--provider", paramLabel = "NAME", defaultValue = Models.AUTO, converter = Models.ProviderConverter.class,
                description = "auto, offline, openai, anthropic, gemini, groq, openrouter or ollama (default: ${DEFAULT-VALUE}:"
                        + " a configured key's provider, else offline).")
        String provider;

        @Option(names = "--model", paramLabel = "MODEL", description = "Overrides the provider's default model.")
        String model;

        @Option(names = "--base-url", paramLabel = "URL", description = "Overrides the provider's base URL.")
        String baseUrl;

        @Option(names = "--structured-output", paramLabel = "MODE", converter = StructuredOutputConverter.class,
                description = "How OpenAI-compatible servers (openai, groq, openrouter) are asked for JSON: json_schema"
                        + " (strict schema), json_object or none (the schema in the prompt only), for servers that reject"
                        + " schemas (default: $" + LanguageModels.STRUCTURED_OUTPUT_VARIABLE + ", else json_schema;"
                        + " groq json_object).")
        String structuredOutput;

        @Option(names = "--max-tokens", paramLabel = "N", converter = PositiveInt.class,
                description = "The output cap sent with every model call (default: $" + LanguageModels.MAX_TOKENS_VARIABLE
                        + ", else per task: judge 2048, question 1024, feedback 1536, debrief 2048).")
        Integer maxTokens;

        @Option(names = "--budget-tokens", paramLabel = "N", converter = PositiveLong.class,
                description = "Caps the model tokens a session may spend; the rest is scored offline (default: no cap).")
        Long budgetTokens;

        @Option(names = "--feedback", paramLabel = "SOURCE", converter = FeedbackConverter.class,
                description = {"Who writes each question's coaching feedback and the closing debrief: model (one"
                        + " checked call per question, off the turn's path, and one for the debrief; the code's words"
                        + " when a call fails) or offline (written in code). Default: $" + FEEDBACK_VARIABLE
                        + ", else model when a model is configured."})
        String feedback;

        /**
         * @param env the environment
         * @return whether the language model writes the feedback and the debrief ({@code --feedback}, else
         *     {@value #FEEDBACK_VARIABLE}, else yes); it only does when a model is configured
         * @throws io.interview4j.InvalidInputException when {@value #FEEDBACK_VARIABLE} is neither model nor offline
         */
        boolean modelFeedback(java.util.Map<String, String> env) {
            if (feedback != null) {
                return feedback.equals(FeedbackConverter.MODEL);
            }
            String fromEnv = env.get(FEEDBACK_VARIABLE);
            if (fromEnv == null || fromEnv.isBlank()) {
                return true;
            }
            try {
                return new FeedbackConverter().convert(fromEnv).equals(FeedbackConverter.MODEL);
            } catch (CommandLine.TypeConversionException e) {
                throw new io.interview4j.InvalidInputException("$" + FEEDBACK_VARIABLE + ": " + e.getMessage());
            }
        }

        /** @return the session budget, or {@code null} for none */
        SessionBudget budget() {
            return budgetTokens == null ? null : SessionBudget.tokens(budgetTokens);
        }
    }

    /** The environment variable that sets {@code --feedback}'s default. */
    static final String FEEDBACK_VARIABLE = "INTERVIEW4J_FEEDBACK";

    /** {@code model} or {@code offline}, any case. */
    static final class FeedbackConverter implements CommandLine.ITypeConverter<String> {
        static final String MODEL = "model";
        static final String OFFLINE = "offline";

        @Override
        public String convert(String value) {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT);
            if (!v.equals(MODEL) && !v.equals(OFFLINE)) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a feedback source; expected model"
                        + " or offline");
            }
            return v;
        }
    }

    /** A whole number above zero that fits an int. */
    static final class PositiveInt implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long n = new PositiveLong().convert(value);
            if (n > Integer.MAX_VALUE) {
                throw new CommandLine.TypeConversionException("'" + value + "' is too large");
            }
            return (int) n;
        }
    }

    /** {@code json_schema}, {@code json_object} or {@code none}, any case. */
    static final class StructuredOutputConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT);
            if (!LanguageModels.STRUCTURED_OUTPUT_MODES.contains(v)) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a structured output mode; expected "
                        + String.join(", ", LanguageModels.STRUCTURED_OUTPUT_MODES));
            }
            return v;
        }
    }

    /** A time zone id ({@code Europe/Berlin}), an offset ({@code +05:30}) or {@code UTC}. */
    static final class ZoneConverter implements CommandLine.ITypeConverter<java.time.ZoneId> {
        @Override
        public java.time.ZoneId convert(String value) {
            try {
                return java.time.ZoneId.of(value.strip());
            } catch (java.time.DateTimeException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a time zone; give an id such as"
                        + " Europe/Berlin, an offset such as +05:30, or UTC");
            }
        }
    }

    /** A whole number above zero. */
    static final class PositiveLong implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                long n = Long.parseLong(value.strip());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number above zero");
        }
    }

    /** {@code --format} and {@code --out}: how and where the report is written. */
    static final class Output {
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = ReportFormat.Converter.class,
                description = "text, json, markdown or html (default: ${DEFAULT-VALUE}).")
        ReportFormat format;

        @Option(names = "--out", paramLabel = "FILE", description = "Writes the output to FILE instead of stdout.")
        Path out;

        @Option(names = "--zone", paramLabel = "ZONE", converter = ZoneConverter.class,
                description = "The time zone of the times in text and Markdown, such as Europe/Berlin, +05:30 or UTC"
                        + " (default: the system's, which TZ sets). JSON always gives ISO-8601 UTC.")
        java.time.ZoneId zone;

        /** @return {@code --zone}, else the system's time zone */
        java.time.ZoneId zone() {
            return zone == null ? java.time.ZoneId.systemDefault() : zone;
        }

        /** @return whether the report is a document going to stdout, so the conversation must keep off it */
        boolean documentOnStdout() {
            return out == null && format != ReportFormat.TEXT;
        }
    }
}
