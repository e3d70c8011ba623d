package io.interview4j.llm.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interview4j.llm.ChatMessage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Pure transformations of JSON schemas shared by the adapters. Inputs are never modified. Internal. */
public final class JsonSchemas {

    private static final List<String> SCHEMA_LISTS = List.of("anyOf", "oneOf", "allOf", "prefixItems");
    private static final List<String> SCHEMA_MAPS = List.of("properties", "$defs", "definitions", "patternProperties");

    private JsonSchemas() {
    }

    /**
     * Makes a schema acceptable to OpenAI's {@code strict: true} structured output: every object with
     * {@code properties} gets {@code additionalProperties: false} and lists all its properties in {@code required};
     * a property that was optional becomes nullable ({@code type: [t, "null"]}, or {@code anyOf} with a null
     * schema when it has no plain type), so the meaning "may be absent" survives as "may be null".
     *
     * @param schema a JSON schema
     * @return a strict copy
     */
    public static JsonNode strict(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        makeStrict(copy);
        return copy;
    }

    /**
     * Adds {@code additionalProperties: false} to every object schema with {@code properties} that does not say
     * otherwise (Anthropic's structured output requires closed objects).
     *
     * @param schema a JSON schema
     * @return a closed copy
     */
    public static JsonNode closeObjects(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        close(copy);
        return copy;
    }

    /**
     * @param schema a JSON schema
     * @return an instruction to append to the system prompt where the schema cannot be sent as a parameter
     */
    public static String instruction(JsonNode schema) {
        return "Respond with a single JSON value, and nothing else, that follows this JSON schema:\n"
                + Json.write(schema);
    }

    /**
     * Puts the schema instruction into the messages: appended to the first system message, or as a new system
     * message at the start when there is none.
     *
     * @param messages the conversation
     * @param schema the schema
     * @return a new list
     */
    public static List<ChatMessage> withInstruction(List<ChatMessage> messages, JsonNode schema) {
        List<ChatMessage> result = new ArrayList<>(messages);
        String instruction = instruction(schema);
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i).role() == ChatMessage.Role.SYSTEM) {
                result.set(i, ChatMessage.system(result.get(i).content() + "\n\n" + instruction));
                return result;
            }
        }
        result.add(0, ChatMessage.system(instruction));
        return result;
    }

    private static void makeStrict(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        JsonNode properties = object.get("properties");
        if (properties instanceof ObjectNode props) {
            Set<String> required = new LinkedHashSet<>();
            object.path("required").forEach(r -> required.add(r.asText()));
            ArrayNode all = object.putArray("required");
            List<String> names = new ArrayList<>();
            props.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                all.add(name);
                if (!required.contains(name)) {
                    props.set(name, nullable(props.get(name)));
                }
            }
            object.put("additionalProperties", false);
        }
        forEachChild(object, JsonSchemas::makeStrict);
    }

    private static JsonNode nullable(JsonNode property) {
        if (!(property instanceof ObjectNode object)) {
            return property;
        }
        JsonNode type = object.get("type");
        if (type != null && type.isTextual()) {
            if (!type.asText().equals("null")) {
                ArrayNode types = object.putArray("type");
                types.add(type.asText());
                types.add("null");
                addNullToEnum(object);
            }
            return object;
        }
        if (type != null && type.isArray()) {
            boolean hasNull = false;
            for (JsonNode t : type) {
                hasNull |= t.asText().equals("null");
            }
            if (!hasNull) {
                ((ArrayNode) type).add("null");
                addNullToEnum(object);
            }
            return object;
        }
        ObjectNode wrapper = Json.MAPPER.createObjectNode();
        ArrayNode anyOf = wrapper.putArray("anyOf");
        anyOf.add(object);
        anyOf.addObject().put("type", "null");
        return wrapper;
    }

    private static void addNullToEnum(ObjectNode object) {
        if (object.get("enum") instanceof ArrayNode values) {
            boolean hasNull = false;
            for (JsonNode v : values) {
                hasNull |= v.isNull();
            }
            if (!hasNull) {
                values.addNull();
            }
        }
    }

    private static void close(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        if (object.get("properties") instanceof ObjectNode && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        forEachChild(object, JsonSchemas::close);
    }

    /**
     * Calls the action on every direct sub-schema: properties, items, combinators and definitions.
     *
     * @param schema an object schema
     * @param action what to do with each sub-schema
     */
    public static void forEachChild(ObjectNode schema, java.util.function.Consumer<JsonNode> action) {
        for (String map : SCHEMA_MAPS) {
            JsonNode children = schema.get(map);
            if (children != null && children.isObject()) {
                children.forEach(action);
            }
        }
        for (String list : SCHEMA_LISTS) {
            JsonNode children = schema.get(list);
            if (children != null && children.isArray()) {
                children.forEach(action);
            }
        }
        JsonNode items = schema.get("items");
        if (items != null) {
            if (items.isArray()) {
                items.forEach(action);
            } else {
                action.accept(items);
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && additional.isObject()) {
            action.accept(additional);
        }
    }
}
