package io.interview4j.llm.gemini.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interview4j.InvalidInputException;
import io.interview4j.llm.http.internal.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Converts a JSON schema to Gemini's {@code responseSchema}, an OpenAPI 3.0 subset: upper-case types,
 * {@code nullable} instead of a {@code "null"} type, no {@code $ref} (local references are inlined), no
 * {@code additionalProperties}, {@code const} as a one-value {@code enum}, enum values as strings, and
 * {@code propertyOrdering} set to the schema's property order (Gemini otherwise orders properties alphabetically).
 * Keywords Gemini does not know are dropped.
 */
public final class GeminiSchemaMapper {

    private static final Set<String> COPIED = Set.of("description", "title", "minItems", "maxItems", "minimum",
            "maximum", "minLength", "maxLength", "pattern", "minProperties", "maxProperties");
    private static final Map<String, Set<String>> FORMATS = Map.of(
            "STRING", Set.of("enum", "date-time"),
            "NUMBER", Set.of("float", "double"),
            "INTEGER", Set.of("int32", "int64"));
    private static final int MAX_DEPTH = 32;

    private GeminiSchemaMapper() {
    }

    /**
     * @param schema a JSON schema
     * @return the Gemini schema; the input is not modified
     * @throws InvalidInputException when a {@code $ref} cannot be resolved or the schema is recursive
     */
    public static JsonNode toGeminiSchema(JsonNode schema) {
        return convert(schema, schema, 0);
    }

    private static ObjectNode convert(JsonNode node, JsonNode root, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidInputException("the schema is recursive or nested deeper than " + MAX_DEPTH
                    + " levels, which Gemini's responseSchema cannot express");
        }
        ObjectNode out = Json.MAPPER.createObjectNode();
        if (!(node instanceof ObjectNode in)) {
            return out;
        }
        if (in.hasNonNull("$ref")) {
            return convert(resolve(in.get("$ref").asText(), root), root, depth + 1);
        }
        List<String> types = new ArrayList<>();
        boolean nullable = false;
        JsonNode type = in.get("type");
        if (type != null && type.isTextual()) {
            types.add(type.asText());
        } else if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        if (types.remove("null")) {
            nullable = true;
        }
        if (in.has("allOf") && in.get("allOf").isArray() && in.get("allOf").size() == 1) {
            ObjectNode inner = convert(in.get("allOf").get(0), root, depth + 1);
            copyKeywords(in, inner);
            if (nullable) {
                inner.put("nullable", true);
            }
            return inner;
        }
        JsonNode alternatives = in.has("anyOf") ? in.get("anyOf") : in.get("oneOf");
        if (types.size() > 1 || (alternatives != null && alternatives.isArray())) {
            ArrayNode anyOf = Json.MAPPER.createArrayNode();
            for (String t : types) {
                ObjectNode copy = in.deepCopy();
                copy.put("type", t);
                copy.remove(List.of("anyOf", "oneOf"));
                anyOf.add(convert(copy, root, depth + 1));
            }
            if (alternatives != null && alternatives.isArray()) {
                for (JsonNode alternative : alternatives) {
                    if ("null".equals(alternative.path("type").asText())) {
                        nullable = true;
                    } else {
                        anyOf.add(convert(alternative, root, depth + 1));
                    }
                }
            }
            if (anyOf.size() == 1) {
                ObjectNode single = (ObjectNode) anyOf.get(0);
                copyKeywords(in, single);
                if (nullable) {
                    single.put("nullable", true);
                }
                return single;
            }
            copyKeywords(in, out);
            out.set("anyOf", anyOf);
            if (nullable) {
                out.put("nullable", true);
            }
            return out;
        }
        String geminiType = types.isEmpty() ? inferType(in) : types.get(0).toUpperCase(Locale.ROOT);
        if (geminiType != null) {
            out.put("type", geminiType);
        }
        if (nullable) {
            out.put("nullable", true);
        }
        copyKeywords(in, out);
        if (in.hasNonNull("format") && geminiType != null
                && FORMATS.getOrDefault(geminiType, Set.of()).contains(in.get("format").asText())) {
            out.put("format", in.get("format").asText());
        }
        JsonNode values = in.has("enum") ? in.get("enum") : null;
        if (values == null && in.has("const")) {
            values = Json.MAPPER.createArrayNode().add(in.get("const"));
        }
        if (values != null && values.isArray()) {
            ArrayNode strings = out.putArray("enum");
            for (JsonNode value : values) {
                if (value.isNull()) {
                    out.put("nullable", true);
                } else {
                    strings.add(value.asText());
                }
            }
            out.put("type", "STRING");
        }
        if (in.get("properties") instanceof ObjectNode properties) {
            ObjectNode converted = out.putObject("properties");
            ArrayNode order = Json.MAPPER.createArrayNode();
            Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                converted.set(field.getKey(), convert(field.getValue(), root, depth + 1));
                order.add(field.getKey());
            }
            if (in.get("required") instanceof ArrayNode required) {
                ArrayNode kept = out.putArray("required");
                required.forEach(r -> {
                    if (properties.has(r.asText())) {
                        kept.add(r.asText());
                    }
                });
            }
            if (order.size() > 1) {
                out.set("propertyOrdering", order);
            }
        }
        JsonNode items = in.get("items");
        if (items != null && items.isObject()) {
            out.set("items", convert(items, root, depth + 1));
        } else if (in.get("prefixItems") instanceof ArrayNode prefix && prefix.size() > 0) {
            out.set("items", convert(prefix.get(0), root, depth + 1));
        }
        return out;
    }

    private static void copyKeywords(ObjectNode in, ObjectNode out) {
        for (String keyword : COPIED) {
            if (in.hasNonNull(keyword) && !out.has(keyword)) {
                out.set(keyword, in.get(keyword));
            }
        }
    }

    private static String inferType(ObjectNode in) {
        if (in.has("properties")) {
            return "OBJECT";
        }
        if (in.has("items") || in.has("prefixItems")) {
            return "ARRAY";
        }
        if (in.has("enum") || in.has("const")) {
            return "STRING";
        }
        return null;
    }

    private static JsonNode resolve(String ref, JsonNode root) {
        if (!ref.startsWith("#")) {
            throw new InvalidInputException("only local $ref values can be sent to Gemini, not " + ref);
        }
        JsonNode target = root.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new InvalidInputException("unresolvable $ref " + ref);
        }
        return target;
    }
}
