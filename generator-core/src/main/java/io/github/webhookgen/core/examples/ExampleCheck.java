package io.github.webhookgen.core.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.webhookgen.core.archive.Archive;
import io.github.webhookgen.core.archive.ArchiveLoader;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.examples.ProjectJackson.CallFailure;
import io.github.webhookgen.core.schema.ArchiveUris;
import io.github.webhookgen.core.write.EntryPoints;
import io.github.webhookgen.core.write.Manifest;
import io.github.webhookgen.core.write.OutputWriter;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Proves an archive's examples against the classes generated from it, compiled, in the project's class loader and
 * with the project's Jackson: each example is read into the generated root type with a plain mapper, written back and
 * compared with the original JSON, parsed by the generated {@code Webhooks.parse} (which must read it as the plain
 * mapper does), and dispatched to a visitor that records the methods called. Each example is also validated against
 * the archive's schemas by an independent validator ({@link SchemaValidation}): the generated code keeps a value the
 * schemas do not allow when it has the JSON type they declare, so only the validator shows it.
 *
 * <p>The generated classes are found by the names the generating run recorded in its manifest. Problems with the
 * user's input never throw: they are in the {@link ExampleReport}.
 */
public final class ExampleCheck {

    /** How many differences of one example the report lists. */
    static final int DIFFERENCES_KEPT = 20;

    /** How long a schema location may be to be named in full in a problem's message; the report has it in full. */
    static final int SCHEMA_NOTE_LENGTH = 100;

    private static final ObjectMapper TREES = new ObjectMapper();

    /** The compiled generated classes and the project's Jackson. */
    private record Target(Class<?> root, Class<?> visitor, Method parse, Method dispatch, ProjectJackson jackson) {

        String rootName() {
            return root.getSimpleName();
        }

        String dispatcherName() {
            return parse.getDeclaringClass().getSimpleName();
        }
    }

    /**
     * Checks every example named by {@code config} against the compiled classes that {@code projectClasses} loads.
     * Calls the project's code, with {@code projectClasses} as the thread's context class loader meanwhile.
     */
    public ExampleReport run(ExampleCheckConfig config, ClassLoader projectClasses) {
        Problems problems = new Problems();
        config.dispatchRoot().mistakes().forEach(mistake ->
                problems.error(ProblemCode.INVALID_CONFIG, Location.of("configuration"), mistake));
        ArchiveUris.of(config.uriMappings(), problems);
        List<Example> examples = problems.hasErrors() ? List.of() : examples(config, problems);
        if (!problems.hasErrors() && !examples.isEmpty()) {
            checkSameSchemas(config, problems);
        }
        if (problems.hasErrors()) {
            return ExampleReport.notChecked(problems.all());
        }
        if (examples.isEmpty()) {
            return new ExampleReport(null, null, List.of(), List.of(), List.of(), false, List.of());
        }
        Problems loading = new Problems();
        Optional<SchemaValidation> validation = SchemaValidation.load(config, loading);
        List<Problem> schemaProblems = loading.all().stream().map(p -> p.under(config.source().fileRoot())).toList();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(projectClasses);
        try {
            Optional<EntryPoints> entryPoints = entryPoints(config.outputDirectory(), problems);
            Target target = entryPoints.isEmpty() ? null : target(entryPoints.get(), projectClasses, problems);
            if (target == null) {
                return ExampleReport.notChecked(problems.all());
            }
            List<ExampleResult> results = examples.stream()
                    .map(example -> check(example, target, validation, config.strict()))
                    .toList();
            List<String> visitorMethods = target.visitor() == null ? List.of()
                    : Arrays.stream(target.visitor().getMethods()).map(Method::getName).distinct().sorted().toList();
            return new ExampleReport(target.root().getName(), target.jackson().line(), visitorMethods, results,
                    List.of(), validation.isPresent(), schemaProblems);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    // ---- what to check ----

    private static List<Example> examples(ExampleCheckConfig config, Problems problems) {
        List<Example> examples = new ArrayList<>();
        read(ArchiveLoader.examples(config.limits(), config.excludes()), config.source(), examples, problems);
        for (Path folder : config.directories()) {
            if (!Files.isDirectory(folder)) {
                problems.error(ProblemCode.ARCHIVE_UNREADABLE, Location.of(folder.toString()),
                        "cannot read the examples: no such directory");
                continue;
            }
            read(ArchiveLoader.jsonFiles(config.limits(), config.excludes()), new ArchiveSource.Directory(folder),
                    examples, problems);
        }
        examples.sort(Comparator.comparing((Example e) -> e.root() + e.path()));
        return examples;
    }

    private static void read(ArchiveLoader loader, ArchiveSource source, List<Example> examples, Problems problems) {
        Problems found = new Problems();
        Archive archive = loader.load(source, found);
        found.all().forEach(problem -> problems.report(problem.under(source.fileRoot())));
        archive.documents().forEach((path, json) -> examples.add(new Example(source.fileRoot(), path, json)));
    }

    // ---- what to check them with ----

    /**
     * Refuses to check examples against classes generated from other schemas than the archive's (a {@code generate}
     * configured with another archive, an output directory of another execution): every example would read as an
     * unknown kind and pass, unchecked. Sources of a generator that did not record their schemas are not compared.
     */
    private static void checkSameSchemas(ExampleCheckConfig config, Problems problems) {
        Optional<String> generatedFrom = new OutputWriter(config.outputDirectory()).schemas();
        if (generatedFrom.isEmpty()) {
            return;
        }
        Archive archive = new ArchiveLoader(config.limits(), config.excludes()).load(config.source(), new Problems());
        if (!generatedFrom.get().equals(Manifest.schemasOf(archive))) {
            problems.error(ProblemCode.INVALID_CONFIG, Location.of(config.outputDirectory().toString()),
                    "the sources here were generated from other schemas than those of " + archive.name()
                            + ", whose examples are to be checked: give generate and verify-examples the same archive "
                            + "and excludes (configure them at the plugin level, where both goals see them)");
        }
    }

    private static Optional<EntryPoints> entryPoints(Path outputDirectory, Problems problems) {
        OutputWriter output = new OutputWriter(outputDirectory);
        Optional<EntryPoints> entryPoints = output.entryPoints();
        if (entryPoints.isEmpty()) {
            problems.error(ProblemCode.INVALID_CONFIG, Location.of(outputDirectory.toString()),
                    output.generatedFileCount() == 0
                            ? "no generated sources here (" + Manifest.FILE_NAME + "): generate into this directory "
                                    + "before checking the examples"
                            : "the generated sources here have no root type to read the examples into: the archive "
                                    + "has no type at its dispatch root");
        }
        return entryPoints;
    }

    private static Target target(EntryPoints entryPoints, ClassLoader loader, Problems problems) {
        try {
            Class<?> root = Class.forName(entryPoints.rootType(), true, loader);
            Optional<ProjectJackson> jackson = ProjectJackson.of(loader, root);
            if (jackson.isEmpty()) {
                problems.error(ProblemCode.INVALID_CONFIG, Location.of("classpath"), "neither Jackson 2 ("
                        + ProjectJackson.Line.JACKSON_2.mapper + ") nor Jackson 3 (" + ProjectJackson.Line.JACKSON_3.mapper
                        + ") is on the project's classpath");
                return null;
            }
            if (!entryPoints.hasDispatcher()) {
                return new Target(root, null, null, null, jackson.get());
            }
            Class<?> visitor = Class.forName(entryPoints.visitor(), true, loader);
            Class<?> dispatcher = Class.forName(entryPoints.dispatcher(), true, loader);
            return new Target(root, visitor, dispatcher.getMethod("parse", byte[].class),
                    dispatcher.getMethod("dispatch", root, visitor), jackson.get());
        } catch (ClassNotFoundException e) {
            problems.error(ProblemCode.INVALID_CONFIG, Location.of("classpath"), "the generated class "
                    + e.getMessage() + " is not on the project's classpath: compile the generated sources before "
                    + "checking the examples");
        } catch (NoSuchMethodException e) {
            problems.error(ProblemCode.INVALID_CONFIG, Location.of("classpath"), "the generated dispatcher has no "
                    + "method " + e.getMessage() + ": it was compiled from another generation; rebuild");
        } catch (ReflectiveOperationException | LinkageError e) {
            problems.error(ProblemCode.INVALID_CONFIG, Location.of("classpath"), "the generated classes cannot be "
                    + "loaded with the project's classpath: " + e);
        }
        return null;
    }

    // ---- one example ----

    private static ExampleResult check(Example example, Target target, Optional<SchemaValidation> validation,
            boolean strict) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> notValidated = new ArrayList<>();
        List<SchemaViolation> violations = validate(example, validation, strict, notValidated);
        Object parsed;
        try {
            parsed = target.jackson().read(example.json(), target.root());
        } catch (CallFailure e) {
            problems.add(failure(ProblemCode.EXAMPLE_UNREADABLE, example, e,
                    "cannot be read as " + target.rootName() + ": " + e.describe()));
            return new ExampleResult(example.root(), example.path(), null, false, false, List.of(), List.of(),
                    violations, withViolations(problems, notValidated, example, violations, strict));
        }
        if (parsed == null) {
            problems.add(problem(ProblemCode.EXAMPLE_UNREADABLE, example, "", "is JSON null, not a "
                    + target.rootName()));
            return new ExampleResult(example.root(), example.path(), null, false, false, List.of(), List.of(),
                    violations, withViolations(problems, notValidated, example, violations, strict));
        }
        List<String> differences = roundTrip(example, parsed, target, problems);
        boolean roundTripped = problems.isEmpty();
        List<String> calls = List.of();
        boolean dispatched = false;
        if (target.dispatch() != null) {
            int before = problems.size();
            parseAgain(example, parsed, target, problems);
            calls = dispatch(example, parsed, target, problems);
            dispatched = problems.size() == before;
        }
        return new ExampleResult(example.root(), example.path(), typeName(parsed.getClass(), target.root()),
                roundTripped, dispatched, calls, differences, violations,
                withViolations(problems, notValidated, example, violations, strict));
    }

    /**
     * The values of the example that the schemas do not allow; none when there is no validator. Where the validator
     * fails on the example, one problem in {@code notValidated} says so.
     */
    private static List<SchemaViolation> validate(Example example, Optional<SchemaValidation> validation,
            boolean strict, List<Problem> notValidated) {
        if (validation.isEmpty()) {
            return List.of();
        }
        try {
            return validation.get().violations(example.json());
        } catch (SchemaValidation.NotValidated e) {
            notValidated.add(SchemaValidation.problem(strict, ProblemCode.EXAMPLES_NOT_VALIDATED,
                    Location.of(example.path(), ""), "is not validated against the schemas: " + e.getMessage())
                    .under(example.root()));
            return List.of();
        }
    }

    /** Writes {@code parsed} back and compares it with the example; gives every difference, in words. */
    private static List<String> roundTrip(Example example, Object parsed, Target target, List<Problem> problems) {
        try {
            String written = target.jackson().write(parsed);
            JsonNode before = TREES.readTree(example.json());
            List<TreeDifference> differences = TreeDifference.between(before, TREES.readTree(written),
                    DIFFERENCES_KEPT + 1);
            if (differences.isEmpty()) {
                return List.of();
            }
            TreeDifference first = differences.get(0);
            String more = differences.size() == 1 ? ""
                    : differences.size() > DIFFERENCES_KEPT ? " (and more differences)"
                    : " (and " + (differences.size() - 1) + " more differences)";
            problems.add(problem(ProblemCode.EXAMPLE_NOT_ROUND_TRIPPED, example, first.pointer(),
                    "round trip differs: " + first.describe() + more));
            return differences.stream().limit(DIFFERENCES_KEPT)
                    .map(d -> (d.pointer().isEmpty() ? "(document)" : d.pointer()) + ": " + d.describe()).toList();
        } catch (CallFailure e) {
            problems.add(failure(ProblemCode.EXAMPLE_NOT_ROUND_TRIPPED, example, e,
                    "cannot be written back: " + e.describe()));
        } catch (IOException e) {
            problems.add(problem(ProblemCode.EXAMPLE_NOT_ROUND_TRIPPED, example, "",
                    "is not JSON that a plain Jackson tree reads back: " + e.getMessage()));
        }
        return List.of();
    }

    /** Parses the example with the generated entry point, which must agree with the plain mapper. */
    private static void parseAgain(Example example, Object parsed, Target target, List<Problem> problems) {
        try {
            Object entered = target.jackson().call(target.parse(), null, (Object) example.json());
            if (!parsed.equals(entered)) {
                problems.add(problem(ProblemCode.EXAMPLE_NOT_DISPATCHED, example, "", target.dispatcherName()
                        + ".parse reads it differently from a plain mapper"));
            }
        } catch (CallFailure e) {
            problems.add(failure(ProblemCode.EXAMPLE_NOT_DISPATCHED, example, e,
                    target.dispatcherName() + ".parse rejects it: " + e.describe()));
        }
    }

    /** Dispatches the parsed example to a recording visitor; gives the methods called, in order. */
    private static List<String> dispatch(Example example, Object parsed, Target target, List<Problem> problems) {
        CallRecorder recorder = new CallRecorder();
        try {
            target.jackson().call(target.dispatch(), null, parsed, recorder.implementing(target.visitor()));
        } catch (CallFailure e) {
            problems.add(problem(ProblemCode.EXAMPLE_NOT_DISPATCHED, example, "",
                    target.dispatcherName() + ".dispatch throws " + e.describe()));
        }
        return recorder.calls();
    }

    // ---- problems ----

    /**
     * The problems of the check, then those of the validation: whether it failed on the example, and one per value the
     * schemas do not allow, a warning, since the generated code keeps the value, or an error when the check is strict.
     */
    private static List<Problem> withViolations(List<Problem> problems, List<Problem> notValidated, Example example,
            List<SchemaViolation> violations, boolean strict) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(notValidated);
        for (SchemaViolation violation : violations) {
            Location location = new Location(example.path(), violation.pointer(), violation.line(), violation.column());
            all.add(SchemaValidation.problem(strict, ProblemCode.EXAMPLE_NOT_VALID, location,
                    "not valid against the schemas: " + violation.message() + schemaNote(violation.schema()))
                    .under(example.root()));
        }
        return all;
    }

    /**
     * A problem at the place a call failure names: the value at Jackson's path, found in the example's text (Jackson's
     * own location is where its parser stood, which is past the value when a union read ahead to its discriminator);
     * Jackson's location when there is no path (a syntax error).
     */
    private static Problem failure(ProblemCode code, Example example, CallFailure failure, String message) {
        int[] at = failure.pointer().isEmpty() && failure.line() > 0 ? new int[] {failure.line(), failure.column()}
                : JsonPositions.of(example.json(), failure.pointer());
        return Problem.error(code, new Location(example.path(), failure.pointer(), at[0], at[1]), message)
                .under(example.root());
    }

    /** Where in the schemas a violation comes from, for a message: in full when short, else its document. */
    private static String schemaNote(String schema) {
        if (schema.isEmpty()) {
            return "";
        }
        int hash = schema.indexOf('#');
        return " (schema " + (schema.length() <= SCHEMA_NOTE_LENGTH || hash < 0 ? schema : schema.substring(0, hash))
                + ")";
    }

    /** A problem at the value {@code pointer} names in the example, with its line and column. */
    private static Problem problem(ProblemCode code, Example example, String pointer, String message) {
        int[] at = JsonPositions.of(example.json(), pointer);
        return Problem.error(code, new Location(example.path(), pointer, at[0], at[1]), message)
                .under(example.root());
    }

    /** {@code MessagingEventNotification}, {@code WsNotificationMsg.Unknown}: the class named inside its package. */
    private static String typeName(Class<?> type, Class<?> root) {
        String name = type.getName();
        String prefix = root.getPackageName().isEmpty() ? "" : root.getPackageName() + ".";
        return (name.startsWith(prefix) ? name.substring(prefix.length()) : name).replace('$', '.');
    }
}
