package io.interview4j.llm.gemini.internal;

import static io.interview4j.llm.testing.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeminiSchemaMapperTest {

    @Test
    void should_upper_case_types_and_keep_property_order_when_converting_object() {
        // given
        JsonNode schema = json("""
                {"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","additionalProperties":false,
                 "description":"an evaluation",
                 "properties":{"score":{"type":"integer","minimum":0,"maximum":5},
                               "feedback":{"type":"string","maxLength":500},
                               "gaps":{"type":"array","items":{"type":"string"},"maxItems":3}},
                 "required":["score","feedback","missing"]}""");

        // when
        JsonNode gemini = GeminiSchemaMapper.toGeminiSchema(schema);

        // then
        assertThat(gemini).isEqualTo(json("""
                {"type":"OBJECT","description":"an evaluation",
                 "properties":{"score":{"type":"INTEGER","minimum":0,"maximum":5},
                               "feedback":{"type":"STRING","maxLength":500},
                               "gaps":{"type":"ARRAY","items":{"type":"STRING"},"maxItems":3}},
                 "required":["score","feedback"],
                 "propertyOrdering":["score","feedback","gaps"]}"""));
    }

    /** A type union with null becomes {@code nullable}; a union of several other types stays an {@code anyOf}. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"type\":[\"string\",\"null\"]} | {\"type\":\"STRING\",\"nullable\":true}",
            "{\"anyOf\":[{\"type\":\"number\"},{\"type\":\"null\"}],\"description\":\"d\"} | {\"type\":\"NUMBER\",\"nullable\":true,\"description\":\"d\"}",
            "{\"type\":[\"string\",\"integer\"]} | {\"anyOf\":[{\"type\":\"STRING\"},{\"type\":\"INTEGER\"}]}"})
    void should_use_nullable_when_a_union_includes_null_and_keep_any_of_when_several_branches_remain(String schema,
            String expected) {
        // when
        JsonNode gemini = GeminiSchemaMapper.toGeminiSchema(json(schema));

        // then
        assertThat(gemini).isEqualTo(json(expected));
    }

    @Test
    void should_make_string_enum_when_schema_has_enum_or_const() {
        // when
        JsonNode fromEnum = GeminiSchemaMapper.toGeminiSchema(json("{\"type\":\"integer\",\"enum\":[1,2,3]}"));
        JsonNode fromConst = GeminiSchemaMapper.toGeminiSchema(json("{\"const\":\"MAIN\"}"));

        // then
        assertThat(fromEnum).isEqualTo(json("{\"type\":\"STRING\",\"enum\":[\"1\",\"2\",\"3\"]}"));
        assertThat(fromConst).isEqualTo(json("{\"type\":\"STRING\",\"enum\":[\"MAIN\"]}"));
    }

    @Test
    void should_inline_local_refs_when_schema_uses_defs() {
        // given
        JsonNode schema = json("""
                {"type":"object","properties":{"item":{"$ref":"#/$defs/Item"}},"$defs":{"Item":{"type":"object","properties":{"name":{"type":"string"}}}}}""");

        // when
        JsonNode gemini = GeminiSchemaMapper.toGeminiSchema(schema);

        // then
        assertThat(gemini).isEqualTo(json("""
                {"type":"OBJECT","properties":{"item":{"type":"OBJECT","properties":{"name":{"type":"STRING"}}}}}"""));
    }

    @Test
    void should_keep_supported_formats_only_when_converting() {
        // when
        JsonNode dateTime = GeminiSchemaMapper.toGeminiSchema(json("{\"type\":\"string\",\"format\":\"date-time\"}"));
        JsonNode email = GeminiSchemaMapper.toGeminiSchema(json("{\"type\":\"string\",\"format\":\"email\"}"));

        // then
        assertThat(dateTime.get("format").asText()).isEqualTo("date-time");
        assertThat(email.has("format")).isFalse();
    }

    @Test
    void should_fail_when_schema_is_recursive_or_ref_is_remote() {
        // then
        assertThatThrownBy(() -> GeminiSchemaMapper.toGeminiSchema(json("""
                {"$defs":{"Node":{"type":"object","properties":{"next":{"$ref":"#/$defs/Node"}}}},"$ref":"#/$defs/Node"}""")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("recursive");
        assertThatThrownBy(() -> GeminiSchemaMapper.toGeminiSchema(json("{\"$ref\":\"https://example.org/s.json\"}")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("local");
    }

    @Test
    void should_leave_input_untouched_when_converting() {
        // given
        JsonNode schema = json("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":[\"string\",\"null\"]}}}");
        JsonNode copy = schema.deepCopy();

        // when
        GeminiSchemaMapper.toGeminiSchema(schema);

        // then
        assertThat(schema).isEqualTo(copy);
    }
}
