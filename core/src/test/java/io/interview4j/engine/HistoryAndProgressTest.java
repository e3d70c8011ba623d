package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interview4j.Difficulty;
import io.interview4j.plan.DifficultyPolicy;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.Mode;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.report.History;
import io.interview4j.report.ReportRenderers;
import io.interview4j.rules.CoachingRules;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.EvaluationRequest;
import io.interview4j.scoring.Evaluator;
import io.interview4j.scoring.Provenance;
import io.interview4j.scoring.Rubric;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.testkit.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Seed 003's history ({@code GET /sessions/{job_application_id}}: stage, started and completed times, questions
 * completed, overall score, and the improvement trend "5.8 → 7.2, +1.4" on its 1-10 scale), its
 * {@code session_progress} running average, its difficulty level and phase-2 escalation, and seed 004's badges
 * awarded once per candidate.
 */
class HistoryAndProgressTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final ManualClock clock = new ManualClock();
    private final InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock)
            .offlineEvaluator(new ScoreInAnswer()).build();
    private final Caller ana = Caller.candidate("ana");

    @Test
    void should_list_seed003_fields_and_trend_on_the_native_scale_when_coaching_sessions_improve() throws Exception {
        // given: seed 003's example, a first session at 5.8 and a latest at 7.2 on 1-10
        InterviewPlan coaching = Presets.coaching(PresetOptions.defaults().withStage(CoachingRules.Stage.RECRUITER_SCREEN));
        String first = run(coaching, i -> 58);
        String latest = run(coaching, i -> 72);

        // when
        History h = engine.history(ana, "ana");

        // then
        assertThat(h.sessions()).extracting(History.Entry::sessionId).containsExactly(latest, first);
        History.Entry e = h.sessions().get(0);
        assertThat(e.preset()).isEqualTo("coaching");
        assertThat(e.stage()).isEqualTo("recruiter_screen");
        assertThat(e.difficulty()).isEqualTo("medium");
        assertThat(e.questionsCompleted()).as("five questions; follow-ups belong to them").isEqualTo(5);
        assertThat(e.score()).isEqualTo(72.0);
        assertThat(e.nativeScore()).isEqualTo(7.2);
        assertThat(e.nativeScale()).isEqualTo("1-10");
        assertThat(e.readiness()).isEqualTo("Almost Ready");
        assertThat(e.completedAt()).isNotNull();
        assertThat(e.startedAt()).isLessThan(e.completedAt());
        assertThat(h.trends()).singleElement().satisfies(t -> {
            assertThat(t.preset()).isEqualTo("coaching");
            assertThat(t.nativeScale()).isEqualTo("1-10");
            assertThat(t.firstScore()).isEqualTo(5.8);
            assertThat(t.latestScore()).isEqualTo(7.2);
            assertThat(t.change()).isEqualTo(1.4);
            assertThat(t.direction()).isEqualTo("improving");
        });
        JsonNode trend = JSON.readTree(ReportRenderers.json(h)).get("trends").get(0);
        assertThat(trend.get("change").asDouble()).isEqualTo(1.4);
        assertThat(ReportRenderers.markdown(h)).contains("5.8 → 7.2 (+1.4)").contains("7.2/10 (72/100)")
                .contains("recruiter\\_screen");
    }

    @Test
    void should_compute_the_trend_over_sessions_of_the_same_preset_only() {
        // given: coaching at 5.0 and 6.0 with a topic drill at 90 in between
        InterviewPlan coaching = Presets.coaching(PresetOptions.defaults());
        run(coaching, i -> 50);
        run(Presets.topicDrill(PresetOptions.defaults()), i -> 90);
        run(coaching, i -> 60);

        // when
        History h = engine.history(ana, "ana");

        // then: one trend, coaching's; the single topic drill has none and does not pull coaching's up
        assertThat(h.trends()).singleElement().satisfies(t -> {
            assertThat(t.preset()).isEqualTo("coaching");
            assertThat(t.change()).isEqualTo(1.0);
            assertThat(t.sessions()).isEqualTo(2);
        });
        assertThat(h.sessions().get(1).nativeScale()).isEqualTo("0-1");
        assertThat(h.sessions().get(1).nativeScore()).isEqualTo(0.9);
        assertThat(h.sessions().get(1).stage()).isNull();
    }

    @Test
    void should_give_history_and_trend_per_group_key_when_sessions_belong_to_job_applications() {
        // given
        InterviewPlan forAcme = Presets.coaching(PresetOptions.defaults().withGroupKey("application-acme"));
        InterviewPlan forGlobex = Presets.coaching(PresetOptions.defaults().withGroupKey(" application-globex "));
        String acme1 = run(forAcme, i -> 40);
        run(forGlobex, i -> 90);
        String acme2 = run(forAcme, i -> 70);
        run(forGlobex, i -> 80);

        // when
        History acme = engine.history(ana, "ana", "application-acme");
        History all = engine.history(ana, "ana");

        // then
        assertThat(acme.groupKey()).isEqualTo("application-acme");
        assertThat(acme.sessions()).extracting(History.Entry::sessionId).containsExactly(acme2, acme1);
        assertThat(acme.trends()).singleElement().satisfies(t -> {
            assertThat(t.groupKey()).isEqualTo("application-acme");
            assertThat(t.change()).isEqualTo(3.0);
            assertThat(t.direction()).isEqualTo("improving");
        });
        assertThat(all.sessions()).hasSize(4);
        assertThat(all.trends()).extracting(History.Trend::groupKey)
                .as("newest group first; keys trimmed").containsExactly("application-globex", "application-acme");
        assertThat(all.trends().get(0).direction()).isEqualTo("declining");
        assertThat(engine.history(ana, "ana", "application-none").sessions()).isEmpty();
    }

    @Test
    void should_award_each_badge_once_per_candidate_and_list_badges_in_history() {
        // given: Ready at 60, nothing new at 65, Master at 85, nothing new at 95
        InterviewPlan drill = Presets.topicDrill(PresetOptions.defaults());
        String ready = run(drill, i -> 60);
        String again = run(drill, i -> 65);
        String master = run(drill, i -> 85);
        String last = run(drill, i -> 95);

        // when
        History h = engine.history(ana, "ana");

        // then
        assertThat(engine.report(ana, ready).badges()).containsExactly("Interview Ready");
        assertThat(engine.report(ana, again).badges()).isEmpty();
        assertThat(engine.report(ana, master).badges()).containsExactly("Interview Master");
        assertThat(engine.report(ana, last).badges()).isEmpty();
        assertThat(h.badges()).extracting(History.Badge::name, History.Badge::sessionId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Interview Ready", ready),
                        org.assertj.core.groups.Tuple.tuple("Interview Master", master));
        assertThat(h.sessions()).extracting(History.Entry::badges).containsExactly(List.of(), List.of("Interview Master"),
                List.of(), List.of("Interview Ready"));
        assertThat(engine.history(Caller.candidate("bob"), "bob").badges()).isEmpty();
        Caller bob = Caller.candidate("bob");
        TurnResult r = engine.start(bob, drill);
        while (!r.completed()) {
            r = engine.submitAnswer(bob, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(), answer(90)));
        }
        assertThat(engine.report(bob, r.sessionId()).badges()).as("badges are per candidate").containsExactly("Interview Master");
    }

    @Test
    void should_carry_the_running_average_in_progress_as_seed003_session_progress() {
        // given
        TurnResult r = engine.start(ana, Presets.coaching(PresetOptions.defaults()));
        assertThat(r.progress().averageScore()).isNull();
        assertThat(r.progress().questionsCompleted()).isZero();

        // when: the first question and its three follow-ups at 80, 70, 70, 60, then the second question at 90
        List<Progress> seen = new ArrayList<>();
        for (int score : new int[] {80, 70, 70, 60, 90}) {
            r = engine.submitAnswer(ana, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(), answer(score)));
            seen.add(r.progress());
        }

        // then
        assertThat(seen.get(0).averageScore()).isEqualTo(8.0);
        assertThat(seen.get(0).questionsCompleted()).isEqualTo(1);
        assertThat(seen.get(3).averageScore()).isEqualTo(7.0);
        assertThat(seen.get(3).questionsCompleted()).isEqualTo(1);
        // seed 003 averages question scores: Q1's four responses average 70, Q2's first scored 90
        assertThat(seen.get(4).averageScore()).isEqualTo(8.0);
        assertThat(seen.get(4).averagePercent()).isEqualTo(80.0);
        assertThat(seen.get(4).questionsCompleted()).isEqualTo(2);
        assertThat(seen.get(4).line()).endsWith("· average 8.0/10");
    }

    @Test
    void should_not_show_a_running_average_in_assessment_mode() {
        // given
        InterviewPlan assessed = Presets.coaching(PresetOptions.defaults()).toBuilder().mode(Mode.ASSESSMENT).build();
        TurnResult r = engine.start(ana, assessed);

        // when
        r = engine.submitAnswer(ana, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(), answer(80)));

        // then
        assertThat(r.progress().averageScore()).isNull();
        assertThat(r.progress().line()).doesNotContain("average");
    }

    @Test
    void should_start_every_preset_at_the_difficulty_asked_for() {
        for (String name : Presets.NAMES) {
            // given
            PresetOptions options = PresetOptions.defaults().withDifficulty(Difficulty.HARD).withTimeLimit(Duration.ofMinutes(30));

            // when
            InterviewPlan plan = Presets.create(name, options, io.interview4j.bank.BuiltInQuestionBank.get());
            TurnResult r = engine.start(ana, plan);

            // then
            assertThat(plan.startingDifficulty()).as(name).isEqualTo(Difficulty.HARD);
            assertThat(r.nextQuestion().difficulty()).as(name).isEqualTo(Difficulty.HARD);
            assertThat(Presets.create(name, PresetOptions.defaults(), io.interview4j.bank.BuiltInQuestionBank.get())
                    .startingDifficulty()).as(name + " default").isIn(Difficulty.MEDIUM, Difficulty.HARD);
        }
    }

    @Test
    void should_escalate_to_hard_after_consistently_high_scores_when_the_host_chooses_seed003_escalation() {
        // given: coaching starting easy, with phase 2's escalation
        InterviewPlan plan = Presets.coaching(PresetOptions.defaults().withDifficulty(Difficulty.EASY)).toBuilder()
                .difficultyPolicy(DifficultyPolicy.RAISE_AT_80_LOWER_BELOW_50_TWO_IN_A_ROW).build();
        TurnResult r = engine.start(ana, plan);

        // when: 8 then 7 (not consistent), then 8 and 9
        List<Difficulty> after = new ArrayList<>();
        for (int score : new int[] {80, 70, 80, 90}) {
            r = engine.submitAnswer(ana, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(), answer(score)));
            after.add(engine.session(ana, r.sessionId()).difficulty());
        }

        // then: straight from easy to hard after two scores of 8 or more in a row
        assertThat(after).containsExactly(Difficulty.EASY, Difficulty.EASY, Difficulty.EASY, Difficulty.HARD);
    }

    private String run(InterviewPlan plan, IntFunction<Integer> score) {
        clock.advance(Duration.ofDays(1));
        TurnResult r = engine.start(ana, plan);
        int i = 0;
        while (!r.completed()) {
            clock.advance(Duration.ofSeconds(30));
            r = engine.submitAnswer(ana, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(), answer(score.apply(i++))));
        }
        return r.sessionId();
    }

    private static String answer(int percent) {
        return percent + " — I led the migration of our billing service, measured latency before and after, and "
                + "explained the trade-offs to the team.";
    }

    /** Scores every dimension at the percentage the answer starts with. */
    private static final class ScoreInAnswer implements Evaluator {
        @Override
        public Evaluation evaluate(EvaluationRequest request) {
            Rubric rubric = request.rubric();
            double percent = Double.parseDouble(request.answer().substring(0, request.answer().indexOf(' ')));
            Map<String, Double> dims = rubric.uniform(percent);
            return new Evaluation(rubric.name(), Provenance.HEURISTIC, dims, rubric.overallNative(dims),
                    rubric.overallPercent(dims), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(),
                    null, null, List.of(), null, null);
        }
    }
}
