package io.interview4j.llm.http.internal;

import static io.interview4j.llm.testing.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.llm.ChatMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonSchemasTest {

    private static final JsonNode SCHEMA = json("""
            {"type":"object","properties":{
               "score":{"type":"integer"},
               "feedback":{"type":"string"},
               "level":{"type":"string","enum":["low","high"]},
               "tags":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"}}}},
               "extra":{"anyOf":[{"type":"string"},{"type":"integer"}]}},
             "required":["score"]}""");

    @Test
    void should_close_objects_and_require_every_property_when_made_strict() {
        // when
        JsonNode strict = JsonSchemas.strict(SCHEMA);

        // then
        assertThat(strict).isEqualTo(json("""
                {"type":"object","properties":{
                   "score":{"type":"integer"},
                   "feedback":{"type":["string","null"]},
                   "level":{"type":["string","null"],"enum":["low","high",null]},
                   "tags":{"type":["array","null"],"items":{"type":"object","properties":{"name":{"type":["string","null"]}},
                           "required":["name"],"additionalProperties":false}},
                   "extra":{"anyOf":[{"anyOf":[{"type":"string"},{"type":"integer"}]},{"type":"null"}]}},
                 "required":["score","feedback","level","tags","extra"],
                 "additionalProperties":false}"""));
        assertThat(SCHEMA.has("additionalProperties")).as("input untouched").isFalse();
    }

    @Test
    void should_keep_schema_when_already_strict() {
        // given
        JsonNode schema = json("""
                {"type":"object","properties":{"a":{"type":"string"}},"required":["a"],"additionalProperties":false}""");

        // then
        assertThat(JsonSchemas.strict(schema)).isEqualTo(schema);
    }

    @Test
    void should_add_additional_properties_false_when_closing_objects() {
        // given
        JsonNode schema = json("""
                {"type":"object","properties":{"a":{"type":"object","properties":{"b":{"type":"string"}}},
                 "m":{"type":"object","additionalProperties":{"type":"string"}}}}""");

        // when
        JsonNode closed = JsonSchemas.closeObjects(schema);

        // then
        assertThat(closed.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(closed.at("/properties/a/additionalProperties").asBoolean(true)).isFalse();
        assertThat(closed.at("/properties/m/additionalProperties")).isEqualTo(json("{\"type\":\"string\"}"));
        assertThat(closed.at("/required").isMissingNode()).isTrue();
    }

    @Test
    void should_append_instruction_to_system_message_when_there_is_one() {
        // given
        List<ChatMessage> messages = List.of(ChatMessage.system("You grade answers."), ChatMessage.user("Answer"));

        // when
        List<ChatMessage> result = JsonSchemas.withInstruction(messages, json("{\"type\":\"object\"}"));

        // then
        assertThat(result).hasSize(2);
        assertThat(result.get(0).content()).startsWith("You grade answers.\n\nRespond with a single JSON value")
                .endsWith("{\"type\":\"object\"}");
        assertThat(result.get(1)).isEqualTo(messages.get(1));
    }

    @Test
    void should_prepend_system_message_when_there_is_none() {
        // when
        List<ChatMessage> result = JsonSchemas.withInstruction(List.of(ChatMessage.user("Answer")), json("{}"));

        // then
        assertThat(result).extracting(ChatMessage::role).containsExactly(ChatMessage.Role.SYSTEM, ChatMessage.Role.USER);
    }
}
