package io.github.webhookgen.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs one generator on one case, stage by stage: generate, compile ({@link SourceCompiler}), read and write every
 * payload ({@link PayloadCheck}). Each stage's figures go to the listener as soon as the stage ends, so that a run cut
 * short by a timeout keeps what it had.
 */
final class CaseRunner {

    /** Receives the stages as they start and their figures as they end. */
    interface Listener {
        void stage(String stage);

        void generated(Generation generation);

        void compiled(Compilation compilation);

        void payloads(PayloadRun payloads);
    }

    private final JacksonLine line;
    private final JacksonLine jackson2 = new Jackson2Line();
    private final UriMappings mappings;
    private final SourceCompiler compiler = new SourceCompiler();

    /**
     * @param line the Jackson line webhookgen generates for (jsonschema2pojo's output is always Jackson 2)
     * @param mappings URI prefixes and the archive folders they stand for: webhookgen's {@code uriMappings}, and
     *     jsonschema2pojo's resolver
     */
    CaseRunner(JacksonLine line, UriMappings mappings) {
        this.line = line;
        this.mappings = mappings;
    }

    void run(CorpusCase corpusCase, Tool tool, Listener listener) throws IOException {
        Path scratch = Files.createTempDirectory("webhookgen-corpus-");
        try {
            listener.stage("read");
            SortedMap<String, byte[]> documents;
            try {
                documents = corpusCase.archive().documents();
            } catch (IOException | UncheckedIOException e) {
                listener.generated(new Generation(Outcome.CRASH, "the case's documents cannot be read: "
                        + Crashes.describe(e), List.of(), 0, 0, new TreeMap<>(), new TreeMap<>(), List.of(), 0,
                        RootKind.NONE, null, null, 0, 0, new TreeMap<>(), new TreeMap<>(), 0));
                return;
            }
            listener.stage("generate");
            JacksonLine target = tool == Tool.WEBHOOKGEN ? line : jackson2;
            GeneratedCode code = tool == Tool.WEBHOOKGEN
                    ? new WebhookgenRun(line, mappings).generate(corpusCase, documents)
                    : new Jsonschema2PojoRun(mappings).generate(corpusCase, documents,
                            Files.createDirectory(scratch.resolve("schemas")));
            listener.generated(code.generation());
            if (!code.generation().generated()) {
                return;
            }
            listener.stage("compile");
            Path classes = Files.createDirectory(scratch.resolve("classes"));
            Compilation compilation = compiler.compile(code.sources(), target.classpath(), classes);
            listener.compiled(compilation);
            if (!compilation.compiled()) {
                return;
            }
            listener.stage("payloads");
            try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, target.loader())) {
                listener.payloads(PayloadCheck.run(target.plainMapper(loader), code.generation().rootType(),
                        corpusCase.payloads()));
            }
        } finally {
            delete(scratch);
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
