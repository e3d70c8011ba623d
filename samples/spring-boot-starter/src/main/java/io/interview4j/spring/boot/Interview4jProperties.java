package io.interview4j.spring.boot;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.config.LanguageModels;
import io.interview4j.storage.jdbc.MigrationMode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code interview4j.*} properties. Every one has a default, so an application with none set gets an engine that
 * runs offline on the built-in question bank, storing sessions in its {@code DataSource} or, without one, in an
 * embedded SQLite file. A value out of range fails the application's start with a message naming the property.
 */
@ConfigurationProperties(prefix = "interview4j")
public class Interview4jProperties {

    /** Whether to auto-configure the engine at all. */
    private boolean enabled = true;

    /** The most time one answer's model work may take (judge call, retries and repair); past it the answer is scored offline. */
    private Duration turnDeadline = Duration.ofSeconds(30);

    private final Store store = new Store();
    private final Model model = new Model();
    private final Budget budget = new Budget();
    private final Costs costs = new Costs();
    private final QuestionBank questionBank = new QuestionBank();
    private final Events events = new Events();

    /** Threads of the engine's executor: the question writer beside the judge, model feedback, asynchronous turns. */
    private int executorThreads = 4;

    /** Whether the language model writes the main questions (with no model, the bank asks them either way). */
    private boolean generateQuestions = true;

    /** Whether the language model writes the per-question feedback and the debrief (else they are written in code). */
    private boolean modelFeedback;

    /** @return whether the engine is auto-configured; default {@code true} */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether the engine is auto-configured */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** @return the turn deadline; default 30 seconds */
    public Duration getTurnDeadline() {
        return turnDeadline;
    }

    /**
     * @param turnDeadline the turn deadline
     * @throws InvalidInputException when it is not positive
     */
    public void setTurnDeadline(Duration turnDeadline) {
        if (turnDeadline == null || turnDeadline.isZero() || turnDeadline.isNegative()) {
            throw new InvalidInputException("interview4j.turn-deadline must be positive, was " + turnDeadline);
        }
        this.turnDeadline = turnDeadline;
    }

    /** @return the executor's thread count; default 4 */
    public int getExecutorThreads() {
        return executorThreads;
    }

    /**
     * @param executorThreads the executor's thread count
     * @throws InvalidInputException when it is not 1 to 256
     */
    public void setExecutorThreads(int executorThreads) {
        if (executorThreads < 1 || executorThreads > 256) {
            throw new InvalidInputException("interview4j.executor-threads must be 1 to 256, was " + executorThreads);
        }
        this.executorThreads = executorThreads;
    }

    /** @return whether the model writes main questions; default {@code true} */
    public boolean isGenerateQuestions() {
        return generateQuestions;
    }

    /** @param generateQuestions whether the model writes main questions */
    public void setGenerateQuestions(boolean generateQuestions) {
        this.generateQuestions = generateQuestions;
    }

    /** @return whether the model writes feedback and the debrief; default {@code false} */
    public boolean isModelFeedback() {
        return modelFeedback;
    }

    /** @param modelFeedback whether the model writes feedback and the debrief */
    public void setModelFeedback(boolean modelFeedback) {
        this.modelFeedback = modelFeedback;
    }

    /** @return where sessions are stored */
    public Store getStore() {
        return store;
    }

    /** @return the language model */
    public Model getModel() {
        return model;
    }

    /** @return the per-session model budget */
    public Budget getBudget() {
        return budget;
    }

    /** @return the prices that cost model calls */
    public Costs getCosts() {
        return costs;
    }

    /** @return where questions come from */
    public QuestionBank getQuestionBank() {
        return questionBank;
    }

    /** @return the Spring application events */
    public Events getEvents() {
        return events;
    }

    /** Which store holds the sessions. */
    public enum StoreType {
        /** The application's {@code DataSource} when it has one, else an embedded SQLite file. */
        AUTO,
        /** The application's {@code DataSource}; the start fails when it has none. */
        JDBC,
        /** An embedded SQLite file, {@code interview4j.store.sqlite-file}. */
        SQLITE,
        /** In memory: nothing survives a restart (tests, demos). */
        MEMORY
    }

    /** {@code interview4j.store.*}: where sessions are stored. */
    public static class Store {

        /** Which store holds the sessions. */
        private StoreType type = StoreType.AUTO;

        /**
         * The SQLite file used when the application has no DataSource; default interview4j.db in the folder named by
         * the INTERVIEW4J_HOME environment variable, else in ~/.interview4j (the command-line app's file).
         */
        private Path sqliteFile;

        /** What the JDBC store does about its tables at start: create or upgrade them, only validate them, or nothing. */
        private MigrationMode migrationMode = MigrationMode.CREATE;

        /** Prepended to the store's table names: empty, or a letter and at most 29 letters, digits or underscores. */
        private String tablePrefix = "i4j_";

        /** @return the store type; default {@link StoreType#AUTO} */
        public StoreType getType() {
            return type;
        }

        /** @param type the store type */
        public void setType(StoreType type) {
            this.type = type;
        }

        /** @return the SQLite file, or {@code null} for the default */
        public Path getSqliteFile() {
            return sqliteFile;
        }

        /** @param sqliteFile the SQLite file */
        public void setSqliteFile(Path sqliteFile) {
            this.sqliteFile = sqliteFile;
        }

        /** @return the migration mode; default {@link MigrationMode#CREATE} */
        public MigrationMode getMigrationMode() {
            return migrationMode;
        }

        /** @param migrationMode the migration mode */
        public void setMigrationMode(MigrationMode migrationMode) {
            this.migrationMode = migrationMode;
        }

        /** @return the table prefix; default {@code i4j_} */
        public String getTablePrefix() {
            return tablePrefix;
        }

        /**
         * @param tablePrefix the table prefix
         * @throws InvalidInputException when it is malformed
         */
        public void setTablePrefix(String tablePrefix) {
            String v = tablePrefix == null ? "" : tablePrefix;
            if (!v.isEmpty() && !v.matches("[A-Za-z][A-Za-z0-9_]{0,29}")) {
                throw new InvalidInputException("interview4j.store.table-prefix must be empty or a letter followed by"
                        + " at most 29 letters, digits or underscores, was '" + tablePrefix + "'");
            }
            this.tablePrefix = v;
        }
    }

    /** {@code interview4j.model.*}: the language model that judges answers. */
    public static class Model {

        /**
         * The provider: auto (every provider configured by environment variables, chained), offline (no model), or
         * one of openai, anthropic, gemini, groq, openrouter, ollama.
         */
        private String provider = "auto";

        /** The model id, such as gpt-4o-mini; default the INTERVIEW4J_MODEL variable, else the provider's default. */
        private String name;

        /** The provider's base URL; default its environment variable, else the provider's public endpoint. */
        private String baseUrl;

        /** The provider's API key; default its environment variable (such as OPENAI_API_KEY). */
        private String apiKey;

        /** Providers to fall back on, in order, when the provider fails; each configured by its environment variables. */
        private List<String> fallbacks = new ArrayList<>();

        /** Calls per model call in all, the first included; 1 disables retries. */
        private int maxAttempts = 3;

        /** @return the provider; default {@code auto} */
        public String getProvider() {
            return provider;
        }

        /**
         * @param provider the provider
         * @throws InvalidInputException when it is not auto, offline or a known provider
         */
        public void setProvider(String provider) {
            this.provider = checkProvider("interview4j.model.provider", provider, true);
        }

        /** @return the model id, or {@code null} */
        public String getName() {
            return name;
        }

        /** @param name the model id */
        public void setName(String name) {
            this.name = blankToNull(name);
        }

        /** @return the base URL, or {@code null} */
        public String getBaseUrl() {
            return baseUrl;
        }

        /**
         * @param baseUrl the base URL
         * @throws InvalidInputException when it is not an absolute http(s) URL
         */
        public void setBaseUrl(String baseUrl) {
            String v = blankToNull(baseUrl);
            if (v != null && !v.matches("(?i)https?://[^\\s/]+.*")) {
                throw new InvalidInputException("interview4j.model.base-url must be an absolute http(s) URL, was '"
                        + v + "'");
            }
            this.baseUrl = v;
        }

        /** @return the API key, or {@code null} */
        public String getApiKey() {
            return apiKey;
        }

        /** @param apiKey the API key */
        public void setApiKey(String apiKey) {
            this.apiKey = blankToNull(apiKey);
        }

        /** @return the fallback providers, in order; default none */
        public List<String> getFallbacks() {
            return fallbacks;
        }

        /**
         * @param fallbacks the fallback providers
         * @throws InvalidInputException when one is not a known provider
         */
        public void setFallbacks(List<String> fallbacks) {
            List<String> names = new ArrayList<>();
            for (String f : fallbacks) {
                names.add(checkProvider("interview4j.model.fallbacks", f, false));
            }
            this.fallbacks = names;
        }

        /** @return the attempts per call; default 3 */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        /**
         * @param maxAttempts the attempts per call
         * @throws InvalidInputException when it is not within 1-10
         */
        public void setMaxAttempts(int maxAttempts) {
            if (maxAttempts < 1 || maxAttempts > 10) {
                throw new InvalidInputException("interview4j.model.max-attempts must be within 1-10, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
        }

        private static String checkProvider(String property, String value, boolean modes) {
            String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
            if (LanguageModels.PROVIDERS.contains(v) || modes && (v.equals("auto") || v.equals("offline"))) {
                return v;
            }
            throw new InvalidInputException(property + " must be " + (modes ? "auto, offline or " : "") + "one of "
                    + LanguageModels.PROVIDERS + ", was '" + value + "'");
        }
    }

    /** {@code interview4j.budget.*}: what each session may spend on the model; then it is scored offline. */
    public static class Budget {

        /** The most tokens (input and output) a session may spend on the model. */
        private Long tokens;

        /** The most money a session may spend on the model, priced with the cost table (interview4j.costs). */
        private BigDecimal cost;

        /** @return the token cap, or {@code null} for none */
        public Long getTokens() {
            return tokens;
        }

        /**
         * @param tokens the token cap
         * @throws InvalidInputException when it is not positive
         */
        public void setTokens(Long tokens) {
            if (tokens != null && tokens <= 0) {
                throw new InvalidInputException("interview4j.budget.tokens must be positive, was " + tokens);
            }
            this.tokens = tokens;
        }

        /** @return the money cap, or {@code null} for none */
        public BigDecimal getCost() {
            return cost;
        }

        /**
         * @param cost the money cap
         * @throws InvalidInputException when it is not positive
         */
        public void setCost(BigDecimal cost) {
            if (cost != null && cost.signum() <= 0) {
                throw new InvalidInputException("interview4j.budget.cost must be positive, was " + cost);
            }
            this.cost = cost;
        }
    }

    /** {@code interview4j.costs.*}: the prices that cost model calls in reports and money budgets. */
    public static class Costs {

        /** Whether reports price model calls (usage.estimatedCost), with the built-in list prices and the ones below. */
        private boolean enabled = true;

        /** Prices per model id, in US dollars per million tokens, added to or replacing the built-in list prices. */
        private Map<String, Price> prices = new LinkedHashMap<>();

        /** @return whether calls are priced; default {@code true} */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether calls are priced */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the prices by model id; default none beyond the built-in ones */
        public Map<String, Price> getPrices() {
            return prices;
        }

        /** @param prices the prices by model id */
        public void setPrices(Map<String, Price> prices) {
            this.prices = prices;
        }
    }

    /** One model's price, in US dollars per million tokens. */
    public static class Price {

        /** Dollars per million input tokens. */
        private BigDecimal input;

        /** Dollars per million output tokens. */
        private BigDecimal output;

        /** Dollars per million cached input tokens; default the input price. */
        private BigDecimal cachedInput;

        /** @return the input price */
        public BigDecimal getInput() {
            return input;
        }

        /** @param input the input price */
        public void setInput(BigDecimal input) {
            this.input = input;
        }

        /** @return the output price */
        public BigDecimal getOutput() {
            return output;
        }

        /** @param output the output price */
        public void setOutput(BigDecimal output) {
            this.output = output;
        }

        /** @return the cached input price, or {@code null} */
        public BigDecimal getCachedInput() {
            return cachedInput;
        }

        /** @param cachedInput the cached input price */
        public void setCachedInput(BigDecimal cachedInput) {
            this.cachedInput = cachedInput;
        }
    }

    /** {@code interview4j.question-bank.*}: where questions come from. */
    public static class QuestionBank {

        /** JSON or YAML question files; their questions come first. */
        private List<Path> files = new ArrayList<>();

        /** Whether the built-in bank stands behind the files' questions (false: only the files' questions). */
        private boolean includeBuiltIn = true;

        /** @return whether the built-in bank is the fallback; default {@code true} */
        public boolean isIncludeBuiltIn() {
            return includeBuiltIn;
        }

        /** @param includeBuiltIn whether the built-in bank is the fallback */
        public void setIncludeBuiltIn(boolean includeBuiltIn) {
            this.includeBuiltIn = includeBuiltIn;
        }

        /** @return the question files; default none (the built-in bank) */
        public List<Path> getFiles() {
            return files;
        }

        /** @param files the question files */
        public void setFiles(List<Path> files) {
            this.files = files;
        }
    }

    /** {@code interview4j.events.*}: the engine's notices as Spring application events. */
    public static class Events {

        /** Whether to publish each InterviewListener notice (Started, Asked, Evaluated, ...) as an application event. */
        private boolean enabled = true;

        /** @return whether notices are published; default {@code true} */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether notices are published */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
