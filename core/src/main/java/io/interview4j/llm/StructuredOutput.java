package io.interview4j.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interview4j.InterviewException;

/**
 * Lenient extraction of a model's JSON output: code fences, prose before or after, the first balanced JSON
 * object, trailing commas. {@link StructuredChat} uses it before validating; call it directly only where a reply
 * needs no validation and no repair.
 */
public final class StructuredOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StructuredOutput() {
    }

    /**
     * @param text a model's output
     * @return the first balanced JSON object in it
     * @throws InterviewException naming the problem when there is no parsable object
     */
    public static JsonNode extractObject(String text) {
        int start = text.indexOf('{');
        while (start >= 0) {
            int end = balancedEnd(text, start);
            if (end < 0) {
                break;
            }
            String candidate = removeTrailingCommas(text.substring(start, end + 1));
            try {
                JsonNode node = MAPPER.readTree(candidate);
                if (node != null && node.isObject()) {
                    return node;
                }
            } catch (JsonProcessingException e) {
                // not JSON: try the next opening brace
            }
            start = text.indexOf('{', start + 1);
        }
        throw new InterviewException("model output holds no JSON object (" + text.length() + " characters)");
    }

    private static int balancedEnd(String s, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String removeTrailingCommas(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < json.length()) {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == ',') {
                int j = i + 1;
                while (j < json.length() && Character.isWhitespace(json.charAt(j))) {
                    j++;
                }
                if (j < json.length() && (json.charAt(j) == '}' || json.charAt(j) == ']')) {
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
