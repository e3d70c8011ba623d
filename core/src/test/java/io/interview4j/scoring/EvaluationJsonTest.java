package io.interview4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interview4j.llm.TokenUsage;
import io.interview4j.session.EventJson;
import io.interview4j.session.SessionEvent.AnswerEvaluated;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Evaluations stored before the judge's newer fields existed still read back, with sensible defaults. */
class EvaluationJsonTest {

    private static final List<String> NEW_FIELDS = List.of("provider", "modelCalls", "evidenceDropped", "revisedAnswer",
            "insights", "reasons");

    private static String storedWithout(Evaluation e) throws Exception {
        ObjectMapper mapper = EventJson.newMapper();
        ObjectNode event = (ObjectNode) mapper.readTree(EventJson.write(new AnswerEvaluated(Instant.EPOCH, "q1", e, "")));
        ObjectNode evaluation = (ObjectNode) event.get("evaluation");
        assertThat(evaluation.has("provider")).isTrue();
        NEW_FIELDS.forEach(evaluation::remove);
        return mapper.writeValueAsString(event);
    }

    @Test
    void should_read_an_old_model_evaluation_with_one_call_and_empty_new_fields() throws Exception {
        // given
        Evaluation old = new Evaluation("five-dimension", Provenance.MODEL, Map.of("depth", 3.0), 3, 60, List.of("a"),
                List.of("b"), List.of(), List.of(), "ok", List.of(), List.of(), null, null, List.of(), "gpt-4o-mini",
                new TokenUsage(900, 120, 0));

        // when
        Evaluation read = ((AnswerEvaluated) EventJson.read(storedWithout(old))).evaluation();

        // then
        assertThat(read).isEqualTo(old);
        assertThat(read.modelCalls()).isEqualTo(1);
        assertThat(read.provider()).isNull();
        assertThat(read.evidenceDropped()).isZero();
        assertThat(read.revisedAnswer()).isNull();
        assertThat(read.insights().isEmpty()).isTrue();
        assertThat(read.reasons()).isEmpty();
    }

    @Test
    void should_read_an_old_offline_evaluation_with_no_calls() throws Exception {
        // given
        Evaluation old = new Evaluation("coaching", Provenance.HEURISTIC, Map.of("competency", 6.0), 6, 55.6, List.of(),
                List.of(), List.of(), List.of(), "", List.of(), List.of(), "L4", null, List.of(AnswerFlag.TRUNCATED), null, null);

        // when
        Evaluation read = ((AnswerEvaluated) EventJson.read(storedWithout(old))).evaluation();

        // then
        assertThat(read).isEqualTo(old);
        assertThat(read.modelCalls()).isZero();
        assertThat(read.usage()).isEqualTo(TokenUsage.NONE);
    }

    @Test
    void should_round_trip_every_new_field() {
        // given
        Evaluation e = new Evaluation("coaching", Provenance.MODEL, Map.of("competency", 8.0), 8, 77.8, List.of(), List.of(),
                List.of(), List.of("we cut costs"), "", List.of(), List.of(), "L5A", null,
                List.of(AnswerFlag.REVISED_ANSWER_DISCARDED), "claude-haiku-4-5", new TokenUsage(1000, 200, 300), "anthropic",
                2, 3, null, new AnswerFeatures.Insights(List.of("kafka"), List.of("costs"), List.of()),
                Map.of("competency", "clear scope"));

        // when
        Evaluation read = ((AnswerEvaluated) EventJson.read(EventJson.write(new AnswerEvaluated(Instant.EPOCH, "q1", e, ""))))
                .evaluation();

        // then
        assertThat(read).isEqualTo(e);
        assertThat(EventJson.write(new AnswerEvaluated(Instant.EPOCH, "q1", e, ""))).doesNotContain("\"empty\"");
    }
}
