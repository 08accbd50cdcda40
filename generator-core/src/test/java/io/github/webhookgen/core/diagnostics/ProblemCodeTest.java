package io.github.webhookgen.core.diagnostics;

import static io.github.webhookgen.core.diagnostics.Runs.assertProblem;
import static io.github.webhookgen.core.diagnostics.Runs.config;
import static io.github.webhookgen.core.diagnostics.Runs.failure;
import static io.github.webhookgen.core.diagnostics.Runs.only;
import static io.github.webhookgen.core.diagnostics.Runs.success;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.archive.ArchiveLimits;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.examples.ExampleCheck;
import io.github.webhookgen.core.examples.ExampleCheckConfig;
import io.github.webhookgen.core.examples.ProjectClasses;
import io.github.webhookgen.core.lower.DispatchRoot;
import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per {@link ProblemCode}, each provoking its code through the whole pipeline ({@code Generator.run}), or,
 * for the {@code EXAMPLE_*} codes, through the examples check ({@code ExampleCheck.run}) on compiled generated classes,
 * and checking the code, the severity, the file, the JSON pointer, and the line and column where they are known. Each
 * test is named after its code in camel case, which {@link #everyProblemCodeHasATestHere()} checks.
 */
class ProblemCodeTest {

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    @Test
    void everyProblemCodeHasATestHere() {
        Set<String> tests = Arrays.stream(ProblemCodeTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class))
                .map(Method::getName)
                .collect(Collectors.toSet());
        // No schema provokes INTERNAL_ERROR (one that did would be a defect, fixed): GenerationThreadTest checks it
        List<String> missing = Arrays.stream(ProblemCode.values())
                .filter(code -> code != ProblemCode.INTERNAL_ERROR)
                .map(ProblemCodeTest::testName)
                .filter(name -> !tests.contains(name))
                .toList();
        assertEquals(List.of(), missing);
    }

    private static String testName(ProblemCode code) {
        String[] words = code.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    @Test
    void archiveUnreadable() {
        Path missing = dir.resolve("no-such-archive.zip");

        Problem problem = only(failure(config(missing, out())), ProblemCode.ARCHIVE_UNREADABLE);

        assertProblem(problem, ProblemCode.ARCHIVE_UNREADABLE, Severity.ERROR, missing.toString(), "", 0, 0);
    }

    @Test
    void emptyArchive() {
        Path archive = TestArchive.of("webhooks_examples/example.json", "{}")
                .with("README.md", "no schemas here")
                .writeFolder(dir.resolve("archive"));

        Problem problem = only(failure(config(archive, out())), ProblemCode.EMPTY_ARCHIVE);

        assertProblem(problem, ProblemCode.EMPTY_ARCHIVE, Severity.ERROR, archive.toString(), "", 0, 0);
    }

    @Test
    void unsafeEntry() {
        Path zip = TestArchive.of("../evil.json", "{}")
                .with("webhooks/Good.json", "{\"type\": \"string\"}")
                .writeZip(dir.resolve("archive.zip"));

        Problem problem = only(failure(config(zip, out())), ProblemCode.UNSAFE_ENTRY);

        assertProblem(problem, ProblemCode.UNSAFE_ENTRY, Severity.ERROR, "../evil.json", "", 0, 0);
    }

    @Test
    void entryTooLarge() {
        Path archive = TestArchive.of("webhooks/Big.json", "{\"description\": \"" + "x".repeat(2000) + "\"}")
                .writeFolder(dir.resolve("archive"));
        GeneratorConfig config = GeneratorConfig.of(ArchiveSource.of(archive), Runs.PACKAGE, out())
                .withLimits(new ArchiveLimits(1024, 1 << 20, 100));

        Problem problem = only(failure(config), ProblemCode.ENTRY_TOO_LARGE);

        assertProblem(problem, ProblemCode.ENTRY_TOO_LARGE, Severity.ERROR, "webhooks/Big.json", "", 0, 0);
    }

    @Test
    void notUtf8() {
        byte[] latin1 = "{\"description\": \"café\"}".getBytes(StandardCharsets.ISO_8859_1);
        Path archive = TestArchive.of("webhooks/Latin.json", "").withBytes("webhooks/Latin.json", latin1)
                .writeFolder(dir.resolve("archive"));

        Problem problem = only(success(config(archive, out())).warnings(), ProblemCode.NOT_UTF8);

        assertProblem(problem, ProblemCode.NOT_UTF8, Severity.WARNING, "webhooks/Latin.json", "", 0, 0);
        assertTrue(problem.message().contains("offset 20"), problem.message());
    }

    @Test
    void malformedJson() {
        Path archive = TestArchive.of("webhooks/Broken.json", """
                {
                  "type": "object",
                  "properties": {
                    "a": { "type": "string" }
                    "b": { "type": "string" }
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        Problem problem = only(failure(config(archive, out())), ProblemCode.MALFORMED_JSON);

        assertProblem(problem, ProblemCode.MALFORMED_JSON, Severity.ERROR, "webhooks/Broken.json", "", 5, 5);
    }

    @Test
    void nonStandardJson() {
        Path archive = TestArchive.of("webhooks/Commented.json", """
                {
                  "type": "object",
                  "properties": {
                    "a": { "type": "string" }, // the name
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        Problem problem = only(success(config(archive, out())).warnings(), ProblemCode.NON_STANDARD_JSON);

        assertProblem(problem, ProblemCode.NON_STANDARD_JSON, Severity.WARNING, "webhooks/Commented.json", "", 4, 32);
    }

    @Test
    void unresolvedRef() {
        Path archive = TestArchive.of("webhooks/Order.json", """
                {
                  "type": "object",
                  "properties": {
                    "customer": { "$ref": "Client.json" }
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        Problem problem = only(failure(config(archive, out())), ProblemCode.UNRESOLVED_REF);

        assertProblem(problem, ProblemCode.UNRESOLVED_REF, Severity.ERROR, "webhooks/Order.json",
                "/properties/customer/$ref", 4, 27);
    }

    @Test
    void badPointer() {
        Path archive = TestArchive.of("webhooks/Order.json", """
                {
                  "type": "object",
                  "properties": {
                    "status": { "$ref": "#/definitions/Status" }
                  },
                  "definitions": { "State": { "type": "string" } }
                }
                """).writeFolder(dir.resolve("archive"));

        Problem problem = only(failure(config(archive, out())), ProblemCode.BAD_POINTER);

        assertProblem(problem, ProblemCode.BAD_POINTER, Severity.ERROR, "webhooks/Order.json",
                "/properties/status/$ref", 4, 25);
    }

    @Test
    void refCycle() {
        Path archive = TestArchive.of("webhooks/A.json", "{ \"$ref\": \"B.json\" }")
                .with("webhooks/B.json", "{ \"$ref\": \"A.json\" }")
                .writeFolder(dir.resolve("archive"));

        List<Problem> problems = failure(config(archive, out()));

        List<Problem> cycles = Runs.all(problems, p -> p.code() == ProblemCode.REF_CYCLE);
        assertEquals(2, cycles.size(), Runs.lines(problems));
        assertProblem(cycles.get(0), ProblemCode.REF_CYCLE, Severity.ERROR, "webhooks/A.json", "", 1, 1);
        assertProblem(cycles.get(1), ProblemCode.REF_CYCLE, Severity.ERROR, "webhooks/B.json", "", 1, 1);
    }

    @Test
    void duplicateDiscriminator() {
        Path archive = TestArchive.of("webhooks/Event.json", """
                {
                  "oneOf": [
                    { "type": "object", "properties": { "type": { "const": "created" } } },
                    { "type": "object", "properties": { "type": { "const": "deleted" } } },
                    { "type": "object", "properties": { "type": { "const": "created" } } }
                  ]
                }
                """).writeFolder(dir.resolve("archive"));

        Problem problem = only(success(config(archive, out())).warnings(), ProblemCode.DUPLICATE_DISCRIMINATOR);

        assertProblem(problem, ProblemCode.DUPLICATE_DISCRIMINATOR, Severity.WARNING, "webhooks/Event.json",
                "/oneOf/2", 5, 5);
    }

    @Test
    void noDiscriminator() {
        Path archive = TestArchive.of("webhooks/Holder.json", """
                {
                  "type": "object",
                  "properties": {
                    "payload": { "oneOf": [ { "properties": { "a": {} } }, { "properties": { "b": {} } } ] }
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        Problem problem = only(success(config(archive, out())).warnings(), ProblemCode.NO_DISCRIMINATOR);

        assertProblem(problem, ProblemCode.NO_DISCRIMINATOR, Severity.WARNING, "webhooks/Holder.json",
                "/properties/payload", 4, 16);
    }

    @Test
    void nonStandardKeyword() {
        Path archive = TestArchive.of("webhooks/Counter.json", """
                {
                  "type": "object",
                  "properties": {
                    "count": { "type": "Long" }
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        Problem problem = only(success(config(archive, out())).warnings(), ProblemCode.NON_STANDARD_KEYWORD);

        assertProblem(problem, ProblemCode.NON_STANDARD_KEYWORD, Severity.WARNING, "webhooks/Counter.json",
                "/properties/count/type", 4, 24);
    }

    @Test
    void unsupportedKeyword() {
        Path archive = TestArchive.of("webhooks/Name.json", """
                {
                  "type": "object",
                  "properties": {
                    "tags": { "type": "object", "dependentSchemas": { "x": { "required": ["y"] } } }
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        Problem problem = only(success(config(archive, out())).warnings(), ProblemCode.UNSUPPORTED_KEYWORD);

        assertProblem(problem, ProblemCode.UNSUPPORTED_KEYWORD, Severity.WARNING, "webhooks/Name.json",
                "/properties/tags/dependentSchemas", 4, 53);
    }

    @Test
    void invalidSchema() {
        Path archive = TestArchive.of("webhooks/Odd.json", """
                {
                  "type": "object",
                  "properties": {
                    "size": 12
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        Problem problem = only(success(config(archive, out())).warnings(), ProblemCode.INVALID_SCHEMA);

        assertProblem(problem, ProblemCode.INVALID_SCHEMA, Severity.WARNING, "webhooks/Odd.json", "/properties/size",
                4, 13);
    }

    @Test
    void tooDeep() {
        // 33 objects, each the property "a" of the one before: the 33rd is nested 33 deep, one more than a document
        // may nest
        String deep = "{\"type\": \"object\", \"properties\": {\"a\": ".repeat(33) + "{}" + "}}".repeat(33);
        Path archive = TestArchive.of("webhooks/Deep.json", deep).writeFolder(dir.resolve("archive"));

        Problem problem = only(success(config(archive, out())).warnings(), ProblemCode.TOO_DEEP);

        assertProblem(problem, ProblemCode.TOO_DEEP, Severity.WARNING, "webhooks/Deep.json",
                "/properties/a".repeat(32), 1, 1 + 32 * 39);
    }

    @Test
    void nameClash() {
        Path archive = TestArchive.of("webhooks/User.json", """
                {
                  "type": "object",
                  "properties": {
                    "id": { "type": "object", "properties": { "value": { "type": "string" } } },
                    "ID": { "type": "object", "properties": { "value": { "type": "string" } } }
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        Problem problem = only(success(config(archive, out())).warnings(), ProblemCode.NAME_CLASH);

        assertProblem(problem, ProblemCode.NAME_CLASH, Severity.WARNING, "webhooks/User.json", "/properties/ID", 5,
                11);
    }

    @Test
    void invalidConfig() {
        Path archive = TestArchive.of("webhooks/Name.json", "{\"type\": \"string\"}").writeFolder(dir.resolve("a"));
        GeneratorConfig config = GeneratorConfig.of(ArchiveSource.of(archive), "com.example.class", out());

        Problem problem = only(failure(config), ProblemCode.INVALID_CONFIG);

        assertProblem(problem, ProblemCode.INVALID_CONFIG, Severity.ERROR, "configuration", "", 0, 0);
    }

    @Test
    void outputFailed() throws IOException {
        Path archive = TestArchive.of("webhooks/Name.json", """
                { "type": "object", "properties": { "first": { "type": "string" } } }
                """).writeFolder(dir.resolve("archive"));
        Path output = Files.writeString(dir.resolve("out"), "a file where the output directory should be");

        Problem problem = only(failure(config(archive, output)), ProblemCode.OUTPUT_FAILED);

        assertProblem(problem, ProblemCode.OUTPUT_FAILED, Severity.ERROR, output.toString(), "", 0, 0);
    }

    @Test
    void noDispatchRoot() {
        Path archive = TestArchive.of("events/Message.json", """
                {
                  "definitions": {
                    "Message": { "properties": { "kind": { "type": "string" } } }
                  }
                }
                """).writeFolder(dir.resolve("archive"));
        GeneratorConfig config = config(archive, out())
                .withDispatchRoot(DispatchRoot.of("events/Message.json#/definitions/Message", ""));

        Problem problem = only(success(config).warnings(), ProblemCode.NO_DISPATCH_ROOT);

        assertProblem(problem, ProblemCode.NO_DISPATCH_ROOT, Severity.WARNING, "events/Message.json",
                "/definitions/Message", 3, 16);
    }

    @Test
    void exampleUnreadable() throws IOException {
        Path archive = exampleArchive("webhooks_examples/text.json", """
                {"type": "ms.Messaging", "body": {"changes": [
                  {"sequence": 1, "event": {"type": "Text", "message": 42}}]}}
                """);

        Problem problem = onlyExampleProblem(archive, ProblemCode.EXAMPLE_UNREADABLE);

        assertProblem(problem, ProblemCode.EXAMPLE_UNREADABLE, Severity.ERROR,
                archive + File.separator + "webhooks_examples/text.json", "/body/changes/0/event/message", 2, 56);
    }

    @Test
    void exampleNotRoundTripped() throws IOException {
        Path archive = exampleArchive("webhooks_examples/zero.json", """
                {"type": "ms.Messaging", "body": {"changes": [
                  {"sequence": 1, "event": {"type": "Text", "score": -0.0}}]}}
                """);

        Problem problem = onlyExampleProblem(archive, ProblemCode.EXAMPLE_NOT_ROUND_TRIPPED);

        assertProblem(problem, ProblemCode.EXAMPLE_NOT_ROUND_TRIPPED, Severity.ERROR,
                archive + File.separator + "webhooks_examples/zero.json", "/body/changes/0/event/score", 2, 54);
    }

    @Test
    void exampleNotDispatched() throws IOException {
        Path archive = exampleArchive("webhooks_examples/two.json", """
                {"type": "cqm.State", "body": {"changes": []}}
                {"type": "cqm.State", "body": {"changes": []}}
                """);

        Problem problem = onlyExampleProblem(archive, ProblemCode.EXAMPLE_NOT_DISPATCHED);

        assertProblem(problem, ProblemCode.EXAMPLE_NOT_DISPATCHED, Severity.ERROR,
                archive + File.separator + "webhooks_examples/two.json", "", 2, 1);
    }

    @Test
    void exampleNotValid() throws IOException {
        Path archive = exampleArchive("webhooks_examples/delivered.json", """
                {"type": "ms.Messaging", "body": {"changes": [
                  {"sequence": 1, "event": {"type": "Accept", "status": "DELIVERED"}}]}}
                """);

        Problem problem = onlyExampleProblem(archive, ProblemCode.EXAMPLE_NOT_VALID);

        assertProblem(problem, ProblemCode.EXAMPLE_NOT_VALID, Severity.WARNING,
                archive + File.separator + "webhooks_examples/delivered.json", "/body/changes/0/event/status", 2, 57);
    }

    @Test
    void examplesNotValidated() throws IOException {
        Path archive = exampleArchive("webhooks_examples/state.json", """
                {"type": "cqm.State", "body": {"changes": []}}
                """);
        Files.writeString(archive.resolve("webhooks/State.json"), """
                {"type": "object", "properties": {
                  "body": {"$ref": "#/definitions/Body"}}}
                """);

        Problem problem = onlyExampleProblem(archive, ProblemCode.EXAMPLES_NOT_VALIDATED);

        assertProblem(problem, ProblemCode.EXAMPLES_NOT_VALIDATED, Severity.WARNING,
                archive + File.separator + "webhooks/State.json", "/properties/body/$ref", 2, 20);
    }

    /** The examples check's test archive with one example; its classes are generated and compiled once. */
    private Path exampleArchive(String path, String example) {
        return ProjectClasses.archive(dir.resolve("archive"), path, example);
    }

    /**
     * The one problem with {@code code} that the examples check finds. (An example the generated code cannot read is
     * most often also one the schemas do not allow: an {@code EXAMPLE_NOT_VALID} warning comes with the error.)
     */
    private static Problem onlyExampleProblem(Path archive, ProblemCode code) throws IOException {
        ProjectClasses.Compiled compiled = ProjectClasses.compiled();
        try (URLClassLoader classes = compiled.loader()) {
            List<Problem> problems = new ExampleCheck().run(
                    ExampleCheckConfig.of(ArchiveSource.of(archive), ProjectClasses.generatedFrom(archive)), classes)
                    .problems();
            List<Problem> found = Runs.all(problems, p -> p.code() == code);
            assertEquals(1, found.size(), problems::toString);
            return found.get(0);
        }
    }
}
