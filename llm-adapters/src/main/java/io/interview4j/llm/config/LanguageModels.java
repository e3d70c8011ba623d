package io.interview4j.llm.config;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.anthropic.AnthropicLanguageModel;
import io.interview4j.llm.gemini.GeminiLanguageModel;
import io.interview4j.llm.http.HttpChatModelBuilder;
import io.interview4j.llm.ollama.OllamaLanguageModel;
import io.interview4j.llm.openai.OpenAiCompatibleLanguageModel;
import io.interview4j.llm.openai.OpenAiCompatibleLanguageModel.StructuredOutputMode;
import io.interview4j.llm.resilience.FallbackLanguageModel;
import io.interview4j.llm.resilience.RetryingLanguageModel;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds language models from environment variables, for hosts and the CLI ({@code --provider}, {@code --model},
 * {@code --base-url}).
 *
 * <table>
 *   <caption>Providers, their variables and default models</caption>
 *   <tr><th>name</th><th>key</th><th>base URL (default)</th><th>default model</th></tr>
 *   <tr><td>openai</td><td>{@code OPENAI_API_KEY}</td><td>{@code OPENAI_BASE_URL} ({@code https://api.openai.com/v1})</td><td>{@code gpt-4o-mini}</td></tr>
 *   <tr><td>anthropic</td><td>{@code ANTHROPIC_API_KEY}</td><td>{@code ANTHROPIC_BASE_URL} ({@code https://api.anthropic.com})</td><td>{@code claude-haiku-4-5}</td></tr>
 *   <tr><td>gemini</td><td>{@code GEMINI_API_KEY}, else {@code GOOGLE_API_KEY}</td><td>{@code GEMINI_BASE_URL} ({@code https://generativelanguage.googleapis.com/v1beta})</td><td>{@code gemini-2.5-flash}</td></tr>
 *   <tr><td>groq</td><td>{@code GROQ_API_KEY}</td><td>{@code GROQ_BASE_URL} ({@code https://api.groq.com/openai/v1})</td><td>{@code llama-3.3-70b-versatile}; structured output in JSON mode
 *       ({@code json_object} plus the schema in the prompt), because Groq takes {@code json_schema} on a few models only</td></tr>
 *   <tr><td>openrouter</td><td>{@code OPENROUTER_API_KEY}</td><td>{@code OPENROUTER_BASE_URL} ({@code https://openrouter.ai/api/v1})</td><td>{@code openai/gpt-4o-mini};
 *       sends {@code X-Title: interview4j}, and {@code HTTP-Referer} from {@code OPENROUTER_HTTP_REFERER} when set</td></tr>
 *   <tr><td>ollama</td><td>none</td><td>{@code OLLAMA_BASE_URL} ({@code http://localhost:11434})</td><td>{@code llama3.2}</td></tr>
 * </table>
 *
 * <p>{@code INTERVIEW4J_STRUCTURED_OUTPUT} ({@code json_schema}, {@code json_object} or {@code none}) sets how the
 * OpenAI-compatible providers send a schema ({@link #STRUCTURED_OUTPUT_VARIABLE}); {@code INTERVIEW4J_MAX_TOKENS}
 * sets the output cap every provider sends when a request sets none ({@link #MAX_TOKENS_VARIABLE}). A bad value of
 * either is refused with an {@link InvalidInputException} naming the variable.
 *
 * <p>{@code INTERVIEW4J_MODEL} replaces the default model of the provider asked for by name, and of the first
 * provider of an automatic chain. A provider counts as configured when its key is set; OpenAI also when only
 * {@code OPENAI_BASE_URL} is set (a local compatible server), Ollama only when {@code OLLAMA_BASE_URL} is set.
 * Blank variables count as unset. Keys are never logged, and messages name variables, never values.
 */
public final class LanguageModels {

    /** Every provider name {@link #byName} accepts. */
    public static final List<String> PROVIDERS = List.of("openai", "anthropic", "gemini", "groq", "openrouter", "ollama");

    /**
     * The order of an automatic chain: the providers a user pays for directly first, then the routers and the
     * free tiers (OpenRouter, Gemini, Groq in the order seed 002 asks for), then a local Ollama.
     */
    public static final List<String> AUTO_ORDER = List.of("openai", "anthropic", "openrouter", "gemini", "groq", "ollama");

    /** The variable whose value replaces the default model. */
    public static final String MODEL_VARIABLE = "INTERVIEW4J_MODEL";

    /**
     * The variable that sets how the OpenAI-compatible providers (openai, groq, openrouter) send a JSON schema:
     * {@code json_schema} (strict {@code response_format: json_schema}), {@code json_object}
     * ({@code response_format: json_object} plus the schema in the system prompt) or {@code none} (the schema in the
     * system prompt only), for servers that reject schemas. Unset: {@code json_schema}, except groq's
     * {@code json_object}. The CLI's {@code --structured-output} sets it.
     */
    public static final String STRUCTURED_OUTPUT_VARIABLE = "INTERVIEW4J_STRUCTURED_OUTPUT";

    /**
     * The variable that sets the output cap every provider sends when a request sets none (a positive whole
     * number); unset: {@link io.interview4j.llm.http.HttpChatModelBuilder#DEFAULT_MAX_TOKENS}. The CLI's
     * {@code --max-tokens} sets it.
     */
    public static final String MAX_TOKENS_VARIABLE = "INTERVIEW4J_MAX_TOKENS";

    /** The values {@link #STRUCTURED_OUTPUT_VARIABLE} takes, in the order documented. */
    public static final List<String> STRUCTURED_OUTPUT_MODES = List.of("json_schema", "json_object", "none");

    private static final Map<String, String> DEFAULT_MODELS = Map.of(
            "openai", OpenAiCompatibleLanguageModel.DEFAULT_MODEL,
            "anthropic", AnthropicLanguageModel.DEFAULT_MODEL,
            "gemini", GeminiLanguageModel.DEFAULT_MODEL,
            "groq", "llama-3.3-70b-versatile",
            "openrouter", "openai/gpt-4o-mini",
            "ollama", OllamaLanguageModel.DEFAULT_MODEL);

    private LanguageModels() {
    }

    /** @return {@link #auto(Map)} over {@link System#getenv()} */
    public static Optional<LanguageModel> fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * @param env the environment variables
     * @return every configured provider as a retrying fallback chain ({@link #auto(Map)}); empty when none is
     *     configured, so the host runs offline
     * @throws InvalidInputException when a base URL variable is not an absolute http(s) URL, or
     *     {@code INTERVIEW4J_STRUCTURED_OUTPUT} or {@code INTERVIEW4J_MAX_TOKENS} has a bad value
     */
    public static Optional<LanguageModel> fromEnvironment(Map<String, String> env) {
        return auto(env);
    }

    /**
     * @param env the environment variables
     * @return the configured providers ({@link #AUTO_ORDER}) as {@link RetryingLanguageModel}s in a
     *     {@link FallbackLanguageModel}, or the single retrying model when one is configured; empty when none is
     * @throws InvalidInputException when a base URL variable is not an absolute http(s) URL
     */
    public static Optional<LanguageModel> auto(Map<String, String> env) {
        List<String> configured = configuredProviders(env);
        List<LanguageModel> chain = new ArrayList<>();
        for (int i = 0; i < configured.size(); i++) {
            String model = i == 0 ? value(env, MODEL_VARIABLE) : null;
            chain.add(RetryingLanguageModel.of(build(configured.get(i), env, model, null, false)));
        }
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(chain.size() == 1 ? chain.get(0) : FallbackLanguageModel.of(chain));
    }

    /**
     * @param env the environment variables
     * @return the names of the configured providers, in {@link #AUTO_ORDER}
     */
    public static List<String> configuredProviders(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        List<String> configured = new ArrayList<>();
        for (String provider : AUTO_ORDER) {
            boolean set = switch (provider) {
                case "openai" -> value(env, "OPENAI_API_KEY") != null || value(env, "OPENAI_BASE_URL") != null;
                case "anthropic" -> value(env, "ANTHROPIC_API_KEY") != null;
                case "gemini" -> geminiKey(env) != null;
                case "groq" -> value(env, "GROQ_API_KEY") != null;
                case "openrouter" -> value(env, "OPENROUTER_API_KEY") != null;
                case "ollama" -> value(env, "OLLAMA_BASE_URL") != null;
                default -> false;
            };
            if (set) {
                configured.add(provider);
            }
        }
        return List.copyOf(configured);
    }

    /**
     * @param provider one of {@link #PROVIDERS}, in any case
     * @param env the environment variables
     * @param modelOverride the model, or null for {@code INTERVIEW4J_MODEL}, else the provider's default
     * @param baseUrlOverride the base URL, or null for the provider's variable, else its default
     * @return the provider's adapter wrapped in a {@link RetryingLanguageModel} with the default retries
     * @throws InvalidInputException when the name is unknown, the provider's key variable is unset, or a base URL
     *     is not an absolute http(s) URL
     */
    public static LanguageModel byName(String provider, Map<String, String> env, String modelOverride,
                                       String baseUrlOverride) {
        return RetryingLanguageModel.of(adapter(provider, env, modelOverride, baseUrlOverride));
    }

    /**
     * The same as {@link #byName} without the retry decorator, for hosts that compose their own.
     *
     * @param provider one of {@link #PROVIDERS}, in any case
     * @param env the environment variables
     * @param modelOverride the model, or null for {@code INTERVIEW4J_MODEL}, else the provider's default
     * @param baseUrlOverride the base URL, or null for the provider's variable, else its default
     * @return the adapter
     * @throws InvalidInputException when the name is unknown, the key variable is unset, or a base URL is bad
     */
    public static LanguageModel adapter(String provider, Map<String, String> env, String modelOverride,
                                        String baseUrlOverride) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(env, "env");
        String name = provider.strip().toLowerCase(Locale.ROOT);
        if (!PROVIDERS.contains(name)) {
            throw new InvalidInputException("unknown provider '" + provider + "'; expected one of " + PROVIDERS);
        }
        String model = blankToNull(modelOverride) != null ? modelOverride.strip() : value(env, MODEL_VARIABLE);
        return build(name, env, model, blankToNull(baseUrlOverride), true);
    }

    /**
     * @param provider one of {@link #PROVIDERS}
     * @return the model used when none is given
     * @throws InvalidInputException when the name is unknown
     */
    public static String defaultModel(String provider) {
        String model = DEFAULT_MODELS.get(provider.strip().toLowerCase(Locale.ROOT));
        if (model == null) {
            throw new InvalidInputException("unknown provider '" + provider + "'; expected one of " + PROVIDERS);
        }
        return model;
    }

    /**
     * @param value a value of {@link #STRUCTURED_OUTPUT_VARIABLE}, in any case
     * @return the mode it names
     * @throws NullPointerException when it is null
     * @throws InvalidInputException when it is not one of {@link #STRUCTURED_OUTPUT_MODES}
     */
    public static StructuredOutputMode structuredOutputMode(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "json_schema" -> StructuredOutputMode.JSON_SCHEMA;
            case "json_object" -> StructuredOutputMode.JSON_OBJECT;
            case "none" -> StructuredOutputMode.PROMPT_ONLY;
            default -> throw new InvalidInputException(STRUCTURED_OUTPUT_VARIABLE + " must be one of "
                    + String.join(", ", STRUCTURED_OUTPUT_MODES) + ", was '" + value.strip() + "'");
        };
    }

    private static StructuredOutputMode structuredOutput(Map<String, String> env, StructuredOutputMode otherwise) {
        String value = value(env, STRUCTURED_OUTPUT_VARIABLE);
        return value == null ? otherwise : structuredOutputMode(value);
    }

    private static Integer maxTokens(Map<String, String> env) {
        String value = value(env, MAX_TOKENS_VARIABLE);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(MAX_TOKENS_VARIABLE + " must be a positive whole number, was '" + value + "'");
    }

    private static <B extends HttpChatModelBuilder<B>> B capped(B builder, Integer maxTokens) {
        return maxTokens == null ? builder : builder.maxTokens(maxTokens);
    }

    private static LanguageModel build(String provider, Map<String, String> env, String model, String baseUrl,
                                       boolean byName) {
        String chosenModel = model != null ? model : DEFAULT_MODELS.get(provider);
        Integer cap = maxTokens(env);
        switch (provider) {
            case "openai": {
                String url = first(baseUrl, value(env, "OPENAI_BASE_URL"), OpenAiCompatibleLanguageModel.DEFAULT_BASE_URL);
                String key = value(env, "OPENAI_API_KEY");
                if (key == null && byName && baseUrl == null && value(env, "OPENAI_BASE_URL") == null) {
                    throw missing("openai", "OPENAI_API_KEY", " (or OPENAI_BASE_URL for a local compatible server)");
                }
                return capped(OpenAiCompatibleLanguageModel.builder(), cap).providerName("openai").baseUrl(url).apiKey(key)
                        .modelName(chosenModel).maxCompletionTokens(isHost(url, "api.openai.com"))
                        .structuredOutput(structuredOutput(env, StructuredOutputMode.JSON_SCHEMA)).build();
            }
            case "groq": {
                String key = require(env, "groq", "GROQ_API_KEY");
                return capped(OpenAiCompatibleLanguageModel.builder(), cap).providerName("groq")
                        .baseUrl(first(baseUrl, value(env, "GROQ_BASE_URL"), "https://api.groq.com/openai/v1"))
                        .apiKey(key).modelName(chosenModel)
                        .structuredOutput(structuredOutput(env, StructuredOutputMode.JSON_OBJECT))
                        .build();
            }
            case "openrouter": {
                String key = require(env, "openrouter", "OPENROUTER_API_KEY");
                OpenAiCompatibleLanguageModel.Builder builder = capped(OpenAiCompatibleLanguageModel.builder(), cap)
                        .structuredOutput(structuredOutput(env, StructuredOutputMode.JSON_SCHEMA))
                        .providerName("openrouter")
                        .baseUrl(first(baseUrl, value(env, "OPENROUTER_BASE_URL"), "https://openrouter.ai/api/v1"))
                        .apiKey(key).modelName(chosenModel).header("X-Title", "interview4j");
                String referer = value(env, "OPENROUTER_HTTP_REFERER");
                if (referer != null) {
                    builder.header("HTTP-Referer", referer);
                }
                return builder.build();
            }
            case "anthropic": {
                String key = require(env, "anthropic", "ANTHROPIC_API_KEY");
                return capped(AnthropicLanguageModel.builder(), cap).apiKey(key).modelName(chosenModel)
                        .baseUrl(first(baseUrl, value(env, "ANTHROPIC_BASE_URL"), AnthropicLanguageModel.DEFAULT_BASE_URL))
                        .build();
            }
            case "gemini": {
                String key = geminiKey(env);
                if (key == null) {
                    throw missing("gemini", "GEMINI_API_KEY", " (or GOOGLE_API_KEY)");
                }
                return capped(GeminiLanguageModel.builder(), cap).apiKey(key).modelName(chosenModel)
                        .baseUrl(first(baseUrl, value(env, "GEMINI_BASE_URL"), GeminiLanguageModel.DEFAULT_BASE_URL))
                        .build();
            }
            case "ollama":
                return capped(OllamaLanguageModel.builder(), cap).modelName(chosenModel)
                        .baseUrl(first(baseUrl, value(env, "OLLAMA_BASE_URL"), OllamaLanguageModel.DEFAULT_BASE_URL))
                        .build();
            default:
                throw new InvalidInputException("unknown provider '" + provider + "'; expected one of " + PROVIDERS);
        }
    }

    private static String geminiKey(Map<String, String> env) {
        String key = value(env, "GEMINI_API_KEY");
        return key != null ? key : value(env, "GOOGLE_API_KEY");
    }

    private static String require(Map<String, String> env, String provider, String variable) {
        String key = value(env, variable);
        if (key == null) {
            throw missing(provider, variable, "");
        }
        return key;
    }

    private static InvalidInputException missing(String provider, String variable, String alternative) {
        return new InvalidInputException("provider " + provider + " needs " + variable + alternative
                + " to be set");
    }

    private static boolean isHost(String url, String host) {
        try {
            return host.equalsIgnoreCase(URI.create(url.strip()).getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String value(Map<String, String> env, String name) {
        return blankToNull(env.get(name));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
