package io.interview4j.engine;

import io.interview4j.testkit.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.scoring.HeuristicEvaluator;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InterviewEngineBuilderTest {

    private final CountingStore store = new CountingStore();

    @Test
    void should_refuse_to_build_when_an_option_was_set_twice_naming_it() {
        // given
        InterviewEngineBuilder builder = InterviewEngine.builder().sessionStore(store).clock(Clock.systemUTC())
                .languageModel(null).clock(new ManualClock()).languageModel(null);

        // when / then
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
                .hasMessage("InterviewEngine builder: option set more than once: clock, languageModel");
    }

    @Test
    void should_refuse_a_second_store_even_when_it_is_the_same() {
        assertThatThrownBy(() -> InterviewEngine.builder().sessionStore(store).sessionStore(store).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sessionStore");
    }

    @Test
    void should_require_a_session_store() {
        assertThatThrownBy(() -> InterviewEngine.builder().offlineEvaluator(new HeuristicEvaluator()).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("SessionStore is required");
    }

    @Test
    void should_build_an_offline_engine_from_the_options_set_once() {
        // given
        AtomicInteger n = new AtomicInteger();
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(new ManualClock())
                .idSource(() -> "id-" + n.incrementAndGet()).languageModel(null).sessionBudget(null).costEstimator(null)
                .build();

        // when
        TurnResult first = engine.start(Caller.candidate("ana"), Presets.coaching(PresetOptions.defaults()));

        // then
        assertThat(first.sessionId()).isEqualTo("id-1");
        assertThat(first.nextQuestion().id()).isEqualTo("id-2");
    }

    @Test
    void should_refuse_a_question_writer_or_an_executor_set_twice() {
        assertThatThrownBy(() -> InterviewEngine.builder().sessionStore(store).questionWriter(null)
                .executor(Runnable::run).questionWriter(r -> java.util.Optional.empty()).executor(null).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("InterviewEngine builder: option set more than once: questionWriter, executor");
    }
}
