package io.interview4j.samples.cli;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.config.LanguageModels;
import io.interview4j.llm.OutputLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The one place {@code --provider}, {@code --model}, {@code --base-url}, {@code --structured-output} and
 * {@code --max-tokens} become a {@link LanguageModel} and the engine's output caps, through
 * llm-adapters' {@link LanguageModels}. {@code offline} means no model (the built-in heuristic scorer);
 * {@code auto} chains the providers whose keys are in the environment, and runs offline when there are none.
 */
final class Models {

    /** Picks the configured providers, else offline. */
    static final String AUTO = "auto";
    /** No model. */
    static final String OFFLINE = "offline";
    /** Every accepted {@code --provider}. */
    static final List<String> PROVIDERS;

    static {
        List<String> all = new ArrayList<>(List.of(AUTO, OFFLINE));
        all.addAll(LanguageModels.PROVIDERS);
        PROVIDERS = List.copyOf(all);
    }

    private Models() {
    }

    /**
     * The model chosen, and a line saying so for the terminal.
     *
     * @param model the model, or empty to run offline
     * @param description such as {@code Model: openai gpt-4o-mini}
     * @param outputLimits the caps the engine sends: {@code --max-tokens} (or its variable) for every task, else the
     *     defaults
     */
    record Selection(Optional<LanguageModel> model, String description, OutputLimits outputLimits) {

        Selection(Optional<LanguageModel> model, String description) {
            this(model, description, OutputLimits.defaults());
        }

        /** @return the model, or {@code null} for the engine builder to run offline */
        LanguageModel orNull() {
            return model.orElse(null);
        }
    }

    /**
     * @param options the model options as given
     * @param given the environment, where API keys, base URLs and the variables of the flags are read from
     * @return the model and its description
     * @throws InvalidInputException when a named provider's key is not set or a base URL is not http(s)
     */
    static Selection select(Options.Model options, Map<String, String> given) {
        Map<String, String> env = withFlags(options, given);
        OutputLimits limits = outputLimits(env);
        Selection chosen = choose(options, env);
        return new Selection(chosen.model(), chosen.description(), limits);
    }

    /** The environment with {@code --structured-output} and {@code --max-tokens} in their variables, which they beat. */
    private static Map<String, String> withFlags(Options.Model options, Map<String, String> env) {
        Map<String, String> merged = new HashMap<>(env);
        if (options.structuredOutput != null) {
            merged.put(LanguageModels.STRUCTURED_OUTPUT_VARIABLE, options.structuredOutput);
        }
        if (options.maxTokens != null) {
            merged.put(LanguageModels.MAX_TOKENS_VARIABLE, Integer.toString(options.maxTokens));
        }
        return merged;
    }

    /** The engine's per-task caps: the one given cap for every task, else the defaults. */
    private static OutputLimits outputLimits(Map<String, String> env) {
        String value = blankToNull(env.get(LanguageModels.MAX_TOKENS_VARIABLE));
        if (value == null) {
            return OutputLimits.defaults();
        }
        try {
            return OutputLimits.uniform(Integer.parseInt(value));
        } catch (NumberFormatException | InvalidInputException e) {
            throw new InvalidInputException(LanguageModels.MAX_TOKENS_VARIABLE + " must be a positive whole number, was '"
                    + value + "'");
        }
    }

    private static Selection choose(Options.Model options, Map<String, String> env) {
        String provider = options.provider == null ? AUTO : options.provider.toLowerCase(Locale.ROOT);
        String model = blankToNull(options.model);
        String baseUrl = blankToNull(options.baseUrl);
        if (provider.equals(OFFLINE)) {
            return offline();
        }
        if (provider.equals(AUTO)) {
            if (model != null || baseUrl != null) {
                throw new InvalidInputException("--model and --base-url need a named --provider, such as --provider openai");
            }
            List<String> configured = LanguageModels.configuredProviders(env);
            return LanguageModels.auto(env)
                    .map(m -> new Selection(Optional.of(m), "Model: " + String.join(" → ", configured)
                            + " (falls back to offline scoring if a call fails)"))
                    .orElseGet(Models::offline);
        }
        LanguageModel chosen = LanguageModels.byName(provider, env, model, baseUrl);
        String name = model != null ? model : blankToNull(env.get(LanguageModels.MODEL_VARIABLE));
        return new Selection(Optional.of(chosen), "Model: " + provider + " "
                + (name != null ? name : LanguageModels.defaultModel(provider)) + " (falls back to offline scoring if a call fails)");
    }

    private static Selection offline() {
        return new Selection(Optional.empty(), "Model: offline (built-in question bank, heuristic scoring)");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Accepts only the names in {@link #PROVIDERS}, any case. */
    static final class ProviderConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (!PROVIDERS.contains(v)) {
                throw new TypeConversionException("'" + value + "' is not a provider; expected " + String.join(", ", PROVIDERS));
            }
            return v;
        }
    }
}
