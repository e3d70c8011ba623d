package io.interview4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C during an interview prints the command that resumes it, and the process exits with 130. */
class CtrlCTest {

    private static final Pattern SESSION = Pattern.compile("Session ([0-9a-f-]{36})");

    @TempDir
    Path dir;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC}) // SIGINT is sent with kill(1)
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // guards against a hung child JVM; nothing here asserts timing
    void should_print_how_to_resume_and_exit_130_on_ctrl_c() throws Exception {
        // given: an interactive interview in another JVM, waiting at its first question
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", "--candidate", "ana")
                .redirectErrorStream(true);
        builder.environment().put(Stores.HOME_VARIABLE, dir.resolve("home").toString());
        Process cli = builder.start();
        StringBuilder seen = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(cli.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                seen.append(line).append('\n');
                if (line.startsWith("Q1: ")) {
                    break;
                }
            }
            assertThat(seen.toString()).as("the first question").contains("Q1: ");

            // when
            new ProcessBuilder("kill", "-INT", Long.toString(cli.pid())).inheritIO().start().waitFor();
            while ((line = out.readLine()) != null) {
                seen.append(line).append('\n');
            }
            assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            cli.destroyForcibly();
        }

        // then
        Matcher m = SESSION.matcher(seen);
        assertThat(m.find()).as(seen.toString()).isTrue();
        assertThat(cli.exitValue()).as(seen.toString()).isEqualTo(130);
        assertThat(seen.toString()).contains("continue with: interview4j resume " + m.group(1) + " --candidate ana");
    }
}
