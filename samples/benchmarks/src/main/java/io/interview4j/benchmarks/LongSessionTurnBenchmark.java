package io.interview4j.benchmarks;

import io.interview4j.engine.AnswerSubmission;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.engine.TurnResult;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.RoundPlan;
import io.interview4j.session.Session;
import io.interview4j.session.SessionEvent;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.store.SessionQuery;
import io.interview4j.store.SessionStore;
import io.interview4j.store.SessionSummary;
import io.interview4j.store.SessionTail;
import io.interview4j.store.StoredSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One offline turn early and late in a long session, with and without the engine's session cache: does a turn cost
 * more as the session's event log grows?
 *
 * <p>The trial records one interview of 120 possible questions answered with {@link RecordedInterview#ANSWERS}.
 * Before each measured call a new store gets the session's events up to the turn, and the engine is left as after
 * the previous turn: with the cache on it holds the session as the previous turn loaded it, so the measured turn
 * reads only the events that turn appended. The measured call answers turn {@code turn}.
 *
 * <p>Run: {@code java -jar samples/benchmarks/target/benchmarks.jar LongSessionTurnBenchmark -f 1 -wi 2 -i 3 -w 2s
 * -r 3s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LongSessionTurnBenchmark {

    /** The turn measured, counted from 1. */
    @Param({"5", "80"})
    public int turn;

    /** {@code on}: the default session cache; {@code off}: {@code cachedSessions(0)}, every turn replays the log. */
    @Param({"on", "off"})
    public String cache;

    private static final int TURNS = 80;

    private final InterviewPlan plan = InterviewPlan.builder()
            .round(RoundPlan.of("Coding", "dsa", 40))
            .round(RoundPlan.of("Behavioral", "behavioral", 40))
            .round(RoundPlan.of("Design", "system_design", 40))
            .generateQuestions(false).build();
    private final Caller caller = Caller.candidate("bench-long");
    private List<SessionEvent> recorded;
    /** The store's version before each turn, index 1 is before the first. */
    private final long[] versionBefore = new long[TURNS + 1];
    private final String[] questionAt = new String[TURNS + 1];
    private String sessionId;
    private InterviewEngine engine;
    private final SwappableStore swappable = new SwappableStore();

    /** A store that delegates to one that each invocation replaces. */
    private static final class SwappableStore implements SessionStore {

        volatile SessionStore delegate = new InMemorySessionStore();

        @Override
        public long append(String sessionId, long expectedVersion, List<SessionEvent> events) {
            return delegate.append(sessionId, expectedVersion, events);
        }

        @Override
        public Optional<StoredSession> find(String sessionId) {
            return delegate.find(sessionId);
        }

        @Override
        public Optional<SessionTail> findSince(String sessionId, long afterVersion) {
            return delegate.findSince(sessionId, afterVersion);
        }

        @Override
        public List<SessionSummary> list(SessionQuery query) {
            return delegate.list(query);
        }

        @Override
        public int deleteCandidate(String candidateId) {
            return delegate.deleteCandidate(candidateId);
        }
    }

    /** Creates the state; JMH calls this. */
    public LongSessionTurnBenchmark() {
    }

    /** Records the interview once. */
    @Setup(Level.Trial)
    public void record() {
        InMemorySessionStore store = new InMemorySessionStore();
        InterviewEngine recorder = InterviewEngine.builder().sessionStore(store).build();
        TurnResult r = recorder.start(caller, plan);
        sessionId = r.sessionId();
        for (int t = 1; t <= TURNS; t++) {
            if (r.completed()) {
                throw new IllegalStateException("the interview completed before turn " + t);
            }
            versionBefore[t] = store.get(sessionId).version();
            questionAt[t] = r.nextQuestion().id();
            r = recorder.submitAnswer(caller, AnswerSubmission.of(sessionId, r.nextQuestion().id(),
                    RecordedInterview.ANSWERS.get(t % RecordedInterview.ANSWERS.size())));
        }
        recorded = new ArrayList<>(store.get(sessionId).events());
    }

    /** One engine for the trial, so its first-use costs are warmed up like a server's. */
    @Setup(Level.Trial)
    public void engine() {
        engine = InterviewEngine.builder().sessionStore(swappable).cachedSessions(cache.equals("on") ? 1_000 : 0)
                .build();
    }

    /**
     * A new store holding the session just before the measured turn, and the engine as after the previous turn (its
     * cache, finding the store behind its snapshot, loads the session whole and keeps that).
     */
    @Setup(Level.Invocation)
    public void prepare() {
        InMemorySessionStore store = new InMemorySessionStore();
        swappable.delegate = store;
        int previous = (int) versionBefore[turn - 1 > 0 ? turn - 1 : 1];
        int current = (int) versionBefore[turn];
        store.append(sessionId, 0, recorded.subList(0, previous));
        engine.session(caller, sessionId);
        if (current > previous) {
            store.append(sessionId, previous, recorded.subList(previous, current));
        }
    }

    /**
     * Answers the measured turn's question.
     *
     * @return the turn's result, so the work is not optimised away
     */
    @Benchmark
    public TurnResult submitAnswer() {
        return engine.submitAnswer(caller, AnswerSubmission.of(sessionId, questionAt[turn],
                RecordedInterview.ANSWERS.get(turn % RecordedInterview.ANSWERS.size())));
    }

    /**
     * Only the measured turn's loading step: reads the session as the turn would before answering.
     *
     * @return the session, so the work is not optimised away
     */
    @Benchmark
    public Session loadSession() {
        return engine.session(caller, sessionId);
    }
}
