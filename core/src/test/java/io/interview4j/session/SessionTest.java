package io.interview4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InterviewException;
import io.interview4j.llm.TokenUsage;
import io.interview4j.Difficulty;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.scoring.EvaluationRequest;
import io.interview4j.scoring.HeuristicEvaluator;
import io.interview4j.session.SessionEvent.AnswerEvaluated;
import io.interview4j.session.SessionEvent.AnswerSubmitted;
import io.interview4j.session.SessionEvent.DifficultyChanged;
import io.interview4j.session.SessionEvent.QuestionAsked;
import io.interview4j.session.SessionEvent.QuestionSkipped;
import io.interview4j.session.SessionEvent.RoundAdvanced;
import io.interview4j.session.SessionEvent.SessionCompleted;
import io.interview4j.session.SessionEvent.SessionStarted;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A session folds events the same whether it replays them all or absorbs them onto an earlier snapshot. */
class SessionTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final InterviewPlan PLAN = Presets.coaching(PresetOptions.defaults());

    @Test
    void should_absorb_appended_events_into_the_same_session_a_replay_gives() {
        // given
        List<SessionEvent> events = events();
        Session replayed = Session.replay(events);

        for (int split = 1; split < events.size(); split++) {
            // when
            Session absorbed = Session.replay(events.subList(0, split)).with(events.subList(split, events.size()));

            // then
            assertThat(absorbed.turns()).as("split at %d", split).isEqualTo(replayed.turns());
            assertThat(absorbed.version()).isEqualTo(events.size());
            assertThat(absorbed.status()).isEqualTo(SessionStatus.COMPLETED);
            assertThat(absorbed.round()).isEqualTo(1);
            assertThat(absorbed.difficulty()).isEqualTo(Difficulty.HARD);
            assertThat(absorbed.difficultyTrajectory()).isEqualTo(replayed.difficultyTrajectory());
            assertThat(absorbed.endReason()).isEqualTo("time_up");
            assertThat(absorbed.endedAt()).contains(T0.plusSeconds(9));
            assertThat(absorbed.lastEventAt()).isEqualTo(T0.plusSeconds(9));
            assertThat(absorbed.questionForKey("k1")).contains("q1");
            assertThat(absorbed.questionForKey("k2")).contains("q2");
        }
    }

    @Test
    void should_leave_a_snapshot_unchanged_when_it_absorbs_events() {
        // given
        List<SessionEvent> events = events();
        Session early = Session.replay(events.subList(0, 3));

        // when
        Session later = early.with(events.subList(3, events.size()));

        // then
        assertThat(early.with(List.of())).isSameAs(early);
        assertThat(early.version()).isEqualTo(3);
        assertThat(early.status()).isEqualTo(SessionStatus.IN_PROGRESS);
        assertThat(early.unevaluatedTurn()).isPresent();
        assertThat(later.unevaluatedTurn()).isEmpty();
        assertThat(later.turns()).hasSize(2);
    }

    @Test
    void should_refuse_a_second_start_or_an_unknown_question() {
        // given
        Session s = Session.replay(events().subList(0, 2));

        // when / then
        assertThatThrownBy(() -> s.with(List.of(started()))).isInstanceOf(InterviewException.class)
                .hasMessageContaining("second SessionStarted");
        assertThatThrownBy(() -> s.with(List.of(new AnswerSubmitted(T0, "q9", "an answer", null, null))))
                .isInstanceOf(InterviewException.class).hasMessageContaining("unknown question q9");
    }

    private static List<SessionEvent> events() {
        AnswerSubmitted answer = new AnswerSubmitted(T0.plusSeconds(2), "q1", "I led the migration to Postgres.", "k1", 30);
        var evaluation = new HeuristicEvaluator().evaluate(new EvaluationRequest("Tell me about a migration.", "behavioral",
                "", List.of(), "", answer.answer(), PLAN.rubric(), List.of(), ""));
        return List.of(started(),
                new QuestionAsked(T0.plusSeconds(1), question("q1", 0, Difficulty.MEDIUM)),
                answer,
                new AnswerEvaluated(T0.plusSeconds(3), "q1", evaluation, "chose NEXT_ROUND"),
                new DifficultyChanged(T0.plusSeconds(4), Difficulty.MEDIUM, Difficulty.HARD, 90),
                new RoundAdvanced(T0.plusSeconds(5), 0, 1),
                new QuestionAsked(T0.plusSeconds(6), question("q2", 1, Difficulty.HARD)),
                new QuestionSkipped(T0.plusSeconds(7), "q2", "k2"),
                new SessionCompleted(T0.plusSeconds(9), EndReason.TIME_UP, evaluation.score(), TokenUsage.NONE));
    }

    private static SessionStarted started() {
        return new SessionStarted(T0, "s1", "c1", "c1", null, PLAN, List.of(), null, List.of());
    }

    private static Question question(String id, int round, Difficulty difficulty) {
        return new Question(id, QuestionType.MAIN, "Tell me about a migration.", round, 1, 0, null, null, "behavioral",
                "core", "", List.of(), difficulty, List.of(), "", 120);
    }
}
