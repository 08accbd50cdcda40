package io.github.webhookgen.bench;

import io.github.webhookgen.core.Generator;
import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.archive.Archive;
import io.github.webhookgen.core.archive.ArchiveLoader;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.GenerationFailedException;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.emit.Emitter;
import io.github.webhookgen.core.lower.DispatchRoot;
import io.github.webhookgen.core.lower.Lowering;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.naming.Naming;
import io.github.webhookgen.core.schema.SchemaParser;
import io.github.webhookgen.core.schema.SchemaSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What it costs to run the generation stages on a thread of their own with a 1 GiB stack, as {@code Generator.run}
 * and {@code Generator.generate} do, outside JMH. Without arguments, in one JVM:
 *
 * <ol>
 *   <li>starting and joining a thread with a 1 GiB stack, against one with the default stack (empty work);
 *   <li>generating the bundled archive into memory with {@code Generator.generate} (on its thread), against the same
 *       stages called on the calling thread, each first every other time, after warming up.
 * </ol>
 *
 * <p>With {@code chain lists|records <links>}, meant for a fresh JVM each: a document of {@code links} definitions,
 * each a list of the next or a record whose property is the next, generated on the calling thread (the default stack
 * of {@code -Xss}) and then with {@code Generator.generate}; prints whether each overflowed, the time, and the peak
 * resident memory of the JVM ({@code VmHWM}). With {@code stack lists|records <links> <MiB>}: whether parsing and
 * lowering the same chain fit on a thread with a stack of that size.
 *
 * <pre>
 * java -cp benchmarks.jar io.github.webhookgen.bench.GenerationStack
 * java -cp benchmarks.jar io.github.webhookgen.bench.GenerationStack chain records 10000
 * java -cp benchmarks.jar io.github.webhookgen.bench.GenerationStack stack records 100000 256
 * </pre>
 */
public final class GenerationStack {

    private static final long GIB = 1L << 30;
    private static final int THREADS = 2_000;
    private static final int WARMUP = 20;
    private static final int TIMED = 60;

    private GenerationStack() {}

    public static void main(String[] args) throws InterruptedException, IOException {
        if (args.length == 3 && args[0].equals("chain")) {
            chain(args[1], Integer.parseInt(args[2]));
            return;
        }
        if (args.length == 4 && args[0].equals("stack")) {
            stack(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        System.out.printf("thread start and join, mean of %d: 1 GiB stack %.1f µs, default stack %.1f µs%n", THREADS,
                threadMicros(GIB), threadMicros(0));
        GeneratorConfig config = config(BenchPaths.archive());
        Archive archive = new ArchiveLoader(config.limits(), config.excludes()).load(config.source(), new Problems());
        for (int i = 0; i < WARMUP; i++) {
            ownThread(archive, config);
            thisThread(archive, config);
        }
        long[] own = new long[TIMED];
        long[] here = new long[TIMED];
        for (int i = 0; i < TIMED; i++) {
            // each first every other time, so that neither always runs on what the other left
            if (i % 2 == 0) {
                own[i] = ownThread(archive, config);
                here[i] = thisThread(archive, config);
            } else {
                here[i] = thisThread(archive, config);
                own[i] = ownThread(archive, config);
            }
        }
        System.out.printf("bundled archive (%d schemas), median of %d: Generator.generate %.1f ms, the same stages on "
                + "the calling thread %.1f ms%n", archive.documents().size(), TIMED, median(own), median(here));
    }

    /**
     * Generates a chain of {@code links} lists or records on the calling thread, then with {@code Generator.generate}.
     */
    private static void chain(String kind, int links) throws IOException {
        GeneratorConfig config = config(Path.of("chain"));
        Archive archive = chain(kind.equals("records"), links);
        String here;
        long start = System.nanoTime();
        try {
            onThisThread(archive, config);
            here = "generates";
        } catch (StackOverflowError e) {
            here = "overflows";
        }
        double hereMillis = (System.nanoTime() - start) / 1e6;
        String own;
        start = System.nanoTime();
        try {
            own = Generator.generate(archive, config, new Problems()).size() + " files";
        } catch (GenerationFailedException e) {
            own = e.getMessage();
        }
        double ownMillis = (System.nanoTime() - start) / 1e6;
        System.out.printf("a chain of %,d %s: on the calling thread (-Xss) %s (%.0f ms); Generator.generate %s "
                + "(%.0f ms); peak resident memory %s%n", links, kind, here, hereMillis, own, ownMillis,
                peakResident());
    }

    /** Whether parsing and lowering a chain of {@code links} lists or records fit on a stack of {@code mebibytes}. */
    private static void stack(String kind, int links, int mebibytes) throws InterruptedException {
        Archive archive = chain(kind.equals("records"), links);
        String[] outcome = {"lowers"};
        Thread thread = new Thread(null, () -> {
            try {
                Problems problems = new Problems();
                SchemaSet schemas = new SchemaParser().parse(archive, problems);
                new Lowering(schemas, problems, false).lower(DispatchRoot.DEFAULT);
            } catch (StackOverflowError e) {
                outcome[0] = "overflows";
            }
        }, "lowering", (long) mebibytes << 20);
        thread.start();
        thread.join();
        System.out.printf("a chain of %,d %s on a stack of %d MiB: %s%n", links, kind, mebibytes, outcome[0]);
    }

    private static GeneratorConfig config(Path archive) {
        return GeneratorConfig.of(ArchiveSource.of(archive), "bench.ours", Path.of("unused"));
    }

    /** Mean microseconds to start a thread with {@code stackBytes} (0: the default) for empty work and join it. */
    private static double threadMicros(long stackBytes) throws InterruptedException {
        long total = 0;
        for (int i = 0; i < THREADS; i++) {
            long start = System.nanoTime();
            Thread thread = new Thread(null, () -> { }, "measure", stackBytes);
            thread.start();
            thread.join();
            total += System.nanoTime() - start;
        }
        return total / 1e3 / THREADS;
    }

    private static long ownThread(Archive archive, GeneratorConfig config) {
        long start = System.nanoTime();
        Generator.generate(archive, config, new Problems());
        return System.nanoTime() - start;
    }

    private static long thisThread(Archive archive, GeneratorConfig config) {
        long start = System.nanoTime();
        onThisThread(archive, config);
        return System.nanoTime() - start;
    }

    /** The stages of {@code Generator.generate} up to the sources, on the calling thread. */
    private static void onThisThread(Archive archive, GeneratorConfig config) {
        Problems problems = new Problems();
        SchemaSet schemas = new SchemaParser().parse(archive, problems);
        TypeModel model = new Lowering(schemas, problems, config.strict()).lower(config.dispatchRoot());
        new Emitter(config.packageName(), config.jackson(),
                new Naming(model, schemas, config.packageName(), false, problems).assign(), model).emit();
    }

    /**
     * One document whose definitions {@code d0}, {@code d1}, ... are each a list of the next, or a record whose
     * property {@code next} is the next.
     */
    private static Archive chain(boolean records, int links) {
        StringBuilder text = new StringBuilder("{\"$ref\":\"#/definitions/d0\",\"definitions\":{");
        for (int i = 0; i < links; i++) {
            String next = "{\"$ref\":\"#/definitions/d" + (i + 1) + "\"}";
            text.append("\"d").append(i).append("\":").append(records
                    ? "{\"type\":\"object\",\"properties\":{\"next\":" + next + "}},"
                    : "{\"type\":\"array\",\"items\":" + next + "},");
        }
        text.append("\"d").append(links)
                .append("\":{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"string\"}}}}}");
        Map<String, byte[]> documents = new TreeMap<>();
        documents.put("chain/Chain.json", text.toString().getBytes(StandardCharsets.UTF_8));
        return Archive.of("chain", documents);
    }

    /** The JVM's peak resident memory, from Linux's {@code /proc/self/status}; "?" elsewhere. */
    private static String peakResident() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return "?";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> line.substring("VmHWM:".length()).strip()).findFirst().orElse("?");
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
