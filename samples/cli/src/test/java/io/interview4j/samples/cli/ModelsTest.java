package io.interview4j.samples.cli;

import static io.interview4j.samples.cli.CliRunner.aCli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --provider}, {@code --model} and {@code --base-url}; no test reaches the network. */
class ModelsTest {

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', value = {
            "offline | OPENAI_API_KEY=sk-test    | Model: offline",
            "auto    | NONE=1                    | Model: offline",
            "auto    | ANTHROPIC_API_KEY=sk-test | Model: anthropic",
            "openai  | OPENAI_API_KEY=sk-test    | Model: openai gpt-4o-mini",
            "groq    | GROQ_API_KEY=gsk-test     | Model: groq llama-3.3-70b-versatile",
    })
    void should_choose_the_model_when_provider_and_environment_are_given(String provider, String variable, String expected) {
        // given
        Options.Model options = new Options.Model();
        options.provider = provider;
        String[] kv = variable.split("=", 2);

        // when
        Models.Selection selection = Models.select(options, Map.of(kv[0], kv[1]));

        // then
        assertThat(selection.description()).startsWith(expected);
        assertThat(selection.model().isPresent()).isEqualTo(!expected.equals("Model: offline"));
    }

    @Test
    void should_name_the_model_asked_for_when_model_is_given() {
        // given
        Options.Model options = new Options.Model();
        options.provider = "openai";
        options.model = "gpt-4.1-mini";

        // when
        Models.Selection selection = Models.select(options, Map.of("OPENAI_API_KEY", "sk-test"));

        // then
        assertThat(selection.description()).startsWith("Model: openai gpt-4.1-mini");
    }

    @Test
    void should_refuse_model_without_a_named_provider_when_provider_is_auto() {
        // given
        Options.Model options = new Options.Model();
        options.provider = "auto";
        options.model = "gpt-4.1-mini";

        // when / then
        assertThatThrownBy(() -> Models.select(options, Map.of())).hasMessageContaining("--provider");
    }

    @Test
    void should_exit_1_naming_the_variable_when_the_provider_has_no_key() {
        // when
        CliRunner.Result result = aCli().withEnv(Map.of()).run("--provider", "anthropic");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: ").contains("ANTHROPIC_API_KEY").doesNotContain("\tat ");
    }
}
