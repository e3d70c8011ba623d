package io.interview4j.benchmarks;

import io.interview4j.engine.AnswerSubmission;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.engine.TurnResult;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.store.InMemorySessionStore;
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
 * The CPU cost of one offline turn: {@link InterviewEngine#submitAnswer} on an {@link InMemorySessionStore} with
 * no model, so the answer is stored, scored by the heuristic evaluator, and the next question (or a follow-up)
 * picked from the built-in bank and stored.
 *
 * <p>Each session is the interview of {@link RecordedInterview#plan()} answered with
 * {@link RecordedInterview#ANSWERS} in turn, by its own candidate (so no session's questions are excluded by an
 * earlier one's); it grows turn by turn up to its completion, after which a new one is started outside the
 * measurement. Each iteration starts with a new, empty store and engine, so the store does not grow from one
 * iteration to the next.
 *
 * <p>{@code answers}: {@code long} answers every question with one of the three 80-90-word answers of
 * {@link RecordedInterview#ANSWERS}, {@code mixed} cycles all four (the weak one draws follow-ups).
 *
 * <p>Run: {@code java -jar samples/benchmarks/target/benchmarks.jar EngineTurnBenchmark -f 1 -wi 3 -i 5 -w 2s -r 3s
 * -prof gc -prof io.interview4j.benchmarks.CpuProfiler}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineTurnBenchmark {

    /** {@code long} (80-90 words each) or {@code mixed} (a weak answer every fourth turn). */
    @Param({"long", "mixed"})
    public String answers;

    private final InterviewPlan plan = RecordedInterview.plan();
    private InterviewEngine engine;
    private Caller caller;
    private TurnResult current;
    private int sessions;
    private int answered;

    /** Creates the state; JMH calls this. */
    public EngineTurnBenchmark() {
    }

    /** Replaces the store and the engine with new ones. */
    @Setup(Level.Iteration)
    public void reset() {
        engine = InterviewEngine.builder().sessionStore(new InMemorySessionStore()).build();
        current = null;
    }

    /** Starts a new session when there is none or the current one is complete; not measured. */
    @Setup(Level.Invocation)
    public void ensureSession() {
        if (current != null && !current.completed()) {
            return;
        }
        caller = Caller.candidate("bench-candidate-" + sessions++);
        current = engine.start(caller, plan);
        answered = 0;
    }

    /**
     * Answers the question being asked.
     *
     * @return the turn's result, so the work is not optimised away
     */
    @Benchmark
    public TurnResult submitAnswer() {
        int cycle = answers.equals("long") ? 3 : RecordedInterview.ANSWERS.size();
        String answer = RecordedInterview.ANSWERS.get(answered++ % cycle);
        current = engine.submitAnswer(caller, AnswerSubmission.of(current.sessionId(), current.nextQuestion().id(), answer));
        return current;
    }
}
