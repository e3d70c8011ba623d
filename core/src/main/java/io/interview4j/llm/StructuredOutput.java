package io.interview4j.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.interview4j.InterviewException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Lenient extraction of a model's JSON output. When the whole reply, stripped, is one JSON object, that object is
 * the reply's JSON. Otherwise the reply is scanned once for balanced objects outside strings (so code fences, prose
 * before, between or after, and stray braces are passed over) and each outermost balanced span is parsed, trailing
 * commas removed; spans inside one that parsed are not candidates of their own. Replies longer than
 * {@link #MAX_SCANNED} characters are refused unread, and at most {@value #MAX_PARSES} spans are parsed per reply,
 * so a huge or brace-stuffed reply costs bounded time and memory.
 *
 * <p>{@link StructuredChat} takes the <em>last</em> of these objects that validates and is not a copy of the
 * request's data; call this class directly only where a reply needs no validation and no repair.
 */
public final class StructuredOutput {

    /** The longest reply read, in characters: 100,000 (a judgement is a few thousand). */
    public static final int MAX_SCANNED = 100_000;
    /** The most balanced spans parsed per reply. */
    static final int MAX_PARSES = 200;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** A JSON object found in a text and the exact text it was parsed from. */
    record Found(JsonNode json, String source) {
    }

    private StructuredOutput() {
    }

    /**
     * @param text a model's output
     * @return the whole output when it is one JSON object, else the last JSON object in it
     * @throws InterviewException naming the problem when there is no parsable object or the text is longer than
     *     {@link #MAX_SCANNED}
     */
    public static JsonNode extractObject(String text) {
        if (text.length() > MAX_SCANNED) {
            throw new InterviewException("model output is " + text.length() + " characters, over the "
                    + MAX_SCANNED + " read");
        }
        List<Found> found = objects(text);
        if (found.isEmpty()) {
            throw new InterviewException("model output holds no JSON object (" + text.length() + " characters)");
        }
        return found.get(found.size() - 1).json();
    }

    /**
     * @param text a text of at most {@link #MAX_SCANNED} characters (only those are read)
     * @return the whole text when it is one JSON object, else the outermost JSON objects in it, in order
     */
    static List<Found> objects(String text) {
        String s = text.length() <= MAX_SCANNED ? text : text.substring(0, MAX_SCANNED);
        String whole = s.strip();
        if (whole.startsWith("{") && whole.endsWith("}")) {
            JsonNode node = parse(whole);
            if (node != null) {
                return List.of(new Found(node, whole));
            }
        }
        List<int[]> spans = spans(s);
        spans.sort(Comparator.comparingInt(span -> span[0]));
        List<Found> found = new ArrayList<>();
        int coveredUntil = -1;
        int parses = 0;
        for (int[] span : spans) {
            if (span[0] <= coveredUntil) {
                continue;
            }
            if (++parses > MAX_PARSES) {
                break;
            }
            String source = s.substring(span[0], span[1] + 1);
            JsonNode node = parse(removeTrailingCommas(source));
            if (node != null) {
                found.add(new Found(node, source));
                coveredUntil = span[1];
            }
        }
        return found;
    }

    /** @return the object the text is, or {@code null} when it is not exactly one JSON object */
    private static JsonNode parse(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * Every balanced {@code {...}} span, found in one pass: brackets push and pop, and quotes open and close
     * strings (with backslash escapes) only inside a bracket, so prose quotes outside any bracket do not count.
     * Spans after a bracket that never closes are dropped: they are the inner parts of a truncated reply.
     */
    private static List<int[]> spans(String s) {
        List<int[]> spans = new ArrayList<>();
        int[] open = new int[16];
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = depth > 0;
            } else if (c == '{' || c == '[') {
                if (depth == open.length) {
                    open = Arrays.copyOf(open, depth * 2);
                }
                open[depth++] = i;
            } else if ((c == '}' || c == ']') && depth > 0) {
                int from = open[--depth];
                if (c == '}' && s.charAt(from) == '{') {
                    spans.add(new int[] {from, i});
                }
            }
        }
        if (depth > 0) {
            int unclosed = open[0];
            spans.removeIf(span -> span[0] > unclosed);
        }
        return spans;
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
