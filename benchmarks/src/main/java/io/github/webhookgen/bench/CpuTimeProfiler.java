package io.github.webhookgen.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation, for machines shared with other work ({@code -prof io.github.webhookgen.bench.CpuTimeProfiler}).
 * Wall-clock scores move with whatever else runs on the machine; CPU time spent per operation much less so.
 * Reports {@code cpu.process.norm} (every thread of the JVM: the benchmark, GC and JIT) and {@code cpu.worker.norm}
 * (the benchmark threads only), in nanoseconds per operation.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private static final String WORKER = "-jmh-worker-";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long processStart;
    private Map<Long, Long> workersStart = Map.of();

    @Override
    public String getDescription() {
        return "CPU time per operation: the whole JVM process, and the benchmark threads alone";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        workersStart = workerCpu();
        processStart = os.getProcessCpuTime();
    }

    @Override
    public List<ScalarResult> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long process = os.getProcessCpuTime() - processStart;
        long worker = 0;
        for (Map.Entry<Long, Long> now : workerCpu().entrySet()) {
            worker += now.getValue() - workersStart.getOrDefault(now.getKey(), 0L);
        }
        long ops = Math.max(1, result.getMetadata().getAllOps());
        return List.of(
                new ScalarResult("cpu.process.norm", (double) process / ops, "ns/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.worker.norm", (double) worker / ops, "ns/op", AggregationPolicy.AVG));
    }

    private Map<Long, Long> workerCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains(WORKER)) {
                long time = threads.getThreadCpuTime(info.getThreadId());
                if (time >= 0) {
                    cpu.put(info.getThreadId(), time);
                }
            }
        }
        return cpu;
    }
}
