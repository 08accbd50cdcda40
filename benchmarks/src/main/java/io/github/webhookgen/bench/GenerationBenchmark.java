package io.github.webhookgen.bench;

import io.github.webhookgen.core.GenerationResult;
import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.archive.ArchiveSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Generation of the whole bundled archive (34 schemas), in-process: ours against jsonschema2pojo on the same
 * schema files, both into memory and into an emptied directory. Run it in avgt mode for the warmed-up cost (a long
 * running build daemon or IDE) and in single-shot mode with several forks ({@code -bm ss -f 5 -wi 0 -i 1}) for the
 * first run in a fresh JVM, which is what a command-line build pays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GenerationBenchmark {

    private Path scratch;
    private Path oursOut;
    private Path j2pOut;
    private OursRun ours;
    private Jsonschema2PojoRun j2p;

    @Setup(Level.Trial)
    public void prepare() {
        scratch = TempDirs.create("webhookgen-bench-gen");
        oursOut = scratch.resolve("ours");
        j2pOut = scratch.resolve("j2p");
        ours = new OursRun(GeneratorConfig.of(new ArchiveSource.Directory(BenchPaths.archive()), "bench.gen", oursOut));
        j2p = new Jsonschema2PojoRun(BenchPaths.schemas(), "bench.gen", j2pOut);
    }

    /** Both generators write into an empty directory every time: a clean build. Not timed. */
    @Setup(Level.Invocation)
    public void emptyOutput() {
        TempDirs.delete(oursOut);
        TempDirs.delete(j2pOut);
    }

    @TearDown(Level.Trial)
    public void cleanUp() {
        TempDirs.delete(scratch);
    }

    /** Ours: read the archive, parse, lower, name, emit to strings. */
    @Benchmark
    public SortedMap<String, String> oursInMemory() {
        return ours.inMemory();
    }

    /** Ours: {@code Generator.run}, as the Maven plugin calls it, writing every file and the manifest. */
    @Benchmark
    public GenerationResult oursToDisk() {
        return ours.toDisk();
    }

    /** jsonschema2pojo: the same stages as its {@code Jsonschema2Pojo.generate}, printing into memory. */
    @Benchmark
    public long jsonschema2pojoInMemory() throws IOException {
        return j2p.inMemory();
    }

    /** jsonschema2pojo: {@code Jsonschema2Pojo.generate}, as its Maven plugin calls it. */
    @Benchmark
    public void jsonschema2pojoToDisk() throws IOException {
        j2p.toDisk();
    }
}
