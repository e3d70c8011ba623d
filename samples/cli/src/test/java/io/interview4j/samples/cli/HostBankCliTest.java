package io.interview4j.samples.cli;

import static io.interview4j.samples.cli.CliRunner.aCli;
import static io.interview4j.samples.cli.CliRunner.answersFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --bank FILE...} and {@code --bank-only}: a host's own questions count, and the report says why each was picked. */
class HostBankCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Acme's bank: medium technical questions, two per category, on Kafka and PostgreSQL. */
    static final String ACME = """
            [
              {"id": "acme-core-1", "kind": "technical", "category": "core", "skills": ["kafka"], "difficulty": "medium",
               "text": "How does a Kafka consumer group share the partitions of a topic?",
               "keyPoints": ["each partition goes to one consumer of the group", "rebalancing on join and leave"]},
              {"id": "acme-core-2", "kind": "technical", "category": "core", "skills": ["postgresql"], "difficulty": "medium",
               "text": "When does PostgreSQL choose an index scan over a sequential scan?",
               "keyPoints": ["selectivity", "planner statistics"]},
              {"id": "acme-adv-1", "kind": "technical", "category": "advanced", "skills": ["kafka", "postgresql"],
               "difficulty": "medium", "text": "How would you move events from Kafka into PostgreSQL exactly once?",
               "keyPoints": ["idempotent writes", "offsets stored with the data"]},
              {"id": "acme-adv-2", "kind": "technical", "category": "advanced", "skills": ["kafka"], "difficulty": "medium",
               "text": "What does Kafka's log compaction keep, and when would you turn it on?",
               "keyPoints": ["the latest value per key", "changelog topics"]},
              {"id": "acme-prac-1", "kind": "technical", "category": "practical", "skills": ["postgresql"],
               "difficulty": "medium", "text": "A PostgreSQL query got ten times slower overnight. What do you check first?",
               "keyPoints": ["EXPLAIN ANALYZE", "stale statistics"]},
              {"id": "acme-prac-2", "kind": "technical", "category": "practical", "skills": ["kafka"], "difficulty": "medium",
               "text": "Consumer lag on a Kafka topic keeps growing. How do you find out why?",
               "keyPoints": ["lag per partition", "slow processing or too few consumers"]}
            ]
            """;

    @TempDir
    Path dir;

    private List<JsonNode> mains(JsonNode report) {
        List<JsonNode> out = new ArrayList<>();
        report.get("questions").forEach(q -> {
            if (q.get("kind").asText().equals("MAIN")) {
                out.add(q);
            }
        });
        return out;
    }

    @Test
    void should_ask_the_hosts_medium_questions_first_in_a_senior_interview_and_report_why() throws Exception {
        // given
        Path bank = CliRunner.write(dir.resolve("acme.json"), ACME);
        Path answers = answersFile(dir, "answers.txt", SampleAnswers.strongWithGated(40, 0, SampleAnswers.DONT_KNOW));

        // when
        CliRunner.Result r = aCli().run("run", "--preset", "structured", "--level", "senior", "--company", "Acme",
                "--bank", bank.toString(), "--store", "memory", "--answers", answers.toString(), "--format", "json");

        // then
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<JsonNode> mains = mains(JSON.readTree(r.out()));
        assertThat(mains).hasSize(15);
        List<String> fromAcme = mains.stream().filter(q -> q.get("pick").get("bank").asText().equals(bank.toString()))
                .map(q -> q.get("text").asText()).toList();
        assertThat(fromAcme).hasSize(6);
        JsonNode first = mains.get(0).get("pick");
        assertThat(first.get("bank").asText()).isEqualTo(bank.toString());
        assertThat(first.get("wantedDifficulty").asText()).isEqualTo("hard");
        assertThat(first.get("difficultyMatched").asBoolean()).isFalse();
        assertThat(first.get("summary").asText()).contains("the nearest it had");
        assertThat(mains.stream().filter(q -> q.get("pick").get("bank").asText().equals("built-in"))).hasSize(9);
    }

    @Test
    void should_ask_only_the_hosts_questions_with_bank_only() throws Exception {
        // given
        Path bank = CliRunner.write(dir.resolve("acme.json"), ACME);
        Path answers = answersFile(dir, "answers.txt", SampleAnswers.strongWithGated(40, 0, SampleAnswers.DONT_KNOW));

        // when
        CliRunner.Result r = aCli().run("run", "--preset", "structured", "--level", "senior", "--bank", bank.toString(),
                "--bank-only", "--store", "memory", "--answers", answers.toString(), "--format", "json");

        // then
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(mains(JSON.readTree(r.out()))).hasSize(6)
                .allSatisfy(q -> assertThat(q.get("pick").get("bank").asText()).isEqualTo(bank.toString()));
    }

    @Test
    void should_refuse_bank_only_without_questions_of_ones_own() {
        // when
        CliRunner.Result r = aCli().run("run", "--preset", "structured", "--bank-only", "--store", "memory");

        // then
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: --bank-only: there are no questions of your own");
    }

    @Test
    void should_name_the_file_entry_and_field_of_a_bad_bank_file() {
        // given
        Path bank = CliRunner.write(dir.resolve("bad.json"), "[{\"id\": \"x\", \"kind\": \"technical\", \"text\": \"Why?\","
                + " \"difficulty\": \"brutal\"}]");

        // when
        CliRunner.Result r = aCli().run("run", "--bank", bank.toString(), "--store", "memory");

        // then
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: ").contains("bad.json", "entry 1", "(id 'x')", "field 'difficulty'");
    }

    /** A bank file of Kafka and Go questions in every category and difficulty, with as many on Python and SQL. */
    private Path kafkaGoAndOthers() {
        StringBuilder json = new StringBuilder("[");
        int n = 0;
        for (String category : List.of("core", "advanced", "practical")) {
            for (String difficulty : List.of("easy", "medium", "hard")) {
                for (String skill : List.of("kafka", "go", "python", "sql")) {
                    n++;
                    json.append(n == 1 ? "" : ",").append("{\"id\": \"own-").append(n)
                            .append("\", \"kind\": \"technical\", \"category\": \"").append(category)
                            .append("\", \"skills\": [\"").append(skill).append("\"], \"difficulty\": \"").append(difficulty)
                            .append("\", \"text\": \"Question ").append(n).append(" on ").append(skill)
                            .append(": what would you check first?\", \"keyPoints\": [\"names the mechanism\"]}");
                }
            }
        }
        return CliRunner.write(dir.resolve("own.json"), json.append("]").toString());
    }

    /** Main questions carrying one of {@code skills}, as their pick reason's matched skills say. */
    private static long about(List<JsonNode> mains, java.util.Set<String> skills) {
        return mains.stream().filter(q -> {
            for (JsonNode s : q.get("pick").get("matchedSkills")) {
                if (skills.contains(s.asText())) {
                    return true;
                }
            }
            return false;
        }).count();
    }

    @Test
    void should_ask_mostly_about_kubernetes_kafka_and_go_for_a_job_description_naming_them() throws Exception {
        // given
        Path jd = CliRunner.write(dir.resolve("jd.txt"), "Backend engineer, payments platform.\n"
                + "You will build event-driven services in Go on Kubernetes, with Kafka between them.\n"
                + "Requirements: Kubernetes, Kafka and Go in production.\n");
        Path answers = answersFile(dir, "answers.txt", SampleAnswers.strongWithGated(40, 0, SampleAnswers.DONT_KNOW));

        // when
        CliRunner.Result r = aCli().run("run", "--preset", "structured", "--type", "technical", "--jd", jd.toString(),
                "--bank", kafkaGoAndOthers().toString(), "--store", "memory", "--answers", answers.toString(),
                "--format", "json");

        // then
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<JsonNode> mains = mains(JSON.readTree(r.out()));
        assertThat(mains).hasSizeGreaterThanOrEqualTo(10);
        assertThat(about(mains, java.util.Set.of("kubernetes", "kafka", "go", "golang", "messaging")))
                .isGreaterThan(mains.size() / 2);
    }

    @Test
    void should_ask_about_kafka_in_a_topic_drill_on_kafka() throws Exception {
        // given
        Path answers = answersFile(dir, "answers.txt", SampleAnswers.strongWithGated(20, 0, SampleAnswers.DONT_KNOW));

        // when
        CliRunner.Result r = aCli().run("run", "--preset", "topic-drill", "--topics", "kafka", "--bank",
                kafkaGoAndOthers().toString(), "--store", "memory", "--answers", answers.toString(), "--format", "json");

        // then
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<JsonNode> mains = mains(JSON.readTree(r.out()));
        assertThat(mains).hasSize(5);
        assertThat(about(mains, java.util.Set.of("kafka"))).isEqualTo(5);
    }

    @Test
    void should_import_the_readmes_example_bank_and_export_it_back_unchanged() throws Exception {
        // given: the README's example, which is samples/banks/example-bank.json
        String readme = java.nio.file.Files.readString(Path.of("..", "..", "README.md"));
        int format = readme.indexOf("### The bank file format");
        int start = readme.indexOf("```json\n", format) + "```json\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));
        assertThat(JSON.readTree(example)).isEqualTo(JSON.readTree(Path.of("..", "banks", "example-bank.json").toFile()));
        Path file = CliRunner.write(dir.resolve("example-bank.json"), example);
        CliRunner cli = aCli();

        // when
        CliRunner.Result imported = cli.run("bank", "import", file.toString());
        CliRunner.Result exported = cli.run("bank", "export");
        CliRunner other = aCli();
        CliRunner.Result reimported = other.run("bank", "import",
                CliRunner.write(dir.resolve("exported.json"), exported.out()).toString());
        CliRunner.Result again = other.run("bank", "export");

        // then
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported 3 questions");
        assertThat(reimported.exitCode()).as(reimported.err()).isZero();
        assertThat(again.out()).isEqualTo(exported.out());
        JsonNode original = JSON.readTree(example).get("questions");
        JsonNode back = JSON.readTree(exported.out());
        assertThat(back).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(back.get(i).get("id")).isEqualTo(original.get(i).get("id"));
            assertThat(back.get(i).get("text")).isEqualTo(original.get(i).get("text"));
            assertThat(back.get(i).get("keyPoints")).isEqualTo(original.get(i).get("keyPoints"));
            assertThat(back.get(i).get("difficulty")).isEqualTo(original.get(i).get("difficulty"));
        }
    }
}
