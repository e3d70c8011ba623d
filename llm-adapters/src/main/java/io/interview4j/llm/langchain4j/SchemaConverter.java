package io.interview4j.llm.langchain4j;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonReferenceSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import io.interview4j.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts a JSON schema (as Jackson nodes) to LangChain4j's schema elements: object (properties in order,
 * {@code required}, boolean {@code additionalProperties}, root {@code $defs}/{@code definitions}), array, string,
 * string {@code enum} and {@code const}, number, integer, boolean, null, {@code anyOf}/{@code oneOf}, a type list
 * such as {@code ["string","null"]} (as any-of), and local {@code $ref}s. Keywords LangChain4j cannot express
 * ({@code minimum}, {@code pattern}, {@code format} ...) are dropped; descriptions are kept. Internal.
 */
final class SchemaConverter {

    private SchemaConverter() {
    }

    /**
     * @param schema a JSON schema
     * @return the LangChain4j element
     * @throws InvalidInputException naming the location when a part cannot be expressed
     */
    static JsonSchemaElement convert(JsonNode schema) {
        JsonSchemaElement root = element(schema, "#");
        Map<String, JsonSchemaElement> definitions = new LinkedHashMap<>();
        for (String key : List.of("$defs", "definitions")) {
            schema.path(key).fields().forEachRemaining(d ->
                    definitions.put(d.getKey(), element(d.getValue(), "#/" + key + "/" + d.getKey())));
        }
        if (definitions.isEmpty()) {
            return root;
        }
        if (!(root instanceof JsonObjectSchema object)) {
            throw new InvalidInputException("schema at #: definitions are only supported on an object root");
        }
        return JsonObjectSchema.builder().description(object.description()).addProperties(object.properties())
                .required(object.required()).additionalProperties(object.additionalProperties())
                .definitions(definitions).build();
    }

    private static JsonSchemaElement element(JsonNode node, String at) {
        if (!node.isObject()) {
            throw new InvalidInputException("schema at " + at + " is not an object");
        }
        String description = node.hasNonNull("description") ? node.get("description").asText() : null;
        if (node.has("$ref")) {
            return JsonReferenceSchema.builder().reference(reference(node.get("$ref").asText(), at)).build();
        }
        if (node.has("enum") || node.has("const")) {
            return enumeration(node, at, description);
        }
        for (String union : List.of("anyOf", "oneOf")) {
            if (node.has(union)) {
                List<JsonSchemaElement> options = new ArrayList<>();
                JsonNode list = node.get(union);
                for (int i = 0; i < list.size(); i++) {
                    options.add(element(list.get(i), at + "/" + union + "/" + i));
                }
                return JsonAnyOfSchema.builder().description(description).anyOf(options).build();
            }
        }
        JsonNode type = node.get("type");
        if (type != null && type.isArray()) {
            List<JsonSchemaElement> options = new ArrayList<>();
            for (JsonNode t : type) {
                options.add(typed(t.asText(), node, at, description));
            }
            return options.size() == 1 ? options.get(0)
                    : JsonAnyOfSchema.builder().description(description).anyOf(options).build();
        }
        if (type == null) {
            if (node.has("properties")) {
                return typed("object", node, at, description);
            }
            if (node.has("items")) {
                return typed("array", node, at, description);
            }
            throw new InvalidInputException("schema at " + at + " has no type");
        }
        return typed(type.asText(), node, at, description);
    }

    private static JsonSchemaElement typed(String type, JsonNode node, String at, String description) {
        switch (type) {
            case "object": {
                JsonObjectSchema.Builder object = JsonObjectSchema.builder().description(description);
                node.path("properties").fields().forEachRemaining(p ->
                        object.addProperty(p.getKey(), element(p.getValue(), at + "/properties/" + p.getKey())));
                List<String> required = new ArrayList<>();
                node.path("required").forEach(r -> required.add(r.asText()));
                object.required(required);
                if (node.path("additionalProperties").isBoolean()) {
                    object.additionalProperties(node.get("additionalProperties").asBoolean());
                }
                return object.build();
            }
            case "array": {
                if (!node.has("items")) {
                    throw new InvalidInputException("schema at " + at + ": an array needs items");
                }
                return JsonArraySchema.builder().description(description)
                        .items(element(node.get("items"), at + "/items")).build();
            }
            case "string":
                return JsonStringSchema.builder().description(description).build();
            case "number":
                return JsonNumberSchema.builder().description(description).build();
            case "integer":
                return JsonIntegerSchema.builder().description(description).build();
            case "boolean":
                return JsonBooleanSchema.builder().description(description).build();
            case "null":
                return new JsonNullSchema();
            default:
                throw new InvalidInputException("schema at " + at + " has unknown type '" + type + "'");
        }
    }

    private static JsonSchemaElement enumeration(JsonNode node, String at, String description) {
        List<String> values = new ArrayList<>();
        boolean nullable = false;
        Iterable<JsonNode> items = node.has("enum") ? node.get("enum") : List.of(node.get("const"));
        for (JsonNode value : items) {
            if (value.isNull()) {
                nullable = true;
            } else if (value.isTextual()) {
                values.add(value.asText());
            } else {
                throw new InvalidInputException("schema at " + at + ": LangChain4j takes string enum values only, found "
                        + value);
            }
        }
        if (values.isEmpty()) {
            throw new InvalidInputException("schema at " + at + ": enum has no string value");
        }
        JsonEnumSchema strings = JsonEnumSchema.builder().description(description).enumValues(values).build();
        return nullable ? JsonAnyOfSchema.builder().anyOf(strings, new JsonNullSchema()).build() : strings;
    }

    private static String reference(String ref, String at) {
        for (String prefix : List.of("#/$defs/", "#/definitions/")) {
            if (ref.startsWith(prefix) && ref.length() > prefix.length() && !ref.substring(prefix.length()).contains("/")) {
                return ref.substring(prefix.length());
            }
        }
        throw new InvalidInputException("schema at " + at + ": only local references to $defs or definitions are"
                + " supported, found '" + ref + "'");
    }
}
