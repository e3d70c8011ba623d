package io.interview4j.engine;

import io.interview4j.testkit.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.AccessDeniedException;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.report.Report;
import io.interview4j.report.ReportRenderers;
import io.interview4j.scoring.Provenance;
import io.interview4j.session.Session;
import io.interview4j.session.SessionEvent.AnswerSubmitted;
import io.interview4j.session.SessionStatus;
import io.interview4j.testkit.ScriptedLanguageModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A turn a crash interrupted (the answer stored, its evaluation not): reads leave it alone and spend nothing; the
 * owner's next write or {@link InterviewEngine#recover} finishes it.
 */
class InterruptedTurnTest {

    private final CountingStore store = new CountingStore();
    private final ManualClock clock = new ManualClock();
    private final InterviewPlan plan = Presets.coaching(PresetOptions.defaults());
    private final ScriptedLanguageModel model = new ScriptedLanguageModel()
            .otherwise(r -> JudgeInTheEngineTest.judgement(plan.rubric(), 0.5));
    private final InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).languageModel(model).questionWriter(null)
            .build();
    private final Caller owner = Caller.candidate("ana", "acme");
    private final Caller reviewer = Caller.reviewer("rita", "acme");

    /** Starts a session and stores an answer to its first question as a crash before the evaluation leaves it. */
    private TurnResult interrupted(String key) {
        TurnResult first = engine.start(owner, plan);
        store.append(first.sessionId(), store.get(first.sessionId()).version(), List.of(
                new AnswerSubmitted(clock.instant(), first.nextQuestion().id(), Answers.STRONG, key, 40)));
        return first;
    }

    @Test
    void should_show_the_answer_as_pending_to_a_reviewer_without_calling_the_model_or_storing_anything() {
        // given
        TurnResult first = interrupted(null);
        long version = store.get(first.sessionId()).version();
        int appends = store.appends;

        // when
        Report report = engine.report(reviewer, first.sessionId());
        Session session = engine.session(reviewer, first.sessionId());

        // then
        assertThat(model.requests()).isEmpty();
        assertThat(store.get(first.sessionId()).version()).isEqualTo(version);
        assertThat(store.appends).isEqualTo(appends);
        Report.QuestionEntry q1 = report.questions().get(0);
        assertThat(q1.answer()).isEqualTo(Answers.STRONG);
        assertThat(q1.pending()).isTrue();
        assertThat(q1.score()).isNull();
        assertThat(q1.provenance()).isNull();
        assertThat(ReportRenderers.json(report)).contains("\"pending\" : true");
        assertThat(ReportRenderers.markdown(report)).contains("Evaluation pending");
        assertThat(session.unevaluatedTurn()).isPresent();
    }

    @Test
    void should_read_without_writing_for_the_owner_too() {
        // given
        TurnResult first = interrupted(null);
        long version = store.get(first.sessionId()).version();

        // when
        TurnResult current = engine.currentQuestion(owner, first.sessionId());
        Report report = engine.report(owner, first.sessionId());

        // then
        assertThat(model.requests()).isEmpty();
        assertThat(store.get(first.sessionId()).version()).isEqualTo(version);
        assertThat(current.nextQuestion()).isNull();
        assertThat(current.completed()).isFalse();
        assertThat(report.questions()).hasSize(1);
        assertThat(report.questions().get(0).pending()).isTrue();
    }

    @Test
    void should_score_the_waiting_answer_and_ask_the_next_question_when_the_owner_recovers() {
        // given
        TurnResult first = interrupted(null);

        // when
        TurnResult recovered = engine.recover(owner, first.sessionId());

        // then
        assertThat(model.requests()).hasSize(1);
        assertThat(recovered.answeredQuestionId()).isEqualTo(first.nextQuestion().id());
        assertThat(recovered.evaluation().provenance()).isEqualTo(Provenance.MODEL);
        assertThat(recovered.nextQuestion()).isNotNull();
        assertThat(recovered.nextQuestion().id()).isNotEqualTo(first.nextQuestion().id());
        assertThat(engine.report(reviewer, first.sessionId()).questions().get(0).pending()).isFalse();
        assertThat(engine.currentQuestion(owner, first.sessionId()).nextQuestion()).isEqualTo(recovered.nextQuestion());
    }

    @Test
    void should_do_nothing_on_recover_when_no_answer_waits() {
        // given
        TurnResult first = engine.start(owner, plan);
        long version = store.get(first.sessionId()).version();

        // when
        TurnResult current = engine.recover(owner, first.sessionId());

        // then
        assertThat(current).isEqualTo(engine.currentQuestion(owner, first.sessionId()));
        assertThat(current.answeredQuestionId()).isNull();
        assertThat(store.get(first.sessionId()).version()).isEqualTo(version);
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void should_let_only_the_owner_recover() {
        // given
        TurnResult first = interrupted(null);
        long version = store.get(first.sessionId()).version();

        // when / then
        assertThatThrownBy(() -> engine.recover(reviewer, first.sessionId())).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("only its owner");
        assertThat(store.get(first.sessionId()).version()).isEqualTo(version);
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void should_finish_the_interrupted_turn_when_the_owner_repeats_the_submission() {
        // given: the client did not hear back and sends the same submission again
        TurnResult first = interrupted("k-1");

        // when
        TurnResult again = engine.submitAnswer(owner, new AnswerSubmission(first.sessionId(), first.nextQuestion().id(),
                Answers.STRONG, "k-1", null));

        // then
        assertThat(model.requests()).hasSize(1);
        assertThat(again.evaluation().provenance()).isEqualTo(Provenance.MODEL);
        assertThat(again.nextQuestion()).isNotNull();
        assertThat(engine.session(owner, first.sessionId()).turns()).hasSize(2);
    }

    @Test
    void should_score_the_waiting_answer_before_finishing_early() {
        // given
        TurnResult first = interrupted(null);

        // when
        Session done = engine.finish(owner, first.sessionId());

        // then
        assertThat(done.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(done.endReason()).isEqualTo("finished_early");
        assertThat(done.turns().get(0).evaluation().provenance()).isEqualTo(Provenance.MODEL);
        assertThat(done).usingRecursiveComparison().isEqualTo(engine.session(owner, first.sessionId()));
    }
}
