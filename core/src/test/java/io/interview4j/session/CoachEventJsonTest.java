package io.interview4j.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.feedback.Debrief;
import io.interview4j.feedback.QuestionFeedback;
import io.interview4j.llm.TokenUsage;
import io.interview4j.scoring.Provenance;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feedback and debrief events survive the JSON every store writes. */
class CoachEventJsonTest {

    @Test
    void should_read_back_feedback_and_debrief_events_as_written() {
        // given
        QuestionFeedback f = new QuestionFeedback("q1", "Q1", "leadership", List.of("You named the pool"),
                List.of("You did not say how the slowdown was detected"), "Open with the detection.", "Situation: ...",
                "L5A", 72.5, 7.3, Provenance.MODEL, "question-feedback-v1", "gpt", new TokenUsage(10, 5, 0), 1);
        Debrief d = new Debrief("Solid.", List.of(new Debrief.Item("Profiled first", "I profiled the service", "Q1")),
                List.of(), new Debrief.Moment("Q1", "measured", null), null, List.of("Practise x"), List.of("Do y"),
                "Almost Ready", "Recommend", "because", List.of(new Debrief.AnswerQuality("Q1", "Good")),
                Provenance.FALLBACK, "debrief-v1", null, null, 1);
        SessionEvent a = new SessionEvent.QuestionFeedbackRecorded(Instant.parse("2026-01-01T00:00:00Z"), "q1", f);
        SessionEvent b = new SessionEvent.DebriefRecorded(Instant.parse("2026-01-01T00:01:00Z"), d);

        // when
        SessionEvent ra = EventJson.read(EventJson.write(a));
        SessionEvent rb = EventJson.read(EventJson.write(b));

        // then
        assertThat(ra).isEqualTo(a);
        assertThat(rb).isEqualTo(b);
        assertThat(EventJson.write(a)).contains("\"type\":\"QuestionFeedbackRecorded\"");
    }
}
