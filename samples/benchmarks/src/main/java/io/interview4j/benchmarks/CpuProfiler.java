package io.interview4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports CPU time per operation, which a shared, busy machine does not inflate the way it
 * inflates wall-clock time: {@code cpu.worker.norm}, the CPU time of the benchmark's worker threads (what the
 * benchmark method and its per-invocation setup ran), and {@code cpu.process.norm}, the CPU time of the whole
 * process (JIT compilers and the garbage collector included), both in ns per operation.
 *
 * <p>Use: {@code java -jar benchmarks.jar EngineTurnBenchmark -prof io.interview4j.benchmarks.CpuProfiler -prof gc}.
 */
public final class CpuProfiler implements InternalProfiler {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private Map<Long, Long> workerStart = Map.of();
    private long processStart;

    /** Creates the profiler; JMH calls this. */
    public CpuProfiler() {
    }

    @Override
    public String getDescription() {
        return "CPU time per operation: the benchmark's worker threads and the whole process";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        workerStart = workerCpu();
        processStart = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long process = os.getProcessCpuTime() - processStart;
        long worker = 0;
        for (Map.Entry<Long, Long> e : workerCpu().entrySet()) {
            worker += e.getValue() - workerStart.getOrDefault(e.getKey(), 0L);
        }
        long ops = result.getMetadata().getAllOps();
        if (ops <= 0) {
            return List.of();
        }
        return List.of(
                new ScalarResult("cpu.worker.norm", (double) worker / ops, "ns/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.process.norm", (double) process / ops, "ns/op", AggregationPolicy.AVG));
    }

    private Map<Long, Long> workerCpu() {
        Map<Long, Long> out = new HashMap<>();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("jmh-worker")) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu >= 0) {
                    out.put(info.getThreadId(), cpu);
                }
            }
        }
        return out;
    }
}
