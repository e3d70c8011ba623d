package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.OutputLimits;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.scoring.Provenance;
import io.interview4j.session.Session;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.testkit.ManualClock;
import io.interview4j.testkit.ScriptedLanguageModel;
import org.junit.jupiter.api.Test;

/** The engine's model calls carry the output caps it was built with, and a cut-off judgement is repaired. */
class OutputLimitsInTheEngineTest {

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final ManualClock clock = new ManualClock();
    private final Caller candidate = Caller.candidate("dana");

    private Session answerOnce(InterviewEngine engine, InterviewPlan plan) {
        // the judge alone: no question written by the model before it
        TurnResult first = engine.start(candidate, plan.toBuilder().generateQuestions(false).build());
        engine.submitAnswer(candidate, AnswerSubmission.of(first.sessionId(), first.nextQuestion().id(), Answers.STRONG));
        return engine.session(candidate, first.sessionId());
    }

    @Test
    void should_send_the_configured_judge_cap_and_score_by_model_after_a_cut_off_reply() {
        // given
        InterviewPlan plan = Presets.coaching(PresetOptions.defaults());
        String judgement = JudgeInTheEngineTest.judgement(plan.rubric(), 0.5);
        ScriptedLanguageModel model = new ScriptedLanguageModel("acme")
                .truncated(judgement.substring(0, judgement.length() / 3)).reply(judgement);
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).languageModel(model)
                .outputLimits(OutputLimits.uniform(333)).build();

        // when
        Session s = answerOnce(engine, plan);

        // then
        assertThat(model.requests()).hasSize(2).extracting(ChatRequest::maxTokens).containsOnly(333);
        assertThat(s.turns().get(0).evaluation().provenance()).isEqualTo(Provenance.MODEL);
        assertThat(s.turns().get(0).evaluation().modelCalls()).isEqualTo(2);
    }

    @Test
    void should_send_the_default_judge_cap_when_none_is_configured() {
        // given
        InterviewPlan plan = Presets.coaching(PresetOptions.defaults());
        ScriptedLanguageModel model = new ScriptedLanguageModel()
                .reply(JudgeInTheEngineTest.judgement(plan.rubric(), 0.5));
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).languageModel(model).build();

        // when
        answerOnce(engine, plan);

        // then
        assertThat(model.requests()).extracting(ChatRequest::maxTokens)
                .containsExactly(OutputLimits.defaults().maxTokens(OutputLimits.Task.JUDGE));
    }
}
