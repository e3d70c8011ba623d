package io.interview4j.llm.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.CostEstimator;
import io.interview4j.llm.TokenUsage;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceTableTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "gpt-4o-mini, 1000000, 1000000, 0, 0.750000",
            "gpt-4o-mini-2024-07-18, 2000, 500, 0, 0.000600",
            "claude-haiku-4-5-20251001, 1150, 20, 1000, 0.000350",
            "gemini-2.5-flash, 1000, 1000, 0, 0.002800",
            "GPT-4O, 1000000, 0, 500000, 1.875000",
            "llama-3.3-70b-versatile, 1000000, 1000000, 0, 1.380000"})
    void should_estimate_cost_when_model_has_a_price(String model, long in, long out, long cached, String dollars) {
        // when
        var cost = PriceTable.defaults().estimateCost(model, new TokenUsage(in, out, cached));

        // then
        assertThat(cost).contains(new BigDecimal(dollars));
    }

    @Test
    void should_prefer_longest_prefix_when_several_entries_match() {
        // then
        assertThat(PriceTable.defaults().find("gpt-4o-mini-2024-07-18")).contains(PriceTable.defaults().prices().get("gpt-4o-mini"));
        assertThat(PriceTable.defaults().find("gpt-4o-2024-08-06")).contains(PriceTable.defaults().prices().get("gpt-4o"));
    }

    @Test
    void should_have_no_estimate_when_model_is_unknown() {
        // then
        assertThat(PriceTable.defaults().estimateCost("llama3.2", new TokenUsage(10, 10, 0))).isEmpty();
        assertThat(PriceTable.defaults().estimateCost(null, TokenUsage.NONE)).isEmpty();
        assertThat(PriceTable.empty().estimateCost("gpt-4o", TokenUsage.NONE)).isEmpty();
    }

    @Test
    void should_return_new_table_when_a_price_is_added() {
        // given
        PriceTable defaults = PriceTable.defaults();

        // when
        PriceTable withLocal = defaults.with("llama3.2", ModelPrice.of("0", "0")).with("gpt-4o-mini", ModelPrice.of("1", "2"));

        // then
        assertThat(withLocal.estimateCost("llama3.2:latest", new TokenUsage(100, 100, 0))).contains(new BigDecimal("0.000000"));
        assertThat(withLocal.estimateCost("gpt-4o-mini", new TokenUsage(1_000_000, 1_000_000, 0))).contains(new BigDecimal("3.000000"));
        assertThat(defaults.find("llama3.2")).isEmpty();
    }

    @Test
    void should_reject_bad_prices_when_built() {
        // then
        assertThatThrownBy(() -> ModelPrice.of("-1", "0")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PriceTable.empty().with(" ", ModelPrice.of("1", "1"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void should_serve_as_the_cores_cost_estimator_for_a_session_budget() {
        // given
        CostEstimator estimator = PriceTable.empty().with("judge-model", ModelPrice.of("2.00", "8.00"));

        // when
        var cost = estimator.estimateCost("judge-model-v2", new TokenUsage(500_000, 100_000, 0));

        // then
        assertThat(cost).contains(new BigDecimal("1.800000"));
        assertThat(estimator.estimateCost("unpriced", new TokenUsage(1, 1, 0))).isEmpty();
    }
}
