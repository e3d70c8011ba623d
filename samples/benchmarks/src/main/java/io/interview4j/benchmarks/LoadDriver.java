package io.interview4j.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.interview4j.engine.AnswerSubmission;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.engine.TurnResult;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.openai.OpenAiCompatibleLanguageModel;
import io.interview4j.llm.resilience.RetryingLanguageModel;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.scoring.AnswerFlag;
import io.interview4j.session.Session;
import io.interview4j.session.Turn;
import io.interview4j.storage.jdbc.JdbcSessionStore;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.store.SessionStore;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs N concurrent interviews of T model-judged turns through the asynchronous API ({@code submitAnswerAsync}) on
 * a chosen store, against a {@link LoopbackProvider} in the same JVM that answers the OpenAI-compatible wire format
 * after a fixed latency, and prints throughput against the ideal (every interview's turns in parallel: N / latency
 * turns per second), p50/p95/p99 turn latency, process CPU per turn, heap, errors and answers lost (every session
 * is read back at the end and every submitted answer looked for in it).
 *
 * <pre>
 * java -cp samples/benchmarks/target/benchmarks.jar io.interview4j.benchmarks.LoadDriver \
 *     --sessions 200 --turns 5 --latency-ms 1000 --store sqlite|postgres|memory [--threads 4] [--db-pool N]
 *     [--postgres-url jdbc:postgresql://...] [--warmup-sessions 100] [--questions bank|model]
 * </pre>
 *
 * Before the measured run, a warm-up run of {@code --warmup-sessions} interviews (default 100) on a fresh store of
 * the same kind with a 10 ms latency lets the JIT compile the turn; 0 skips it.
 *
 * By default the question writer is off (main questions from the bank), so the judge is the one model call of a
 * turn; {@code --questions model} has the model write them too, beside the judge (the first question of each
 * interview, written before the measured turns, waits for its writer). The
 * engine runs turns on a fixed pool of {@code --threads} threads (default 4); the JDBC stores get a HikariCP pool of
 * {@code --db-pool} connections (default 1 for SQLite, its one writer; 8 for PostgreSQL). PostgreSQL's URL comes from
 * {@code --postgres-url}, else {@code INTERVIEW4J_TEST_POSTGRES_URL}; the driver's tables get a random prefix and
 * are dropped at the end. CPU per turn is the whole process's CPU time over the turns, the loopback provider's
 * included.
 */
public final class LoadDriver {

    /** The figures of one run. */
    public record Result(int sessions, int turnsPerSession, long latencyMillis, String store, long turns,
                         double seconds, double throughput, double ideal, double p50, double p95, double p99,
                         double cpuMillisPerTurn, long heapUsedMb, long heapPeakMb, long errors, long modelFallbacks,
                         long lost, long submitted, long modelCalls, Map<String, Double> cpuByThreads) {

        /** @return the throughput as a share of the ideal */
        public double ofIdeal() {
            return throughput / ideal;
        }

        /** @param out where to print the figures */
        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "store=%s sessions=%d turns/session=%d latency=%d ms%n", store, sessions,
                    turnsPerSession, latencyMillis);
            out.printf(Locale.ROOT, "turns=%d in %.2f s: throughput %.1f turns/s, ideal %.1f turns/s (%.2f of ideal)%n",
                    turns, seconds, throughput, ideal, ofIdeal());
            out.printf(Locale.ROOT, "turn latency p50=%.0f ms p95=%.0f ms p99=%.0f ms%n", p50, p95, p99);
            out.printf(Locale.ROOT, "cpu per turn %.2f ms (process, loopback provider included); heap used %d MB, "
                    + "peak %d MB%n", cpuMillisPerTurn, heapUsedMb, heapPeakMb);
            out.printf(Locale.ROOT, "cpu per turn by threads (ms): %s%n", cpuByThreads.entrySet().stream()
                    .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.2f", e.getValue()))
                    .collect(java.util.stream.Collectors.joining(", ")));
            out.printf(Locale.ROOT, "errors=%d model-fallbacks=%d model-calls=%d submitted=%d lost=%d%n", errors,
                    modelFallbacks, modelCalls, submitted, lost);
        }
    }

    private LoadDriver() {
    }

    /**
     * @param args see the class documentation
     * @throws Exception when the run cannot be set up
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        int sessions = Integer.parseInt(opts.getOrDefault("sessions", "200"));
        int turns = Integer.parseInt(opts.getOrDefault("turns", "5"));
        long latency = Long.parseLong(opts.getOrDefault("latency-ms", "1000"));
        String store = opts.getOrDefault("store", "memory");
        int threads = Integer.parseInt(opts.getOrDefault("threads", "4"));
        int dbPool = Integer.parseInt(opts.getOrDefault("db-pool", store.equals("sqlite") ? "1" : "8"));
        String pgUrl = opts.getOrDefault("postgres-url", System.getenv("INTERVIEW4J_TEST_POSTGRES_URL"));
        boolean writer = switch (opts.getOrDefault("questions", "bank")) {
            case "bank" -> false;
            case "model" -> true;
            default -> throw new IllegalArgumentException("--questions is bank or model");
        };
        int warmup = Integer.parseInt(opts.getOrDefault("warmup-sessions", "100"));
        if (warmup > 0) {
            run(warmup, turns, Duration.ofMillis(10), store, threads, dbPool, pgUrl, writer);
        }
        Result r = run(sessions, turns, Duration.ofMillis(latency), store, threads, dbPool, pgUrl, writer);
        r.print(System.out);
        if (r.lost() > 0 || r.errors() > 0) {
            System.exit(1);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + Arrays.toString(args));
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        return opts;
    }

    /**
     * Runs the load and reads every session back.
     *
     * @param sessions concurrent interviews
     * @param turnsPerSession answers each interview submits (fewer when the interview completes first)
     * @param latency the loopback provider's latency
     * @param store {@code memory}, {@code sqlite} or {@code postgres}
     * @param threads the engine's executor threads
     * @param dbPool the JDBC pool's connections
     * @param postgresUrl the PostgreSQL URL, for {@code postgres}
     * @return the figures
     * @throws Exception when the run cannot be set up
     */
    public static Result run(int sessions, int turnsPerSession, Duration latency, String store, int threads, int dbPool,
                             String postgresUrl) throws Exception {
        return run(sessions, turnsPerSession, latency, store, threads, dbPool, postgresUrl, false);
    }

    /**
     * Runs the load and reads every session back.
     *
     * @param sessions concurrent interviews
     * @param turnsPerSession answers each interview submits (fewer when the interview completes first)
     * @param latency the loopback provider's latency
     * @param store {@code memory}, {@code sqlite} or {@code postgres}
     * @param threads the engine's executor threads
     * @param dbPool the JDBC pool's connections
     * @param postgresUrl the PostgreSQL URL, for {@code postgres}
     * @param modelQuestions whether the model writes the main questions (a second call per turn, beside the judge)
     * @return the figures
     * @throws Exception when the run cannot be set up
     */
    public static Result run(int sessions, int turnsPerSession, Duration latency, String store, int threads, int dbPool,
                             String postgresUrl, boolean modelQuestions) throws Exception {
        Path dir = null;
        HikariDataSource pool = null;
        String prefix = "load" + UUID.randomUUID().toString().replace("-", "").substring(0, 8) + "_";
        SessionStore sessionStore;
        switch (store) {
            case "memory" -> sessionStore = new InMemorySessionStore();
            case "sqlite" -> {
                dir = Files.createTempDirectory("i4j-load-");
                pool = pool("jdbc:sqlite:" + dir.resolve("sessions.db").toAbsolutePath(), dbPool);
                sessionStore = JdbcSessionStore.builder().dataSource(pool).build();
            }
            case "postgres" -> {
                if (postgresUrl == null || postgresUrl.isBlank()) {
                    throw new IllegalArgumentException("--store postgres needs --postgres-url or INTERVIEW4J_TEST_POSTGRES_URL");
                }
                pool = pool(postgresUrl, dbPool);
                sessionStore = JdbcSessionStore.builder().dataSource(pool).tablePrefix(prefix).build();
            }
            default -> throw new IllegalArgumentException("unknown store '" + store + "'; use memory, sqlite or postgres");
        }
        ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "load-engine");
            t.setDaemon(true);
            return t;
        });
        try (LoopbackProvider provider = new LoopbackProvider(latency)) {
            LanguageModel model = RetryingLanguageModel.of(OpenAiCompatibleLanguageModel.builder()
                    .baseUrl(provider.baseUrl()).modelName("loopback-1").timeout(Duration.ofSeconds(120)).build());
            var builder = InterviewEngine.builder().sessionStore(sessionStore).languageModel(model).executor(executor)
                    .turnDeadline(Duration.ofSeconds(120));
            if (!modelQuestions) {
                builder.questionWriter(null);
            }
            InterviewEngine engine = builder.build();
            return drive(engine, provider, executor, sessions, turnsPerSession, latency, store);
        } finally {
            executor.shutdownNow();
            if (pool != null) {
                if (store.equals("postgres")) {
                    drop(pool, prefix);
                }
                pool.close();
            }
            if (dir != null) {
                try (var files = Files.walk(dir)) {
                    for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private static Result drive(InterviewEngine engine, LoopbackProvider provider, ExecutorService executor,
                                int sessions, int turnsPerSession, Duration latency, String store) throws Exception {
        InterviewPlan plan = Presets.campusPlacement(PresetOptions.defaults());
        List<Caller> callers = new ArrayList<>();
        List<CompletableFuture<TurnResult>> started = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            Caller c = Caller.candidate("load-" + i);
            callers.add(c);
            started.add(CompletableFuture.supplyAsync(() -> engine.start(c, plan), executor));
        }
        CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).join();
        Map<String, List<String>> submitted = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Map<Long, Long> threadCpu0 = threadCpu();
        long cpu0 = os.getProcessCpuTime();
        long calls0 = provider.calls();
        long t0 = System.nanoTime();
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            TurnResult first = started.get(i).join();
            Caller c = callers.get(i);
            List<String> answers = java.util.Collections.synchronizedList(new ArrayList<>());
            submitted.put(first.sessionId(), answers);
            runs.add(CompletableFuture.supplyAsync(() -> turn(engine, executor, c, first, 1, turnsPerSession, answers,
                    latencies, errors), executor).thenCompose(f -> f));
        }
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long cpu = os.getProcessCpuTime() - cpu0;
        Map<Long, Long> threadCpu1 = threadCpu();
        long calls = provider.calls() - calls0;
        long heapPeak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                heapPeak += p.getPeakUsage().getUsed();
            }
        }
        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long lost = 0;
        long fallbacks = 0;
        long total = 0;
        for (int i = 0; i < sessions; i++) {
            String id = started.get(i).join().sessionId();
            Session s = engine.session(callers.get(i), id);
            List<String> stored = s.turns().stream().map(Turn::answer).filter(a -> a != null).toList();
            for (String a : submitted.get(id)) {
                total++;
                if (!stored.contains(a)) {
                    lost++;
                }
            }
            fallbacks += s.turns().stream().filter(t -> t.evaluation() != null
                    && t.evaluation().flags().contains(AnswerFlag.MODEL_FAILED)).count();
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long turns = sorted.length;
        Map<String, Double> byThreads = new java.util.TreeMap<>();
        var mx = ManagementFactory.getThreadMXBean();
        long accounted = 0;
        for (var e : threadCpu1.entrySet()) {
            var info = mx.getThreadInfo(e.getKey());
            long used = e.getValue() - threadCpu0.getOrDefault(e.getKey(), 0L);
            if (info == null || used <= 0) {
                continue;
            }
            accounted += used;
            byThreads.merge(group(info.getThreadName()), used / 1e6 / Math.max(1, turns), Double::sum);
        }
        byThreads.put("other (GC, JIT, ended threads)", Math.max(0, cpu - accounted) / 1e6 / Math.max(1, turns));
        double ideal = sessions / (latency.toMillis() / 1000.0);
        return new Result(sessions, turnsPerSession, latency.toMillis(), store, turns, seconds, turns / seconds, ideal,
                percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
                turns == 0 ? 0 : cpu / 1e6 / turns, heapUsed >> 20, heapPeak >> 20, errors.get(), fallbacks, lost, total,
                calls, byThreads);
    }

    private static Map<Long, Long> threadCpu() {
        var mx = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : mx.getAllThreadIds()) {
            long t = mx.getThreadCpuTime(id);
            if (t > 0) {
                cpu.put(id, t);
            }
        }
        return cpu;
    }

    private static String group(String threadName) {
        if (threadName.startsWith("load-engine")) {
            return "engine executor";
        }
        if (threadName.startsWith("loopback")) {
            return "loopback provider";
        }
        if (threadName.startsWith("HttpClient")) {
            return "HttpClient";
        }
        if (threadName.startsWith("main")) {
            return "main";
        }
        return "other threads";
    }

    /**
     * Submits answer {@code n} to the question {@code r} asks, then the next when it completes, until
     * {@code turns} answers or the interview's end; a failure is counted and ends that interview.
     */
    private static CompletableFuture<Void> turn(InterviewEngine engine, ExecutorService executor, Caller c,
                                                TurnResult r, int n, int turns, List<String> answers,
                                                ConcurrentLinkedQueue<Long> latencies, AtomicLong errors) {
        if (r.completed() || r.nextQuestion() == null || n > turns) {
            return CompletableFuture.completedFuture(null);
        }
        String answer = answer(r.sessionId(), n, r.nextQuestion().text());
        long start = System.nanoTime();
        CompletableFuture<TurnResult> f;
        try {
            f = engine.submitAnswerAsync(c, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(), answer));
            answers.add(answer);
        } catch (RuntimeException e) {
            errors.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        }
        return f.handle((next, thrown) -> {
            if (thrown != null) {
                errors.incrementAndGet();
                return CompletableFuture.<Void>completedFuture(null);
            }
            latencies.add((System.nanoTime() - start) / 1_000_000);
            return CompletableFuture.supplyAsync(() -> turn(engine, executor, c, next, n + 1, turns, answers,
                    latencies, errors), executor).thenCompose(x -> x);
        }).thenCompose(x -> x);
    }

    /** An answer of about 80 words naming the session and the turn, so that each is unique. */
    private static String answer(String sessionId, int n, String question) {
        return "Answer " + n + " for " + sessionId + ": to approach \"" + question.substring(0, Math.min(60,
                question.length())) + "\" I would first pin down the requirements and the expected load, then pick a "
                + "data structure such as a hash map for constant-time lookups or a balanced tree when order matters, "
                + "write the simplest correct version, test it against edge cases like empty input and duplicates, and "
                + "measure before optimising. In a past project I cut response times by forty percent by adding an "
                + "index and caching the hottest queries.";
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static HikariDataSource pool(String url, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("i4j-load");
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(120_000);
        config.setInitializationFailTimeout(1);
        return new HikariDataSource(config);
    }

    private static void drop(HikariDataSource pool, String prefix) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            List<String> tables = new ArrayList<>();
            try (var rs = c.getMetaData().getTables(null, null, prefix + "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String t : tables) {
                s.execute("DROP TABLE IF EXISTS " + t + " CASCADE");
            }
        } catch (SQLException e) {
            System.err.println("could not drop the driver's tables " + prefix + "*: " + e.getMessage());
        }
    }
}
