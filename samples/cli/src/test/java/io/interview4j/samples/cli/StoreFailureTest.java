package io.interview4j.samples.cli;

import static io.interview4j.samples.cli.CliRunner.aCli;
import static io.interview4j.samples.cli.CliRunner.answersFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store failing mid-interview: PostgreSQL ends the CLI's connections and refuses new ones while the candidate
 * answers. The CLI (a real process, as a user runs it) ends with one line starting {@code error:} that says how to
 * resume, exit code 1 and no stack trace; what it had acknowledged is stored, and the hint's command resumes.
 *
 * <p>Runs when {@value #POSTGRES_URL} is set; fails when it is set and the database is unreachable. The CLI connects
 * as a role of its own, in a schema of its own, so that refusing its logins touches nothing else on the server.
 */
class StoreFailureTest {

    private static final String POSTGRES_URL = "INTERVIEW4J_TEST_POSTGRES_URL";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SESSION = Pattern.compile("Session ([0-9a-f-]{36})");
    private static final Pattern QUESTION = Pattern.compile("(?m)^(Resume )?Q\\d+( Follow-up \\d+)?: ");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // guards against a hung child JVM; nothing here asserts timing
    void should_end_with_one_error_line_and_a_resume_hint_when_the_store_fails_mid_interview() throws Exception {
        // given an interview on PostgreSQL in another JVM, its first answer acknowledged
        String url = System.getenv(POSTGRES_URL);
        Assumptions.assumeTrue(url != null && !url.isBlank(), POSTGRES_URL + " is not set: skipped (CI sets it)");
        String role = "i4j_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(url)) {
            execute(admin, "CREATE ROLE " + role + " LOGIN PASSWORD 'cli-test'");
            execute(admin, "CREATE SCHEMA " + role + " AUTHORIZATION " + role);
            try {
                interruptAndResume(admin, role, urlFor(url, role));
            } finally {
                execute(admin, "ALTER ROLE " + role + " LOGIN");
                terminate(admin, role);
                execute(admin, "DROP SCHEMA " + role + " CASCADE");
                execute(admin, "DROP ROLE " + role);
            }
        }
    }

    private void interruptAndResume(Connection admin, String role, String store) throws Exception {
        Path hikari = Files.writeString(dir.resolve("hikari.properties"), "connectionTimeout=3000\n");
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx256m",
                "-Dhikaricp.configurationFile=" + hikari, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "--preset", "coaching", "--candidate", "ana", "--provider", "offline",
                "--store", store).redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().put(Stores.HOME_VARIABLE, dir.resolve("home").toString());
        Process cli = builder.start();
        String output;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(cli.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            try (OutputStream stdin = cli.getOutputStream()) {
                readUntilQuestion(out, seen, 1);
                stdin.write((SampleAnswers.MIGRATION_STAR + "\n\n").getBytes(StandardCharsets.UTF_8));
                stdin.flush();
                readUntilQuestion(out, seen, 2);
                assertThat(seen).as("the first answer was acknowledged").contains("Score ");

                // when the database ends the CLI's connections and refuses new ones, and the next answer comes
                execute(admin, "ALTER ROLE " + role + " NOLOGIN");
                terminate(admin, role);
                stdin.write((SampleAnswers.CONFLICT_STAR + "\n\n").getBytes(StandardCharsets.UTF_8));
            }
            String line;
            while ((line = out.readLine()) != null) {
                seen.append(line).append('\n');
            }
            output = seen.toString();
            assertThat(cli.waitFor(2, TimeUnit.MINUTES)).as(output).isTrue();
        } finally {
            cli.destroyForcibly();
        }
        String errors = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);

        // then one error line ends stderr, with the resume command, exit code 1 and no stack trace anywhere
        Matcher m = SESSION.matcher(output);
        assertThat(m.find()).as(output).isTrue();
        String sessionId = m.group(1);
        assertThat(cli.exitValue()).as(errors).isEqualTo(1);
        List<String> lines = errors.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as(errors).isNotEmpty();
        String last = lines.get(lines.size() - 1);
        assertThat(last).as(errors).startsWith("error: ")
                .contains("interview4j resume " + sessionId + " --store '")
                .contains("--candidate ana")
                .doesNotContain("cli-test");
        assertThat(lines).as(errors).filteredOn(l -> l.contains("error: ")).hasSize(1);
        for (String printed : List.of(output, errors)) {
            assertThat(printed).doesNotContain("\tat ").doesNotContain("Exception in thread").doesNotContain("Caused by")
                    .doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(");
        }
        assertThat(output.split("Score ", -1)).as("only the stored answer was scored").hasSize(2);

        // and when the database is back, the acknowledged answer is there and the hint's command resumes
        execute(admin, "ALTER ROLE " + role + " LOGIN");
        List<String> rest = SampleAnswers.strongWithGated(30, 4, SampleAnswers.DONT_KNOW);
        CliRunner.Result resumed = aCli().run("resume", sessionId, "--store", store, "--candidate", "ana",
                "--provider", "offline", "--format", "json", "--answers", answersFile(dir, "rest.txt", rest).toString());
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        JsonNode report = JSON.readTree(resumed.out());
        assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
        List<String> answers = StreamSupport.stream(report.get("questions").spliterator(), false)
                .filter(q -> q.hasNonNull("answer")).map(q -> q.get("answer").asText()).toList();
        assertThat(answers.get(0)).isEqualTo(SampleAnswers.MIGRATION_STAR.strip());
        assertThat(answers.get(1)).as("the refused answer was not stored; resume asked its question again")
                .isEqualTo(rest.get(0).strip());
    }

    @Test
    void should_name_only_the_options_given_and_mask_the_password_when_writing_the_resume_command() {
        // given
        Options.Store store = new Options.Store();
        Options.Candidate candidate = new Options.Candidate();
        Options.Store given = new Options.Store();
        given.store = "jdbc:postgresql://db:5432/app?user=ana&password=s3cret";
        Options.Candidate named = new Options.Candidate();
        named.candidate = " ana maria ";

        // when
        String plain = Cli.commandFor("resume", "5b2c-1", store, candidate);
        String full = Cli.commandFor("resume", "5b2c-1", given, named);

        // then
        assertThat(plain).isEqualTo("interview4j resume 5b2c-1");
        assertThat(full).isEqualTo("interview4j resume 5b2c-1 --store 'jdbc:postgresql://db:5432/app?user=ana&password=***'"
                + " --candidate 'ana maria'");
    }

    /** @return the URL with the role as its user, other parameters kept */
    private static String urlFor(String url, String role) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        StringBuilder params = new StringBuilder("user=" + role + "&password=cli-test");
        if (query >= 0) {
            for (String p : url.substring(query + 1).split("&")) {
                String name = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
                if (!p.isEmpty() && !name.equalsIgnoreCase("user") && !name.equalsIgnoreCase("password")) {
                    params.append('&').append(p);
                }
            }
        }
        return base + "?" + params;
    }

    private static void terminate(Connection admin, String role) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.executeQuery("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity WHERE usename = '" + role + "'")
                    .close();
        }
    }

    private static void execute(Connection admin, String sql) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute(sql);
        }
    }

    private static void readUntilQuestion(BufferedReader out, StringBuilder seen, int count) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (QUESTION.matcher(seen).results().count() >= count) {
                return;
            }
        }
        throw new AssertionError("the CLI ended before asking question " + count + ":\n" + seen);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
