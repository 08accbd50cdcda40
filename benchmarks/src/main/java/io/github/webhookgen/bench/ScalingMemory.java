package io.github.webhookgen.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.archive.Archive;
import io.github.webhookgen.core.archive.ArchiveLoader;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.emit.Emitter;
import io.github.webhookgen.core.lower.Lowering;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.naming.Names;
import io.github.webhookgen.core.naming.Naming;
import io.github.webhookgen.core.schema.SchemaParser;
import io.github.webhookgen.core.schema.SchemaSet;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * Memory of one generation against archive size, outside JMH: bytes allocated by all threads during it
 * ({@code ThreadMXBean.getThreadAllocatedBytes}), the heap still reachable after each stage (a full GC, then
 * {@code MemoryMXBean} heap used, above the baseline; the largest is the peak live set at a stage boundary) and the
 * warmed-up time of each stage. Writes JSON for {@link Report}.
 *
 * <pre>java -cp benchmarks.jar io.github.webhookgen.bench.ScalingMemory out.json [10 100 1000]</pre>
 */
public final class ScalingMemory {

    private static final int WARMUP = 5;
    private static final int TIMED = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private ScalingMemory() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ScalingMemory <out.json> [schema counts...]");
            System.exit(2);
        }
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {10, 100, 1000};
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode results = mapper.createArrayNode();
        ScalingMemory harness = new ScalingMemory();
        for (int size : sizes) {
            ObjectNode result = harness.measure(mapper, size);
            System.out.println(result);
            results.add(result);
        }
        mapper.writerWithDefaultPrettyPrinter().writeValue(Path.of(args[0]).toFile(), results);
    }

    private ObjectNode measure(ObjectMapper mapper, int size) {
        Path scratch = TempDirs.create("webhookgen-bench-memory");
        try {
            Path archive = scratch.resolve("archive");
            SyntheticArchive.write(archive, size);
            GeneratorConfig config = SyntheticArchive.config(archive, scratch.resolve("out"));
            int warmup = Math.max(2, WARMUP * 100 / Math.max(100, size));
            for (int i = 0; i < warmup; i++) {
                new Stages(config).runAll();
            }
            ObjectNode result = mapper.createObjectNode();
            result.put("schemas", size);
            result.put("allocatedBytes", allocatedByOneRun(config));
            result.set("liveBytesAfter", mapper.valueToTree(liveAfterEachStage(config)));
            result.set("millis", mapper.valueToTree(stageTimes(config)));
            return result;
        } finally {
            TempDirs.delete(scratch);
        }
    }

    /** Summed over every thread: the emitter prints files on the common fork-join pool. */
    private long allocatedByOneRun(GeneratorConfig config) {
        Map<Long, Long> before = allocatedPerThread();
        new Stages(config).runAll();
        long allocated = 0;
        for (Map.Entry<Long, Long> thread : allocatedPerThread().entrySet()) {
            allocated += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
        }
        return allocated;
    }

    private Map<Long, Long> allocatedPerThread() {
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        Map<Long, Long> allocated = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                allocated.put(ids[i], bytes[i]);
            }
        }
        return allocated;
    }

    /** Runs the stages one at a time, keeping every result reachable, and weighs the heap after each. */
    private Map<String, Long> liveAfterEachStage(GeneratorConfig config) {
        long baseline = liveHeap();
        Map<String, Long> live = new LinkedHashMap<>();
        Stages stages = new Stages(config);
        stages.load();
        live.put("load", liveHeap() - baseline);
        stages.parse();
        live.put("parse", liveHeap() - baseline);
        stages.lower();
        live.put("lower", liveHeap() - baseline);
        stages.name();
        live.put("name", liveHeap() - baseline);
        stages.emit();
        live.put("emit", liveHeap() - baseline);
        if (stages.sources.isEmpty()) {
            throw new IllegalStateException("nothing generated");
        }
        return live;
    }

    private Map<String, Double> stageTimes(GeneratorConfig config) {
        long[] sums = new long[5];
        for (int i = 0; i < TIMED; i++) {
            Stages stages = new Stages(config);
            long t0 = System.nanoTime();
            stages.load();
            long t1 = System.nanoTime();
            stages.parse();
            long t2 = System.nanoTime();
            stages.lower();
            long t3 = System.nanoTime();
            stages.name();
            long t4 = System.nanoTime();
            stages.emit();
            long t5 = System.nanoTime();
            sums[0] += t1 - t0;
            sums[1] += t2 - t1;
            sums[2] += t3 - t2;
            sums[3] += t4 - t3;
            sums[4] += t5 - t4;
        }
        Map<String, Double> millis = new LinkedHashMap<>();
        String[] names = {"load", "parse", "lower", "name", "emit"};
        double total = 0;
        for (int i = 0; i < names.length; i++) {
            double ms = sums[i] / 1e6 / TIMED;
            millis.put(names[i], ms);
            total += ms;
        }
        millis.put("total", total);
        return millis;
    }

    private long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The stages of {@code Generator.generate}, one call each, keeping what each produced. */
    private static final class Stages {
        private final GeneratorConfig config;
        private final Problems problems = new Problems();
        Archive archive;
        SchemaSet schemas;
        TypeModel model;
        Names names;
        SortedMap<String, String> sources;

        Stages(GeneratorConfig config) {
            this.config = config;
        }

        void runAll() {
            load();
            parse();
            lower();
            name();
            emit();
        }

        void load() {
            archive = new ArchiveLoader(config.limits(), config.excludes()).load(config.source(), problems);
            problems.stopIfErrors();
        }

        void parse() {
            schemas = new SchemaParser().parse(archive, problems);
            problems.stopIfErrors();
        }

        void lower() {
            model = new Lowering(schemas, problems, config.strict()).lower(config.dispatchRoot());
            problems.stopIfErrors();
        }

        void name() {
            names = new Naming(model, schemas, config.packageName(), config.useTitleAsTypeName(), problems).assign();
        }

        void emit() {
            sources = new Emitter(config.packageName(), config.jackson(), names, model).emit();
        }
    }
}
