package io.interview4j.samples.cli;

import static io.interview4j.samples.cli.CliRunner.aCli;
import static io.interview4j.samples.cli.CliRunner.answersFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interview4j.llm.testing.FakeProviderServer;
import io.interview4j.llm.testing.FakeProviderServer.Protocol;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9's "done when": through the CLI with {@code --provider openai} pointed at a loopback server answering with
 * realistic JSON, each preset asks main questions the model wrote ({@code source} MODEL); with the server failing
 * every question-writing call, the interview still completes from the bank ({@code source} BANK).
 */
class QuestionWriterCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Distinct questions, one per writing call, so none is refused as a repeat. */
    private static final List<String> QUESTIONS = List.of(
            "How would you design a Kafka consumer that processes each payment exactly once?",
            "Tell me about a time you had to push back on a deadline set by your manager.",
            "How would you roll out a schema change to a Postgres table that serves live traffic?",
            "Describe a situation where you had to persuade a sceptical colleague to adopt your approach.",
            "How would you size the partitions of a topic that ingests ten thousand events per second?",
            "Walk me through how you would debug a Go service whose memory keeps growing in production.",
            "Tell me about the hardest production incident you owned, from detection to follow-up.",
            "How would you design rate limiting for a public API serving many tenants?",
            "What would you check first when a Kubernetes deployment keeps restarting its pods?",
            "Describe a decision you made with incomplete data and how you limited the risk.",
            "How would you find two numbers in an array that add up to a target, and at what cost?",
            "How would you design a URL shortener that handles a billion redirects a day?",
            "Tell me about a time you mentored someone who was struggling on your team.",
            "How would you make a nightly batch job safe to rerun after a partial failure?",
            "How would you cache product pages so that price changes show within a minute?",
            "Describe how you would split a monolith's billing module into its own service.");

    @TempDir
    Path dir;

    private static boolean writes(JsonNode schema) {
        return schema.path("properties").has("question");
    }

    private static boolean writesTemplate(JsonNode schema) {
        return schema.path("properties").has("questions");
    }

    static String reply(JsonNode schema, AtomicInteger written) {
        JsonNode props = schema.path("properties");
        if (writes(schema)) {
            ObjectNode q = JSON.createObjectNode()
                    .put("question", QUESTIONS.get(written.getAndIncrement() % QUESTIONS.size()))
                    .put("round_kind", props.path("round_kind").path("enum").path(0).asText())
                    .put("competency", props.path("competency").path("enum").path(0).asText("problem_solving"))
                    .put("difficulty", props.path("difficulty").path("enum").path(0).asText())
                    .put("reference_answer", "A short reference answer a strong candidate would give.")
                    .put("suggested_time_seconds", 180);
            q.putArray("skills").add("kafka").add("go");
            q.putArray("key_points").add("names a concrete mechanism and why it works")
                    .add("discusses a failure mode and how to detect it");
            return q.toString();
        }
        if (writesTemplate(schema)) {
            ObjectNode out = JSON.createObjectNode();
            ArrayNode list = out.putArray("questions");
            for (int i = 0; i < 3; i++) {
                ObjectNode q = list.addObject().put("text", QUESTIONS.get(written.getAndIncrement() % QUESTIONS.size()))
                        .put("competency", "technical").put("difficulty", "medium")
                        .put("reference_answer", "A short reference answer.").put("suggested_time_seconds", 120);
                q.putArray("skills").add("kafka");
                q.putArray("key_points").add("names a concrete mechanism and why it works");
            }
            return out.toString();
        }
        ObjectNode out = JSON.createObjectNode();
        ObjectNode dims = out.putObject("dimensions");
        props.path("dimensions").path("properties").fields().forEachRemaining(d -> {
            JsonNode score = d.getValue().path("properties").path("score");
            double min = score.path("minimum").asDouble();
            double max = score.path("maximum").asDouble();
            dims.putObject(d.getKey()).put("score", Math.round((min + (max - min) * 0.6) * 10) / 10.0)
                    .put("reason", "names the mechanism but not the failure handling");
        });
        for (String list : List.of("evidence", "strengths", "gaps", "suggestions", "key_points_covered")) {
            out.putArray(list);
        }
        out.putArray("follow_up_questions").add("How would you notice that this had gone wrong in production?")
                .add("What would you change if the load grew tenfold?");
        out.put("feedback", "Solid on the mechanism; say more about failures.");
        if (props.has("level_demonstrated")) {
            out.put("level_demonstrated", props.path("level_demonstrated").path("enum").path(0).asText());
            out.put("revised_answer", "");
        }
        if (props.has("next_action")) {
            List<String> allowed = StreamSupport.stream(props.path("next_action").path("properties").path("action")
                    .path("enum").spliterator(), false).map(JsonNode::asText).toList();
            out.putObject("next_action").put("action", allowed.contains("preset") ? "preset" : allowed.get(0))
                    .put("question_text", "").put("suggested_time_seconds", 120);
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"campus-placement", "structured", "timed-screen", "coaching", "topic-drill"})
    void should_ask_main_questions_the_model_wrote_in_every_preset(String preset) throws Exception {
        // given
        Path answers = answersFile(dir, "answers.txt", SampleAnswers.strongWithGated(40, -1, ""));
        Path jd = CliRunner.write(dir.resolve("jd.txt"), "Backend engineer: Kafka, Kubernetes and Go for payments.");
        AtomicInteger written = new AtomicInteger();
        try (FakeProviderServer server = FakeProviderServer.builder(Protocol.OPENAI)
                .responder(call -> reply(call.schema().orElseThrow(), written)).start()) {
            Map<String, String> env = Map.of("OPENAI_BASE_URL", server.baseUrl(), "OPENAI_API_KEY", "sk-test");

            // when
            CliRunner.Result result = aCli().withEnv(env).run(preset.equals("topic-drill")
                    ? new String[] {"--provider", "openai", "--preset", preset, "--topics", "kafka", "--answers",
                            answers.toString(), "--format", "json", "--store", "memory"}
                    : new String[] {"--provider", "openai", "--preset", preset, "--jd", jd.toString(), "--answers",
                            answers.toString(), "--format", "json", "--store", "memory"});

            // then
            assertThat(result.exitCode()).as(result.err()).isZero();
            JsonNode report = JSON.readTree(result.out());
            assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
            List<JsonNode> mains = StreamSupport.stream(report.get("questions").spliterator(), false)
                    .filter(q -> q.get("kind").asText().equals("MAIN")).toList();
            assertThat(mains).isNotEmpty();
            assertThat(mains.get(0).get("source").asText()).isEqualTo("MODEL");
            assertThat(mains.stream().filter(q -> q.get("source").asText().equals("MODEL")).count())
                    .as("most main questions written by the model").isGreaterThan(mains.size() / 2);
            assertThat(mains.stream().filter(q -> q.get("source").asText().equals("MODEL"))).allSatisfy(q -> {
                assertThat(QUESTIONS).contains(q.get("text").asText());
                assertThat(q.get("promptVersion").asText()).startsWith(preset.equals("timed-screen")
                        ? "preset-questions/2" : "question-writer/1");
                assertThat(q.get("skills").toString()).contains("kafka");
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"campus-placement", "structured", "timed-screen", "coaching", "topic-drill"})
    void should_complete_from_the_bank_when_every_question_writing_call_fails(String preset) throws Exception {
        // given a server that fails every call writing a question and judges every answer
        Path answers = answersFile(dir, "answers.txt", SampleAnswers.strongWithGated(40, -1, ""));
        AtomicInteger written = new AtomicInteger();
        try (FakeProviderServer server = FakeProviderServer.builder(Protocol.OPENAI).responder(call -> {
            JsonNode schema = call.schema().orElseThrow();
            if (writes(schema) || writesTemplate(schema)) {
                throw new IllegalStateException("the writer is down");
            }
            return reply(schema, written);
        }).start()) {
            Map<String, String> env = Map.of("OPENAI_BASE_URL", server.baseUrl(), "OPENAI_API_KEY", "sk-test");

            // when
            CliRunner.Result result = aCli().withEnv(env).run("--provider", "openai", "--preset", preset, "--answers",
                    answers.toString(), "--format", "json", "--store", "memory");

            // then
            assertThat(result.exitCode()).as(result.err()).isZero();
            JsonNode report = JSON.readTree(result.out());
            assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
            List<JsonNode> mains = StreamSupport.stream(report.get("questions").spliterator(), false)
                    .filter(q -> q.get("kind").asText().equals("MAIN")).toList();
            assertThat(mains).isNotEmpty().allSatisfy(q -> assertThat(q.get("source").asText()).isEqualTo("BANK"));
            assertThat(StreamSupport.stream(report.get("questions").spliterator(), false)
                    .filter(q -> q.hasNonNull("answer"))).allSatisfy(q ->
                    assertThat(q.get("provenance").asText()).isEqualTo("MODEL"));
        }
    }

    @org.junit.jupiter.api.Test
    void should_refuse_a_language_that_is_not_a_bcp_47_tag_and_an_unknown_question_source() {
        CliRunner.Result language = aCli().run("--provider", "offline", "--language", "!!", "--store", "memory");
        CliRunner.Result source = aCli().run("--provider", "offline", "--questions", "oracle", "--store", "memory");

        assertThat(language.exitCode()).isEqualTo(2);
        assertThat(language.err()).contains("language must be a BCP 47 tag");
        assertThat(source.exitCode()).isEqualTo(2);
        assertThat(source.err()).contains("--questions must be model or bank");
    }

    @org.junit.jupiter.api.Test
    void should_run_offline_in_english_and_say_so_when_another_language_is_asked_for() throws Exception {
        Path answers = answersFile(dir, "answers.txt", SampleAnswers.strongWithGated(2, -1, ""));

        CliRunner.Result result = aCli().run("--provider", "offline", "--language", "de", "--answers",
                answers.toString(), "--format", "json", "--store", "memory");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode report = JSON.readTree(result.out());
        assertThat(report.get("language").get("requested").asText()).isEqualTo("de");
        assertThat(report.get("language").get("used").asText()).isEqualTo("en");
        assertThat(report.get("questions").get(0).get("source").asText()).isEqualTo("BANK");
    }
}
