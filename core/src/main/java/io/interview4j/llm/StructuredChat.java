package io.interview4j.llm;

import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.InvalidInputException;
import io.interview4j.llm.StructuredResult.Failure;
import io.interview4j.llm.StructuredResult.Success;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured model call with one repair: sends a request with its JSON schema, extracts the JSON objects from
 * the reply leniently ({@link StructuredOutput}: code fences, prose around them, trailing commas), and hands them,
 * the last first and never one copied from the request's data texts, to the caller's parser, which returns a value
 * or the exact problems it found. When the reply holds no usable JSON object or the parser finds problems with
 * every one, one repair call follows: the original messages, the bad reply (clipped to its
 * first 6,000 characters) as the model's turn, and a user message naming every problem. A reply cut off by the
 * output cap ({@link ChatResponse#truncated()}) is reported as truncated, not as holding no JSON: its repair call
 * carries the original messages and asks for a shorter answer, without echoing the cut-off reply, and a repaired
 * reply that is cut off too ends in a {@link Failure.Reason#TRUNCATED} failure. If the repaired reply
 * still cannot be used, or a call throws, the result is a typed {@link Failure}; there is never a third call.
 *
 * <p>A request's {@link ChatRequest#timeout() timeout} is the budget of the whole structured call, the repair
 * included: the repair call gets what is left of it, and is skipped (a {@link Failure.Reason#OUT_OF_TIME} failure)
 * when less time is left than the first call took. Time is measured with the clock given to the constructor.
 *
 * <p>Either way the {@link StructuredResult} holds every response received, so the caller can account tokens and
 * cost per call ({@link StructuredResult#responses()}) or in sum ({@link StructuredResult#usage()}).
 * Thread-safe when the model is.
 *
 * <pre>{@code
 * record Verdict(String label, double confidence) { }
 *
 * StructuredChat chat = new StructuredChat(model);
 * FencedPrompt prompt = FencedPrompt.builder().system("Label the answer.").data("answer", answer).build();
 * ChatRequest request = ChatRequest.structured(prompt.messages(), "verdict", schema, 0.1);
 * StructuredResult<Verdict> result = chat.call(request, prompt.dataTexts(), json -> {
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
    /** The most JSON objects of one reply offered to the parser, the last first. */
    static final int MAX_TRIED = 20;
    private static final String NO_JSON = "the reply holds no JSON object";
    private static final String COPIED = "the reply's only JSON is copied from the data blocks; write your own, "
            + "judging the data rather than repeating it";

    /**
     * What a parser made of the reply's JSON: a value, or the problems that keep it from being one.
     *
     * @param value the value, or {@code null} when there are problems
     * @param problems the problems, each a short phrase naming the field and what is wrong with it (they are sent
     *     to the model verbatim in the repair call); empty when there is a value
     * @param <T> the type of the value
     */
    public record Parsed<T>(T value, List<String> problems) {

        /** @throws InvalidInputException unless there is either a value or at least one problem, not both */
        public Parsed {
            problems = List.copyOf(problems);
            if ((value == null) == problems.isEmpty()) {
                throw new InvalidInputException("a parse has either a value or problems, not both or neither");
            }
        }

        /**
         * @param value the value
         * @param <T> its type
         * @return a successful parse
         * @throws NullPointerException when the value is null
         */
        public static <T> Parsed<T> value(T value) {
            return new Parsed<>(Objects.requireNonNull(value, "value"), List.of());
        }

        /**
         * @param problems what is wrong, at least one
         * @param <T> the type the value would have had
         * @return a failed parse
         * @throws InvalidInputException when there are no problems
         */
        public static <T> Parsed<T> problems(List<String> problems) {
            return new Parsed<>(null, problems);
        }
    }

    private final LanguageModel model;
    private final Clock clock;

    /**
     * Measures a request's time budget with the system clock.
     *
     * @param model the model to call
     * @throws NullPointerException when the model is null
     */
    public StructuredChat(LanguageModel model) {
        this(model, Clock.systemUTC());
    }

    /**
     * @param model the model to call
     * @param clock the clock that measures a request's time budget ({@link ChatRequest#timeout()})
     * @throws NullPointerException when an argument is null
     */
    public StructuredChat(LanguageModel model, Clock clock) {
        this.model = Objects.requireNonNull(model, "model");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Makes the call, and one repair call when the reply cannot be used; same as
     * {@link #call(ChatRequest, Collection, Function)} with no data texts.
     *
     * @param request the call; it must carry a JSON schema ({@link ChatRequest#structured})
     * @param parser see {@link #call(ChatRequest, Collection, Function)}
     * @param <T> the type of the value
     * @return the value with the responses, or a typed failure; never null
     * @throws InvalidInputException when the request has no schema
     * @throws NullPointerException when an argument is null, or the parser returns null
     */
    public <T> StructuredResult<T> call(ChatRequest request, Function<JsonNode, Parsed<T>> parser) {
        return call(request, List.of(), parser);
    }

    /**
     * Makes the call, and one repair call when the reply cannot be used.
     *
     * <p>The reply's JSON is the whole reply when that is one JSON object; otherwise the JSON objects in the reply
     * are tried from the last to the first (at most {@value #MAX_TRIED}) and the first that the parser accepts is
     * taken, so prose, a quoted or decoy object before the model's own does not count. An object that appears in
     * a data text (verbatim, or equal once parsed, nested objects included) is never taken: a model quoting a
     * judgement that a candidate wrote into their answer does not have that judgement scored. A reply longer than
     * {@link StructuredOutput#MAX_SCANNED} characters is not read and earns the repair call. The request's timeout,
     * when set, is shared by both calls (see the class documentation).
     *
     * @param request the call; it must carry a JSON schema ({@link ChatRequest#structured})
     * @param dataTexts the untrusted texts the request carries (see {@link FencedPrompt#dataTexts()}); a reply's
     *     JSON copied from any of them is refused
     * @param parser turns a JSON object extracted from a reply into a value or the problems found with it; called
     *     for the reply's objects, last first, until it returns a value; an exception it throws propagates
     * @param <T> the type of the value
     * @return the value with the responses, or a typed failure; never null
     * @throws InvalidInputException when the request has no schema
     * @throws NullPointerException when an argument is null, or the parser returns null
     */
    public <T> StructuredResult<T> call(ChatRequest request, Collection<String> dataTexts,
                                        Function<JsonNode, Parsed<T>> parser) {
        CompletableFuture<StructuredResult<T>> done = run(request, dataTexts, parser, r -> {
            try {
                return CompletableFuture.completedFuture(model.chat(r));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        });
        try {
            return done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * The same as {@link #call(ChatRequest, Collection, Function)}, on the model's
     * {@link LanguageModel#chatAsync asynchronous call}: no thread waits for a reply. The parser runs on the thread
     * that completes the model's future. A call whose request has a timeout is given up (a
     * {@link Failure.Reason#MODEL_ERROR} failure) when its reply has not come within what is left of it, even from
     * a model that ignores the timeout.
     *
     * @param request the call; it must carry a JSON schema ({@link ChatRequest#structured})
     * @param dataTexts see {@link #call(ChatRequest, Collection, Function)}
     * @param parser see {@link #call(ChatRequest, Collection, Function)}; an exception it throws completes the
     *     future exceptionally
     * @param <T> the type of the value
     * @return the value with the responses, or a typed failure; never null
     * @throws InvalidInputException when the request has no schema
     * @throws NullPointerException when an argument is null
     */
    public <T> CompletableFuture<StructuredResult<T>> callAsync(ChatRequest request, Collection<String> dataTexts,
                                                                Function<JsonNode, Parsed<T>> parser) {
        return run(request, dataTexts, parser, r -> {
            CompletableFuture<ChatResponse> f;
            try {
                f = model.chatAsync(r);
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
            return r.timeout() == null ? f : f.orTimeout(Math.max(1, r.timeout().toMillis()), TimeUnit.MILLISECONDS);
        });
    }

    private <T> CompletableFuture<StructuredResult<T>> run(ChatRequest request, Collection<String> dataTexts,
                                                           Function<JsonNode, Parsed<T>> parser,
                                                           Function<ChatRequest, CompletableFuture<ChatResponse>> send) {
        Objects.requireNonNull(parser, "parser");
        if (request.schema().isEmpty()) {
            throw new InvalidInputException("a structured call needs a request with a response schema");
        }
        List<String> data = List.copyOf(dataTexts);
        Set<JsonNode> dataObjects = dataObjects(data);
        Instant start = clock.instant();
        return attempt(1, request, request, start, List.of(), new ArrayList<>(2), data, dataObjects, parser, send);
    }

    /** Call number {@code call} ({@code next}), then the repair when its reply cannot be used. */
    private <T> CompletableFuture<StructuredResult<T>> attempt(int call, ChatRequest request, ChatRequest next,
            Instant start, List<String> problemsBefore, List<ChatResponse> responses, List<String> data,
            Set<JsonNode> dataObjects, Function<JsonNode, Parsed<T>> parser,
            Function<ChatRequest, CompletableFuture<ChatResponse>> send) {
        return send.apply(next).handle((response, thrown) -> {
            if (thrown != null) {
                Throwable cause = thrown instanceof CompletionException && thrown.getCause() != null
                        ? thrown.getCause() : thrown;
                if (cause instanceof Error err) {
                    throw err;
                }
                return CompletableFuture.<StructuredResult<T>>completedFuture(new Failure<>(Failure.Reason.MODEL_ERROR,
                        problemsBefore, cause instanceof RuntimeException r ? r : new CompletionException(cause),
                        responses, call));
            }
            responses.add(response);
            Read<T> read = read(response.text(), data, dataObjects, parser);
            if (read.parsed().value() != null) {
                return CompletableFuture.<StructuredResult<T>>completedFuture(new Success<>(read.parsed().value(), responses));
            }
            boolean truncated = response.truncated();
            List<String> problems = truncated ? List.of(truncatedProblem(next)) : read.parsed().problems();
            if (call == 2) {
                Failure.Reason reason = truncated ? Failure.Reason.TRUNCATED
                        : read.noJson() ? Failure.Reason.NO_JSON : Failure.Reason.INVALID;
                return CompletableFuture.<StructuredResult<T>>completedFuture(
                        new Failure<>(reason, problems, null, responses, call));
            }
            String named = String.join("; ", problems);
            Duration left = null;
            if (request.timeout() != null) {
                Duration took = Duration.between(start, clock.instant());
                left = request.timeout().minus(took);
                if (left.compareTo(took) < 0 || left.isZero() || left.isNegative()) {
                    LOG.info("{} output invalid ({}); {} ms of the {} ms budget left, less than the first call took: "
                            + "no repair", request.schemaName(), clip(named, 500), Math.max(0, left.toMillis()),
                            request.timeout().toMillis());
                    return CompletableFuture.<StructuredResult<T>>completedFuture(
                            new Failure<>(Failure.Reason.OUT_OF_TIME, problems, null, responses, call));
                }
            }
            LOG.info("{} output invalid ({}); asking {} once to repair it", request.schemaName(), clip(named, 500),
                    response.provider());
            ChatRequest repair = (truncated ? shorter(request, named) : repair(request, response.text(), named))
                    .withTimeout(left);
            return attempt(call + 1, request, repair, start, problems, responses, data, dataObjects, parser, send);
        }).thenCompose(Function.identity());
    }

    /** What a reply gave: a value or problems, and whether it held no usable JSON object at all. */
    private record Read<T>(Parsed<T> parsed, boolean noJson) {
    }

    private static <T> Read<T> read(String text, List<String> data, Set<JsonNode> dataObjects,
                                    Function<JsonNode, Parsed<T>> parser) {
        if (text.length() > StructuredOutput.MAX_SCANNED) {
            return new Read<>(Parsed.problems(List.of("the reply is " + text.length() + " characters long, over the "
                    + StructuredOutput.MAX_SCANNED + " read")), true);
        }
        List<StructuredOutput.Found> found = StructuredOutput.objects(text);
        if (found.isEmpty()) {
            return new Read<>(Parsed.problems(List.of(NO_JSON)), true);
        }
        List<StructuredOutput.Found> own = found.stream().filter(f -> !copied(f, data, dataObjects)).toList();
        if (own.isEmpty()) {
            LOG.info("refused a reply whose only JSON is copied from the data it was given");
            return new Read<>(Parsed.problems(List.of(COPIED)), true);
        }
        List<String> lastProblems = null;
        for (int i = own.size() - 1, tried = 0; i >= 0 && tried < MAX_TRIED; i--, tried++) {
            Parsed<T> parsed = Objects.requireNonNull(parser.apply(own.get(i).json()), "the parser returned null");
            if (parsed.value() != null) {
                return new Read<>(parsed, false);
            }
            if (lastProblems == null) {
                lastProblems = parsed.problems();
            }
        }
        return new Read<>(Parsed.problems(lastProblems), false);
    }

    private static boolean copied(StructuredOutput.Found found, List<String> data, Set<JsonNode> dataObjects) {
        return dataObjects.contains(found.json()) || data.stream().anyMatch(t -> t.contains(found.source()));
    }

    /** Every JSON object in the data texts, the ones nested in others included. */
    private static Set<JsonNode> dataObjects(List<String> data) {
        Set<JsonNode> all = new HashSet<>();
        for (String text : data) {
            if (text.indexOf('{') < 0) {
                continue;
            }
            for (StructuredOutput.Found f : StructuredOutput.objects(text)) {
                addObjects(f.json(), all);
            }
        }
        return all;
    }

    private static void addObjects(JsonNode node, Set<JsonNode> into) {
        if (node.isObject()) {
            into.add(node);
        }
        if (node.isContainerNode()) {
            node.forEach(child -> addObjects(child, into));
        }
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }

    private static String truncatedProblem(ChatRequest sent) {
        return "the reply was cut off at the output limit" + (sent.maxTokens() == null ? ""
                : " of " + sent.maxTokens() + " tokens") + " before it was complete (truncated)";
    }

    /**
     * The repair of a truncated reply: the original messages and a request for a shorter answer. The cut-off reply
     * is not echoed: it would only spend input tokens on text the model has to write again, shorter.
     */
    private static ChatRequest shorter(ChatRequest original, String problems) {
        List<ChatMessage> messages = new ArrayList<>(original.messages());
        messages.add(ChatMessage.user("Your previous reply cannot be used: " + problems + ". Reply again with one "
                + "complete JSON object only that follows the schema, and make it shorter so that it fits: keep every "
                + "text field to one or two sentences, quote briefly, and give no more list items than the schema "
                + "needs."));
        return new ChatRequest(messages, original.responseSchema(), original.schemaName(), original.temperature(),
                original.maxTokens(), original.timeout());
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
