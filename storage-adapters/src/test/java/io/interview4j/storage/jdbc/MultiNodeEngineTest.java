package io.interview4j.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.interview4j.ConcurrentSessionModificationException;
import io.interview4j.engine.AnswerSubmission;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.engine.TurnResult;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.session.Session;
import io.interview4j.session.SessionEvent.AnswerEvaluated;
import io.interview4j.session.SessionEvent.AnswerSubmitted;
import io.interview4j.session.SessionStatus;
import io.interview4j.store.StoredSession;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two engines, each with its own connection pool, on one database: every answer of every session is sent to
 * both at once (a client that retries against the other node). Each answer must be stored and evaluated exactly
 * once; a node that loses a race either returns the stored result or fails with a conflict that a retry
 * resolves, and both nodes agree on the next question.
 */
class MultiNodeEngineTest {

    private static final int SESSIONS = 3;
    private static final String ANSWER = "In my last team our release failed every other Friday. I owned the fix: I added"
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
        ExecutorService workers = Executors.newFixedThreadPool(2 * SESSIONS);
        try {
            List<Future<String>> clients = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
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
            AnswerSubmission submission = new AnswerSubmission(sessionId, turn.nextQuestion().id(), ANSWER,
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
