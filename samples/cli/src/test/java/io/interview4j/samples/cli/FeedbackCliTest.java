package io.interview4j.samples.cli;

import static io.interview4j.samples.cli.CliRunner.aCli;
import static io.interview4j.samples.cli.CliRunner.answersFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interview4j.llm.testing.FakeProviderServer;
import io.interview4j.llm.testing.FakeProviderServer.Protocol;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 through the terminal app: with a model configured, the model writes each question's feedback and the
 * debrief ({@code --feedback model}, the default); {@code --feedback offline} or {@code INTERVIEW4J_FEEDBACK=offline}
 * keeps both in code and makes no such call.
 */
class FeedbackCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String COACHING = "Open with the risk to the deploys, then the plan.";
    private static final String ASSESSMENT = "A clear migration story with a measured result.";

    /** Feedback fitting the schema asked for: the coaching rubric's levels and revised answer when it has them. */
    private static String feedback(JsonNode props) {
        ObjectNode out = JSON.createObjectNode();
        out.putArray("what_landed").add("You moved one endpoint a week behind a feature flag");
        out.putArray("what_did_not_land").add("You did not say who you brought along");
        out.put("coaching", COACHING);
        if (props.has("level_demonstrated")) {
            out.put("level_demonstrated", props.path("level_demonstrated").path("enum").path(0).asText());
            out.put("revised_answer", "I mapped the dependencies and moved one endpoint a week behind a feature flag.");
        }
        return out.toString();
    }

    /** A debrief whose quotes are the candidate's own words in Q1. */
    private static String debrief() {
        ObjectNode out = JSON.createObjectNode().put("assessment", ASSESSMENT);
        out.putArray("strengths").addObject().put("text", "Planned the rollback").put("quote", "I mapped the dependencies")
                .put("label", "Q1");
        out.putArray("areas_to_improve").addObject().put("text", "Say who you brought along")
                .put("quote", "I learned to measure the baseline before promising a number").put("label", "Q1");
        out.putObject("strongest_moment").put("label", "Q1").put("why", "a measured plan")
                .put("quote", "I mapped the dependencies");
        out.putObject("weakest_moment").put("label", "Q1").put("why", "little on people")
                .put("quote", "I learned to measure the baseline before promising a number");
        out.putArray("next_steps").add("Practise naming who you brought along");
        return out.toString();
    }

    @TempDir
    Path dir;

    private final AtomicInteger feedbackCalls = new AtomicInteger();
    private final AtomicInteger debriefCalls = new AtomicInteger();

    private String reply(JsonNode schema, AtomicInteger written) {
        JsonNode props = schema.path("properties");
        if (props.has("what_landed")) {
            feedbackCalls.incrementAndGet();
            return feedback(props);
        }
        if (props.has("assessment")) {
            debriefCalls.incrementAndGet();
            return debrief();
        }
        return QuestionWriterCliTest.reply(schema, written);
    }

    private CliRunner.Result run(FakeProviderServer server, Map<String, String> extraEnv, String... extraArgs) {
        Path answers = answersFile(dir, "answers.txt", List.of(SampleAnswers.MIGRATION_STAR, SampleAnswers.CONFLICT_STAR));
        Map<String, String> env = new HashMap<>(Map.of("OPENAI_BASE_URL", server.baseUrl(), "OPENAI_API_KEY", "sk-test"));
        env.putAll(extraEnv);
        List<String> args = new java.util.ArrayList<>(List.of("--provider", "openai", "--preset", "coaching",
                "--questions", "bank", "--answers", answers.toString(), "--format", "json", "--store", "memory"));
        args.addAll(List.of(extraArgs));
        return aCli().withEnv(env).run(args.toArray(String[]::new));
    }

    private static List<JsonNode> mains(JsonNode report) {
        return StreamSupport.stream(report.get("questions").spliterator(), false)
                .filter(q -> q.get("kind").asText().equals("MAIN") && q.hasNonNull("answer")).toList();
    }

    @Test
    void should_have_the_model_write_feedback_and_debrief_by_default_when_a_model_is_configured() throws Exception {
        // given
        AtomicInteger written = new AtomicInteger();
        try (FakeProviderServer server = FakeProviderServer.builder(Protocol.OPENAI)
                .responder(call -> reply(call.schema().orElseThrow(), written)).start()) {

            // when
            CliRunner.Result result = run(server, Map.of());

            // then
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.err()).contains("Feedback: written by the model");
            JsonNode report = JSON.readTree(result.out());
            assertThat(mains(report)).isNotEmpty().allSatisfy(q -> {
                assertThat(q.get("feedback").get("provenance").asText()).isEqualTo("MODEL");
                assertThat(q.get("feedback").get("coaching").asText()).isEqualTo(COACHING);
            });
            assertThat(report.get("debrief").get("provenance").asText()).isEqualTo("MODEL");
            assertThat(report.get("debrief").get("assessment").asText()).isEqualTo(ASSESSMENT);
            assertThat(feedbackCalls.get()).isEqualTo(mains(report).size());
            assertThat(debriefCalls.get()).isEqualTo(1);
        }
    }

    @Test
    void should_write_feedback_in_code_with_feedback_offline_or_its_environment_variable() throws Exception {
        // given
        AtomicInteger written = new AtomicInteger();
        try (FakeProviderServer server = FakeProviderServer.builder(Protocol.OPENAI)
                .responder(call -> reply(call.schema().orElseThrow(), written)).start()) {

            // when
            CliRunner.Result byFlag = run(server, Map.of(), "--feedback", "offline");
            CliRunner.Result byEnv = run(server, Map.of(Options.FEEDBACK_VARIABLE, "OFFLINE"));

            // then
            for (CliRunner.Result result : List.of(byFlag, byEnv)) {
                assertThat(result.exitCode()).as(result.err()).isZero();
                assertThat(result.err()).contains("Feedback: written in code (--feedback offline)");
                JsonNode report = JSON.readTree(result.out());
                assertThat(mains(report)).isNotEmpty().allSatisfy(q ->
                        assertThat(q.get("feedback").get("provenance").asText()).isEqualTo("HEURISTIC"));
                assertThat(report.get("debrief").get("provenance").asText()).isEqualTo("HEURISTIC");
            }
            assertThat(feedbackCalls.get()).isZero();
            assertThat(debriefCalls.get()).isZero();
        }
    }

    @Test
    void should_refuse_an_unknown_feedback_source_from_the_flag_and_from_the_environment() {
        // when
        CliRunner.Result flag = aCli().run("--feedback", "oracle", "--store", "memory");
        CliRunner.Result env = aCli().withEnv(Map.of(Options.FEEDBACK_VARIABLE, "oracle")).run("--store", "memory");

        // then
        assertThat(flag.exitCode()).isEqualTo(2);
        assertThat(flag.err()).startsWith("error: ").contains("'oracle' is not a feedback source; expected model or offline");
        assertThat(env.exitCode()).isEqualTo(1);
        assertThat(env.err()).startsWith("error: $INTERVIEW4J_FEEDBACK: 'oracle' is not a feedback source");
    }
}
