package io.interview4j.llm.cost;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.CostEstimator;
import io.interview4j.llm.TokenUsage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Prices per model, for an estimated cost of each call: {@code (input - cached) * input price + cached * cached
 * price + output * output price}, per million tokens, in US dollars, rounded to 6 decimals. Immutable and
 * thread-safe; {@link #with} returns a new table.
 *
 * <p>A model id matches its exact entry first, else the longest entry it starts with, so dated ids such as
 * {@code gpt-4o-mini-2024-07-18} or {@code claude-haiku-4-5-20251001} find their family's price; ids are compared
 * ignoring case. A model with no entry has no estimate (empty), never a guessed one.
 *
 * <p>{@link #defaults()} holds list prices (USD per million tokens, standard tier, as published in 2025; check the
 * providers' pages before relying on them):
 * <table>
 *   <caption>Default prices</caption>
 *   <tr><th>model</th><th>input</th><th>cached input</th><th>output</th></tr>
 *   <tr><td>gpt-4o-mini</td><td>0.15</td><td>0.075</td><td>0.60</td></tr>
 *   <tr><td>gpt-4o</td><td>2.50</td><td>1.25</td><td>10.00</td></tr>
 *   <tr><td>gpt-4.1-mini</td><td>0.40</td><td>0.10</td><td>1.60</td></tr>
 *   <tr><td>gpt-4.1</td><td>2.00</td><td>0.50</td><td>8.00</td></tr>
 *   <tr><td>claude-haiku-4-5</td><td>1.00</td><td>0.10</td><td>5.00</td></tr>
 *   <tr><td>claude-sonnet-4-5</td><td>3.00</td><td>0.30</td><td>15.00</td></tr>
 *   <tr><td>gemini-2.5-flash</td><td>0.30</td><td>0.075</td><td>2.50</td></tr>
 *   <tr><td>gemini-2.5-pro</td><td>1.25</td><td>0.31</td><td>10.00</td></tr>
 *   <tr><td>llama-3.3-70b-versatile (Groq)</td><td>0.59</td><td>0.59</td><td>0.79</td></tr>
 *   <tr><td>openai/gpt-4o-mini (OpenRouter)</td><td>0.15</td><td>0.075</td><td>0.60</td></tr>
 * </table>
 * Cache writes are priced as input. Local models (Ollama) are not listed: add them at zero with {@link #with}.
 *
 * <p>As a {@link CostEstimator} it gives a money budget per session to the engine, as in
 * {@code SessionBudget.cost(new BigDecimal("0.50"), PriceTable.defaults())}.
 */
public final class PriceTable implements CostEstimator {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final Map<String, ModelPrice> prices;

    private PriceTable(Map<String, ModelPrice> prices) {
        this.prices = Map.copyOf(prices);
    }

    /** @return a table with no prices */
    public static PriceTable empty() {
        return new PriceTable(Map.of());
    }

    /** @return the documented default prices */
    public static PriceTable defaults() {
        Map<String, ModelPrice> prices = new LinkedHashMap<>();
        prices.put("gpt-4o-mini", ModelPrice.of("0.15", "0.60", "0.075"));
        prices.put("gpt-4o", ModelPrice.of("2.50", "10.00", "1.25"));
        prices.put("gpt-4.1-mini", ModelPrice.of("0.40", "1.60", "0.10"));
        prices.put("gpt-4.1", ModelPrice.of("2.00", "8.00", "0.50"));
        prices.put("claude-haiku-4-5", ModelPrice.of("1.00", "5.00", "0.10"));
        prices.put("claude-sonnet-4-5", ModelPrice.of("3.00", "15.00", "0.30"));
        prices.put("gemini-2.5-flash", ModelPrice.of("0.30", "2.50", "0.075"));
        prices.put("gemini-2.5-pro", ModelPrice.of("1.25", "10.00", "0.31"));
        prices.put("llama-3.3-70b-versatile", ModelPrice.of("0.59", "0.79"));
        prices.put("openai/gpt-4o-mini", ModelPrice.of("0.15", "0.60", "0.075"));
        return new PriceTable(prices);
    }

    /**
     * @param modelId a model id or id prefix, such as {@code gpt-4o-mini}
     * @param price its price
     * @return a new table with the entry added or replaced
     * @throws InvalidInputException when the id is blank
     */
    public PriceTable with(String modelId, ModelPrice price) {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(price, "price");
        if (modelId.isBlank()) {
            throw new InvalidInputException("modelId must not be blank");
        }
        Map<String, ModelPrice> copy = new LinkedHashMap<>(prices);
        copy.put(modelId.strip().toLowerCase(Locale.ROOT), price);
        return new PriceTable(copy);
    }

    /**
     * @param modelId a model id as a response reports it
     * @return its price: the exact entry, else the longest entry the id starts with
     */
    public Optional<ModelPrice> find(String modelId) {
        if (modelId == null || modelId.isBlank()) {
            return Optional.empty();
        }
        String id = modelId.strip().toLowerCase(Locale.ROOT);
        ModelPrice exact = prices.get(id);
        if (exact != null) {
            return Optional.of(exact);
        }
        String best = null;
        for (String key : prices.keySet()) {
            if (id.startsWith(key) && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return Optional.ofNullable(best == null ? null : prices.get(best));
    }

    /**
     * @param modelId a model id as a response reports it
     * @param usage the tokens of one call or a sum of calls
     * @return the estimated cost in US dollars, 6 decimals; empty when the model has no price
     */
    @Override
    public Optional<BigDecimal> estimateCost(String modelId, TokenUsage usage) {
        Objects.requireNonNull(usage, "usage");
        return find(modelId).map(price -> {
            long cached = Math.min(usage.cachedTokens(), usage.inputTokens());
            BigDecimal cost = price.inputPerMillion().multiply(BigDecimal.valueOf(usage.inputTokens() - cached))
                    .add(price.cachedInputPerMillion().multiply(BigDecimal.valueOf(cached)))
                    .add(price.outputPerMillion().multiply(BigDecimal.valueOf(usage.outputTokens())));
            return cost.divide(MILLION, 6, RoundingMode.HALF_UP);
        });
    }

    /** @return the entries, model id to price */
    public Map<String, ModelPrice> prices() {
        return prices;
    }

    /** @return the number of entries */
    @Override
    public String toString() {
        return "PriceTable[" + prices.size() + " models]";
    }
}
