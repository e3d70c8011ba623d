package io.interview4j.samples.cli;

import static io.interview4j.samples.cli.CliRunner.aCli;
import static io.interview4j.samples.cli.CliRunner.answersFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interview4j.store.CandidateExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bank import/export} and {@code candidate export/erase} on the default SQLite store. */
class StorageCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final String ACME_QUESTION = "How would you shard Acme's order ledger without downtime?";

    private static final String YAML_BANK = """
            questions:
              - id: acme-001
                kind: technical
                difficulty: medium
                companies: [acme]
                skills: [databases]
                text: "%s"
                keyPoints: [shard key, dual writes, backfill, cut-over]
            """.formatted(ACME_QUESTION);

    private static final String JSON_BANK = """
            [{"id": "acme-002", "kind": "behavioral", "difficulty": "easy", "companies": ["acme"],
              "text": "Tell me about a time you changed a team's mind at Acme."}]
            """;

    @TempDir
    Path dir;

    @Test
    void should_draw_imported_questions_when_a_run_uses_the_store_they_were_imported_into() throws Exception {
        // given
        CliRunner cli = aCli();
        Path yaml = CliRunner.write(dir.resolve("acme.yaml"), YAML_BANK);
        Path json = CliRunner.write(dir.resolve("acme.json"), JSON_BANK);

        // when
        CliRunner.Result imported = cli.run("bank", "import", yaml.toString(), json.toString());
        CliRunner.Result run = cli.run("--preset", "timed-screen", "--company", "Acme", "--answers",
                answersFile(dir, "answers.txt", List.of(SampleAnswers.HASH_MAP)).toString(), "--format", "json");

        // then
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported 2 questions into " + cli.defaultStore());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("questions").get(0).get("text").asText()).isEqualTo(ACME_QUESTION);
    }

    @Test
    void should_export_the_imported_questions_as_json_that_imports_again_unchanged() throws Exception {
        // given
        CliRunner cli = aCli();
        cli.run("bank", "import", CliRunner.write(dir.resolve("acme.yaml"), YAML_BANK).toString(),
                CliRunner.write(dir.resolve("acme.json"), JSON_BANK).toString());
        Path exported = dir.resolve("out").resolve("bank.json");

        // when
        CliRunner.Result toFile = cli.run("bank", "export", "--out", exported.toString());
        CliRunner other = aCli();
        CliRunner.Result reimported = other.run("bank", "import", exported.toString());
        CliRunner.Result toStdout = other.run("bank", "export");

        // then
        assertThat(toFile.exitCode()).as(toFile.err()).isZero();
        assertThat(toFile.err()).contains("Exported 2 questions to " + exported);
        assertThat(reimported.exitCode()).as(reimported.err()).isZero();
        JsonNode questions = JSON.readTree(toStdout.out());
        assertThat(questions).extracting(q -> q.get("id").asText()).containsExactly("acme-001", "acme-002");
        assertThat(questions.get(0).get("keyPoints")).extracting(JsonNode::asText)
                .containsExactly("shard key", "dual writes", "backfill", "cut-over");
        assertThat(JSON.readTree(toStdout.out())).isEqualTo(JSON.readTree(Files.readString(exported)));
    }

    @Test
    void should_refuse_the_whole_import_naming_the_entry_and_field_when_one_entry_is_bad() throws Exception {
        // given a good file and a file whose second entry has no text
        CliRunner cli = aCli();
        Path good = CliRunner.write(dir.resolve("good.json"), JSON_BANK);
        Path bad = CliRunner.write(dir.resolve("bad.yaml"), """
                - id: ok-1
                  kind: hr
                  difficulty: easy
                  text: Why this company?
                - id: broken-2
                  kind: hr
                  difficulty: easy
                """);

        // when
        CliRunner.Result result = cli.run("bank", "import", good.toString(), bad.toString());
        CliRunner.Result export = cli.run("bank", "export");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: ").contains(bad.toString()).contains("entry 2").contains("broken-2")
                .contains("text");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(JSON.readTree(export.out())).isEmpty();
    }

    @Test
    void should_refuse_bank_commands_on_the_memory_store_which_keeps_no_questions() {
        // when
        CliRunner.Result result = aCli().run("bank", "import", CliRunner.write(dir.resolve("a.json"), JSON_BANK).toString(),
                "--store", "memory");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: --store memory keeps no questions");
    }

    @Test
    void should_export_every_session_and_event_of_a_candidate_then_erase_them_all() throws Exception {
        // given two sessions of ana and one of bob
        CliRunner cli = aCli();
        Path answers = answersFile(dir, "answers.txt", List.of(SampleAnswers.MIGRATION_STAR));
        cli.run("--candidate", "ana", "--answers", answers.toString());
        cli.run("--candidate", "ana", "--preset", "structured", "--answers", answers.toString());
        cli.run("--candidate", "bob", "--answers", answers.toString());
        Path file = dir.resolve("ana.json");

        // when
        CliRunner.Result export = cli.run("candidate", "export", "ana");
        CliRunner.Result exportToFile = cli.run("candidate", "export", "ana", "--out", file.toString());
        CliRunner.Result erase = cli.run("candidate", "erase", "ana");

        // then the export holds both sessions with their answers
        assertThat(export.exitCode()).as(export.err()).isZero();
        JsonNode document = JSON.readTree(export.out());
        assertThat(document.get("format").asText()).isEqualTo(CandidateExport.FORMAT);
        assertThat(document.get("candidateId").asText()).isEqualTo("ana");
        assertThat(document.get("sessions")).hasSize(2);
        document.get("sessions").forEach(s -> assertThat(StreamSupport.stream(s.get("events").spliterator(), false)
                .filter(e -> e.has("answer")).map(e -> e.get("answer").asText()))
                .contains(SampleAnswers.MIGRATION_STAR.strip()));
        assertThat(exportToFile.err()).contains("Exported 2 session(s) of ana to " + file);
        assertThat(JSON.readTree(Files.readString(file)).get("sessions")).hasSize(2);
        // and the erasure removes ana's sessions only
        assertThat(erase.exitCode()).as(erase.err()).isZero();
        assertThat(erase.out()).startsWith("Erased 2 sessions of ana from " + cli.defaultStore());
        assertThat(cli.run("history", "ana").out()).contains("No sessions for ana.");
        assertThat(JSON.readTree(cli.run("candidate", "export", "ana").out()).get("sessions")).isEmpty();
        assertThat(JSON.readTree(cli.run("history", "bob", "--format", "json").out()).get("sessions")).hasSize(1);
        assertThat(cli.run("candidate", "erase", "ana").out()).startsWith("Erased 0 sessions of ana");
    }
}
