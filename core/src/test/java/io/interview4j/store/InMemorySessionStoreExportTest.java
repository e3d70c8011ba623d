package io.interview4j.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.RoundPlan;
import io.interview4j.session.EventJson;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionEvent.AnswerSubmitted;
import io.interview4j.session.SessionEvent.SessionStarted;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemorySessionStoreExportTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void should_export_the_candidates_sessions_and_events_when_asked() throws Exception {
        // given
        InMemorySessionStore store = new InMemorySessionStore();
        SessionEvent answer = new AnswerSubmitted(T0.plusSeconds(5), "q1", "Answer 🙂", "k1", 5);
        store.append("s-1", 0, List.of(started("s-1", "cand-1"), answer));
        store.append("s-2", 0, List.of(started("s-2", "cand-2")));

        // when
        JsonNode root = new ObjectMapper().readTree(store.exportCandidate("cand-1"));

        // then
        assertThat(root.get("candidateId").asText()).isEqualTo("cand-1");
        assertThat(root.get("sessions")).hasSize(1);
        JsonNode events = root.get("sessions").get(0).get("events");
        assertThat(events).hasSize(2);
        assertThat(EventJson.read(events.get(1).toString())).isEqualTo(answer);
    }

    private static SessionStarted started(String id, String candidate) {
        return new SessionStarted(T0, id, candidate, "owner-1", null,
                InterviewPlan.builder().round(RoundPlan.of("Coding", "dsa", 2)).build(), List.of(), null, List.of());
    }
}
