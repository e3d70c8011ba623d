package io.interview4j.llm;

import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.InterviewException;
import io.interview4j.llm.StructuredResult.Failure;
import io.interview4j.llm.StructuredResult.Success;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured model call with one repair: sends a request with its JSON schema, extracts the JSON object from
 * the reply leniently ({@link StructuredOutput}: code fences, prose around it, trailing commas), and hands it to
 * the caller's parser, which returns a value or the exact problems it found. When the reply holds no JSON object
 * or the parser finds problems, one repair call follows: the original messages, the bad reply (clipped to its
 * first 6,000 characters) as the model's turn, and a user message naming every problem. If the repaired reply
 * still cannot be used, or a call throws, the result is a typed {@link Failure}; there is never a third call.
 *
 * <p>Either way the {@link StructuredResult} holds every response received, so the caller can account tokens and
 * cost per call ({@link StructuredResult#responses()}) or in sum ({@link StructuredResult#usage()}).
 * Thread-safe when the model is.
 *
 * <pre>{@code
 * record Verdict(String label, double confidence) { }
 *
 * StructuredChat chat = new StructuredChat(model);
 * ChatRequest request = ChatRequest.structured(messages, "verdict", schema, 0.1);
 * StructuredResult<Verdict> result = chat.call(request, json -> {
 *     List<String> problems = new ArrayList<>();
 *     if (!json.path("label").isTextual()) {
 *         problems.add("required field 'label' must be a string");
 *     }
 *     double confidence = json.path("confidence").asDouble(-1);
 *     if (confidence < 0 || confidence > 1) {
 *         problems.add("'confidence' must be within 0-1");
 *     }
 *     return problems.isEmpty()
 *             ? Parsed.value(new Verdict(json.get("label").asText(), confidence))
 *             : Parsed.problems(problems);
 * });
 * result.responses().forEach(r -> costs.add(r.modelId(), r.usage()));
 * if (result instanceof StructuredResult.Success<Verdict> ok) {
 *     use(ok.value());
 * } else if (result instanceof StructuredResult.Failure<Verdict> failed) {
 *     LOG.warn("no verdict: {}", failed.describe());
 * }
 * }</pre>
 */
public final class StructuredChat {

    private static final Logger LOG = LoggerFactory.getLogger(StructuredChat.class);
    private static final int MAX_ECHOED_OUTPUT = 6_000;
    private static final String NO_JSON = "the reply holds no JSON object";

    /**
     * What a parser made of the reply's JSON: a value, or the problems that keep it from being one.
     *
     * @param value the value, or {@code null} when there are problems
     * @param problems the problems, each a short phrase naming the field and what is wrong with it (they are sent
     *     to the model verbatim in the repair call); empty when there is a value
     * @param <T> the type of the value
     */
    public record Parsed<T>(T value, List<String> problems) {

        /** @throws IllegalArgumentException unless there is either a value or at least one problem, not both */
        public Parsed {
            problems = List.copyOf(problems);
            if ((value == null) == problems.isEmpty()) {
                throw new IllegalArgumentException("a parse has either a value or problems, not both or neither");
            }
        }

        /**
         * @param value the value
         * @param <T> its type
         * @return a successful parse
         * @throws IllegalArgumentException when the value is null
         */
        public static <T> Parsed<T> value(T value) {
            return new Parsed<>(value, List.of());
        }

        /**
         * @param problems what is wrong, at least one
         * @param <T> the type the value would have had
         * @return a failed parse
         * @throws IllegalArgumentException when there are no problems
         */
        public static <T> Parsed<T> problems(List<String> problems) {
            return new Parsed<>(null, problems);
        }
    }

    private final LanguageModel model;

    /**
     * @param model the model to call
     * @throws NullPointerException when the model is null
     */
    public StructuredChat(LanguageModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * Makes the call, and one repair call when the reply cannot be used.
     *
     * @param request the call; it must carry a JSON schema ({@link ChatRequest#structured})
     * @param parser turns the JSON object extracted from a reply into a value or the problems found with it;
     *     called once per reply that holds a JSON object; an exception it throws propagates
     * @param <T> the type of the value
     * @return the value with the responses, or a typed failure; never null
     * @throws IllegalArgumentException when the request has no schema
     * @throws NullPointerException when an argument is null, or the parser returns null
     */
    public <T> StructuredResult<T> call(ChatRequest request, Function<JsonNode, Parsed<T>> parser) {
        Objects.requireNonNull(parser, "parser");
        if (request.schema().isEmpty()) {
            throw new IllegalArgumentException("a structured call needs a request with a response schema");
        }
        List<ChatResponse> responses = new ArrayList<>(2);
        List<String> problems = List.of();
        ChatRequest next = request;
        for (int call = 1; ; call++) {
            ChatResponse response;
            try {
                response = model.chat(next);
            } catch (RuntimeException e) {
                return new Failure<>(Failure.Reason.MODEL_ERROR, problems, e, responses, call);
            }
            responses.add(response);
            JsonNode json = extract(response.text());
            Parsed<T> parsed = json == null ? Parsed.problems(List.of(NO_JSON))
                    : Objects.requireNonNull(parser.apply(json), "the parser returned null");
            if (parsed.value() != null) {
                return new Success<>(parsed.value(), responses);
            }
            problems = parsed.problems();
            if (call == 2) {
                return new Failure<>(json == null ? Failure.Reason.NO_JSON : Failure.Reason.INVALID, problems, null,
                        responses, call);
            }
            String named = String.join("; ", problems);
            LOG.info("{} output invalid ({}); asking {} once to repair it", request.schemaName(), named, response.provider());
            next = repair(request, response.text(), named);
        }
    }

    /** @return the reply's JSON object, or {@code null} when it holds none */
    private static JsonNode extract(String text) {
        try {
            return StructuredOutput.extractObject(text);
        } catch (InterviewException e) {
            return null;
        }
    }

    private static ChatRequest repair(ChatRequest original, String badOutput, String problems) {
        List<ChatMessage> messages = new ArrayList<>(original.messages());
        String echoed = badOutput.length() <= MAX_ECHOED_OUTPUT ? badOutput : badOutput.substring(0, MAX_ECHOED_OUTPUT);
        messages.add(ChatMessage.assistant(echoed));
        messages.add(ChatMessage.user("Your reply above cannot be used: " + problems + ". Reply again with one JSON "
                + "object only that follows the schema, fixing exactly these problems and keeping the rest of your reply."));
        return new ChatRequest(messages, original.responseSchema(), original.schemaName(), original.temperature(),
                original.maxTokens(), original.timeout());
    }
}
