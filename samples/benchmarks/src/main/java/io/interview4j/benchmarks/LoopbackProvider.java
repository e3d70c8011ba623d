package io.interview4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A provider on the loopback interface speaking the OpenAI-compatible chat completions wire format
 * ({@code POST /v1/chat/completions}) with a fixed latency: each request is read, and its reply is scheduled to be
 * written after the latency, so no thread sleeps while thousands of calls wait. The reply's content is a JSON object
 * written from the request's {@code response_format} schema (every property present, numbers at the middle of their
 * range, the first value of an enumeration, empty arrays, short strings), so the judge takes it as a valid judgement;
 * a request with no schema gets a short sentence.
 */
public final class LoopbackProvider implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService replies;
    private final long latencyMillis;
    private final AtomicLong calls = new AtomicLong();

    /**
     * Starts the provider on an ephemeral loopback port.
     *
     * @param latency how long after reading a request its reply is written
     * @throws IOException when the server cannot bind
     */
    public LoopbackProvider(Duration latency) throws IOException {
        this.latencyMillis = latency.toMillis();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        handlers = Executors.newFixedThreadPool(2, daemon("loopback-provider"));
        replies = Executors.newSingleThreadScheduledExecutor(daemon("loopback-replies"));
        server.setExecutor(handlers);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** @return the base URL to give the OpenAI-compatible adapter, ending in {@code /v1} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** @return the chat calls received so far */
    public long calls() {
        return calls.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        calls.incrementAndGet();
        byte[] reply = reply(body);
        replies.schedule(() -> send(exchange, reply), latencyMillis, TimeUnit.MILLISECONDS);
    }

    private static void send(HttpExchange exchange, byte[] reply) {
        try {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        } catch (IOException e) {
            exchange.close();
        }
    }

    /** The chat completion answering a request body. */
    static byte[] reply(byte[] requestBody) {
        String content;
        try {
            JsonNode request = MAPPER.readTree(requestBody);
            JsonNode schema = request.path("response_format").path("json_schema").path("schema");
            content = schema.isObject() ? MAPPER.writeValueAsString(fill(schema, schema)) : "A short reply.";
        } catch (IOException e) {
            content = "A short reply.";
        }
        ObjectNode out = MAPPER.createObjectNode();
        out.put("id", "chatcmpl-load").put("object", "chat.completion").put("created", 0).put("model", "loopback-1");
        ObjectNode choice = out.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        out.putObject("usage").put("prompt_tokens", 1200).put("completion_tokens", 300).put("total_tokens", 1500);
        try {
            return MAPPER.writeValueAsBytes(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value that fits {@code schema}. */
    private static JsonNode fill(JsonNode schema, JsonNode root) {
        JsonNode s = schema;
        if (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            s = root.at(ref.startsWith("#") ? ref.substring(1) : ref);
        }
        if (s.has("anyOf")) {
            for (JsonNode option : s.get("anyOf")) {
                if (!"null".equals(option.path("type").asText())) {
                    return fill(option, root);
                }
            }
        }
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(0);
        }
        String type = s.path("type").isArray() ? firstNonNull(s.path("type")) : s.path("type").asText("object");
        switch (type) {
            case "object" -> {
                ObjectNode o = MAPPER.createObjectNode();
                Iterator<Map.Entry<String, JsonNode>> fields = s.path("properties").fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    o.set(f.getKey(), fill(f.getValue(), root));
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = MAPPER.createArrayNode();
                for (int i = 0; i < s.path("minItems").asInt(0); i++) {
                    a.add(fill(s.path("items"), root));
                }
                return a;
            }
            case "number" -> {
                return MAPPER.getNodeFactory().numberNode(middle(s));
            }
            case "integer" -> {
                return MAPPER.getNodeFactory().numberNode(Math.round(middle(s)));
            }
            case "boolean" -> {
                return MAPPER.getNodeFactory().booleanNode(true);
            }
            default -> {
                return MAPPER.getNodeFactory().textNode("A fair answer with room to go deeper.");
            }
        }
    }

    private static double middle(JsonNode s) {
        double min = s.path("minimum").asDouble(0);
        double max = s.path("maximum").asDouble(min + 10);
        return min + (max - min) / 2;
    }

    private static String firstNonNull(JsonNode types) {
        for (JsonNode t : types) {
            if (!"null".equals(t.asText())) {
                return t.asText();
            }
        }
        return "string";
    }

    /** Stops the server and its threads. */
    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        replies.shutdownNow();
    }
}
