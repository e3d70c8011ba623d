package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.feedback.Debrief;
import io.interview4j.feedback.QuestionFeedback;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ModelException;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.Mode;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.report.Report;
import io.interview4j.report.ReportRenderers;
import io.interview4j.scoring.Provenance;
import io.interview4j.scoring.Rubric;
import io.interview4j.session.QuestionType;
import io.interview4j.session.Session;
import io.interview4j.session.Turn;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.testkit.ManualClock;
import io.interview4j.testkit.ScriptedLanguageModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Per-question feedback and the debrief: offline on every preset, and with a scripted model off the turn's path. */
class CoachingFeedbackTest {

    static final String PARTIAL = "I think I would look at the logs first and then maybe talk to the team about it. "
            + "We fixed it in the end, I think it went fine.";

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final ManualClock clock = new ManualClock();
    private final Caller candidate = Caller.candidate("dana");

    static List<String> presets() {
        return Presets.NAMES;
    }

    private TurnResult runAll(InterviewEngine engine, InterviewPlan plan, List<TurnResult> seen) {
        TurnResult r = engine.start(candidate, plan);
        int i = 0;
        while (!r.completed()) {
            clock.advance(Duration.ofSeconds(20));
            r = engine.submitAnswer(candidate, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(),
                    i++ % 2 == 0 ? Answers.STRONG : PARTIAL));
            seen.add(r);
        }
        return r;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void should_give_every_main_question_feedback_and_a_quoted_debrief_offline(String preset) {
        // given
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).build();
        InterviewPlan plan = Presets.create(preset, PresetOptions.defaults(), io.interview4j.bank.BuiltInQuestionBank.get());
        List<TurnResult> seen = new ArrayList<>();

        // when
        TurnResult done = runAll(engine, plan, seen);
        Report report = engine.report(candidate, done.sessionId());

        // then
        Session s = engine.session(candidate, done.sessionId());
        List<String> answers = s.turns().stream().map(Turn::answer).filter(Objects::nonNull).toList();
        Debrief d = report.debrief();
        assertThat(d.provenance()).isEqualTo(Provenance.HEURISTIC);
        assertThat(d.strengths()).isNotEmpty();
        assertThat(d.areasToImprove()).isNotEmpty();
        for (Debrief.Item item : concat(d.strengths(), d.areasToImprove())) {
            String answer = s.turns().stream().filter(t -> t.question().label().equals(item.label())).findFirst()
                    .orElseThrow().answer();
            assertThat(answer).as(item.label()).contains(item.quote());
        }
        assertThat(d.strongestMoment()).isNotNull();
        assertThat(d.readiness()).isEqualTo(report.readiness());
        assertThat(d.recommendation() != null).isEqualTo(plan.mode() == Mode.ASSESSMENT);
        assertThat(answers).isNotEmpty();
        List<Report.QuestionEntry> mains = report.questions().stream().filter(q -> q.kind().equals("MAIN")).toList();
        assertThat(mains).isNotEmpty().allSatisfy(q -> {
            assertThat(q.feedback()).as(q.label()).isNotNull();
            assertThat(q.feedback().whatDidNotLand()).noneMatch(g -> g.toLowerCase().contains("needs more detail"));
            assertThat(q.feedback().score()).isNotNull();
        });
        assertThat(report.questions()).filteredOn(q -> !q.kind().equals("MAIN")).allMatch(q -> q.feedback() == null);
        long closedInTurns = seen.stream().filter(t -> t.closedQuestionId() != null).count();
        assertThat(closedInTurns).isEqualTo(mains.size());
        if (plan.mode() == Mode.PRACTICE) {
            assertThat(seen).filteredOn(t -> t.closedQuestionId() != null).allMatch(t -> t.questionFeedback() != null);
        } else {
            assertThat(seen).allMatch(t -> t.questionFeedback() == null);
        }
        String html = ReportRenderers.html(report);
        assertThat(html).contains("Your debrief").doesNotContain("src=\"http").doesNotContain("<script");
        assertThat(ReportRenderers.markdown(report)).contains("## Debrief");
        assertThat(ReportRenderers.json(report)).contains("\"debrief\"").contains("\"whatLanded\"");
    }

    @Test
    void should_average_question_scores_for_the_overall_score_of_the_coaching_preset() {
        // given
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).build();

        // when
        TurnResult done = runAll(engine, Presets.coaching(PresetOptions.defaults()), new ArrayList<>());

        // then
        Session s = engine.session(candidate, done.sessionId());
        double mean = s.questionScores().values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(engine.report(candidate, done.sessionId()).overall().score()).isEqualTo(Math.round(mean * 10) / 10.0);
        assertThat(s.questionScores()).hasSize((int) s.count(QuestionType.MAIN));
    }

    /** A model whose replies depend on what is asked; the judge gives half marks. */
    private static ScriptedLanguageModel model(Rubric rubric, Function<ChatRequest, String> coach) {
        return new ScriptedLanguageModel().otherwise(req -> req.schemaName().equals("answer_evaluation")
                ? JudgeInTheEngineTest.judgement(rubric, 0.5) : coach.apply(req));
    }

    private static final String FEEDBACK = "{\"what_landed\":[\"You named the connection pool as the fix\"],"
            + "\"what_did_not_land\":[\"You did not say how the slowdown was detected\"],"
            + "\"coaching\":\"Open with how you found the bottleneck, then the fix.\"}";

    @Test
    void should_drop_debrief_items_quoting_words_never_said() {
        // given
        InterviewPlan plan = Presets.structured(PresetOptions.defaults());
        String invented = "I led a team of forty engineers at Google";
        ScriptedLanguageModel model = model(plan.rubric(), req -> req.schemaName().equals("question_feedback") ? FEEDBACK
                : "{\"assessment\":\"A solid session with one clear story.\",\"strengths\":["
                + "{\"text\":\"Profiled before changing code\",\"quote\":\"I profiled the service\",\"label\":\"Q1\"},"
                + "{\"text\":\"Led a large team\",\"quote\":\"" + invented + "\",\"label\":\"Q1\"}],"
                + "\"areas_to_improve\":[{\"text\":\"Vague ending\",\"quote\":\"We fixed it in the end\",\"label\":\"Q2\"},"
                + "{\"text\":\"Claimed a 90 percent saving\",\"quote\":\"I profiled the service\",\"label\":\"Q1\"}],"
                + "\"strongest_moment\":{\"label\":\"Q1\",\"why\":\"a measured fix\",\"quote\":\"" + invented + "\"},"
                + "\"weakest_moment\":{\"label\":\"Q2\",\"why\":\"no detail on the fix\",\"quote\":\"We fixed it in the end\"},"
                + "\"next_steps\":[\"Practise telling how you detected a problem\"]}");
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).languageModel(model)
                .executor(Runnable::run).modelFeedback(true).build();

        // when
        TurnResult done = runAll(engine, plan, new ArrayList<>());
        Debrief d = engine.report(candidate, done.sessionId()).debrief();

        // then
        assertThat(d.provenance()).isEqualTo(Provenance.MODEL);
        assertThat(d.promptVersion()).isEqualTo(ModelCoach.DEBRIEF_PROMPT_VERSION);
        assertThat(d.strengths()).extracting(Debrief.Item::quote).containsExactly("I profiled the service");
        assertThat(d.areasToImprove()).extracting(Debrief.Item::text).containsExactly("Vague ending");
        assertThat(d.strongestMoment().quote()).isNull();
        assertThat(d.weakestMoment().quote()).isEqualTo("We fixed it in the end");
        Report r = engine.report(candidate, done.sessionId());
        assertThat(r.questions()).filteredOn(q -> q.kind().equals("MAIN"))
                .allSatisfy(q -> assertThat(q.feedback().provenance()).isEqualTo(Provenance.MODEL));
    }

    @Test
    void should_keep_the_offline_debrief_as_fallback_when_the_debrief_call_fails() {
        // given
        InterviewPlan plan = Presets.structured(PresetOptions.defaults());
        ScriptedLanguageModel model = model(plan.rubric(), req -> {
            if (req.schemaName().equals("question_feedback")) {
                return FEEDBACK;
            }
            throw new ModelException("provider down", 503, false, null);
        });
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).languageModel(model)
                .executor(Runnable::run).modelFeedback(true).build();

        // when
        TurnResult done = runAll(engine, plan, new ArrayList<>());
        Debrief d = engine.report(candidate, done.sessionId()).debrief();

        // then
        assertThat(d.provenance()).isEqualTo(Provenance.FALLBACK);
        assertThat(d.promptVersion()).isEqualTo(ModelCoach.DEBRIEF_PROMPT_VERSION);
        assertThat(d.strengths()).isNotEmpty();
        assertThat(d.assessment()).isNotBlank();
    }

    @Test
    void should_never_hold_the_next_question_behind_the_question_feedback_call() throws Exception {
        // given: the feedback call blocks until the test releases it
        InterviewPlan plan = Presets.structured(PresetOptions.defaults());
        CountDownLatch feedbackStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScriptedLanguageModel model = model(plan.rubric(), req -> {
            if (req.schemaName().equals("question_feedback")) {
                feedbackStarted.countDown();
                try {
                    assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return FEEDBACK;
            }
            return "{\"assessment\":\"Done.\",\"strengths\":[],\"areas_to_improve\":[],\"next_steps\":[]}";
        });
        List<Thread> threads = new ArrayList<>();
        Executor executor = task -> {
            Thread t = new Thread(task, "coach");
            synchronized (threads) {
                threads.add(t);
            }
            t.start();
        };
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).languageModel(model)
                .executor(executor).modelFeedback(true).build();
        TurnResult r = engine.start(candidate, plan);

        // when: answers until a main question closes
        TurnResult closing;
        do {
            closing = engine.submitAnswer(candidate, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(), Answers.STRONG));
            r = closing;
        } while (closing.closedQuestionId() == null);
        assertThat(feedbackStarted.await(60, TimeUnit.SECONDS)).isTrue();

        // then: the next question came back, and the next answer is taken, while the feedback call is still blocked
        assertThat(closing.questionFeedback()).isNull();
        assertThat(closing.nextQuestion()).isNotNull();
        assertThat(engine.questionFeedback(candidate, r.sessionId(), closing.closedQuestionId())).isEmpty();
        TurnResult next = engine.submitAnswer(candidate, AnswerSubmission.of(r.sessionId(), closing.nextQuestion().id(),
                Answers.STRONG));
        assertThat(next.answeredQuestionId()).isEqualTo(closing.nextQuestion().id());
        assertThat(release.getCount()).isEqualTo(1);

        release.countDown();
        engine.feedbackSettled(r.sessionId()).get(60, TimeUnit.SECONDS);
        List<Thread> started;
        synchronized (threads) {
            started = List.copyOf(threads);
        }
        for (Thread t : started) {
            t.join(60_000);
        }
        QuestionFeedback f = engine.questionFeedback(candidate, r.sessionId(), closing.closedQuestionId()).orElseThrow();
        assertThat(f.provenance()).isEqualTo(Provenance.MODEL);
        assertThat(f.whatDidNotLand()).containsExactly("You did not say how the slowdown was detected");
        Session s = engine.session(candidate, r.sessionId());
        assertThat(s.turns().stream().filter(t -> t.answer() != null).count()).isGreaterThanOrEqualTo(2);
        assertThat(s.turn(closing.closedQuestionId()).orElseThrow().question().type()).isEqualTo(QuestionType.MAIN);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
