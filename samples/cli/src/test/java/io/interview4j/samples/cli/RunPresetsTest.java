package io.interview4j.samples.cli;

import static io.interview4j.samples.cli.CliRunner.aCli;
import static io.interview4j.samples.cli.CliRunner.answersFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every preset end to end through the CLI, offline, with {@code --answers} and {@code --format json}: the report
 * on stdout must be valid JSON on its own, and must show the preset's seed rules.
 */
class RunPresetsTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @TempDir
    Path dir;

    @Test
    void should_ask_three_rounds_of_two_main_questions_when_preset_is_campus_placement() throws Exception {
        // given
        Path answers = answersFile(dir, "answers.txt", SampleAnswers.strongWithGated(12, 3, SampleAnswers.DONT_KNOW));

        // when
        JsonNode report = runJson("--preset", "campus-placement", "--company", "Acme", "--answers", answers.toString());

        // then
        assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(report.get("rounds")).hasSize(3);
        Map<String, Integer> mainPerRound = new TreeMap<>();
        questions(report).stream().filter(q -> q.get("kind").asText().equals("MAIN"))
                .forEach(q -> mainPerRound.merge(q.get("round").asText(), 1, Integer::sum));
        assertThat(mainPerRound).hasSize(3).allSatisfy((round, count) -> assertThat(count).as(round).isEqualTo(2));
    }

    @Test
    void should_ask_ten_to_fifteen_main_questions_when_preset_is_structured() throws Exception {
        // given
        Path answers = answersFile(dir, "answers.txt", SampleAnswers.strongWithGated(40, 1, SampleAnswers.DONT_KNOW));

        // when
        JsonNode report = runJson("--preset", "structured", "--type", "mixed", "--level", "mid", "--answers", answers.toString());

        // then
        assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
        long main = questions(report).stream().filter(q -> q.get("kind").asText().equals("MAIN")).count();
        assertThat(main).isBetween(10L, 15L);
        assertThat(report.get("dimensions")).extracting(d -> d.get("name").asText())
                .contains("structure", "relevance", "technical_accuracy", "depth", "communication");
    }

    @Test
    void should_ask_five_main_questions_with_at_most_three_follow_ups_when_preset_is_coaching() throws Exception {
        // given
        Path answers = answersFile(dir, "answers.txt", SampleAnswers.strongWithGated(30, 1, SampleAnswers.DONT_KNOW));

        // when
        JsonNode report = runJson("--preset", "coaching", "--stage", "hiring_manager", "--answers", answers.toString());

        // then
        assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
        List<JsonNode> questions = questions(report);
        assertThat(questions).filteredOn(q -> q.get("kind").asText().equals("MAIN")).hasSize(5);
        Map<String, Integer> followUpsPerMain = new TreeMap<>();
        for (JsonNode q : questions) {
            if (q.get("kind").asText().equals("FOLLOW_UP")) {
                followUpsPerMain.merge(q.get("label").asText().replaceAll(" Follow-up \\d+$", ""), 1, Integer::sum);
            }
        }
        assertThat(followUpsPerMain.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(3));
        assertThat(report.get("recommendation").isNull()).isTrue();
    }

    @Test
    void should_assess_with_a_recommendation_when_preset_is_timed_screen() throws Exception {
        // given
        Path resume = CliRunner.write(dir.resolve("resume.md"), """
                # Dana Lee
                Backend engineer, 6 years of experience with Java, Spring Boot, PostgreSQL, Kafka and AWS.
                - Led the migration of a billing monolith to services; deploys went from 2 hours to 15 minutes.
                - Built a fraud-scoring pipeline on Kafka handling 5,000 events per second.
                """);
        Path answers = answersFile(dir, "answers.txt", SampleAnswers.strongWithGated(12, 2, SampleAnswers.DONT_KNOW));

        // when
        JsonNode report = runJson("--preset", "timed-screen", "--time-limit", "30", "--resume", resume.toString(),
                "--answers", answers.toString());

        // then
        assertThat(report.get("mode").asText()).isEqualTo("ASSESSMENT");
        assertThat(report.get("recommendation").isNull()).isFalse();
        assertThat(report.get("recommendation").asText()).isNotBlank();
        assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void should_move_difficulty_with_the_scores_when_preset_is_topic_drill() throws Exception {
        // given strong, detailed answers first, then answers the gate scores low
        List<String> answers = new ArrayList<>(List.of(SampleAnswers.PYTHON_GIL, SampleAnswers.DATABASE_INDEX,
                SampleAnswers.REST_API));
        for (int i = 0; i < 12; i++) {
            answers.add(SampleAnswers.DONT_KNOW);
        }
        Path file = answersFile(dir, "answers.txt", answers);

        // when
        JsonNode report = runJson("--preset", "topic-drill", "--topics", "python,databases", "--topics", "python,api_design",
                "--topics", "databases,sql", "--answers", file.toString());

        // then
        assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
        List<String> trajectory = StreamSupport.stream(report.get("difficultyTrajectory").spliterator(), false)
                .map(JsonNode::asText).toList();
        assertThat(trajectory).hasSizeGreaterThan(1);
        Set<String> levels = new LinkedHashSet<>(trajectory);
        assertThat(levels).as("difficulty trajectory %s", trajectory).hasSizeGreaterThan(1);
    }

    @Test
    void should_flag_and_cap_a_gated_answer_far_below_a_specific_one_when_answers_are_scored() throws Exception {
        // given: a leadership story for Q1 (the first coaching competency), then "I don't know" for its follow-up
        List<String> given = new ArrayList<>(SampleAnswers.strongWithGated(30, 1, SampleAnswers.DONT_KNOW));
        given.set(0, SampleAnswers.LEADERSHIP_STAR);
        Path answers = answersFile(dir, "answers.txt", given);

        // when
        JsonNode report = runJson("--preset", "coaching", "--answers", answers.toString());

        // then
        List<JsonNode> questions = questions(report);
        JsonNode gated = questions.stream().filter(q -> SampleAnswers.DONT_KNOW.equals(q.path("answer").asText(null)))
                .findFirst().orElseThrow();
        JsonNode specific = questions.stream().filter(q -> SampleAnswers.LEADERSHIP_STAR.equals(q.path("answer").asText(null)))
                .findFirst().orElseThrow();
        assertThat(gated.get("flags")).extracting(JsonNode::asText).contains("DONT_KNOW");
        assertThat(gated.get("provenance").asText()).isEqualTo("RULE");
        assertThat(gated.get("score").asDouble()).isLessThanOrEqualTo(25.0);
        assertThat(specific.get("flags")).isEmpty();
        assertThat(specific.get("score").asDouble()).isGreaterThanOrEqualTo(gated.get("score").asDouble() + 30);
    }

    private JsonNode runJson(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json", "--candidate", "dana"));
        CliRunner.Result result = aCli().run(all.toArray(String[]::new));
        assertThat(result.exitCode()).as("exit code; stderr:%n%s", result.err()).isZero();
        assertThat(result.err()).contains("Session ");
        return JSON.readTree(result.out());
    }

    private static List<JsonNode> questions(JsonNode report) {
        return StreamSupport.stream(report.get("questions").spliterator(), false).toList();
    }
}
