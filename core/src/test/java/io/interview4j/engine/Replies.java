package io.interview4j.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.TokenUsage;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;

/**
 * Realistic model replies written from the request's own schema (so they fit any rubric and any question asked),
 * and a model that answers each task (judge, question writer) from its own script.
 */
final class Replies {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Replies() {
    }

    /** A judgement at {@code fraction} of the scale for every dimension, with these follow-up questions. */
    static String judgement(ChatRequest request, double fraction, List<String> followUps) {
        JsonNode props = request.schema().orElseThrow().path("properties");
        JsonNode dimSchema = props.path("dimensions").path("properties");
        ObjectNode out = MAPPER.createObjectNode();
        ObjectNode dims = out.putObject("dimensions");
        dimSchema.fields().forEachRemaining(e -> {
            JsonNode score = e.getValue().path("properties").path("score");
            double min = score.path("minimum").asDouble(0);
            double max = score.path("maximum").asDouble(5);
            dims.putObject(e.getKey()).put("score", Math.round((min + (max - min) * fraction) * 10) / 10.0)
                    .put("reason", "specific and mostly correct");
        });
        out.putArray("evidence");
        out.putArray("strengths").add("names a concrete mechanism");
        out.putArray("gaps").add("no failure handling discussed");
        out.putArray("suggestions").add("say how you would detect and handle a failure");
        ArrayNode f = out.putArray("follow_up_questions");
        followUps.forEach(f::add);
        out.putArray("key_points_covered");
        out.put("feedback", "A solid answer that could go deeper on failures.");
        JsonNode levels = props.path("level_demonstrated").path("enum");
        if (levels.isArray()) {
            out.put("level_demonstrated", levels.get(0).asText());
            out.put("revised_answer", "");
        }
        JsonNode actions = props.path("next_action").path("properties").path("action").path("enum");
        if (actions.isArray()) {
            String action = actions.get(0).asText();
            for (JsonNode a : actions) {
                if (a.asText().equals("preset")) {
                    action = "preset";
                }
            }
            out.putObject("next_action").put("action", action).put("question_text", "").put("suggested_time_seconds", 150);
        }
        return out.toString();
    }

    /** A written question for what the request asks (its round kind, competency and difficulty). */
    static String question(ChatRequest request, String text, List<String> keyPoints) {
        JsonNode props = request.schema().orElseThrow().path("properties");
        ObjectNode out = MAPPER.createObjectNode().put("question", text)
                .put("round_kind", props.path("round_kind").path("enum").path(0).asText("technical"))
                .put("competency", props.path("competency").path("enum").path(0).asText("problem_solving"))
                .put("difficulty", props.path("difficulty").path("enum").path(0).asText("medium"))
                .put("reference_answer", "A short reference answer.").put("suggested_time_seconds", 180);
        out.putArray("skills").add("kafka").add("distributed_systems");
        ArrayNode points = out.putArray("key_points");
        keyPoints.forEach(points::add);
        return out.toString();
    }

    static ChatResponse response(String text) {
        return new ChatResponse(text, new TokenUsage(100, 50, 0), "routed-1", ChatResponse.FinishReason.STOP, "routed");
    }

    /**
     * A model answering each schema name from its own queue of steps, then from its fallback; records every request.
     * Thread-safe.
     */
    static final class Routed implements LanguageModel {
        private final Map<String, Deque<Function<ChatRequest, String>>> scripts = new ConcurrentHashMap<>();
        private final Map<String, Function<ChatRequest, String>> otherwise = new ConcurrentHashMap<>();
        private final List<ChatRequest> requests = java.util.Collections.synchronizedList(new ArrayList<>());

        Routed then(String schema, Function<ChatRequest, String> step) {
            scripts.computeIfAbsent(schema, k -> new ConcurrentLinkedDeque<>()).add(step);
            return this;
        }

        Routed otherwise(String schema, Function<ChatRequest, String> step) {
            otherwise.put(schema, step);
            return this;
        }

        List<ChatRequest> requests(String schema) {
            synchronized (requests) {
                return requests.stream().filter(r -> schema.equals(r.schemaName())).toList();
            }
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            requests.add(request);
            Deque<Function<ChatRequest, String>> q = scripts.get(request.schemaName());
            Function<ChatRequest, String> step = q == null ? null : q.poll();
            if (step == null) {
                step = otherwise.get(request.schemaName());
            }
            if (step == null) {
                throw new io.interview4j.llm.ModelException("no script for " + request.schemaName(), 0, false, null);
            }
            return response(step.apply(request));
        }

        @Override
        public String provider() {
            return "routed";
        }
    }
}
