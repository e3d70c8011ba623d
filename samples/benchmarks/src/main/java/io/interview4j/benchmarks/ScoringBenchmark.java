package io.interview4j.benchmarks;

import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.BuiltInQuestionBank;
import io.interview4j.scoring.AnswerAnalyzer;
import io.interview4j.scoring.AnswerFeatures;
import io.interview4j.scoring.AnswerGate;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.EvaluationRequest;
import io.interview4j.scoring.GateResult;
import io.interview4j.scoring.HeuristicEvaluator;
import io.interview4j.scoring.Rubrics;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The scoring steps of a turn alone, on the built-in bank's HashMap question ({@code tech-018}: its key points and
 * reference answer) and an 85-word answer to it: the answer gate, the answer analysis, and the whole heuristic
 * evaluation (gate result given, as the engine passes it).
 *
 * <p>Run: {@code java -jar samples/benchmarks/target/benchmarks.jar ScoringBenchmark -f 1 -wi 3 -i 5 -w 2s -r 3s
 * -prof gc -prof io.interview4j.benchmarks.CpuProfiler}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScoringBenchmark {

    private final BankQuestion question = BuiltInQuestionBank.get().findById("tech-018").orElseThrow();
    private final String answer = RecordedInterview.ANSWERS.get(1);
    private final List<String> jobTerms = List.of("java", "postgresql", "kafka", "kubernetes");
    private final AnswerGate gate = new AnswerGate();
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();
    private final HeuristicEvaluator evaluator = new HeuristicEvaluator();
    private final EvaluationRequest request = new EvaluationRequest(question.text(), question.kind(),
            question.competency(), question.keyPoints(), question.referenceAnswer(), answer, Rubrics.FIVE_DIMENSION,
            jobTerms, null);
    private final List<String> expected = request.expected();
    private final GateResult passed = gate.check(question.text(), answer, expected);

    /** Creates the state; JMH calls this. */
    public ScoringBenchmark() {
    }

    /** @return the gate's decision on the answer */
    @Benchmark
    public GateResult gate() {
        return gate.check(question.text(), answer, expected);
    }

    /** @return the answer's features */
    @Benchmark
    public AnswerFeatures analyze() {
        return analyzer.analyze(question.text(), answer, question.keyPoints(), question.referenceAnswer(), jobTerms);
    }

    /** @return the heuristic evaluation of the gated answer */
    @Benchmark
    public Evaluation evaluate() {
        return evaluator.evaluate(request, passed);
    }
}
