package io.interview4j.engine;

import io.interview4j.testkit.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interview4j.InvalidInputException;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.plan.Readiness;
import io.interview4j.report.History;
import io.interview4j.report.Report;
import io.interview4j.report.ReportRenderers;
import io.interview4j.store.InMemorySessionStore;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportAndHistoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT = "<script>alert('x')</script> I led the migration & cut cost by 20 percent.";

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final ManualClock clock = new ManualClock();
    private final InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).build();
    private final Caller ana = Caller.candidate("ana", "acme");
    private final InterviewPlan plan = Presets.campusPlacement(PresetOptions.defaults());

    @Test
    void should_keep_every_contract_field_of_the_json_report() throws Exception {
        // given
        String id = runMixed();

        // when
        JsonNode r = JSON.readTree(ReportRenderers.json(engine.report(ana, id)));

        // then
        for (String field : List.of("schemaVersion", "sessionId", "preset", "mode", "status", "readiness", "recommendation",
                "strengths", "weaknesses", "coachingPriorities")) {
            assertThat(r.has(field)).as(field).isTrue();
        }
        assertThat(r.get("schemaVersion").asInt()).isEqualTo(Report.SCHEMA_VERSION);
        assertThat(r.get("recommendation").isNull()).as("practice mode has no recommendation").isTrue();
        assertThat(r.get("overall").get("score").isNumber()).isTrue();
        assertFields(r.get("dimensions"), "name", "average");
        assertFields(r.get("skills"), "tag", "score");
        assertFields(r.get("rounds"), "name", "kind", "score");
        assertFields(r.get("questions"), "label", "kind", "round", "difficulty", "text", "answer", "score", "provenance", "flags");
        for (String field : List.of("modelCalls", "inputTokens", "outputTokens")) {
            assertThat(r.get("usage").get(field).isNumber()).as("usage." + field).isTrue();
        }
        assertThat(r.get("questions").get(0).get("kind").asText()).isIn("MAIN", "FOLLOW_UP", "RESUME");
        assertThat(r.get("questions").get(0).get("provenance").asText()).isEqualTo("HEURISTIC");
    }

    @Test
    void should_show_spoken_delivery_and_time_per_answer() {
        // given
        String id = runMixed();

        // when
        Report r = engine.report(ana, id);
        String md = ReportRenderers.markdown(r);
        String html = ReportRenderers.html(r);

        // then
        assertThat(r.delivery()).singleElement().satisfies(d -> {
            assertThat(d.label()).isEqualTo("Q1");
            assertThat(d.durationSeconds()).isEqualTo(50.0);
            assertThat(d.fillerCount()).isEqualTo(2);
            assertThat(d.pace()).isEqualTo("slow");
        });
        assertThat(r.time().answerSeconds()).containsEntry("Q1", 50L).containsEntry("Q2", 30L);
        assertThat(r.time().averageAnswerSeconds()).isEqualTo(Math.round(r.time().answerSeconds().values().stream()
                .mapToLong(Long::longValue).average().orElseThrow() * 10) / 10.0);
        assertThat(r.time().answerSeconds()).doesNotContainKey("Q3").containsEntry("Q4", 20L);
        assertThat(md).contains("Spoken: ").contains("2 fillers").contains("Time: 50 s").contains("Difficulty: ");
        assertThat(html).contains("words/min (slow)");
    }

    @Test
    void should_escape_candidate_text_and_load_nothing_in_html_report() {
        // given
        String id = runMixed();

        // when
        String html = ReportRenderers.html(engine.report(ana, id));

        // then
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("&amp; cut cost");
        assertLoadsNothing(html);
    }

    @Test
    void should_give_history_with_first_versus_latest_and_change_per_dimension() throws Exception {
        // given
        String first = runAll(Answers.SHORT_VAGUE);
        runAll(Answers.SHORT_VAGUE);
        String latest = runAll(Answers.STRONG);
        clock.advance(Duration.ofHours(1));
        engine.start(ana, plan);

        // when
        History h = engine.history(ana, "ana");

        // then
        assertThat(h.sessions()).hasSize(4);
        assertThat(h.sessions().get(0).status()).isEqualTo("IN_PROGRESS");
        assertThat(h.sessions().get(0).score()).isNull();
        assertThat(h.sessions().get(1).readiness()).isNotNull();
        assertThat(h.trends()).hasSize(1);
        History.Trend t = h.trends().get(0);
        assertThat(t.preset()).isEqualTo("campus-placement");
        assertThat(t.nativeScale()).isEqualTo("0-5");
        assertThat(t.sessions()).isEqualTo(3);
        assertThat(t.firstSessionId()).isEqualTo(first);
        assertThat(t.latestSessionId()).isEqualTo(latest);
        Report before = engine.report(ana, first);
        Report after = engine.report(ana, latest);
        assertThat(t.firstScore()).isEqualTo(before.overall().nativeScore());
        assertThat(t.latestScore()).isEqualTo(after.overall().nativeScore());
        assertThat(t.change()).isEqualTo(Math.round((t.latestScore() - t.firstScore()) * 100) / 100.0).isPositive();
        assertThat(t.direction()).isEqualTo("improving");
        assertThat(t.dimensions()).hasSize(before.dimensions().size());
        for (int i = 0; i < t.dimensions().size(); i++) {
            History.DimensionChange d = t.dimensions().get(i);
            assertThat(d.name()).isEqualTo(after.dimensions().get(i).name());
            assertThat(d.first()).isEqualTo(before.dimensions().get(i).average());
            assertThat(d.latest()).isEqualTo(after.dimensions().get(i).average());
        }
        JsonNode json = JSON.readTree(ReportRenderers.json(h));
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(History.SCHEMA_VERSION);
        assertThat(json.get("trends").get(0).get("dimensions").size()).isEqualTo(t.dimensions().size());
        for (String field : List.of("firstScore", "latestScore", "change")) {
            assertThat(json.get("trends").get(0).get(field).isNumber()).as(field).isTrue();
        }
        JsonNode entry = json.get("sessions").get(1);
        for (String field : List.of("sessionId", "preset", "stage", "groupKey", "startedAt", "completedAt",
                "questionsCompleted", "score", "nativeScore", "nativeScale", "readiness", "badges")) {
            assertThat(entry.has(field)).as(field).isTrue();
        }
        assertThat(entry.get("completedAt").isTextual()).isTrue();
        assertThat(entry.get("questionsCompleted").asInt()).isEqualTo(6);
        assertThat(entry.get("nativeScale").asText()).isEqualTo("0-5");
        assertThat(entry.get("nativeScore").asDouble()).isEqualTo(after.overall().nativeScore(), org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void should_label_readiness_in_history_by_each_sessions_own_thresholds() {
        // given: the same answers under seed 003's thresholds and under a lenient host's (ready at 10, almost at 5)
        String seed003 = runAll(Answers.SHORT_VAGUE);
        InterviewPlan lenient = plan.toBuilder().readiness(new Readiness(10, 5)).build();
        clock.advance(Duration.ofDays(1));
        TurnResult r = engine.start(ana, lenient);
        while (!r.completed()) {
            r = engine.submitAnswer(ana, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(), Answers.SHORT_VAGUE));
        }

        // when
        History h = engine.history(ana, "ana");

        // then
        double score = engine.report(ana, r.sessionId()).overall().score();
        assertThat(score).isGreaterThanOrEqualTo(10).isLessThan(60);
        assertThat(h.sessions().get(0).sessionId()).isEqualTo(r.sessionId());
        assertThat(h.sessions().get(0).readiness()).isEqualTo("Ready");
        assertThat(h.sessions().get(1).sessionId()).isEqualTo(seed003);
        assertThat(h.sessions().get(1).readiness()).isEqualTo(engine.report(ana, seed003).readiness())
                .isEqualTo("Needs Practice");
    }

    @Test
    void should_render_history_as_markdown_and_as_html_with_a_trend_line_and_escaped_text() {
        // given
        Caller odd = Caller.candidate("<b>eve</b>", null);
        for (String answer : List.of(Answers.SHORT_VAGUE, Answers.STRONG)) {
            clock.advance(Duration.ofDays(1));
            TurnResult r = engine.start(odd, plan);
            while (!r.completed()) {
                r = engine.submitAnswer(odd, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(), answer));
            }
        }
        History h = engine.history(odd, "<b>eve</b>");

        // when
        String md = ReportRenderers.markdown(h);
        String html = ReportRenderers.html(h);

        // then
        assertThat(md).contains("# Interview history: \\<b\\>eve\\</b\\>").contains("## Trend").contains("| dimension |");
        assertThat(html).contains("<polyline").contains("<circle").doesNotContain("<b>eve")
                .contains("&lt;b&gt;eve&lt;/b&gt;").doesNotContain("<script");
        assertLoadsNothing(html);
        assertThat(html).contains("Score (0-100)").contains("Session date").contains(">100</text>")
                .contains(">" + java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC) + "</text>");
        assertThat(ReportRenderers.html(History.of("nobody", null, List.of()))).contains("No sessions yet.").doesNotContain("<svg");
    }

    @Test
    void should_refuse_a_spoken_answer_without_a_positive_duration() {
        assertThatThrownBy(() -> AnswerSubmission.spoken("s", "q", "I built it", Duration.ZERO, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("audioDuration");
        assertThatThrownBy(() -> new AnswerSubmission("s", "q", "x", null, null, Duration.ofSeconds(-3)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("positive");
    }

    /** Q1 spoken, Q2 typed with markup and a reported time, Q3 skipped, the rest typed; returns the session id. */
    private String runMixed() {
        TurnResult r = engine.start(ana, plan);
        String spoken = "Um, I profiled the service, found that each request opened a connection, and, uh, added a pool "
                + "so p99 latency fell from 2.4 seconds to 310 milliseconds.";
        r = engine.submitAnswer(ana, AnswerSubmission.spoken(r.sessionId(), r.nextQuestion().id(), spoken,
                Duration.ofSeconds(50), "k1"));
        r = engine.submitAnswer(ana, new AnswerSubmission(r.sessionId(), r.nextQuestion().id(), SCRIPT, null,
                Duration.ofSeconds(30)));
        r = engine.skip(ana, r.sessionId(), r.nextQuestion().id());
        while (!r.completed()) {
            clock.advance(Duration.ofSeconds(20));
            r = engine.submitAnswer(ana, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(), Answers.STRONG));
        }
        return r.sessionId();
    }

    private String runAll(String answer) {
        clock.advance(Duration.ofDays(1));
        TurnResult r = engine.start(ana, plan);
        while (!r.completed()) {
            r = engine.submitAnswer(ana, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(), answer));
        }
        return r.sessionId();
    }

    private static void assertLoadsNothing(String html) {
        assertThat(html).doesNotContain("src=").doesNotContain("href=").doesNotContain("<link").doesNotContain("url(")
                .doesNotContain("@import").doesNotContain("<script");
    }

    private static void assertFields(JsonNode array, String... fields) {
        assertThat(array.isArray() && !array.isEmpty()).as("non-empty array").isTrue();
        for (JsonNode item : array) {
            for (String f : fields) {
                assertThat(item.has(f)).as(f + " in " + item).isTrue();
            }
        }
    }
}
