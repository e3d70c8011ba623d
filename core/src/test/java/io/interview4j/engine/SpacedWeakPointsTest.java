package io.interview4j.engine;

import io.interview4j.testkit.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.Difficulty;
import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.InMemoryQuestionBank;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.RoundPlan;
import io.interview4j.report.Report;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.Evaluator;
import io.interview4j.scoring.Provenance;
import io.interview4j.scoring.Rubric;
import io.interview4j.session.Question;
import io.interview4j.session.Session;
import io.interview4j.session.Turn;
import io.interview4j.session.WeakPoint;
import io.interview4j.store.InMemorySessionStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Weak points come back 1, 3 and 7 sessions after they were found, until they recover, across 9 sessions. */
class SpacedWeakPointsTest {

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final ManualClock clock = new ManualClock();
    private final InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock)
            .questionBank(bank()).offlineEvaluator(new ByAnswerText()).build();
    private final Caller ana = Caller.candidate("ana", null);

    @Test
    void should_revisit_weak_points_after_1_3_and_7_sessions_until_they_recover() {
        // given: sql is weak in session 1; graphs is weak in session 2 and recovers in session 3; sql recovers in 8
        List<String> due = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        sessions.add(run(List.of("sql"), q -> true));
        sessions.add(run(List.of("graphs"), q -> true));
        sessions.add(run(List.of(), q -> false));
        for (int i = 4; i <= 7; i++) {
            sessions.add(run(List.of(), q -> q.skills().contains("sql")));
        }
        sessions.add(run(List.of(), q -> false));
        sessions.forEach(s -> due.add(describe(s.started().revisitWeakPoints())));

        // when
        TurnResult ninth = engine.start(ana, plan(List.of()));

        // then
        assertThat(due).containsExactly("", "sql@1", "graphs@1", "sql@3", "", "", "", "sql@7");
        assertThat(engine.session(ana, ninth.sessionId()).started().revisitWeakPoints()).isEmpty();
        for (Session s : sessions) {
            for (WeakPoint w : s.started().revisitWeakPoints()) {
                List<Turn> carrying = s.turns().stream().filter(t -> t.question().skills().contains(w.tag())).toList();
                assertThat(carrying).as("session %s revisits %s", s.id(), w.tag()).hasSize(1);
                assertThat(s.started().excludedQuestionIds()).doesNotContain(carrying.get(0).question().bankId());
            }
        }
    }

    @Test
    void should_report_which_weak_points_were_revisited_and_whether_they_recovered() {
        // given
        run(List.of("sql"), q -> true);
        Session weakAgain = run(List.of(), q -> q.skills().contains("sql"));
        run(List.of(), q -> false);

        // when
        Report second = engine.report(ana, weakAgain.id());
        Session recovered = run(List.of(), q -> false);
        Report fourth = engine.report(ana, recovered.id());

        // then
        assertThat(second.weakPointsRevisited()).singleElement().satisfies(w -> {
            assertThat(w.tag()).isEqualTo("sql");
            assertThat(w.step()).isEqualTo(1);
            assertThat(w.previousScore()).isEqualTo(30.0);
            assertThat(w.score()).isEqualTo(30.0);
            assertThat(w.recovered()).isFalse();
            assertThat(w.questions()).containsExactly("Q1");
        });
        assertThat(fourth.weakPointsRevisited()).singleElement().satisfies(w -> {
            assertThat(w.step()).isEqualTo(3);
            assertThat(w.score()).isEqualTo(90.0);
            assertThat(w.recovered()).isTrue();
        });
    }

    /** Runs a whole session; answers are weak for questions {@code weak} accepts, strong otherwise. */
    private Session run(List<String> focus, Predicate<Question> weak) {
        clock.advance(Duration.ofDays(1));
        TurnResult r = engine.start(ana, plan(focus));
        while (!r.completed()) {
            Question q = r.nextQuestion();
            r = engine.submitAnswer(ana, AnswerSubmission.of(r.sessionId(), q.id(), weak.test(q) ? "weak answer" : "strong answer"));
        }
        return engine.session(ana, r.sessionId());
    }

    private static String describe(List<WeakPoint> points) {
        return String.join(" ", points.stream().map(w -> w.tag() + "@" + w.step()).toList());
    }

    private static InterviewPlan plan(List<String> focus) {
        return InterviewPlan.builder().preset("drill").focusTopics(focus).round(RoundPlan.of("Technical", "technical", 2))
                .build();
    }

    private static InMemoryQuestionBank bank() {
        List<BankQuestion> questions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            questions.add(question("other-" + i, "java"));
        }
        for (int i = 0; i < 8; i++) {
            questions.add(question("sql-" + i, "sql"));
        }
        for (int i = 0; i < 4; i++) {
            questions.add(question("graphs-" + i, "graphs"));
        }
        return new InMemoryQuestionBank(questions);
    }

    private static BankQuestion question(String id, String skill) {
        return new BankQuestion(id, "technical", "core", "", List.of(skill), List.of(), Difficulty.MEDIUM, List.of(),
                List.of(), "Question " + id + " about " + skill + "?", List.of(), "", List.of(), 120);
    }

    /** Scores 30 for an answer saying "weak", 90 otherwise, on every dimension. */
    private static final class ByAnswerText implements Evaluator {
        @Override
        public Evaluation evaluate(io.interview4j.scoring.EvaluationRequest request) {
            Rubric rubric = request.rubric();
            double percent = request.answer().contains("weak") ? 30 : 90;
            var dims = rubric.uniform(percent);
            return new Evaluation(rubric.name(), Provenance.HEURISTIC, dims, rubric.overallNative(dims),
                    rubric.overallPercent(dims), List.of(), List.of(), List.of(), List.of(), "", List.of(), List.of(),
                    null, null, List.of(), null, null);
        }
    }
}
