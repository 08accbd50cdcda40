package io.github.webhookgen.corpus;

import io.github.webhookgen.core.Generator;
import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.Outline;
import io.github.webhookgen.core.archive.Archive;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.GenerationFailedException;
import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.diagnostics.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * webhookgen in-process on one case, through its public entry ({@link Generator#outline}, which runs the stages of
 * {@link Generator#generate} and outlines the types from the case's root document), configured as a user would
 * configure the plugin for someone else's schemas: {@code strict} off, so that a {@code $ref} that cannot be resolved
 * is a warning and the value is typed {@code JsonNode}; the case's URI mappings as {@code uriMappings}; the Jackson line
 * of the run; no dispatch root (a schema collection has no notifications to dispatch). An exception out of the
 * generator, which it reports as an {@link ProblemCode#INTERNAL_ERROR} problem, is a crash.
 */
final class WebhookgenRun {

    /** The package of the generated types. */
    static final String PACKAGE = "corpus.generated";

    private final JacksonLine line;
    private final UriMappings mappings;

    WebhookgenRun(JacksonLine line, UriMappings mappings) {
        this.line = line;
        this.mappings = mappings;
    }

    GeneratedCode generate(CorpusCase corpusCase, SortedMap<String, byte[]> documents) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        // The archive is given in memory and nothing is written: the source and output directory are not read.
        GeneratorConfig config = GeneratorConfig.of(new ArchiveSource.Directory(Path.of(corpusCase.name())), PACKAGE,
                        Path.of("unused"))
                .withStrict(false)
                .withJackson(line.generated())
                .withUriMappings(mappings.prefixToFolder());
        try {
            Outline outline = Generator.outline(Archive.of(corpusCase.name(), documents), config, corpusCase.root(),
                    problems);
            UntypedCauses why = new UntypedCauses(documents);
            String rootCause = outline.rootUntyped() == null ? null : why.of(outline.rootType(), outline.rootUntyped());
            Generation generation = generation(Outcome.GENERATED, null, problems.all(), outline.sources().size(),
                    kind(outline.rootKind()), outline.rootType(), rootCause, PropertyCensus.of(outline, why), start);
            return new GeneratedCode(generation, outline.sources());
        } catch (GenerationFailedException e) {
            // An exception out of a stage reaches the user as an INTERNAL_ERROR problem: a crash all the same.
            boolean internal = e.problems().stream().anyMatch(p -> p.code() == ProblemCode.INTERNAL_ERROR);
            return new GeneratedCode(generation(internal ? Outcome.CRASH : Outcome.ERRORS,
                    internal && e.getCause() != null ? Crashes.describe(e.getCause()) : null, e.problems(), 0,
                    RootKind.NONE, null, null, PropertyCensus.NONE, start), new TreeMap<>());
        } catch (Throwable e) {
            // A crash of the generator on someone else's schema is what this run is looking for: record it, whatever it is.
            return new GeneratedCode(generation(Outcome.CRASH, Crashes.describe(e), problems.all(), 0, RootKind.NONE,
                    null, null, PropertyCensus.NONE, start), new TreeMap<>());
        }
    }

    /**
     * The figures of a generation. Warnings are counted twice: every occurrence, and the lines a user sees, where a
     * warning repeated in one file (same code and message) is one line ({@link Report}); the codes, shapes and lines
     * recorded are those of the lines a user sees.
     */
    private static Generation generation(Outcome outcome, String crash, List<Problem> problems, int sources,
            RootKind rootKind, String rootType, String rootCause, PropertyCensus census, long start) {
        List<Report.Line> lines = Report.of(problems, false).lines().stream().filter(line -> !line.isError()).toList();
        Map<String, Integer> codes = new TreeMap<>();
        Map<String, Integer> shapes = new TreeMap<>();
        for (Report.Line line : lines) {
            codes.merge(line.problem().code().name(), 1, Integer::sum);
            shapes.merge(line.problem().code() + " " + MessageShapes.of(line.problem().message()), 1, Integer::sum);
        }
        int occurrences = (int) problems.stream().filter(p -> !p.isError()).count();
        List<String> errors = problems.stream().filter(Problem::isError).map(Problem::toString).toList();
        return new Generation(outcome, crash, errors, lines.size(), occurrences, codes, shapes,
                lines.stream().map(Report.Line::toString).toList(), sources, rootKind, rootType, rootCause,
                census.properties(), census.untyped(), census.causes(), census.examples(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static RootKind kind(Outline.Kind kind) {
        return switch (kind) {
            case RECORD -> RootKind.RECORD;
            case UNION -> RootKind.UNION;
            case ENUM -> RootKind.ENUM;
            case TUPLE -> RootKind.TUPLE;
            case LIST -> RootKind.LIST;
            case MAP -> RootKind.MAP;
            case SCALAR -> RootKind.SCALAR;
            case EXTERNAL -> RootKind.EXTERNAL;
            case ANY -> RootKind.UNTYPED;
            case NONE -> RootKind.NONE;
        };
    }
}
