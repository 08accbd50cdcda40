package io.github.webhookgen.core;

import io.github.webhookgen.core.archive.Archive;
import io.github.webhookgen.core.archive.ArchiveLoader;
import io.github.webhookgen.core.diagnostics.GenerationFailedException;
import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.emit.Emitter;
import io.github.webhookgen.core.lower.DispatchRoot;
import io.github.webhookgen.core.lower.Lowering;
import io.github.webhookgen.core.model.Dispatch;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.naming.Names;
import io.github.webhookgen.core.naming.Naming;
import io.github.webhookgen.core.schema.ArchiveUris;
import io.github.webhookgen.core.schema.SchemaParser;
import io.github.webhookgen.core.schema.SchemaRef;
import io.github.webhookgen.core.schema.SchemaSet;
import io.github.webhookgen.core.write.EntryPoints;
import io.github.webhookgen.core.write.Hashing;
import io.github.webhookgen.core.write.OutputNotRestoredException;
import io.github.webhookgen.core.write.Manifest;
import io.github.webhookgen.core.write.OutputWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;

/**
 * Runs the pipeline: load the archive, parse, lower to the type model, name, emit, write. Each stage is a function
 * from one value to the next; problems are collected within a stage and the run stops between stages when there is
 * an error. Nothing is written unless every stage succeeded.
 */
public final class Generator {

    /** This generator's version; part of the fingerprint, so that a new generator regenerates. */
    public static final String VERSION = readVersion();

    /**
     * A hash of the generator's own classes: a snapshot rebuilt with changes has the same version, and must still
     * regenerate.
     */
    private static final String BUILD = CodeFingerprint.of(Generator.class);

    /**
     * Generates the sources of {@code config}'s archive into its output directory, on a thread with a large stack
     * ({@link GenerationThread}).
     *
     * @return what the run did
     * @throws GenerationFailedException when the run found errors (every problem, warnings included); the output
     *     directory is then as the last good run left it, unless writing failed and could not be undone
     *     ({@link GenerationFailedException#outputUnchanged()})
     */
    public GenerationResult run(GeneratorConfig config) {
        Problems problems = new Problems();
        return GenerationThread.call(() -> run(config, problems), problems, Location.of(config.source().describe()));
    }

    private GenerationResult run(GeneratorConfig config, Problems problems) {
        long start = System.nanoTime();
        if (!GeneratorConfig.isValidPackageName(config.packageName())) {
            problems.error(ProblemCode.INVALID_CONFIG, Location.of("configuration"),
                    "packageName \"" + config.packageName() + "\" is not a valid Java package name");
        }
        config.dispatchRoot().mistakes().forEach(mistake ->
                problems.error(ProblemCode.INVALID_CONFIG, Location.of("configuration"), mistake));
        problems.stopIfErrors();
        Archive archive = new ArchiveLoader(config.limits(), config.excludes()).load(config.source(), problems);
        problems.stopIfErrors();
        OutputWriter writer = new OutputWriter(config.outputDirectory());
        String fingerprint = fingerprint(config, archive);
        if (writer.isUpToDate(fingerprint)) {
            return new GenerationResult(writer.lastWarnings(), archive.documents().size(),
                    writer.generatedFileCount(), 0, 0, 0, true, millisSince(start), config.outputDirectory(),
                    List.of());
        }
        Generated generated = stages(archive, config, problems);
        SortedMap<String, String> sources = generated.sources();
        checkFileNames(sources.keySet(), config.outputDirectory(), problems);
        // Without a visitor this run deletes the previous one, as a clean build would not have it: say so first.
        List<String> notes = MissingVisitor.isAmong(sources.keySet())
                ? List.of()
                : MissingVisitor.explain(writer.previousFiles(), config.outputDirectory(), problems);
        try {
            OutputWriter.Outcome outcome = writer.write(sources, fingerprint, Manifest.schemasOf(archive),
                    warnings(problems), generated.entryPoints());
            outcome.leftOver().forEach(path -> problems.warning(ProblemCode.OUTPUT_FAILED,
                    Location.of(config.outputDirectory().toString()), "could not delete " + path
                            + ", which the new sources replaced; delete it by hand"));
            return new GenerationResult(warnings(problems), archive.documents().size(), sources.size(),
                    outcome.written(), outcome.unchanged(), outcome.deleted(), false, millisSince(start),
                    config.outputDirectory(), notes);
        } catch (OutputNotRestoredException e) {
            problems.error(ProblemCode.OUTPUT_FAILED, Location.of(config.outputDirectory().toString()),
                    "cannot write the generated sources: " + describe(e.getCause()) + "; nor bring the directory "
                            + "back to the sources of the last run: could not " + String.join(", ", e.notUndone()));
            throw new GenerationFailedException(problems.all(), false);
        } catch (IOException e) {
            problems.error(ProblemCode.OUTPUT_FAILED, Location.of(config.outputDirectory().toString()),
                    "cannot write the generated sources: " + describe(e));
            throw new GenerationFailedException(problems.all());
        }
    }

    /**
     * The stages from archive to sources, without touching the disk, on a thread with a large stack as in
     * {@link #run}; for tests and benchmarks.
     *
     * @throws GenerationFailedException when a stage found errors
     */
    public static SortedMap<String, String> generate(Archive archive, GeneratorConfig config, Problems problems) {
        return GenerationThread.call(() -> sources(archive, config, problems), problems,
                Location.of(config.source().describe()));
    }

    /** {@link #generate} on the calling thread, with its stack. */
    static SortedMap<String, String> sources(Archive archive, GeneratorConfig config, Problems problems) {
        return stages(archive, config, problems).sources();
    }

    /** What the stages produce: the sources, and the classes a caller starts from (null when there is no root type). */
    private record Generated(SortedMap<String, String> sources, EntryPoints entryPoints) {}

    private static Generated stages(Archive archive, GeneratorConfig config, Problems problems) {
        SchemaSet schemas = new SchemaParser(ArchiveUris.of(config.uriMappings(), problems)).parse(archive, problems);
        problems.stopIfErrors();
        TypeModel model = new Lowering(schemas, problems, config.strict()).lower(config.dispatchRoot());
        problems.stopIfErrors();
        Names names = new Naming(model, schemas, config.packageName(), config.useTitleAsTypeName(), problems).assign();
        SortedMap<String, String> sources = new Emitter(config.packageName(), config.jackson(), names, model).emit();
        return new Generated(sources, entryPoints(config, model, names, sources.keySet()));
    }

    /**
     * The type of the dispatch root's document, named by the naming stage, and the visitor and dispatcher when the
     * emitter wrote them; null when the root document is not in the archive or is not a type of its own.
     */
    private static EntryPoints entryPoints(GeneratorConfig config, TypeModel model, Names names, Set<String> files) {
        SchemaRef root = model.dispatch().map(Dispatch::root)
                .orElse(config.dispatchRoot().isGiven()
                        ? new SchemaRef(config.dispatchRoot().document(), config.dispatchRoot().pointer())
                        : new SchemaRef(DispatchRoot.LIVEPERSON.document(), ""));
        String rootType = names.type(root);
        if (rootType == null) {
            return null;
        }
        String dispatcher = qualified(config.packageName(), names.support().dispatcher());
        if (!files.contains(dispatcher.replace('.', '/') + ".java")) {
            return new EntryPoints(qualified(config.packageName(), rootType), null, null);
        }
        return new EntryPoints(qualified(config.packageName(), rootType),
                qualified(config.packageName(), names.support().visitor()), dispatcher);
    }

    private static String qualified(String packageName, String simpleName) {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    /**
     * Stops before writing anything when a file name cannot be written by this JVM: type names keep the letters of
     * every script ({@code Größe.java}), which a JVM started under a POSIX locale cannot put in a file name.
     */
    private static void checkFileNames(Collection<String> files, Path outputDirectory, Problems problems) {
        for (String file : files) {
            try {
                outputDirectory.resolve(file);
            } catch (InvalidPathException e) {
                problems.error(ProblemCode.OUTPUT_FAILED, Location.of(outputDirectory.toString()), "cannot write "
                        + file + ": this JVM's file name encoding, " + System.getProperty("sun.jnu.encoding")
                        + ", cannot represent it; run the build under a UTF-8 locale, for example with LC_ALL=C.UTF-8");
                throw new GenerationFailedException(problems.all());
            }
        }
    }

    /** What went wrong writing, in words: file system exceptions carry only a path as their message. */
    private static String describe(Throwable e) {
        if (e instanceof FileAlreadyExistsException already) {
            return already.getFile() + " exists and is not a directory";
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof FileSystemException failed && failed.getReason() != null) {
            return failed.getFile() + ": " + failed.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static String fingerprint(GeneratorConfig config, Archive archive) {
        Hashing hashing = new Hashing()
                .add("generator", VERSION)
                .add("build", BUILD)
                .add("package", config.packageName())
                .add("root", config.dispatchRoot().toString())
                .add("changes", String.join(".", config.dispatchRoot().changesPath()))
                .add("excludes", String.join("\n", config.excludes()))
                .add("strict", Boolean.toString(config.strict()))
                .add("jackson", config.jackson().number())
                .add("uriMappings", config.uriMappings().toString())
                .add("useTitleAsTypeName", Boolean.toString(config.useTitleAsTypeName()));
        for (Map.Entry<String, byte[]> document : archive.documents().entrySet()) {
            hashing.add(document.getKey(), document.getValue());
        }
        return hashing.hex();
    }

    private static List<Problem> warnings(Problems problems) {
        return problems.all().stream().filter(p -> !p.isError()).toList();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String readVersion() {
        try (InputStream in = Generator.class.getResourceAsStream("generator.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
