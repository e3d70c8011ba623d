package io.interview4j.engine;

import io.interview4j.testkit.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.AccessDeniedException;
import io.interview4j.InvalidInputException;
import io.interview4j.SessionNotFoundException;
import io.interview4j.SessionStateException;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.report.History;
import io.interview4j.scoring.AnswerFlag;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.EvaluationRequest;
import io.interview4j.scoring.Evaluator;
import io.interview4j.scoring.GateResult;
import io.interview4j.scoring.HeuristicEvaluator;
import io.interview4j.scoring.Provenance;
import io.interview4j.session.Session;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionStatus;
import io.interview4j.store.InMemorySessionStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterviewEngineTest {

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final ManualClock clock = new ManualClock();
    private final InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).build();
    private final Caller owner = Caller.candidate("alice", "acme");
    private final InterviewPlan plan = Presets.campusPlacement(PresetOptions.defaults());

    @Test
    void should_return_stored_result_and_store_nothing_when_same_submission_is_sent_twice() {
        // given
        TurnResult first = engine.start(owner, plan);
        AnswerSubmission answer = new AnswerSubmission(first.sessionId(), first.nextQuestion().id(), Answers.STRONG, "key-1", null);
        TurnResult once = engine.submitAnswer(owner, answer);
        long version = store.get(first.sessionId()).version();

        // when
        TurnResult twice = engine.submitAnswer(owner, answer);

        // then
        assertThat(store.get(first.sessionId()).version()).isEqualTo(version);
        assertThat(twice.nextQuestion()).isEqualTo(once.nextQuestion());
        assertThat(twice.evaluation()).isEqualTo(once.evaluation());
    }

    @Test
    void should_refuse_with_clear_error_when_session_is_unknown() {
        assertThatThrownBy(() -> engine.currentQuestion(owner, "nope"))
                .isInstanceOf(SessionNotFoundException.class).hasMessageContaining("nope");
    }

    @Test
    void should_refuse_and_lose_nothing_when_answer_is_for_another_question() {
        // given
        TurnResult first = engine.start(owner, plan);
        long version = store.get(first.sessionId()).version();

        // when / then
        assertThatThrownBy(() -> engine.submitAnswer(owner, AnswerSubmission.of(first.sessionId(), "other", Answers.STRONG)))
                .isInstanceOf(SessionStateException.class)
                .hasMessageContaining("other").hasMessageContaining(first.nextQuestion().id())
                .extracting(e -> ((SessionStateException) e).reason()).isEqualTo(SessionStateException.Reason.QUESTION_MISMATCH);
        assertThat(store.get(first.sessionId()).version()).isEqualTo(version);
    }

    @Test
    void should_refuse_answers_when_session_is_completed() {
        // given
        TurnResult first = engine.start(owner, plan);
        engine.finish(owner, first.sessionId());

        // when / then
        assertThatThrownBy(() -> engine.submitAnswer(owner, AnswerSubmission.of(first.sessionId(), first.nextQuestion().id(), "x y z")))
                .isInstanceOf(SessionStateException.class).hasMessageContaining("already completed");
    }

    @Test
    void should_refuse_blank_and_over_long_answers() {
        assertThatThrownBy(() -> AnswerSubmission.of("s", "q", "   ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> AnswerSubmission.of("s", "q", "a".repeat(AnswerSubmission.MAX_ANSWER_CHARS + 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("100000");
    }

    @Test
    void should_hide_sessions_from_other_accounts_and_let_same_organisation_reviewer_read_report() {
        // given
        TurnResult first = engine.start(owner, plan);
        Caller mallory = Caller.candidate("mallory");
        Caller reviewer = Caller.reviewer("rita", "acme");
        Caller otherReviewer = Caller.reviewer("oscar", "globex");

        // when / then
        assertThatThrownBy(() -> engine.submitAnswer(mallory, AnswerSubmission.of(first.sessionId(), first.nextQuestion().id(), Answers.STRONG)))
                .isInstanceOf(SessionNotFoundException.class).hasMessage("Unknown session: " + first.sessionId());
        assertThatThrownBy(() -> engine.report(mallory, first.sessionId())).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> engine.report(otherReviewer, first.sessionId())).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> engine.submitAnswer(reviewer, AnswerSubmission.of(first.sessionId(), first.nextQuestion().id(), Answers.STRONG)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(engine.report(reviewer, first.sessionId()).sessionId()).isEqualTo(first.sessionId());
        assertThat(engine.history(reviewer, "alice").sessions()).hasSize(1);
        assertThatThrownBy(() -> engine.history(mallory, "alice")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void should_show_a_reviewer_with_the_candidates_account_id_only_its_organisations_history() {
        // given alice's sessions in acme and on her own, and a reviewer of globex with her account id
        engine.start(owner, plan);
        engine.start(Caller.candidate("alice"), plan);
        Caller sameId = Caller.reviewer("alice", "globex");

        // when
        History seen = engine.history(sameId, "alice");

        // then
        assertThat(engine.history(Caller.candidate("alice"), "alice").sessions()).hasSize(2);
        assertThat(seen.sessions()).isEmpty();
        assertThat(engine.history(Caller.reviewer("alice", "acme"), "alice").sessions()).hasSize(1);
    }

    @Test
    void should_skip_without_score_and_move_on() {
        // given
        TurnResult first = engine.start(owner, plan);

        // when
        TurnResult next = engine.skip(owner, first.sessionId(), first.nextQuestion().id());

        // then
        Session s = engine.session(owner, first.sessionId());
        assertThat(s.turns().get(0).skipped()).isTrue();
        assertThat(s.turns().get(0).evaluation()).isNull();
        assertThat(next.nextQuestion()).isNotNull();
        assertThat(engine.report(owner, s.id()).overall().skipped()).isEqualTo(1);
    }

    @Test
    void should_keep_abandoned_session_and_refuse_further_answers() {
        // given
        TurnResult first = engine.start(owner, plan);

        // when
        engine.abandon(owner, first.sessionId(), "closed the tab");

        // then
        assertThat(engine.session(owner, first.sessionId()).status()).isEqualTo(SessionStatus.ABANDONED);
        assertThatThrownBy(() -> engine.skip(owner, first.sessionId(), first.nextQuestion().id()))
                .isInstanceOf(SessionStateException.class).hasMessageContaining("abandoned");
    }

    @Test
    void should_evaluate_stored_answer_when_the_owner_recovers_after_a_crash() {
        // given: the answer was appended, then the process died before the evaluation was
        TurnResult first = engine.start(owner, plan);
        store.append(first.sessionId(), store.get(first.sessionId()).version(), List.of(
                new SessionEvent.AnswerSubmitted(clock.instant(), first.nextQuestion().id(), Answers.STRONG, "k", 40)));

        // when
        TurnResult current = engine.recover(owner, first.sessionId());

        // then
        Session s = engine.session(owner, first.sessionId());
        assertThat(s.turns().get(0).answer()).isEqualTo(Answers.STRONG);
        assertThat(s.turns().get(0).evaluation().provenance()).isEqualTo(Provenance.HEURISTIC);
        assertThat(current.nextQuestion()).isNotNull();
        assertThat(current.nextQuestion().id()).isNotEqualTo(first.nextQuestion().id());
    }

    @Test
    void should_not_repeat_questions_of_the_candidates_recent_sessions() {
        // given
        TurnResult a = engine.start(owner, plan);
        engine.finish(owner, a.sessionId());

        // when
        TurnResult b = engine.start(owner, plan);

        // then
        assertThat(b.nextQuestion().bankId()).isNotEqualTo(a.nextQuestion().bankId());
    }

    @Test
    void should_show_trend_across_completed_sessions() {
        // given
        for (String answer : List.of(Answers.SHORT_VAGUE, Answers.STRONG)) {
            TurnResult r = engine.start(owner, plan);
            while (!r.completed()) {
                clock.advance(Duration.ofMinutes(1));
                r = engine.submitAnswer(owner, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(), answer));
            }
        }

        // when
        var history = engine.history(owner, "alice");

        // then
        assertThat(history.sessions()).hasSize(2);
        assertThat(history.trends()).hasSize(1);
        assertThat(history.trends().get(0).latestScore()).isGreaterThan(history.trends().get(0).firstScore());
        assertThat(history.trends().get(0).direction()).isEqualTo("improving");
    }

    @Test
    void should_gate_each_answer_once_and_hand_the_result_to_the_offline_evaluator() {
        // given: an offline evaluator that records how it is called
        List<GateResult> handed = new ArrayList<>();
        HeuristicEvaluator heuristic = new HeuristicEvaluator();
        Evaluator recording = new Evaluator() {
            @Override
            public Evaluation evaluate(EvaluationRequest request) {
                throw new AssertionError("the engine gated this answer already; it must hand over the gate's result");
            }

            @Override
            public Evaluation evaluate(EvaluationRequest request, GateResult gated) {
                handed.add(gated);
                return heuristic.evaluate(request, gated);
            }
        };
        InterviewEngine offline = InterviewEngine.builder().sessionStore(store).clock(clock).offlineEvaluator(recording).build();
        TurnResult r = offline.start(owner, plan);

        // when: one blocked answer and one clean one
        r = offline.submitAnswer(owner, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(), "I don't know"));
        Evaluation blocked = r.evaluation();
        r = offline.submitAnswer(owner, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(), "  " + Answers.STRONG + " "));

        // then
        assertThat(handed).hasSize(2);
        assertThat(handed.get(0).blockingFlag()).isEqualTo(AnswerFlag.DONT_KNOW);
        assertThat(blocked.provenance()).isEqualTo(Provenance.RULE);
        assertThat(handed.get(1).blocked()).isFalse();
        assertThat(handed.get(1).evaluatedText()).isEqualTo(Answers.STRONG.strip());
        assertThat(r.evaluation().provenance()).isEqualTo(Provenance.HEURISTIC);
    }

    @Test
    void should_read_the_session_once_and_append_twice_per_answer() {
        // given: a store that counts reads and appends
        CountingStore counting = new CountingStore();
        InterviewEngine counted = InterviewEngine.builder().sessionStore(counting).clock(clock).build();
        TurnResult first = counted.start(owner, plan);
        int appends = counting.appends;
        int loads = counting.loads;

        // when
        TurnResult next = counted.submitAnswer(owner, AnswerSubmission.of(first.sessionId(), first.nextQuestion().id(),
                Answers.STRONG));

        // then: the answer alone, then its evaluation with the next question; the session is never read back
        assertThat(counting.loads - loads).isEqualTo(1);
        assertThat(counting.appends - appends).isEqualTo(2);
        assertThat(next.nextQuestion()).isEqualTo(counted.currentQuestion(owner, first.sessionId()).nextQuestion());
    }
}
