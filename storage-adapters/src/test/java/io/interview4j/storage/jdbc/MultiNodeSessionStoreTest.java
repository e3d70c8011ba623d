package io.interview4j.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.interview4j.ConcurrentSessionModificationException;
import io.interview4j.engine.AnswerSubmission;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.engine.TurnResult;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.plan.RoundPlan;
import io.interview4j.session.Session;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionEvent.AnswerEvaluated;
import io.interview4j.session.SessionEvent.AnswerSubmitted;
import io.interview4j.session.SessionEvent.SessionStarted;
import io.interview4j.session.SessionStatus;
import io.interview4j.store.StoredSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two application nodes, each with its own connection pool and store, on one database, submitting the same
 * answers to the same sessions at once (as when a client retries against another node). Every submission must
 * land exactly once; a writer that loses a race gets a conflict, reloads, and either finds its answer stored or
 * retries. Once through the store, as an engine uses it, and once through two whole engines.
 */
class MultiNodeSessionStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final int SESSIONS = 4;
    private static final int ANSWERS_PER_SESSION = 15;
    private static final int THREADS_PER_NODE = 3;

    private static final int ENGINE_SESSIONS = 3;
    private static final String STORY = "In my last team our release failed every other Friday. I owned the fix: I added"
            + " contract tests and a canary stage, and failed releases fell from four a month to none in a quarter.";

    private final List<HikariDataSource> pools = new ArrayList<>();
    private String prefix;

    @AfterEach
    void cleanUp() {
        if (!pools.isEmpty()) {
            TestDatabases.dropTables(pools.get(0), prefix);
        }
        pools.forEach(HikariDataSource::close);
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.class, names = {"POSTGRES", "MARIADB"})
    void should_store_every_submission_exactly_once_when_two_nodes_submit_concurrently(TestDatabases db)
            throws Exception {
        // given
        prefix = TestDatabases.uniquePrefix();
        pools.add(db.open(null, 4));
        pools.add(db.open(null, 4));
        JdbcSessionStore nodeA = JdbcSessionStore.builder().dataSource(pools.get(0)).tablePrefix(prefix).build();
        JdbcSessionStore nodeB = JdbcSessionStore.builder().dataSource(pools.get(1)).tablePrefix(prefix).build();
        for (int s = 0; s < SESSIONS; s++) {
            nodeA.append("s-" + s, 0, List.of(new SessionStarted(T0, "s-" + s, "cand-1", "owner-1", null,
                    InterviewPlan.builder().round(RoundPlan.of("Coding", "dsa", 2)).build(), List.of(), null, List.of())));
        }
        AtomicInteger landed = new AtomicInteger();
        AtomicInteger foundStored = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (JdbcSessionStore node : List.of(nodeA, nodeB)) {
                ConcurrentLinkedQueue<String[]> queue = new ConcurrentLinkedQueue<>(shuffledSubmissions(node == nodeA ? 1 : 2));
                for (int t = 0; t < THREADS_PER_NODE; t++) {
                    done.add(workers.submit(() -> {
                        start.await();
                        for (String[] next = queue.poll(); next != null; next = queue.poll()) {
                            submit(node, next[0], next[1], landed, foundStored, conflicts);
                        }
                        return null;
                    }));
                }
            }

            // when
            start.countDown();
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }

            // then
            assertThat(landed.get()).isEqualTo(SESSIONS * ANSWERS_PER_SESSION);
            assertThat(foundStored.get()).isEqualTo(SESSIONS * ANSWERS_PER_SESSION);
            for (int s = 0; s < SESSIONS; s++) {
                StoredSession stored = nodeB.get("s-" + s);
                assertThat(stored.version()).isEqualTo(1 + ANSWERS_PER_SESSION);
                List<String> keys = stored.events().stream().filter(AnswerSubmitted.class::isInstance)
                        .map(e -> ((AnswerSubmitted) e).idempotencyKey()).toList();
                assertThat(keys).doesNotHaveDuplicates().hasSize(ANSWERS_PER_SESSION);
                assertThat(nodeA.get("s-" + s).events()).containsExactlyElementsOf(stored.events());
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** What an engine does: reload, return the stored result if the key is there, else append; retry on conflict. */
    private static void submit(JdbcSessionStore node, String sessionId, String key, AtomicInteger landed,
                               AtomicInteger foundStored, AtomicInteger conflicts) {
        while (true) {
            StoredSession current = node.get(sessionId);
            boolean stored = current.events().stream()
                    .anyMatch(e -> e instanceof AnswerSubmitted a && key.equals(a.idempotencyKey()));
            if (stored) {
                foundStored.incrementAndGet();
                return;
            }
            SessionEvent answer = new AnswerSubmitted(T0.plusSeconds(current.version()), "q-" + key,
                    "answer " + key, key, 30);
            try {
                node.append(sessionId, current.version(), List.of(answer));
                landed.incrementAndGet();
                return;
            } catch (ConcurrentSessionModificationException e) {
                conflicts.incrementAndGet();
            }
        }
    }

    private static List<String[]> shuffledSubmissions(long seed) {
        List<String[]> all = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            for (int a = 0; a < ANSWERS_PER_SESSION; a++) {
                all.add(new String[] {"s-" + s, "submit-" + s + "-" + a});
            }
        }
        Collections.shuffle(all, new Random(seed));
        return all;
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.class, names = {"POSTGRES", "MARIADB"})
    void should_store_and_evaluate_every_answer_once_when_two_engines_take_the_same_submissions(TestDatabases db)
            throws Exception {
        // given
        prefix = TestDatabases.uniquePrefix();
        pools.add(db.open(null, 4));
        pools.add(db.open(null, 4));
        JdbcSessionStore storeA = JdbcSessionStore.builder().dataSource(pools.get(0)).tablePrefix(prefix).build();
        JdbcSessionStore storeB = JdbcSessionStore.builder().dataSource(pools.get(1)).tablePrefix(prefix).build();
        InterviewEngine nodeA = InterviewEngine.builder().sessionStore(storeA).build();
        InterviewEngine nodeB = InterviewEngine.builder().sessionStore(storeB).build();
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(2 * ENGINE_SESSIONS);
        try {
            List<Future<String>> clients = new ArrayList<>();
            for (int s = 0; s < ENGINE_SESSIONS; s++) {
                Caller candidate = Caller.candidate("cand-" + s);
                clients.add(workers.submit(() -> interview(candidate, nodeA, nodeB, workers, conflicts)));
            }

            // when
            List<String> ids = new ArrayList<>();
            for (Future<String> client : clients) {
                ids.add(client.get(5, TimeUnit.MINUTES));
            }

            // then
            for (String id : ids) {
                StoredSession stored = storeB.get(id);
                Session session = stored.toSession();
                assertThat(session.status()).isEqualTo(SessionStatus.COMPLETED);
                List<String> keys = stored.events().stream().filter(AnswerSubmitted.class::isInstance)
                        .map(e -> ((AnswerSubmitted) e).idempotencyKey()).toList();
                List<String> evaluated = stored.events().stream().filter(AnswerEvaluated.class::isInstance)
                        .map(e -> ((AnswerEvaluated) e).questionId()).toList();
                assertThat(keys).doesNotHaveDuplicates().hasSize(session.turns().size());
                assertThat(evaluated).doesNotHaveDuplicates().hasSize(session.turns().size());
                assertThat(storeA.get(id).events()).containsExactlyElementsOf(stored.events());
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** One client: starts on node A, then sends every answer to both nodes at once and checks they agree. */
    private static String interview(Caller candidate, InterviewEngine nodeA, InterviewEngine nodeB,
                                    ExecutorService workers, AtomicInteger conflicts) throws Exception {
        TurnResult turn = nodeA.start(candidate, Presets.coaching(PresetOptions.defaults()));
        String sessionId = turn.sessionId();
        int n = 0;
        while (!turn.completed()) {
            AnswerSubmission submission = new AnswerSubmission(sessionId, turn.nextQuestion().id(), STORY,
                    candidate.accountId() + "-answer-" + n++, null);
            Future<TurnResult> viaB = workers.submit(submitWithRetry(nodeB, candidate, submission, conflicts));
            TurnResult viaA = submitWithRetry(nodeA, candidate, submission, conflicts).call();
            TurnResult other = viaB.get(1, TimeUnit.MINUTES);
            assertThat(other.completed()).isEqualTo(viaA.completed());
            if (!viaA.completed()) {
                assertThat(other.nextQuestion().id()).isEqualTo(viaA.nextQuestion().id());
            }
            turn = viaA;
        }
        return sessionId;
    }

    private static Callable<TurnResult> submitWithRetry(InterviewEngine node, Caller candidate,
                                                        AnswerSubmission submission, AtomicInteger conflicts) {
        return () -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return node.submitAnswer(candidate, submission);
                } catch (ConcurrentSessionModificationException e) {
                    conflicts.incrementAndGet();
                    if (attempt == 10) {
                        throw e;
                    }
                }
            }
        };
    }
}
