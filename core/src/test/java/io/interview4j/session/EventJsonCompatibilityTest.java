package io.interview4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.Difficulty;
import io.interview4j.InterviewException;
import io.interview4j.llm.TokenUsage;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.Provenance;
import io.interview4j.session.SessionEvent.AnswerEvaluated;
import io.interview4j.session.SessionEvent.AnswerSubmitted;
import io.interview4j.session.SessionEvent.QuestionAsked;
import io.interview4j.session.SessionEvent.SessionAbandoned;
import io.interview4j.session.SessionEvent.SessionCompleted;
import io.interview4j.session.SessionEvent.SessionStarted;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Events written before weak points and spoken answers existed must still read; new ones must round-trip. */
class EventJsonCompatibilityTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void should_read_an_old_answer_without_delivery_as_typed() {
        // given
        String old = "{\"type\":\"AnswerSubmitted\",\"at\":\"2026-03-01T09:00:00Z\",\"questionId\":\"q1\","
                + "\"answer\":\"I built it\",\"idempotencyKey\":\"k1\",\"timeTakenSeconds\":42}";

        // when
        SessionEvent e = EventJson.read(old);

        // then
        assertThat(e).isEqualTo(new AnswerSubmitted(T0, "q1", "I built it", "k1", 42, null));
    }

    @Test
    void should_read_an_old_start_without_weak_points_as_none_due() {
        // given
        SessionStarted current = new SessionStarted(T0, "s1", "c1", "c1", null, Presets.coaching(PresetOptions.defaults()),
                List.of("java"), 3, List.of("b1"), List.of(new WeakPoint("sql", 40, 1, "s0")));
        String json = EventJson.write(current);
        String old = json.replaceFirst(",\"revisitWeakPoints\":\\[[^\\]]*\\]", "");

        // when
        SessionEvent e = EventJson.read(old);

        // then
        assertThat(old).doesNotContain("revisitWeakPoints");
        assertThat(((SessionStarted) e).revisitWeakPoints()).isEmpty();
        assertThat(((SessionStarted) e).excludedQuestionIds()).containsExactly("b1");
    }

    @Test
    void should_round_trip_weak_points_and_delivery() {
        // given
        SessionStarted started = new SessionStarted(T0, "s1", "c1", "c1", "org", Presets.coaching(PresetOptions.defaults()),
                List.of(), null, List.of(), List.of(new WeakPoint("sql", 40, 3, "s0")));
        AnswerSubmitted answer = new AnswerSubmitted(T0, "q1", "Um, I built it", null, 4,
                Delivery.measure("Um, I built it", Duration.ofSeconds(4)));

        // when / then
        assertThat(EventJson.read(EventJson.write(started))).isEqualTo(started);
        assertThat(EventJson.read(EventJson.write(answer))).isEqualTo(answer);
        assertThat(EventJson.write(answer)).contains("\"wordsPerMinute\":60.0").contains("\"fillerCount\":1");
    }

    @Test
    void should_store_end_reasons_by_their_wire_names_and_read_the_ones_stored_before() {
        // given
        SessionCompleted done = new SessionCompleted(T0, EndReason.FINISHED_EARLY, 71.5, new TokenUsage(10, 5, 0), "Almost Ready");
        String old = "{\"type\":\"SessionCompleted\",\"at\":\"2026-03-01T09:00:00Z\",\"reason\":\"bank_exhausted\","
                + "\"overallScore\":null,\"usage\":null}";

        // when
        String json = EventJson.write(done);

        // then
        assertThat(json).contains("\"reason\":\"finished_early\"");
        assertThat(EventJson.read(json)).isEqualTo(done);
        assertThat(((SessionCompleted) EventJson.read(old)).reason()).isEqualTo(EndReason.BANK_EXHAUSTED);
        for (EndReason r : EndReason.values()) {
            assertThat(EventJson.write(new SessionCompleted(T0, r, null, null))).contains("\"reason\":\"" + r.wireName() + "\"");
        }
        assertThat(EndReason.values()).extracting(EndReason::wireName)
                .containsExactly("all_rounds_done", "time_up", "finished_early", "max_turns", "bank_exhausted");
        assertThatThrownBy(() -> EventJson.read(old.replace("bank_exhausted", "coffee_break")))
                .isInstanceOf(InterviewException.class);
    }

    @Test
    void should_read_the_empty_texts_stored_before_as_absent_and_write_absent_ones_as_null() {
        // given: events as written when an empty string stood for an absent text
        SessionStarted started = new SessionStarted(T0, "s1", "c1", "c1", null,
                Presets.coaching(PresetOptions.defaults().withJobDescription(null)).toBuilder().targetLevel(null).build(),
                List.of(), null, List.of(), List.of());
        QuestionAsked asked = new QuestionAsked(T0, new Question("q1", QuestionType.MAIN, "Why?", 0, 1, 0, null, null,
                null, null, null, List.of(), Difficulty.MEDIUM, List.of(), null, 120));
        AnswerEvaluated judged = new AnswerEvaluated(T0, "q1", new Evaluation("five", Provenance.HEURISTIC, Map.of(), 5,
                50, List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), null, null, List.of(), null,
                null), "");
        SessionAbandoned abandoned = new SessionAbandoned(T0, null);
        List<SessionEvent> events = List.of(started, asked, judged, abandoned);
        List<String> written = events.stream().map(EventJson::write).toList();
        List<String> old = written.stream().map(j -> j
                .replace("\"company\":null", "\"company\":\"\"")
                .replace("\"jobDescription\":null", "\"jobDescription\":\"\"")
                .replace("\"resumeText\":null", "\"resumeText\":\"\"")
                .replace("\"targetLevel\":null", "\"targetLevel\":\"\"")
                .replace("\"kind\":null", "\"kind\":\"\"")
                .replace("\"category\":null", "\"category\":\"\"")
                .replace("\"competency\":null", "\"competency\":\"\"")
                .replace("\"referenceAnswer\":null", "\"referenceAnswer\":\"\"")
                .replace("\"feedback\":null", "\"feedback\":\"\"")
                .replace("\"reason\":null", "\"reason\":\"\"")
                .replace("\"decision\":null", "\"decision\":\"\"")).toList();

        // when
        List<SessionEvent> read = old.stream().map(EventJson::read).toList();

        // then: the field names are kept, absent values are written as null and the old empty strings read as absent
        assertThat(written.get(0)).contains("\"company\":null", "\"jobDescription\":null", "\"resumeText\":null",
                "\"targetLevel\":null");
        assertThat(written.get(1)).contains("\"kind\":null", "\"category\":null", "\"competency\":null",
                "\"referenceAnswer\":null");
        assertThat(written.get(2)).contains("\"feedback\":null", "\"decision\":null");
        assertThat(written.get(3)).contains("\"reason\":null");
        assertThat(String.join("", old)).contains("\"company\":\"\"", "\"feedback\":\"\"", "\"reason\":\"\"",
                "\"decision\":\"\"");
        assertThat(read).isEqualTo(events);
        InterviewPlan plan = ((SessionStarted) read.get(0)).plan();
        assertThat(plan.company()).isNull();
        assertThat(plan.jobDescription()).isNull();
        assertThat(plan.resumeText()).isNull();
        assertThat(plan.targetLevel()).isNull();
        assertThat(((QuestionAsked) read.get(1)).question().competency()).isNull();
        assertThat(((AnswerEvaluated) read.get(2)).evaluation().feedback()).isNull();
        assertThat(((AnswerEvaluated) read.get(2)).decision()).isNull();
        assertThat(Session.replay(read).turns()).singleElement().satisfies(t -> assertThat(t.decision()).isNull());
        assertThat(((SessionAbandoned) read.get(3)).reason()).isNull();
        assertThat(Session.replay(read).endReason()).isNull();
    }
}
