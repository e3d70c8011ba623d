package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.session.QuestionType;
import io.interview4j.session.SessionStatus;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.testkit.ManualClock;
import io.interview4j.testkit.ScriptedLanguageModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link InterviewListener}: every callback comes after the append that records it (the store already holds what the
 * notice shows), in the order things happened, and a listener that throws fails nothing.
 */
class InterviewListenerTest {

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final ManualClock clock = new ManualClock();
    private final Caller ana = Caller.candidate("ana", "acme");
    private final InterviewPlan plan = Presets.coaching(PresetOptions.defaults());

    /** Records each callback as a line, and checks that the store already holds the version the notice shows. */
    private final class Recorder implements InterviewListener {
        final List<String> calls = new ArrayList<>();
        final List<QuestionClosed> closed = new ArrayList<>();
        final List<Evaluated> evaluated = new ArrayList<>();
        Completed completed;

        private void stored(io.interview4j.session.Session s) {
            assertThat(store.get(s.id()).version()).as("stored before the listener hears of it").isEqualTo(s.version());
        }

        @Override
        public void sessionStarted(Started n) {
            stored(n.session());
            calls.add("started");
        }

        @Override
        public void questionAsked(Asked n) {
            stored(n.session());
            calls.add("asked " + n.question().label());
        }

        @Override
        public void answerEvaluated(Evaluated n) {
            stored(n.session());
            evaluated.add(n);
            calls.add("evaluated " + n.question().label());
        }

        @Override
        public void questionClosed(QuestionClosed n) {
            stored(n.session());
            closed.add(n);
            calls.add("closed " + n.question().label());
        }

        @Override
        public void sessionCompleted(Completed n) {
            stored(n.session());
            completed = n;
            calls.add("completed");
        }

        @Override
        public void sessionAbandoned(Abandoned n) {
            stored(n.session());
            calls.add("abandoned " + n.reason());
        }
    }

    private TurnResult answer(InterviewEngine engine, TurnResult turn, String text) {
        return engine.submitAnswer(ana, new AnswerSubmission(turn.sessionId(), turn.nextQuestion().id(), text,
                UUID.randomUUID().toString(), null));
    }

    @Test
    void should_tell_every_step_of_a_whole_interview_in_order_after_it_is_stored() {
        // given
        Recorder recorder = new Recorder();
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).listeners(recorder).build();

        // when
        TurnResult turn = engine.start(ana, plan);
        List<String> asked = new ArrayList<>(List.of(turn.nextQuestion().label()));
        while (!turn.completed()) {
            turn = answer(engine, turn, Answers.SHORT_VAGUE);
            turn.next().ifPresent(q -> asked.add(q.label()));
        }

        // then
        var session = store.get(turn.sessionId()).toSession();
        assertThat(recorder.calls.get(0)).isEqualTo("started");
        assertThat(recorder.calls.get(1)).isEqualTo("asked Q1");
        assertThat(recorder.calls.get(recorder.calls.size() - 1)).isEqualTo("completed");
        assertThat(recorder.calls.stream().filter(c -> c.startsWith("asked ")).map(c -> c.substring(6)))
                .containsExactlyElementsOf(asked);
        assertThat(recorder.evaluated).hasSize(session.turns().size());
        long mains = session.turns().stream().filter(t -> t.question().type() != QuestionType.FOLLOW_UP).count();
        assertThat(recorder.closed).hasSize((int) mains);
        assertThat(recorder.closed).allSatisfy(c -> {
            assertThat(c.question().type()).isNotEqualTo(QuestionType.FOLLOW_UP);
            assertThat(c.turns().get(0).question()).isEqualTo(c.question());
            assertThat(c.turns().subList(1, c.turns().size()))
                    .allSatisfy(t -> assertThat(t.question().type()).isEqualTo(QuestionType.FOLLOW_UP));
            assertThat(c.evaluations()).hasSize(c.turns().size());
            if (c.question().type() == QuestionType.MAIN) {
                assertThat(c.feedback()).isNotNull().satisfies(f -> {
                    assertThat(f.questionId()).isEqualTo(c.question().id());
                    assertThat(f.score()).isNotNull();
                });
            } else {
                assertThat(c.feedback()).isNull();
            }
        });
        int closedTurns = recorder.closed.stream().mapToInt(c -> c.turns().size()).sum();
        assertThat(closedTurns).isEqualTo(session.turns().size());
        // each main question's closing comes after its last evaluation and before the next main question is asked
        for (int i = 0; i + 1 < recorder.closed.size(); i++) {
            String label = recorder.closed.get(i).question().label();
            String next = recorder.closed.get(i + 1).question().label();
            assertThat(recorder.calls.indexOf("closed " + label)).isLessThan(recorder.calls.indexOf("asked " + next));
        }
        assertThat(recorder.completed.session().status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(recorder.completed.report().sessionId()).isEqualTo(turn.sessionId());
        assertThat(recorder.completed.report().questions()).hasSize(session.turns().size());
    }

    @Test
    void should_close_a_skipped_question_with_no_evaluations() {
        // given
        Recorder recorder = new Recorder();
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).listeners(recorder).build();
        TurnResult first = engine.start(ana, plan);

        // when
        engine.skip(ana, first.sessionId(), first.nextQuestion().id());

        // then
        assertThat(recorder.calls).containsExactly("started", "asked Q1", "closed Q1", "asked Q2");
        assertThat(recorder.closed.get(0).turns()).singleElement().satisfies(t -> assertThat(t.skipped()).isTrue());
        assertThat(recorder.closed.get(0).evaluations()).isEmpty();
    }

    @Test
    void should_tell_an_abandon_with_its_reason_and_close_no_question() {
        // given
        Recorder recorder = new Recorder();
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).listeners(recorder).build();
        TurnResult first = engine.start(ana, plan);

        // when
        engine.abandon(ana, first.sessionId(), "had to leave");

        // then
        assertThat(recorder.calls).containsExactly("started", "asked Q1", "abandoned had to leave");
    }

    @Test
    void should_close_the_open_question_and_complete_when_finished_early() {
        // given
        Recorder recorder = new Recorder();
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).listeners(recorder).build();
        TurnResult first = engine.start(ana, plan);
        answer(engine, first, Answers.STRONG);
        recorder.calls.clear();

        // when
        engine.finish(ana, first.sessionId());

        // then
        assertThat(recorder.calls).hasSize(2);
        assertThat(recorder.calls.get(0)).startsWith("closed Q");
        assertThat(recorder.calls.get(1)).isEqualTo("completed");
        assertThat(recorder.completed.report().status()).isEqualTo("COMPLETED");
    }

    @Test
    void should_go_on_and_tell_the_other_listeners_when_one_throws() {
        // given
        InterviewListener broken = new InterviewListener() {
            @Override
            public void sessionStarted(Started notice) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void answerEvaluated(Evaluated notice) {
                throw new IllegalStateException("listener bug");
            }
        };
        Recorder recorder = new Recorder();
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock)
                .listeners(broken, recorder).build();

        // when
        TurnResult first = engine.start(ana, plan);
        TurnResult second = answer(engine, first, Answers.STRONG);

        // then
        assertThat(second.evaluation()).isNotNull();
        assertThat(second.nextQuestion()).isNotNull();
        assertThat(recorder.calls).startsWith("started", "asked Q1", "evaluated Q1");
        assertThat(store.get(first.sessionId()).toSession().turns().get(0).evaluation()).isNotNull();
    }

    @Test
    void should_measure_the_turn_from_the_answer_to_its_stored_evaluation_by_the_engine_clock() {
        // given
        ScriptedLanguageModel model = new ScriptedLanguageModel().otherwise(r -> {
            clock.advance(Duration.ofSeconds(3));
            return JudgeInTheEngineTest.judgement(plan.rubric(), 0.8);
        });
        Recorder recorder = new Recorder();
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).languageModel(model)
                .listeners(List.of(recorder)).build();
        // the judge's calls alone: no question written by the model
        TurnResult first = engine.start(ana, plan.toBuilder().generateQuestions(false).build());

        // when
        answer(engine, first, Answers.STRONG);

        // then
        assertThat(model.requests()).isNotEmpty();
        assertThat(recorder.evaluated).singleElement().satisfies(e -> {
            assertThat(e.turnDuration()).isEqualTo(Duration.ofSeconds(3L * model.requests().size()));
            assertThat(e.evaluation().usage().total()).isPositive();
        });
    }

    @Test
    void should_refuse_listeners_set_twice() {
        var builder = InterviewEngine.builder().sessionStore(store).listeners(new Recorder()).listeners(new Recorder());

        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("listeners");
    }
}
