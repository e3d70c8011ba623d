package io.interview4j.llm.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.interview4j.testkit.RecordedRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A local server on 127.0.0.1 that speaks one provider's protocol, for tests that run the real adapters end to end
 * (the CLI's included). It first answers with a list of error statuses, in order (each with that provider's error
 * body, and by default a 10 ms retry-after so retries are quick), then answers every later call with success: the
 * text the responder computes, wrapped in the protocol's envelope with the configured token usage.
 *
 * <pre>{@code
 * try (FakeProviderServer server = FakeProviderServer.start(Protocol.OPENAI, List.of(429, 503),
 *         call -> "{\"score\": 4}")) {
 *     env.put("OPENAI_BASE_URL", server.baseUrl());
 *     ...
 *     assertThat(server.requests()).hasSize(3);
 * }
 * }</pre>
 *
 * <p>Paths are checked: a request to a path the protocol does not have gets a 404 in the protocol's error shape
 * and does not use up an error. {@link #baseUrl()} is the value to put in the provider's base-URL variable.
 * Thread-safe.
 */
public final class FakeProviderServer implements AutoCloseable {

    /** The wire protocols the server speaks. */
    public enum Protocol {
        /** OpenAI chat completions: {@code POST /v1/chat/completions}; {@code OPENAI_BASE_URL = baseUrl()}. */
        OPENAI,
        /** Anthropic Messages: {@code POST /v1/messages}; {@code ANTHROPIC_BASE_URL = baseUrl()}. */
        ANTHROPIC,
        /** Gemini: {@code POST /v1beta/models/{model}:generateContent}; {@code GEMINI_BASE_URL = baseUrl()}. */
        GEMINI,
        /** Ollama native: {@code POST /api/chat}; {@code OLLAMA_BASE_URL = baseUrl()}. */
        OLLAMA
    }

    /**
     * One successful call, as the responder sees it.
     *
     * @param number the call's number among all calls to the protocol's path, from 1 (errors included)
     * @param request the raw request
     * @param prompt every message text of the request joined by blank lines (system prompt included)
     * @param schema the JSON schema the request sent, in the protocol's own form, if any
     */
    public record Call(int number, RecordedRequest request, String prompt, Optional<JsonNode> schema) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Protocol protocol;
    private final List<Integer> errors;
    private final Function<Call, String> responder;
    private final long inputTokens;
    private final long outputTokens;
    private final Duration retryAfter;
    private final Predicate<Call> truncated;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<RecordedRequest> requests = new ArrayList<>();
    private int calls;

    private FakeProviderServer(Builder builder) {
        this.protocol = builder.protocol;
        this.errors = List.copyOf(builder.errors);
        this.responder = builder.responder;
        this.inputTokens = builder.inputTokens;
        this.outputTokens = builder.outputTokens;
        this.retryAfter = builder.retryAfter;
        this.truncated = builder.truncated;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "fake-" + protocol.name().toLowerCase());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * @param protocol the protocol to speak
     * @param errorStatuses statuses to answer first, in order, such as {@code List.of(429, 503)}
     * @param responder the model's text for each successful call, such as a JSON document
     * @return a started server with the default usage (12 in, 8 out) and a 10 ms retry-after on errors
     */
    public static FakeProviderServer start(Protocol protocol, List<Integer> errorStatuses, Function<Call, String> responder) {
        return builder(protocol).errors(errorStatuses).responder(responder).start();
    }

    /**
     * @param protocol the protocol to speak
     * @param errorStatuses statuses to answer first, in order
     * @param text the model's text for every successful call
     * @return a started server
     */
    public static FakeProviderServer start(Protocol protocol, List<Integer> errorStatuses, String text) {
        return start(protocol, errorStatuses, call -> text);
    }

    /**
     * @param protocol the protocol to speak
     * @return a builder: no errors, answers {@code "{}"}, 12 input and 8 output tokens, 10 ms retry-after
     */
    public static Builder builder(Protocol protocol) {
        return new Builder(protocol);
    }

    /**
     * @return the value for the provider's base-URL variable: {@code http://127.0.0.1:<port>/v1} for OpenAI,
     *     {@code .../v1beta} for Gemini, the bare address for Anthropic and Ollama
     */
    public String baseUrl() {
        String root = "http://127.0.0.1:" + server.getAddress().getPort();
        return switch (protocol) {
            case OPENAI -> root + "/v1";
            case GEMINI -> root + "/v1beta";
            case ANTHROPIC, OLLAMA -> root;
        };
    }

    /** @return the protocol spoken */
    public Protocol protocol() {
        return protocol;
    }

    /** @return every request received, oldest first */
    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** @return how many calls were answered with success */
    public synchronized int successCount() {
        return Math.max(0, calls - errors.size());
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(),
                    exchange.getRequestURI().toString(), exchange.getRequestHeaders(), body);
            int number;
            synchronized (this) {
                requests.add(request);
                if (!"POST".equals(request.method()) || !pathMatches(request.path())) {
                    number = -1;
                } else {
                    number = ++calls;
                }
            }
            if (number < 0) {
                send(exchange, 404, errorBody(404), false);
            } else if (number <= errors.size()) {
                int status = errors.get(number - 1);
                send(exchange, status, errorBody(status), true);
            } else {
                JsonNode json = request.json();
                Call call = new Call(number, request, prompt(json), schema(json));
                send(exchange, 200, success(json, request.path(), responder.apply(call), truncated.test(call)), false);
            }
        } catch (RuntimeException e) {
            // A responder or parsing failure: answer 500 so the test sees it rather than a hang.
            try {
                send(exchange, 500, "{\"error\":{\"message\":\"fake server failure: " + e.getClass().getSimpleName()
                        + "\"}}", false);
            } catch (IOException ignored) {
                // the client went away
            }
        }
    }

    private void send(HttpExchange exchange, int status, String body, boolean withRetryAfter) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (withRetryAfter && retryAfter != null) {
            exchange.getResponseHeaders().add("retry-after-ms", Long.toString(retryAfter.toMillis()));
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private boolean pathMatches(String path) {
        String clean = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return switch (protocol) {
            case OPENAI -> clean.endsWith("/chat/completions");
            case ANTHROPIC -> clean.endsWith("/v1/messages");
            case GEMINI -> clean.contains("/models/") && clean.endsWith(":generateContent");
            case OLLAMA -> clean.equals("/api/chat");
        };
    }

    private String prompt(JsonNode body) {
        List<String> parts = new ArrayList<>();
        switch (protocol) {
            case OPENAI, OLLAMA -> body.path("messages").forEach(m -> parts.add(m.path("content").asText()));
            case ANTHROPIC -> {
                if (body.path("system").isTextual()) {
                    parts.add(body.path("system").asText());
                }
                body.path("messages").forEach(m -> parts.add(m.path("content").asText()));
            }
            case GEMINI -> {
                JsonNode system = body.has("systemInstruction") ? body.get("systemInstruction")
                        : body.path("system_instruction");
                system.path("parts").forEach(p -> parts.add(p.path("text").asText()));
                body.path("contents").forEach(c -> c.path("parts").forEach(p -> parts.add(p.path("text").asText())));
            }
        }
        return String.join("\n\n", parts);
    }

    private Optional<JsonNode> schema(JsonNode body) {
        JsonNode schema = switch (protocol) {
            case OPENAI -> body.path("response_format").path("json_schema").path("schema");
            case ANTHROPIC -> body.path("output_config").path("format").path("schema");
            case GEMINI -> body.path("generationConfig").path("responseSchema");
            case OLLAMA -> body.path("format");
        };
        return schema.isObject() ? Optional.of(schema) : Optional.empty();
    }

    private String success(JsonNode request, String path, String text, boolean cutOff) {
        Objects.requireNonNull(text, "the responder returned null");
        ObjectNode root = JSON.createObjectNode();
        String model = request.path("model").asText("fake-model");
        switch (protocol) {
            case OPENAI -> {
                root.put("id", "chatcmpl-fake-" + calls).put("object", "chat.completion").put("created", 1_700_000_000)
                        .put("model", model);
                ObjectNode choice = root.putArray("choices").addObject();
                choice.put("index", 0).put("finish_reason", cutOff ? "length" : "stop");
                choice.putObject("message").put("role", "assistant").put("content", text).putNull("refusal");
                root.putObject("usage").put("prompt_tokens", inputTokens).put("completion_tokens", outputTokens)
                        .put("total_tokens", inputTokens + outputTokens);
            }
            case ANTHROPIC -> {
                root.put("id", "msg_fake_" + calls).put("type", "message").put("role", "assistant").put("model", model)
                        .put("stop_reason", cutOff ? "max_tokens" : "end_turn").putNull("stop_sequence");
                root.putArray("content").addObject().put("type", "text").put("text", text);
                root.putObject("usage").put("input_tokens", inputTokens).put("output_tokens", outputTokens);
            }
            case GEMINI -> {
                String fromPath = path.substring(path.indexOf("/models/") + 8, path.indexOf(":generateContent"));
                ObjectNode candidate = root.putArray("candidates").addObject();
                ObjectNode content = candidate.putObject("content");
                content.putArray("parts").addObject().put("text", text);
                content.put("role", "model");
                candidate.put("finishReason", cutOff ? "MAX_TOKENS" : "STOP");
                root.putObject("usageMetadata").put("promptTokenCount", inputTokens)
                        .put("candidatesTokenCount", outputTokens).put("totalTokenCount", inputTokens + outputTokens);
                root.put("modelVersion", fromPath);
            }
            case OLLAMA -> {
                root.put("model", model).put("created_at", "2025-01-01T00:00:00Z");
                root.putObject("message").put("role", "assistant").put("content", text);
                root.put("done_reason", cutOff ? "length" : "stop").put("done", true).put("prompt_eval_count", inputTokens)
                        .put("eval_count", outputTokens);
            }
        }
        return root.toString();
    }

    private String errorBody(int status) {
        ObjectNode root = JSON.createObjectNode();
        switch (protocol) {
            case OPENAI -> {
                ObjectNode error = root.putObject("error");
                error.put("message", status == 429 ? "Rate limit reached for requests. Please try again in 10ms."
                        : status == 404 ? "Unknown path" : "The server had an error while processing your request.");
                error.put("type", status == 429 ? "requests" : status == 404 ? "invalid_request_error" : "server_error");
                error.putNull("param");
                if (status == 429) {
                    error.put("code", "rate_limit_exceeded");
                } else {
                    error.putNull("code");
                }
            }
            case ANTHROPIC -> {
                root.put("type", "error");
                String type = switch (status) {
                    case 429 -> "rate_limit_error";
                    case 529 -> "overloaded_error";
                    case 404 -> "not_found_error";
                    default -> "api_error";
                };
                root.putObject("error").put("type", type).put("message", status == 529 ? "Overloaded" : "Fake " + type);
                root.put("request_id", "req_fake_" + calls);
            }
            case GEMINI -> {
                ObjectNode error = root.putObject("error");
                String grpc = switch (status) {
                    case 429 -> "RESOURCE_EXHAUSTED";
                    case 404 -> "NOT_FOUND";
                    case 503, 529 -> "UNAVAILABLE";
                    default -> "INTERNAL";
                };
                error.put("code", status).put("message", "Fake " + grpc).put("status", grpc);
                if (status == 429 && retryAfter != null) {
                    ArrayNode details = error.putArray("details");
                    details.addObject().put("@type", "type.googleapis.com/google.rpc.RetryInfo")
                            .put("retryDelay", (retryAfter.toMillis() / 1000.0) + "s");
                }
            }
            case OLLAMA -> root.put("error", status == 404 ? "model not found, try pulling it first"
                    : "server busy, please try again.  maximum pending requests exceeded");
        }
        return root.toString();
    }

    /** Builds a {@link FakeProviderServer}. */
    public static final class Builder {

        private final Protocol protocol;
        private List<Integer> errors = List.of();
        private Function<Call, String> responder = call -> "{}";
        private long inputTokens = 12;
        private long outputTokens = 8;
        private Duration retryAfter = Duration.ofMillis(10);
        private Predicate<Call> truncated = call -> false;

        private Builder(Protocol protocol) {
            this.protocol = Objects.requireNonNull(protocol, "protocol");
        }

        /**
         * @param statuses error statuses to answer first, in order; default none
         * @return this builder
         */
        public Builder errors(List<Integer> statuses) {
            statuses.forEach(s -> {
                if (s < 400 || s > 599) {
                    throw new IllegalArgumentException("an error status must be 4xx or 5xx, was " + s);
                }
            });
            this.errors = List.copyOf(statuses);
            return this;
        }

        /**
         * @param responder the model's text per successful call; default {@code "{}"}
         * @return this builder
         */
        public Builder responder(Function<Call, String> responder) {
            this.responder = Objects.requireNonNull(responder, "responder");
            return this;
        }

        /**
         * @param input input tokens per success; default 12
         * @param output output tokens per success; default 8
         * @return this builder
         */
        public Builder usage(long input, long output) {
            this.inputTokens = input;
            this.outputTokens = output;
            return this;
        }

        /**
         * @param delay the retry-after sent with each error ({@code retry-after-ms}, and Gemini's RetryInfo on 429),
         *     or null for none (the client then uses its own backoff); default 10 ms
         * @return this builder
         */
        public Builder retryAfter(Duration delay) {
            this.retryAfter = delay;
            return this;
        }

        /**
         * @param cutOff which successful calls report that the output cap cut the reply off (the protocol's own
         *     {@code length}, {@code max_tokens}, {@code MAX_TOKENS}); the responder's text is sent as it is, so it
         *     should return a cut-off text for those calls; default none
         * @return this builder
         */
        public Builder truncated(Predicate<Call> cutOff) {
            this.truncated = Objects.requireNonNull(cutOff, "cutOff");
            return this;
        }

        /** @return the started server */
        public FakeProviderServer start() {
            return new FakeProviderServer(this);
        }
    }
}
