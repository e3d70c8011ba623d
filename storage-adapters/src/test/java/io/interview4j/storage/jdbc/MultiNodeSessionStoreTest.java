package io.interview4j.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.interview4j.ConcurrentSessionModificationException;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.RoundPlan;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionEvent.AnswerSubmitted;
import io.interview4j.session.SessionEvent.SessionStarted;
import io.interview4j.store.StoredSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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
 * retries.
 */
class MultiNodeSessionStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final int SESSIONS = 4;
    private static final int ANSWERS_PER_SESSION = 15;
    private static final int THREADS_PER_NODE = 3;

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
}
