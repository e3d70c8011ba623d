package io.interview4j.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A scripted HTTP server on 127.0.0.1 (a free port): answers each request with the next queued response and records
 * every request. With nothing queued it answers 500. For the adapters' protocol tests.
 */
public final class StubServer implements AutoCloseable {

    /**
     * One scripted answer.
     *
     * @param status the HTTP status
     * @param headers response headers
     * @param body the body
     * @param delay how long to wait before answering
     */
    public record StubResponse(int status, Map<String, String> headers, String body, Duration delay) {

        /** Copies the headers. */
        public StubResponse {
            headers = Map.copyOf(headers);
        }

        /**
         * @param name a header
         * @param value its value
         * @return a copy with the header added
         */
        public StubResponse withHeader(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new StubResponse(status, copy, body, delay);
        }

        /**
         * @param wait the delay before answering
         * @return a copy that answers late
         */
        public StubResponse delayedBy(Duration wait) {
            return new StubResponse(status, headers, body, wait);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Deque<StubResponse> queue = new ArrayDeque<>();
    private final List<RecordedRequest> requests = new ArrayList<>();

    private StubServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "stub-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** @return a started server */
    public static StubServer start() {
        return new StubServer();
    }

    /**
     * @param status the status
     * @param body a JSON body
     * @return an answer with {@code Content-Type: application/json}
     */
    public static StubResponse json(int status, String body) {
        return new StubResponse(status, Map.of("Content-Type", "application/json"), body, Duration.ZERO);
    }

    /**
     * @param status the status
     * @param contentType the content type
     * @param body the body
     * @return an answer
     */
    public static StubResponse raw(int status, String contentType, String body) {
        return new StubResponse(status, Map.of("Content-Type", contentType), body, Duration.ZERO);
    }

    /**
     * @param response the next answer
     * @return this server
     */
    public synchronized StubServer enqueue(StubResponse response) {
        queue.add(response);
        return this;
    }

    /**
     * @param status the status
     * @param body a JSON body
     * @return this server
     */
    public StubServer enqueue(int status, String body) {
        return enqueue(json(status, body));
    }

    /** @return {@code http://127.0.0.1:<port>} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** @return the requests so far, oldest first */
    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** @return the last request */
    public synchronized RecordedRequest lastRequest() {
        if (requests.isEmpty()) {
            throw new IllegalStateException("no request was received");
        }
        return requests.get(requests.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        StubResponse response;
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (this) {
                requests.add(new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                        exchange.getRequestHeaders(), body));
                response = queue.isEmpty() ? json(500, "{\"error\":{\"message\":\"no stubbed response\"}}") : queue.poll();
            }
            if (!response.delay().isZero()) {
                try {
                    Thread.sleep(response.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            // the client went away (a timeout test); nothing to answer
        }
    }

    /** Stops the server at once and interrupts any delayed answer. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
