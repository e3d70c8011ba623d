package io.interview4j.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.InterviewException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lenient extraction of the JSON objects in a model's reply. */
class StructuredOutputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain object                  | {"a":1,"b":"x"}
            code fences                   | ```json\\n{"a":1,"b":"x"}\\n```
            prose before and after        | Here it is:\\n{"a":1,"b":"x"}\\nHope that helps.
            trailing commas               | {"a":1,"b":"x",}
            trailing comma in an array    | {"a":1,"b":"x","c":[1,2,],}
            last of two objects           | {"a":2} and then {"a":1,"b":"x"}
            last of two in fences         | ```json\\n{"a":2}\\n```\\n```json\\n{"a":1,"b":"x"}\\n```
            nested objects kept whole     | note: {"a":1,"b":"x","c":{"a":3}}
            a stray brace before          | use {curly braces} like {"a":1,"b":"x"}
            """)
    void should_extract_the_last_json_object_when_the_reply_wraps_it(String name, String reply) {
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

    @Test
    void should_find_no_object_in_a_truncated_reply_rather_than_one_of_its_inner_objects() {
        // given: a reply cut off inside the outer object, after a complete inner one
        String reply = "{\"dimensions\":{\"depth\":{\"score\":4,\"reason\":\"ok\"},\"clarity\":{\"sco";

        // when / then
        assertThat(StructuredOutput.objects(reply)).isEmpty();
    }

    @Test
    void should_return_the_whole_reply_as_its_only_object_when_it_is_one() {
        // given
        String reply = "  {\"a\":1,\"inner\":{\"b\":2}}\n";

        // when
        var found = StructuredOutput.objects(reply);

        // then
        assertThat(found).hasSize(1);
        assertThat(found.get(0).source()).isEqualTo(reply.strip());
    }

    @Test
    void should_refuse_a_reply_over_the_scan_limit_unread() {
        // given
        String huge = "{\"a\":\"" + "x".repeat(StructuredOutput.MAX_SCANNED) + "\"}";

        // when / then
        assertThatThrownBy(() -> StructuredOutput.extractObject(huge))
                .isInstanceOf(InterviewException.class)
                .hasMessageContaining("over the 100000 read");
    }

    @Test
    void should_scan_a_brace_stuffed_reply_at_the_limit_quickly() {
        // given: the worst shapes for a scanner that retries from every brace
        String opens = "{".repeat(StructuredOutput.MAX_SCANNED - 10) + "{\"a\":1}";
        String nested = "{\"a\":".repeat(StructuredOutput.MAX_SCANNED / 6) + "x";
        String pairs = "{}".repeat(StructuredOutput.MAX_SCANNED / 2);
        long start = System.nanoTime();

        // when
        var none = StructuredOutput.objects(opens);
        var alsoNone = StructuredOutput.objects(nested);
        var empties = StructuredOutput.objects(pairs);

        // then
        assertThat(none).isEmpty();
        assertThat(alsoNone).isEmpty();
        assertThat(empties).hasSize(StructuredOutput.MAX_PARSES);
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }
}
