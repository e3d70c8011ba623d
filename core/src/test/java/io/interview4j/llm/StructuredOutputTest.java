package io.interview4j.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.InterviewException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lenient extraction of the JSON object in a model's reply. */
class StructuredOutputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain object                  | {"a":1,"b":"x"}
            code fences                   | ```json\\n{"a":1,"b":"x"}\\n```
            prose before and after        | Here it is:\\n{"a":1,"b":"x"}\\nHope that helps.
            trailing commas               | {"a":1,"b":"x",}
            trailing comma in an array    | {"a":1,"b":"x","c":[1,2,],}
            first of two objects          | {"a":1,"b":"x"} and then {"a":2}
            a stray brace before          | use {curly braces} like {"a":1,"b":"x"}
            """)
    void should_extract_the_first_json_object_when_the_reply_wraps_it(String name, String reply) {
        // when
        JsonNode out = StructuredOutput.extractObject(reply.replace("\\n", "\n"));

        // then
        assertThat(out.path("a").asInt()).isEqualTo(1);
        assertThat(out.path("b").asText()).isEqualTo("x");
    }

    @Test
    void should_keep_braces_commas_and_escaped_quotes_inside_strings() {
        // given
        String reply = "{\"text\":\"a {b}, c,}\\\" d\",\"n\":[\"x,]\"]}";

        // when
        JsonNode out = StructuredOutput.extractObject(reply);

        // then
        assertThat(out.path("text").asText()).isEqualTo("a {b}, c,}\" d");
        assertThat(out.path("n").get(0).asText()).isEqualTo("x,]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no json at all", "[1, 2, 3]", "{\"a\": 1", "{not json}"})
    void should_fail_naming_the_problem_when_the_reply_holds_no_json_object(String reply) {
        // when / then
        assertThatThrownBy(() -> StructuredOutput.extractObject(reply))
                .isInstanceOf(InterviewException.class)
                .hasMessageContaining("holds no JSON object");
    }
}
