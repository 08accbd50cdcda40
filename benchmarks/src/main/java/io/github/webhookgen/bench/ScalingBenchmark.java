package io.github.webhookgen.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SortedMap;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * Generation time against archive size: synthetic archives ({@link SyntheticArchive}) of 10, 100 and 1,000 schema
 * files, generated into memory. Time per schema should stay flat; {@code -prof gc} gives allocation per run.
 * jsonschema2pojo runs on the same files for reference (it ignores the unions, so it does less).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {

    @Param({"10", "100", "1000"})
    public int schemas;

    private Path scratch;
    private OursRun ours;
    private Jsonschema2PojoRun j2p;

    @Setup(Level.Trial)
    public void prepare() {
        scratch = TempDirs.create("webhookgen-bench-scaling");
        Path archive = scratch.resolve("archive");
        SyntheticArchive.write(archive, schemas);
        ours = new OursRun(SyntheticArchive.config(archive, scratch.resolve("ours")));
        j2p = new Jsonschema2PojoRun(archive.resolve(SyntheticArchive.FOLDER), "bench.synthetic",
                scratch.resolve("j2p"));
    }

    @TearDown(Level.Trial)
    public void cleanUp() {
        TempDirs.delete(scratch);
    }

    @Benchmark
    public SortedMap<String, String> oursInMemory() {
        return ours.inMemory();
    }

    @Benchmark
    public long jsonschema2pojoInMemory() throws IOException {
        return j2p.inMemory();
    }
}
