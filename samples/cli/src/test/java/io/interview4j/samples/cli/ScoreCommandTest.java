package io.interview4j.samples.cli;

import static io.interview4j.samples.cli.CliRunner.aCli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score}: JSON lines in, the same lines with scores out. */
class ScoreCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HASH_MAP_QUESTION = "How does a hash map work, and what is the cost of its operations?";

    @TempDir
    Path dir;

    @Test
    void should_add_score_dimensions_provenance_and_flags_to_every_line_when_scoring_json_lines() throws Exception {
        // given
        Path input = jsonLines("answers.jsonl",
                Map.of("question", HASH_MAP_QUESTION, "answer", SampleAnswers.HASH_MAP,
                        "keyPoints", List.of("buckets chosen by hash code", "collisions", "resizing at a load factor", "O(1) average")),
                Map.of("id", "q2", "question", HASH_MAP_QUESTION, "answer", SampleAnswers.DONT_KNOW),
                Map.of("question", "Tell me about a time you resolved a disagreement in your team.",
                        "answer", SampleAnswers.CONFLICT_STAR, "reference", "A STAR story: the disagreement, the listening,"
                                + " the data gathered, the decision and a measurable result."));

        // when
        CliRunner.Result result = aCli().run("score", "--input", input.toString());

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : result.out().strip().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize(3).allSatisfy(line -> {
            assertThat(line.get("score").asDouble()).isBetween(0.0, 100.0);
            assertThat(line.get("dimensions").fieldNames()).toIterable()
                    .containsExactly("structure", "relevance", "technical_accuracy", "depth", "communication");
            assertThat(line.get("provenance").asText()).isIn("HEURISTIC", "RULE");
            assertThat(line.get("flags").isArray()).isTrue();
        });
        JsonNode gated = lines.get(1);
        assertThat(gated.get("id").asText()).isEqualTo("q2");
        assertThat(gated.get("flags")).extracting(JsonNode::asText).contains("DONT_KNOW");
        assertThat(gated.get("score").asDouble()).isLessThanOrEqualTo(25.0);
        assertThat(lines.get(0).get("score").asDouble()).isGreaterThan(gated.get("score").asDouble() + 30);
    }

    @Test
    void should_write_scores_to_a_file_on_the_rubric_asked_for_when_out_and_rubric_are_given() throws Exception {
        // given
        Path input = jsonLines("answers.jsonl", Map.of("question", HASH_MAP_QUESTION, "answer", SampleAnswers.HASH_MAP));
        Path out = dir.resolve("scored.jsonl");

        // when
        CliRunner.Result result = aCli().run("score", "--input", input.toString(), "--rubric", "topic-drill", "--out", out.toString());

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode line = JSON.readTree(Files.readString(out).strip());
        assertThat(line.get("dimensions").fieldNames()).toIterable().containsExactly("correctness", "completeness", "clarity");
    }

    @Test
    void should_exit_1_naming_the_line_when_a_line_is_malformed() throws Exception {
        // given
        Path input = dir.resolve("bad.jsonl");
        Files.writeString(input, "{\"question\": \"Why?\", \"answer\": \"Because the cache was cold.\"}\n"
                + "{\"question\": \"Why?\", \"answer\": \n");

        // when
        CliRunner.Result result = aCli().run("score", "--input", input.toString());

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: ").contains("line 2").contains("malformed JSON");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void should_exit_1_naming_the_line_when_the_answer_is_missing() throws Exception {
        // given
        Path input = jsonLines("no-answer.jsonl", Map.of("question", "Why?"));

        // when
        CliRunner.Result result = aCli().run("score", "--input", input.toString());

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("line 1").contains("\"answer\" is missing");
    }

    @Test
    void should_exit_2_when_the_rubric_is_unknown() throws Exception {
        // given
        Path input = jsonLines("answers.jsonl", Map.of("question", "Why?", "answer", "Because."));

        // when
        CliRunner.Result result = aCli().run("score", "--input", input.toString(), "--rubric", "vibes");

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown rubric 'vibes'");
    }

    @SafeVarargs
    private Path jsonLines(String name, Map<String, Object>... lines) throws Exception {
        StringBuilder b = new StringBuilder();
        for (Map<String, Object> line : lines) {
            ObjectNode node = JSON.createObjectNode();
            line.forEach((k, v) -> node.set(k, JSON.valueToTree(v)));
            b.append(JSON.writeValueAsString(node)).append('\n');
        }
        return Files.writeString(dir.resolve(name), b.toString());
    }
}
