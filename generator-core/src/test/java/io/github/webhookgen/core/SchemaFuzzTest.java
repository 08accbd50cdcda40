package io.github.webhookgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.webhookgen.core.SchemaMutator.Base;
import io.github.webhookgen.core.SchemaMutator.Mutant;
import io.github.webhookgen.core.SchemaMutator.Operator;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.GenerationFailedException;
import io.github.webhookgen.core.diagnostics.JavaCompilation;
import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.lower.DispatchRoot;
import io.github.webhookgen.core.write.Hashing;
import io.github.webhookgen.core.write.Manifest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the generator with mutants of the bundled archive and of the fixtures ({@link SchemaMutator}). Each
 * mutant runs through {@link Generator#run}, as the Maven plugin runs it, with {@code strict} on for even indexes and
 * off for odd ones, Jackson 2 and Jackson 3 every other pair, into an output directory that holds the output of the
 * unmutated archive, or of the mutant of the same archive and Jackson line that last generated code. Every run must end
 * in one of two ways:
 *
 * <ul>
 *   <li>generated: every warning located, the output directory holding the run's sources and nothing else, and the
 *       sources compiling with {@code -Xlint:all -Werror} (every {@link #COMPILE_EVERY}-th mutant is compiled; a run of
 *       a thousand mutants or more compiles every one);
 *   <li>failed with a {@link GenerationFailedException} that holds an error the user can fix, every problem located,
 *       and the output directory exactly as it was (every file's bytes and modification time). An
 *       {@link ProblemCode#INTERNAL_ERROR} is a defect of the generator, not an error of the schema's.
 * </ul>
 *
 * <p>A problem is located when it names {@code configuration}, the archive or the output directory (for problems with
 * them as a whole), or a file of the mutant archive with a JSON pointer to a value of that file and the line and column
 * where that value starts, as the test reads them from the file's text (the problems about a whole file have no line).
 * Anything else, an exception other than {@code GenerationFailedException} included, fails the test with the seed, the
 * mutant's index and its mutations; the mutant is saved under
 * {@code target/schemafuzz-failures/seed-<seed>-mutant-<index>/} (with the sources, when they did not compile), and
 * {@code -Dwebhookgen.schemafuzz.replay=<that folder>} runs it again. System properties
 * {@code webhookgen.schemafuzz.seed}, {@code .mutants}, {@code .only} (one index of the seed), {@code .operators} and
 * {@code .compileEvery} choose the run; docs/bad-input.md has the commands and the figures of the last runs.
 */
class SchemaFuzzTest {

    private static final long SEED = Long.getLong("webhookgen.schemafuzz.seed", 20_250_601L);
    private static final int MUTANTS = Integer.getInteger("webhookgen.schemafuzz.mutants", 250);
    /** One mutant of the sequence only, when set: the index a failure printed. */
    private static final int ONLY = Integer.getInteger("webhookgen.schemafuzz.only", -1);
    /**
     * Every how many mutants one is compiled (when it generates code): javac takes a second or more for one, several
     * for the bundled archive's 178 sources, so the default run compiles a sample. Odd, so that the sample runs with
     * {@code strict} on and off alike.
     */
    private static final int COMPILE_EVERY = Integer.getInteger("webhookgen.schemafuzz.compileEvery",
            MUTANTS >= 1_000 ? 1 : 15);
    /**
     * The operators to apply, names separated by commas ({@code HUGE_ENUM,LISTED_VALUES}), for a campaign aimed at
     * one kind of edit; every operator when unset. The mutants of a seed depend on this set.
     */
    private static final String OPERATORS = System.getProperty("webhookgen.schemafuzz.operators", "");
    /** How often a long run prints how far it got, in mutants. */
    private static final int PROGRESS_EVERY = 250;
    private static final String REPLAY = "webhookgen.schemafuzz.replay";
    private static final Path FAILURES = Path.of("target", "schemafuzz-failures");
    private static final int FAILURES_SHOWN = 10;
    private static final String PACKAGE = "com.example.fuzz";
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    /** The package of the classes of the user's that the jsonschema2pojo fixture names. */
    private static final String USERS_PACKAGE = "io.github.webhookgen.core.existing";
    /** What javac says of a class that does not implement an interface's method. */
    private static final Set<String> INTERFACE_ERRORS = Set.of("compiler.err.does.not.override.abstract",
            "compiler.err.override.incompatible.ret");

    /** Problems about a file as a whole, which have no place in it. */
    private static final Set<ProblemCode> WHOLE_FILE = EnumSet.of(ProblemCode.NOT_UTF8, ProblemCode.ENTRY_TOO_LARGE,
            ProblemCode.UNSAFE_ENTRY);
    /** Problems about the archive as a whole, located at the archive's path. */
    private static final Set<ProblemCode> WHOLE_ARCHIVE = EnumSet.of(ProblemCode.ARCHIVE_UNREADABLE,
            ProblemCode.EMPTY_ARCHIVE, ProblemCode.ENTRY_TOO_LARGE);
    /** Problems about the output, located at the output directory: it cannot be written, or files there go. */
    private static final Set<ProblemCode> OUTPUT = EnumSet.of(ProblemCode.OUTPUT_FAILED,
            ProblemCode.NO_DISPATCH_ROOT);

    @TempDir
    Path temp;

    private final Map<String, Path> outputDirectories = new HashMap<>();
    private final Map<Operator, int[]> byOperator = new EnumMap<>(Operator.class);
    private final Map<String, Integer> errors = new TreeMap<>();
    private final Map<String, Integer> warnings = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    /** The sources that compiled, each set as the names and hashes of its files. */
    private final Set<String> compiledSources = new HashSet<>();
    private int javacRuns;
    private int generated;
    private int compiled;
    private int failed;
    private int interfacesNotImplemented;
    private long generateMillis;
    private long compileMillis;

    /** How a run ended: generated (and compiled or not), or failed with errors of these codes. */
    private record Outcome(boolean generated, boolean compiled, Set<ProblemCode> errors) {}

    @Test
    void everyMutantGeneratesCodeThatCompilesOrFailsWithLocatedProblems() {
        Set<Operator> operators = operators();
        SchemaMutator mutator = new SchemaMutator(bundled(), fixtures(), operators);
        long started = System.nanoTime();
        int first = ONLY >= 0 ? ONLY : 0;
        int end = ONLY >= 0 ? ONLY + 1 : MUTANTS;
        for (int index = first; index < end; index++) {
            Mutant mutant = mutator.mutate(SEED, index);
            try {
                count(mutant, run(mutant));
            } catch (Exception | Error e) {
                // An Error too: the generator running out of memory or stack is a failure of the mutant's to save
                failures.add(save(mutant, e));
            }
            if (MUTANTS > PROGRESS_EVERY && (index + 1) % PROGRESS_EVERY == 0) {
                System.out.printf("Schema fuzzing, seed %d: %d of %d mutants, %d failures, %d s%n", SEED, index + 1,
                        MUTANTS, failures.size(), (System.nanoTime() - started) / 1_000_000_000);
            }
        }
        report(end - first, operators, (System.nanoTime() - started) / 1_000_000);

        assertEquals(List.of(), failures.stream().limit(FAILURES_SHOWN).toList(), failures.size() + " of "
                + (end - first) + " mutants neither generated code that compiles nor failed with located problems "
                + "(seed " + SEED + ")");
        if (ONLY < 0 && MUTANTS >= 100 && OPERATORS.isBlank()) {
            assertTrue(generated > MUTANTS / 5, "too few mutants generate code: " + generated);
            assertTrue(failed > MUTANTS / 20, "too few mutants fail: " + failed);
            assertTrue(compiled > 0, "no mutant was compiled");
            operators.forEach(operator -> assertTrue(byOperator.containsKey(operator), "never applied: " + operator));
        }
    }

    @Test
    void aMutantDependsOnlyOnTheSeedAndItsIndex() {
        SchemaMutator mutator = new SchemaMutator(bundled(), fixtures(), EnumSet.allOf(Operator.class));
        List<Mutant> inOrder = new ArrayList<>();
        for (int index = 0; index < 40; index++) {
            inOrder.add(mutator.mutate(SEED, index));
        }
        SchemaMutator again = new SchemaMutator(bundled(), fixtures(), EnumSet.allOf(Operator.class));
        for (int index = 39; index >= 0; index -= 3) {
            Mutant alone = again.mutate(SEED, index);
            assertEquals(inOrder.get(index).mutations(), alone.mutations(), "mutant " + index);
            assertEquals(inOrder.get(index).texts(), alone.texts(), "mutant " + index);
        }
        assertTrue(!mutator.mutate(SEED, 0).texts().equals(mutator.mutate(SEED + 1, 0).texts())
                || !mutator.mutate(SEED, 1).texts().equals(mutator.mutate(SEED + 1, 1).texts()),
                "another seed makes other mutants");
    }

    /** Runs a mutant saved by a failure: {@code -Dwebhookgen.schemafuzz.replay=target/schemafuzz-failures/...}. */
    @Test
    @EnabledIfSystemProperty(named = REPLAY, matches = ".+")
    void replaysASavedMutant() throws IOException {
        Path folder = Path.of(System.getProperty(REPLAY));
        Properties saved = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve("mutant.properties"), StandardCharsets.UTF_8)) {
            saved.load(in);
        }
        Path archive = folder.resolve("archive");
        SortedMap<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(archive)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.put(archive.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        Base base = Stream.concat(Stream.of(bundled()), fixtures().stream())
                .filter(b -> b.name().equals(saved.getProperty("base")))
                .findFirst()
                .orElseThrow();
        JacksonLine line = JacksonLine.of(saved.getProperty("jackson"));
        GeneratorConfig config = config(archive, outputDirectory(base, line), base.dispatchRoot(),
                Boolean.parseBoolean(saved.getProperty("strict")), line);
        Outcome outcome = check(config, texts, true);
        System.out.println("Replayed " + folder + ": " + outcome);
    }

    private static Set<Operator> operators() {
        if (OPERATORS.isBlank()) {
            return EnumSet.allOf(Operator.class);
        }
        Set<Operator> chosen = EnumSet.noneOf(Operator.class);
        for (String name : OPERATORS.split(",")) {
            chosen.add(Operator.valueOf(name.strip()));
        }
        return chosen;
    }

    // ---- one mutant ----

    private Outcome run(Mutant mutant) throws IOException {
        Path archive = temp.resolve("archive");
        deleteTree(archive);
        SortedMap<String, String> texts = mutant.write(archive);
        Path out = outputDirectory(mutant.base(), line(mutant.index()));
        GeneratorConfig config = config(archive, out, mutant.base().dispatchRoot(), strict(mutant.index()),
                line(mutant.index()));
        return check(config, texts, ONLY >= 0 || mutant.index() % COMPILE_EVERY == 0);
    }

    /** Runs the generator on an archive written as {@code texts}, and checks how the run ended. */
    private Outcome check(GeneratorConfig config, SortedMap<String, String> texts, boolean compile) {
        Path out = config.outputDirectory();
        Map<String, String> before = snapshot(out);
        GenerationResult result;
        long started = System.nanoTime();
        try {
            result = new Generator().run(config);
            generateMillis += (System.nanoTime() - started) / 1_000_000;
        } catch (GenerationFailedException e) {
            generateMillis += (System.nanoTime() - started) / 1_000_000;
            List<Problem> problems = e.problems();
            assertTrue(problems.stream().anyMatch(Problem::isError), () -> "failed without an error: " + e);
            assertNoDefect(problems, e);
            assertLocated(problems, config, texts);
            assertEquals(before, snapshot(out), "the failed run changed the output directory");
            problems.stream().filter(p -> !p.isError()).forEach(p -> warnings.merge(p.code().name(), 1, Integer::sum));
            return new Outcome(false, false, problems.stream().filter(Problem::isError).map(Problem::code)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProblemCode.class))));
        }
        assertLocated(result.warnings(), config, texts);
        assertHoldsTheSourcesOnly(out, result);
        result.warnings().forEach(p -> warnings.merge(p.code().name(), 1, Integer::sum));
        // Sources that compiled once compile again: many mutants change nothing javac sees
        if (compile && compiledSources.add(contents(out))) {
            started = System.nanoTime();
            Path classes = temp.resolve("classes");
            deleteTree(classes);
            List<Diagnostic<? extends JavaFileObject>> reported = JavaCompilation.compile(out, classes,
                    System.getProperty("java.class.path"));
            if (!reported.stream().allMatch(SchemaFuzzTest::isAnInterfaceOfTheUsers)) {
                throw new NotCompiled(reported, out);
            }
            interfacesNotImplemented += reported.isEmpty() ? 0 : 1;
            compileMillis += (System.nanoTime() - started) / 1_000_000;
            javacRuns++;
        }
        return new Outcome(true, compile, Set.of());
    }

    /** The generated sources did not compile: what javac said, with the lines it said it of. */
    private static final class NotCompiled extends AssertionError {
        private static final long serialVersionUID = 1L;

        /** Where the sources are, until the next mutant's run. */
        private final transient Path sources;

        NotCompiled(List<Diagnostic<? extends JavaFileObject>> reported, Path sources) {
            super(JavaCompilation.describe(reported) + "\n" + reported.stream()
                    .filter(d -> d.getSource() != null && d.getLineNumber() > 0)
                    .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + lineOf(d))
                    .collect(Collectors.joining("\n")));
            this.sources = sources;
        }

        private static String lineOf(Diagnostic<? extends JavaFileObject> diagnostic) {
            try {
                return diagnostic.getSource().getCharContent(true).toString().lines()
                        .skip(diagnostic.getLineNumber() - 1).findFirst().orElse("").strip();
            } catch (IOException e) {
                return "(unreadable: " + e + ")";
            }
        }
    }

    /**
     * Fails on the errors that are the generator's, not the schema's: {@link ProblemCode#INTERNAL_ERROR}, an exception
     * out of a stage, and a {@link ProblemCode#TOO_DEEP} error, a stack of 1 GiB run out, which no mutant nests deep
     * enough to need and endless recursion would end in.
     */
    private static void assertNoDefect(List<Problem> problems, GenerationFailedException e) {
        for (Problem problem : problems) {
            if (problem.code() == ProblemCode.INTERNAL_ERROR
                    || problem.code() == ProblemCode.TOO_DEEP && problem.isError()) {
                AssertionError defect = new AssertionError("a defect of the generator: " + problem);
                defect.initCause(e.getCause() != null ? e.getCause() : e);
                throw defect;
            }
        }
    }

    /**
     * Whether javac says that a generated type does not implement an interface of the user's that a schema names with
     * {@code javaInterfaces} (the test's own in {@code io.github.webhookgen.core.existing}), as a mutant that changes
     * the type of a component can make it. That is the user's build's to check (docs/keywords.md): the generator does
     * not read the user's classes.
     */
    private static boolean isAnInterfaceOfTheUsers(Diagnostic<? extends JavaFileObject> diagnostic) {
        String message = diagnostic.getMessage(Locale.ROOT);
        return diagnostic.getKind() == Diagnostic.Kind.ERROR && message.contains(" in " + USERS_PACKAGE + ".")
                && INTERFACE_ERRORS.contains(diagnostic.getCode());
    }

    private static GeneratorConfig config(Path archive, Path out, DispatchRoot root, boolean strict,
            JacksonLine line) {
        return GeneratorConfig.of(ArchiveSource.of(archive), PACKAGE, out)
                .withDispatchRoot(root)
                .withStrict(strict)
                .withJackson(line);
    }

    private static boolean strict(int index) {
        return index % 2 == 0;
    }

    private static JacksonLine line(int index) {
        return index / 2 % 2 == 0 ? JacksonLine.JACKSON_2 : JacksonLine.JACKSON_3;
    }

    /**
     * Every problem names {@code configuration}, the archive (for problems with the whole archive), the output
     * directory (for problems with it), or a file of the archive with a JSON pointer to a value of it and, unless the problem is
     * about the whole file, the line and column where that value starts.
     */
    private static void assertLocated(List<Problem> problems, GeneratorConfig config, SortedMap<String, String> texts) {
        String archive = config.source().describe();
        for (Problem problem : problems) {
            Location at = problem.location();
            if (at.file().equals("configuration")
                    || WHOLE_ARCHIVE.contains(problem.code()) && at.file().equals(archive)
                    || OUTPUT.contains(problem.code()) && at.file().equals(config.outputDirectory().toString())) {
                continue;
            }
            String text = texts.get(at.file());
            assertTrue(text != null, () -> "not a file of the archive: " + problem);
            int[] start = valueStart(text, at.pointer());
            assertTrue(start != null, () -> "the pointer points at nothing: " + problem);
            if (!WHOLE_FILE.contains(problem.code())) {
                assertEquals(start[0] + ":" + start[1], at.line() + ":" + at.column(),
                        () -> "not where the value at the pointer starts: " + problem);
            }
        }
    }

    /**
     * Where the value at the JSON pointer (RFC 6901) starts in {@code text}: its 1-based line and column (in UTF-16
     * characters, as javac counts them), or null when the text has no value there. Read anew here rather than with the
     * generator's own positions, so that the test checks them.
     */
    static int[] valueStart(String text, String pointer) {
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            return null;
        }
        try (JsonParser parser = SchemaMutator.parser(text)) {
            parser.nextToken();
            for (String raw : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
                if (raw.matches(".*~([^01]|$).*") || !enter(parser, raw.replace("~1", "/").replace("~0", "~"))) {
                    return null;
                }
            }
            JsonLocation start = parser.currentTokenLocation();
            return new int[] {start.getLineNr(), start.getColumnNr()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves the parser from a container to the start of its member {@code segment}; false when there is none. */
    private static boolean enter(JsonParser parser, String segment) throws IOException {
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                parser.nextToken();
                if (name.equals(segment)) {
                    return true;
                }
                parser.skipChildren();
            }
        } else if (parser.currentToken() == JsonToken.START_ARRAY && segment.matches("0|[1-9][0-9]{0,8}")) {
            int index = Integer.parseInt(segment);
            for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                if (i == index) {
                    return true;
                }
                parser.skipChildren();
            }
        }
        return false;
    }

    // ---- output directories ----

    /**
     * The output directory of mutants of {@code base} on {@code line}: it starts with the output of the unmutated base,
     * every file dated long ago so that a file rewritten with the same bytes shows, and then holds the output of the
     * last mutant that generated code.
     */
    private Path outputDirectory(Base base, JacksonLine line) {
        return outputDirectories.computeIfAbsent(base.name() + "-" + line.number(), key -> {
            Path archive = temp.resolve("bases").resolve(base.name());
            new Mutant(SEED, -1, base, List.of(), List.of(), base.documents()).write(archive);
            Path out = temp.resolve("out").resolve(key);
            new Generator().run(config(archive, out, base.dispatchRoot(), true, line));
            try (Stream<Path> files = Files.walk(out)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.setLastModifiedTime(file, LONG_AGO);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        });
    }

    /**
     * After a run that generated code, the output directory holds its sources and the manifest, nothing else: no file
     * of an earlier mutant that this one does not generate, no file left aside by the writing.
     */
    private static void assertHoldsTheSourcesOnly(Path out, GenerationResult result) {
        List<String> files = snapshot(out).entrySet().stream()
                .filter(e -> !e.getValue().equals("folder"))
                .map(Map.Entry::getKey)
                .filter(name -> !name.equals(Manifest.FILE_NAME))
                .toList();
        assertTrue(files.stream().allMatch(name -> name.endsWith(".java")), () -> "not a source: " + files);
        assertEquals(result.types(), files.size(), () -> "the output directory holds " + files.size()
                + " sources; the run generated " + result.types());
    }

    /** The sources under {@code root}, each by its name and the hash of its bytes, one line each. */
    private static String contents(Path root) {
        return snapshot(root).entrySet().stream()
                .filter(e -> e.getKey().endsWith(".java"))
                .map(e -> e.getKey() + " " + e.getValue().substring(e.getValue().indexOf(' ') + 1))
                .collect(Collectors.joining("\n"));
    }

    /** Every file and folder under {@code root}: a file by its modification time and the hash of its bytes. */
    private static Map<String, String> snapshot(Path root) {
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(root)) {
            return entries;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                entries.put(name, Files.isDirectory(path) ? "folder"
                        : Files.getLastModifiedTime(path) + " " + Hashing.of(Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(path, copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- inputs ----

    private static Base bundled() {
        return SchemaMutator.read("bundled", WrappedArchiveTest.bundledArchive(), DispatchRoot.DEFAULT);
    }

    private static List<Base> fixtures() {
        return Fixtures.names().stream()
                .map(name -> SchemaMutator.read(name, Fixtures.folder(name), DispatchRoot.of(
                        Fixtures.config(name).getProperty("dispatchRoot"),
                        Fixtures.config(name).getProperty("changesPath"))))
                .toList();
    }

    // ---- reporting ----

    private void count(Mutant mutant, Outcome outcome) {
        for (Operator operator : EnumSet.copyOf(mutant.operators())) {
            int[] counts = byOperator.computeIfAbsent(operator, o -> new int[4]);
            counts[0]++;
            counts[outcome.generated() ? 1 : 3]++;
            counts[2] += outcome.compiled() ? 1 : 0;
        }
        if (outcome.generated()) {
            generated++;
            compiled += outcome.compiled() ? 1 : 0;
        } else {
            failed++;
            outcome.errors().forEach(code -> errors.merge(code.name(), 1, Integer::sum));
        }
    }

    /** Saves the mutant and what went wrong under {@link #FAILURES}; returns the description of the failure. */
    private String save(Mutant mutant, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        Path folder = FAILURES.resolve("seed-" + SEED + "-mutant-" + mutant.index()).toAbsolutePath();
        DispatchRoot root = mutant.base().dispatchRoot();
        String rootText = root.document() + (root.pointer().isEmpty() ? "" : "#" + root.pointer());
        String description = mutant + " (strict " + strict(mutant.index()) + ", Jackson "
                + line(mutant.index()).number() + ")\n  "
                + trace.toString().lines().limit(15).collect(Collectors.joining("\n    "))
                + "\n  saved" + (e instanceof NotCompiled ? ", with the sources it generated," : "")
                + "; run it again with -Dwebhookgen.schemafuzz.replay=" + folder + " or -Dwebhookgen.schemafuzz.seed="
                + SEED + " -Dwebhookgen.schemafuzz.only=" + mutant.index()
                + (OPERATORS.isBlank() ? "" : " -Dwebhookgen.schemafuzz.operators=" + OPERATORS);
        String command = "java -jar cli/target/webhookgen-cli-" + Generator.VERSION + ".jar generate --archive "
                + folder.resolve("archive") + " --package-name " + PACKAGE + " --output-directory <folder> --jackson "
                + line(mutant.index()).number() + (strict(mutant.index()) ? "" : " --no-strict")
                + (root.isGiven() ? " --dispatch-root '" + rootText + "'" : "")
                + (root.changesPath().isEmpty() ? "" : " --changes-path " + String.join(".", root.changesPath()));
        deleteTree(folder);
        mutant.write(folder.resolve("archive"));
        if (e instanceof NotCompiled notCompiled) {
            copyTree(notCompiled.sources, folder.resolve("generated"));
        }
        Properties saved = new Properties();
        saved.setProperty("seed", Long.toString(SEED));
        saved.setProperty("index", Integer.toString(mutant.index()));
        saved.setProperty("base", mutant.base().name());
        saved.setProperty("strict", Boolean.toString(strict(mutant.index())));
        saved.setProperty("jackson", line(mutant.index()).number());
        saved.setProperty("dispatchRoot", rootText);
        saved.setProperty("changesPath", String.join(".", root.changesPath()));
        for (int i = 0; i < mutant.mutations().size(); i++) {
            saved.setProperty("mutation." + (i + 1), mutant.mutations().get(i));
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve("mutant.properties"), StandardCharsets.UTF_8)) {
            saved.store(out, "webhookgen schema fuzzing: " + mutant.base().name() + " mutant");
            Files.writeString(folder.resolve("failure.txt"), description + "\n\nThe same run from the command line "
                    + "of a clone, after mvn -B package -DskipTests:\n" + command + "\n\n" + trace,
                    StandardCharsets.UTF_8);
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        return description;
    }

    private void report(int mutants, Set<Operator> operators, long millis) {
        System.out.printf("Schema fuzzing, seed %d: %d mutants in %d ms (%d ms generating, %d ms compiling); %d "
                + "generated code (%d of them compiled, with %d runs of javac, the others' sources being the same as "
                + "some compiled before), %d failed with located errors; %d failures%n", SEED, mutants, millis,
                generateMillis, compileMillis, generated, compiled, javacRuns, failed, failures.size());
        if (interfacesNotImplemented > 0) {
            System.out.println(interfacesNotImplemented + " of the compiled mutants do not implement an interface of "
                    + "the user's that a schema names (javaInterfaces), as the mutant changed a component's type");
        }
        if (!OPERATORS.isBlank()) {
            System.out.println("Operators: " + operators);
        }
        System.out.println("By operator (mutants, generated, compiled, failed):");
        byOperator.forEach((operator, counts) -> System.out.printf("  %-24s %6d %6d %6d %6d%n", operator, counts[0],
                counts[1], counts[2], counts[3]));
        System.out.println("Failed runs by the codes of their errors: " + errors);
        System.out.println("Warnings by code: " + warnings);
        failures.stream().limit(FAILURES_SHOWN).forEach(System.out::println);
    }
}
