package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interview4j.bank.BuiltInQuestionBank;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.report.Report;
import io.interview4j.report.ReportRenderers;
import io.interview4j.scoring.AnswerFlag;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.testkit.ManualClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports a person can use: who, for what role, when and for how long; the coaching level shown and why there is
 * no revised answer; a timed interview that ran out of time and an answer that came after it; an interview with no
 * answers reported as such, not as 0/100.
 */
class ReportsForPeopleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final ManualClock clock = new ManualClock();
    private final InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).build();
    private final Caller ana = Caller.candidate("ana");

    @Test
    void should_name_candidate_role_date_and_length_and_explain_the_missing_revised_answer_in_every_format() {
        // given: a coaching interview answered offline over 4 minutes
        TurnResult r = engine.start(ana, Presets.coaching(PresetOptions.defaults().withRole("product designer")
                .withCompany("Acme")));
        String id = r.sessionId();
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(1));
            r = engine.submitAnswer(ana, AnswerSubmission.of(id, r.nextQuestion().id(), Answers.STRONG));
        }
        engine.finish(ana, id);

        // when
        Report report = engine.report(ana, id);
        String md = ReportRenderers.markdown(report);
        String html = ReportRenderers.html(report);

        // then
        String day = clock.instant().toString().substring(0, 10);
        for (String page : List.of(md, html)) {
            assertThat(page).contains("Candidate: ana").contains("Role: product designer at Acme").contains("Date: " + day)
                    .contains("Length: 4 min").contains("Coaching level demonstrated: L")
                    .contains("Level demonstrated: L")
                    .contains("No revised answer: rewriting an answer at the target level from your own facts needs a "
                            + "language model, and this answer was scored offline.");
        }
    }

    @Test
    void should_store_flag_and_report_an_answer_given_after_the_time_is_up() throws Exception {
        // given: a 10-minute screen; the first answer in time, the second after 11 minutes
        TurnResult r = engine.start(ana, Presets.timedScreen(PresetOptions.defaults().withTimeLimit(Duration.ofMinutes(10)),
                BuiltInQuestionBank.get()));
        String id = r.sessionId();
        clock.advance(Duration.ofMinutes(2));
        r = engine.submitAnswer(ana, AnswerSubmission.of(id, r.nextQuestion().id(), Answers.STRONG));
        String lateQuestion = r.nextQuestion().id();
        clock.advance(Duration.ofMinutes(9));

        // when
        r = engine.submitAnswer(ana, AnswerSubmission.of(id, lateQuestion, Answers.STRONG));

        // then: stored, scored, flagged, and the interview is over
        assertThat(r.completed()).isTrue();
        var turn = engine.session(ana, id).turn(lateQuestion).orElseThrow();
        assertThat(turn.answer()).isEqualTo(Answers.STRONG);
        assertThat(turn.evaluation().flags()).contains(AnswerFlag.LATE);
        assertThat(engine.session(ana, id).turns().get(0).evaluation().flags()).doesNotContain(AnswerFlag.LATE);
        Report report = engine.report(ana, id);
        assertThat(report.time().endReason()).isEqualTo("time_up");
        String label = report.questions().stream().filter(q -> q.flags().contains("LATE")).findFirst().orElseThrow().label();
        for (String page : List.of(ReportRenderers.markdown(report), ReportRenderers.html(report))) {
            assertThat(page).contains("Time ran out: the interview ended at its 10 min limit")
                    .contains("The answer to " + label + " was submitted after the time was up: stored, scored and flagged LATE.")
                    .contains("of a 10 min limit");
        }
        JsonNode json = JSON.readTree(ReportRenderers.json(report));
        assertThat(json.get("time").get("endReason").asText()).isEqualTo("time_up");
    }

    @Test
    void should_not_flag_answers_given_in_time_or_on_untimed_interviews() {
        // given
        TurnResult r = engine.start(ana, Presets.coaching(PresetOptions.defaults()));

        // when: an hour passes on an untimed interview
        clock.advance(Duration.ofHours(1));
        r = engine.submitAnswer(ana, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(), Answers.STRONG));

        // then
        assertThat(r.evaluation().flags()).doesNotContain(AnswerFlag.LATE);
        assertThat(ReportRenderers.markdown(engine.report(ana, r.sessionId()))).doesNotContain("Time ran out")
                .doesNotContain("LATE");
    }

    @Test
    void should_say_not_enough_answers_to_score_instead_of_zero_when_nothing_was_answered() {
        // given
        String id = engine.start(ana, Presets.structured(PresetOptions.defaults())).sessionId();
        clock.advance(Duration.ofSeconds(20));
        engine.finish(ana, id);

        // when
        Report report = engine.report(ana, id);
        String md = ReportRenderers.markdown(report);
        String html = ReportRenderers.html(report);

        // then
        assertThat(report.overall().answered()).isZero();
        assertThat(md).contains("Overall: **not enough answers to score**").doesNotContain("0/100");
        assertThat(html).contains("not enough answers to score").doesNotContain("0</span>/100");
    }
}
