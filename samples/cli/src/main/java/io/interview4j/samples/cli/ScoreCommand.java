package io.interview4j.samples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interview4j.InvalidInputException;
import io.interview4j.scoring.AnswerFlag;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.EvaluationRequest;
import io.interview4j.scoring.HeuristicEvaluator;
import io.interview4j.scoring.Rubric;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code score --input FILE}: scores JSON lines {@code {"question", "answer", "reference"?, "keyPoints"?}} offline
 * with the heuristic evaluator and writes each line back with {@code score} (0-100), {@code dimensions},
 * {@code provenance} and {@code flags} added. Every line is checked before any is scored, so a malformed line
 * writes nothing.
 */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Scores JSON lines {\"question\", \"answer\", \"reference\"?, \"keyPoints\"?} offline.")
final class ScoreCommand implements Callable<Integer> {

    /** The largest input accepted: 50 MB. */
    static final long MAX_INPUT_BYTES = 50L * 1024 * 1024;

    /** Made on first use, so that building the command line (for any command) does not load Jackson. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final CliContext ctx;

    @Option(names = "--input", paramLabel = "FILE", required = true, description = "JSON lines to score, UTF-8.")
    Path input;

    @Option(names = "--rubric", paramLabel = "NAME", defaultValue = "five-dimension", converter = Converters.RubricConverter.class,
            description = "five-dimension, coaching, topic-drill or screening (default: ${DEFAULT-VALUE}).")
    Rubric rubric;

    @Option(names = "--out", paramLabel = "FILE", description = "Writes the scored lines to FILE instead of stdout.")
    Path out;

    ScoreCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        String text = InputFiles.decode(InputFiles.readBytes(input, "input", MAX_INPUT_BYTES), input, "input");
        List<ObjectNode> items = parse(text);
        HeuristicEvaluator evaluator = new HeuristicEvaluator();
        StringBuilder result = new StringBuilder();
        for (ObjectNode item : items) {
            result.append(scored(item, evaluator.evaluate(request(item)))).append('\n');
        }
        if (out == null) {
            ctx.out().print(result);
            ctx.out().flush();
        } else {
            InputFiles.write(out, result.toString(), "scores");
            ctx.err().println("Scored " + items.size() + " answers into " + out);
        }
        return 0;
    }

    private List<ObjectNode> parse(String text) {
        List<ObjectNode> items = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                items.add(item(lines[i], i + 1));
            }
        }
        if (items.isEmpty()) {
            throw new InvalidInputException("input file " + input + " has no lines to score");
        }
        return items;
    }

    private ObjectNode item(String line, int number) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw bad(number, "malformed JSON (" + e.getOriginalMessage() + ")");
        }
        if (!(node instanceof ObjectNode object)) {
            throw bad(number, "expected a JSON object such as {\"question\": \"...\", \"answer\": \"...\"}");
        }
        requireText(object, "question", number);
        requireText(object, "answer", number);
        if (object.hasNonNull("reference") && !object.get("reference").isTextual()) {
            throw bad(number, "\"reference\" must be a string");
        }
        JsonNode keyPoints = object.get("keyPoints");
        if (keyPoints != null && !keyPoints.isNull()) {
            if (!keyPoints.isArray()) {
                throw bad(number, "\"keyPoints\" must be an array of strings");
            }
            keyPoints.forEach(k -> {
                if (!k.isTextual()) {
                    throw bad(number, "\"keyPoints\" must be an array of strings");
                }
            });
        }
        return object;
    }

    private void requireText(ObjectNode object, String field, int number) {
        if (!object.hasNonNull(field) || !object.get(field).isTextual()) {
            throw bad(number, "\"" + field + "\" is missing or not a string");
        }
    }

    private InvalidInputException bad(int number, String problem) {
        return new InvalidInputException("input file " + input + ", line " + number + ": " + problem);
    }

    private EvaluationRequest request(ObjectNode item) {
        List<String> keyPoints = new ArrayList<>();
        if (item.hasNonNull("keyPoints")) {
            item.get("keyPoints").forEach(k -> keyPoints.add(k.asText()));
        }
        String reference = item.hasNonNull("reference") ? item.get("reference").asText() : "";
        return new EvaluationRequest(item.get("question").asText(), "", "", keyPoints, reference,
                item.get("answer").asText(), rubric, List.of(), "");
    }

    private String scored(ObjectNode item, Evaluation e) {
        ObjectNode outLine = item.deepCopy();
        outLine.put("score", Math.round(e.score() * 10) / 10.0);
        ObjectNode dimensions = outLine.putObject("dimensions");
        Map<String, Double> rest = new TreeMap<>(e.dimensions());
        rubric.dimensions().forEach(d -> {
            Double value = rest.remove(d.name());
            if (value != null) {
                dimensions.put(d.name(), value);
            }
        });
        rest.forEach(dimensions::put);
        outLine.put("provenance", e.provenance().name());
        ArrayNode flags = outLine.putArray("flags");
        e.flags().stream().map(AnswerFlag::name).forEach(flags::add);
        return outLine.toString();
    }
}
