package io.interview4j.engine;

import io.interview4j.testkit.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ModelException;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.RoundPlan;
import io.interview4j.scoring.AnswerFlag;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.Provenance;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.testkit.ScriptedLanguageModel;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** One deadline bounds a turn's model work; past it the answer is scored offline with the reason. */
class TurnDeadlineTest {

    private final ManualClock clock = new ManualClock();
    private final Caller candidate = Caller.candidate("carol");
    private final InterviewPlan plan = InterviewPlan.builder().round(RoundPlan.of("Core", "technical", 1)).build();

    /** A model whose every call takes {@code seconds} on the engine's clock and then replies {@code reply}. */
    private ScriptedLanguageModel slow(int seconds, Function<ChatRequest, String> reply) {
        return new ScriptedLanguageModel().otherwise(r -> {
            clock.advance(Duration.ofSeconds(seconds));
            return reply.apply(r);
        });
    }

    private Evaluation answer(ScriptedLanguageModel model, Duration deadline) {
        InterviewEngineBuilder b = InterviewEngine.builder().sessionStore(new InMemorySessionStore()).clock(clock)
                .languageModel(model).questionWriter(null);
        InterviewEngine engine = (deadline == null ? b : b.turnDeadline(deadline)).build();
        TurnResult r = engine.start(candidate, plan);
        return engine.submitAnswer(candidate, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(), Answers.STRONG))
                .evaluation();
    }

    @Test
    void should_skip_the_repair_that_does_not_fit_and_score_offline_with_the_reason() {
        // given calls of 20 s against a 30 s deadline, the first reply unusable
        ScriptedLanguageModel model = slow(20, r -> "I would give it a four.");

        // when
        Evaluation e = answer(model, Duration.ofSeconds(30));

        // then: the repair would end at 40 s, so it is not made
        assertThat(model.requests()).hasSize(1);
        assertThat(model.requests().get(0).timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(e.provenance()).isEqualTo(Provenance.FALLBACK);
        assertThat(e.flags()).contains(AnswerFlag.MODEL_FAILED);
        assertThat(e.feedback()).startsWith("Scored offline: the model's reply could not be used and the 30 s deadline "
                + "left no time to repair it.");
        assertThat(e.modelCalls()).isEqualTo(1);
        assertThat(e.usage().total()).isPositive();
    }

    @Test
    void should_score_offline_saying_the_model_did_not_answer_in_time_when_the_call_times_out() {
        // given a call that gives up when the 30 s are spent
        ScriptedLanguageModel model = slow(30, r -> {
            throw new ModelException("request timed out after " + r.timeout().toSeconds() + " s", 0, true, null);
        });

        // when
        Evaluation e = answer(model, Duration.ofSeconds(30));

        // then
        assertThat(model.requests()).hasSize(1);
        assertThat(e.provenance()).isEqualTo(Provenance.FALLBACK);
        assertThat(e.flags()).contains(AnswerFlag.MODEL_FAILED);
        assertThat(e.feedback()).startsWith("Scored offline: the model did not answer within 30 s.");
    }

    @Test
    void should_give_the_repair_what_is_left_of_the_deadline_when_it_fits() {
        // given calls of 10 s against a 30 s deadline, the first reply unusable, the second valid
        int[] call = {0};
        ScriptedLanguageModel model = slow(10, r -> call[0]++ == 0 ? "not JSON" : ScoreCheckTest.judgement(4));

        // when
        Evaluation e = answer(model, Duration.ofSeconds(30));

        // then
        assertThat(model.requests()).extracting(ChatRequest::timeout)
                .containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(20));
        assertThat(e.provenance()).isEqualTo(Provenance.MODEL);
        assertThat(e.modelCalls()).isEqualTo(2);
    }

    @Test
    void should_send_the_default_deadline_of_30_seconds_as_the_first_calls_timeout() {
        // given
        ScriptedLanguageModel model = slow(1, r -> ScoreCheckTest.judgement(4));

        // when
        answer(model, null);

        // then
        assertThat(model.requests()).extracting(ChatRequest::timeout).containsExactly(Duration.ofSeconds(30));
        assertThat(InterviewEngineBuilder.DEFAULT_TURN_DEADLINE).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void should_refuse_a_deadline_that_is_not_positive_or_set_twice() {
        assertThatThrownBy(() -> InterviewEngine.builder().turnDeadline(Duration.ZERO))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("turnDeadline");
        assertThatThrownBy(() -> InterviewEngine.builder().turnDeadline(Duration.ofSeconds(-1)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> InterviewEngine.builder().sessionStore(new InMemorySessionStore())
                .turnDeadline(Duration.ofSeconds(5)).turnDeadline(Duration.ofSeconds(6)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("turnDeadline");
        assertThatCode(() -> InterviewEngine.builder().turnDeadline(Duration.ofMillis(1))).doesNotThrowAnyException();
    }
}
