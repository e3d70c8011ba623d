package io.interview4j.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interview4j.engine.AnswerSubmission;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.engine.TurnResult;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.report.ReportRenderers;
import io.interview4j.store.InMemorySessionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The host-application example of the README, as written there, so the README stays true. */
class ReadmeExampleTest {

    private final List<String> asked = new ArrayList<>();

    private String askTheCandidate(String progressLine, String question) {
        asked.add(progressLine + " | " + question);
        return "In my last role our checkout service failed every Friday deploy. I owned the fix: I added contract "
                + "tests, a canary stage and a rollback switch. Failed deploys fell from four a month to none in a "
                + "quarter, and I would now also add load tests because the canary misses peak traffic.";
    }

    @Test
    void the_readme_example_runs_a_whole_offline_interview_and_writes_the_json_report() throws Exception {
        String jobDescriptionText = "Senior backend engineer: Java, PostgreSQL, Kafka; you will lead design reviews.";

        // --- the README's example, unchanged ---
        InterviewEngine engine = InterviewEngine.builder()
                .sessionStore(new InMemorySessionStore())        // or a JdbcSessionStore
                .build();                                        // built-in bank, offline scoring
        Caller candidate = Caller.candidate("user-42");
        InterviewPlan plan = Presets.coaching(PresetOptions.defaults()
                .withJobDescription(jobDescriptionText));

        TurnResult turn = engine.start(candidate, plan);
        while (!turn.completed()) {
            String answer = askTheCandidate(turn.progress().line(), turn.nextQuestion().text());
            turn = engine.submitAnswer(candidate, new AnswerSubmission(turn.sessionId(),
                    turn.nextQuestion().id(), answer, UUID.randomUUID().toString(), null));
        }
        String json = ReportRenderers.json(engine.report(candidate, turn.sessionId()));
        // --- end of the example ---

        JsonNode report = new ObjectMapper().readTree(json);
        assertThat(report.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(report.path("preset").asText()).isEqualTo("coaching");
        assertThat(report.path("questions").size()).isEqualTo(asked.size()).isGreaterThanOrEqualTo(5);
        assertThat(asked.get(0)).startsWith("Question 1/5");
    }
}
