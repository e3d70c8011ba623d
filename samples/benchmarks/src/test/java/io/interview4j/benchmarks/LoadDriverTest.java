package io.interview4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A small run of the load driver: every turn completes, nothing is lost; figures are printed, never asserted. */
class LoadDriverTest {

    @ParameterizedTest
    @ValueSource(strings = {"memory", "sqlite"})
    void should_complete_every_turn_and_lose_no_answer(String store) throws Exception {
        // when 12 interviews of 3 turns run against a provider answering after 20 ms
        LoadDriver.Result r = LoadDriver.run(12, 3, Duration.ofMillis(20), store, 4, 1, null);
        r.print(System.out);

        // then every turn completed, judged by the model, and every answer is in its session
        assertThat(r.errors()).isZero();
        assertThat(r.lost()).isZero();
        assertThat(r.submitted()).isEqualTo(36);
        assertThat(r.turns()).isEqualTo(36);
        assertThat(r.modelCalls()).isEqualTo(36);
        assertThat(r.modelFallbacks()).isZero();
    }
}
