package io.github.webhookgen.core.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.webhookgen.core.InlineSchemas;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples check on a small archive, generated and compiled once, and loaded as a build loads a project's classes:
 * the generated classes and Jackson 2, nothing of the test's.
 */
class ExampleCheckTest {

    static final String MESSAGING = """
            {"type": "ms.Messaging", "body": {"changes": [
              {"sequence": 12, "event": {"type": "Text", "message": "hi", "score": 0.5, "extra": [1, {"a": null}]}},
              {"sequence": 13, "event": {"type": "Accept", "status": "READ"}},
              {"sequence": 14, "event": {"type": "Reaction"}}]}}
            """;
    static final String STATE = """
            {"body": {"changes": [{"state": "OPEN"}, {"state": "CLOSE"}]}, "type": "cqm.State"}
            """;
    static final String OTHER = """
            {"type": "ms.Other", "body": {}}
            """;

    static Path output;
    static Path compiledClasses;
    static URLClassLoader classes;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() {
        output = ProjectClasses.compiled().sources();
        compiledClasses = ProjectClasses.compiled().classes();
        classes = ProjectClasses.compiled().loader();
    }

    @AfterAll
    static void close() throws IOException {
        classes.close();
    }

    @Test
    void everyExampleIsReadWrittenBackParsedAndDispatched() {
        Path archive = archive("webhooks_examples/messaging.json", MESSAGING, "webhooks_examples/state.json", STATE,
                "webhooks_examples/other.json", OTHER);

        ExampleReport report = check(archive);

        assertEquals(List.of(), report.problems());
        assertFalse(report.hasErrors());
        assertEquals("com.example.hooks.WsNotificationMsg", report.rootType());
        assertEquals("2", report.jackson());
        Map<String, ExampleResult> results = byPath(report);
        assertEquals(List.of("webhooks_examples/messaging.json", "webhooks_examples/other.json",
                "webhooks_examples/state.json"), List.copyOf(results.keySet()));
        assertEquals("Messaging", results.get("webhooks_examples/messaging.json").type());
        assertEquals(List.of("visitText", "visitAccept", "visitUnknownEvent"),
                results.get("webhooks_examples/messaging.json").calls());
        assertEquals("State", results.get("webhooks_examples/state.json").type());
        assertEquals(List.of("visitState", "visitState"), results.get("webhooks_examples/state.json").calls());
        assertEquals("WsNotificationMsg.Unknown", results.get("webhooks_examples/other.json").type());
        assertEquals(List.of("visitUnknownWsNotificationMsg"), results.get("webhooks_examples/other.json").calls());
        assertTrue(results.values().stream().allMatch(r -> r.roundTripped() && r.dispatched() && r.passed()));
        assertEquals(Map.of("visitAccept", 1, "visitState", 2, "visitText", 1, "visitUnknownEvent", 1,
                "visitUnknownWsNotificationMsg", 1), report.calls());
        assertEquals("webhookgen: checked 3 examples as WsNotificationMsg with Jackson 2: 3 round-tripped, "
                + "3 dispatched, 0 failed; visitor calls: visitAccept 1, visitState 2, visitText 1, "
                + "visitUnknownEvent 1, visitUnknownWsNotificationMsg 1", report.summary());
    }

    @Test
    void aValueOfTheWrongJsonTypeCannotBeReadAndTheProblemNamesJacksonsPathAndWhereTheValueIs() {
        // The discriminator comes last: the union reads ahead to it, so Jackson's parser stands past the value.
        Path archive = archive("webhooks_examples/bad.json", """
                {"body":
                  {"changes": [{"sequence": "12"}]},
                 "type": "ms.Messaging"}
                """);

        ExampleReport report = check(archive);

        Problem problem = only(report);
        assertEquals(ProblemCode.EXAMPLE_UNREADABLE, problem.code());
        assertEquals(archive + File.separator + "webhooks_examples/bad.json", problem.location().file());
        assertEquals("/body/changes/0/sequence", problem.location().pointer());
        assertEquals(2, problem.location().line());
        assertEquals(29, problem.location().column());
        assertEquals(archive + File.separator + "webhooks_examples/bad.json:2:29: error: [EXAMPLE_UNREADABLE] cannot "
                + "be read as WsNotificationMsg: Expected an integer, found VALUE_STRING (Jackson path "
                + "body.changes[0].sequence) (at #/body/changes/0/sequence)", problem.toString());
        ExampleResult result = report.results().get(0);
        assertEquals(null, result.type());
        assertFalse(result.roundTripped());
        assertEquals("webhookgen: 1 of 1 examples failed the check, listed above", report.failureSummary());
    }

    @Test
    void aValueThatReadsButIsWrittenBackDifferentlyIsReportedWithBothValues() {
        Path archive = archive("webhooks_examples/zero.json", """
                {"type": "ms.Messaging", "body": {"changes": [
                  {"sequence": 1, "event": {"type": "Text", "score": -0.0}}]}}
                """);

        ExampleReport report = check(archive);

        Problem problem = only(report);
        assertEquals(ProblemCode.EXAMPLE_NOT_ROUND_TRIPPED, problem.code());
        assertEquals("/body/changes/0/event/score", problem.location().pointer());
        assertEquals("round trip differs: before -0.0, after 0.0", problem.message());
        assertEquals(2, problem.location().line());
        ExampleResult result = report.results().get(0);
        assertEquals("Messaging", result.type());
        assertFalse(result.roundTripped());
        assertEquals(List.of("/body/changes/0/event/score: before -0.0, after 0.0"), result.differences());
        assertTrue(result.dispatched());
    }

    @Test
    void everyFailingExampleIsReportedNotOnlyTheFirst() {
        Path archive = archive(
                "webhooks_examples/a-wrong-type.json", "{\"type\": \"ms.Messaging\", \"body\": []}",
                "webhooks_examples/b-good.json", STATE,
                "webhooks_examples/c-not-json.json", "{\"type\": \"ms.Messaging\",\n  \"body\": {\"changes\": [}",
                "webhooks_examples/d-null.json", "null");

        ExampleReport report = check(archive);

        assertEquals(List.of(
                "webhooks_examples/a-wrong-type.json:1:34: error: [EXAMPLE_UNREADABLE] cannot be read as "
                        + "WsNotificationMsg: Expected an object, found START_ARRAY (Jackson path body) (at #/body)",
                "webhooks_examples/c-not-json.json:2:24: error: [EXAMPLE_UNREADABLE] cannot be read as "
                        + "WsNotificationMsg: Unexpected close marker '}': expected ']' (for Array starting at "
                        + "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 2, "
                        + "column: 23])",
                "webhooks_examples/d-null.json:1:1: error: [EXAMPLE_UNREADABLE] is JSON null, not a "
                        + "WsNotificationMsg"),
                report.problems().stream().map(p -> p.toString().substring(archive.toString().length() + 1)).toList());
        assertEquals("webhookgen: 3 of 4 examples failed the check, listed above", report.failureSummary());
        assertTrue(report.summary().startsWith("webhookgen: checked 4 examples as WsNotificationMsg with Jackson 2: "
                + "1 round-tripped, 1 dispatched, 3 failed;"), report.summary());
    }

    @Test
    void contentAfterTheNotificationIsRejectedByTheGeneratedEntryPointOnly() {
        Path archive = archive("webhooks_examples/trailing.json", STATE.strip() + " {}");

        ExampleReport report = check(archive);

        Problem problem = only(report);
        assertEquals(ProblemCode.EXAMPLE_NOT_DISPATCHED, problem.code());
        assertTrue(problem.message().startsWith("Webhooks.parse rejects it: Trailing token (of type START_OBJECT) "
                + "found after value"), problem.message());
        ExampleResult result = report.results().get(0);
        assertTrue(result.roundTripped());
        assertFalse(result.dispatched());
        assertEquals(List.of("visitState", "visitState"), result.calls());
    }

    @Test
    void theFoldersOfExampleDirectoriesAreCheckedTooWithTheirOwnFileNames() throws IOException {
        Path archive = archive("webhooks_examples/state.json", STATE);
        Path captured = InlineSchemas.write(temp.resolve("captured"), "2024/one.json", OTHER,
                "2024/two.json", "{\"type\": \"cqm.State\", \"body\": {\"changes\": {}}}", "notes.txt", "not JSON");

        ExampleReport report = new ExampleCheck().run(ExampleCheckConfig.of(ArchiveSource.of(archive), output)
                .withDirectories(List.of(captured)), classes);

        assertEquals(List.of(archive + File.separator + "webhooks_examples/state.json",
                captured + File.separator + "2024/one.json", captured + File.separator + "2024/two.json"),
                report.results().stream().map(r -> r.root() + r.path()).toList());
        assertEquals(captured + File.separator + "2024/two.json:1:43: error: [EXAMPLE_UNREADABLE] cannot be read as "
                + "WsNotificationMsg: Expected an array, found START_OBJECT (Jackson path body.changes) "
                + "(at #/body/changes)", only(report).toString());
    }

    @Test
    void excludedExamplesAreNotRead() {
        Path archive = archive("webhooks_examples/state.json", STATE, "webhooks_examples/broken/bad.json", "[");

        ExampleReport report = new ExampleCheck().run(ExampleCheckConfig.of(ArchiveSource.of(archive), output)
                .withExcludes(List.of("**/broken/**")), classes);

        assertEquals(List.of("webhooks_examples/state.json"), List.copyOf(byPath(report).keySet()));
        assertFalse(report.hasErrors());
    }

    @Test
    void anArchiveWithoutExamplesHasNothingToCheckAndNeedsNoGeneratedClasses() {
        Path archive = archive();

        ExampleReport report = new ExampleCheck().run(
                ExampleCheckConfig.of(ArchiveSource.of(archive), temp.resolve("nothing-generated")), classes);

        assertFalse(report.hasExamples());
        assertFalse(report.hasErrors());
        assertEquals("webhookgen: no examples to check (no .json file in the archive's *_examples/ folders or in the "
                + "example directories)", report.summary());
    }

    @Test
    void aMissingExampleDirectoryIsAProblem() {
        Path missing = temp.resolve("no-such-folder");

        ExampleReport report = new ExampleCheck().run(ExampleCheckConfig.of(ArchiveSource.of(archive()), output)
                .withDirectories(List.of(missing)), classes);

        assertEquals(List.of(missing + ": error: [ARCHIVE_UNREADABLE] cannot read the examples: no such directory"),
                report.problems().stream().map(Problem::toString).toList());
        assertTrue(report.hasErrors());
    }

    @Test
    void withoutGeneratedSourcesTheCheckSaysWhatToDo() {
        Path empty = temp.resolve("empty");

        ExampleReport report = new ExampleCheck().run(
                ExampleCheckConfig.of(ArchiveSource.of(archive("webhooks_examples/state.json", STATE)), empty),
                classes);

        assertEquals(List.of(empty + ": error: [INVALID_CONFIG] no generated sources here (.webhookgen-manifest): "
                + "generate into this directory before checking the examples"),
                report.problems().stream().map(Problem::toString).toList());
        assertEquals("webhookgen: the examples cannot be checked: 1 error(s), listed above", report.failureSummary());
    }

    @Test
    void withoutTheCompiledClassesTheCheckSaysWhatToDo() throws IOException {
        try (URLClassLoader jacksonOnly = ProjectClasses.loader(temp, ProjectClasses.jars(ProjectClasses.JACKSON_2))) {
            ExampleReport report = new ExampleCheck().run(ExampleCheckConfig.of(
                    ArchiveSource.of(archive("webhooks_examples/state.json", STATE)), output), jacksonOnly);

            assertEquals(List.of("classpath: error: [INVALID_CONFIG] the generated class "
                    + "com.example.hooks.WsNotificationMsg is not on the project's classpath: compile the generated "
                    + "sources before checking the examples"), report.problems().stream().map(Problem::toString).toList());
        }
    }

    @Test
    void withoutJacksonOnTheClasspathTheCheckSaysSo() throws IOException {
        try (URLClassLoader noJackson = ProjectClasses.loader(compiledClasses, List.of())) {
            ExampleReport report = new ExampleCheck().run(ExampleCheckConfig.of(
                    ArchiveSource.of(archive("webhooks_examples/state.json", STATE)), output), noJackson);

            assertEquals(List.of("classpath: error: [INVALID_CONFIG] neither Jackson 2 "
                    + "(com.fasterxml.jackson.databind.ObjectMapper) nor Jackson 3 (tools.jackson.databind.json.JsonMapper) "
                    + "is on the project's classpath"), report.problems().stream().map(Problem::toString).toList());
        }
    }

    @Test
    void theReportFileListsEachExampleWithItsTypeAndCalls() throws IOException {
        Path archive = archive("webhooks_examples/state.json", STATE, "webhooks_examples/zero.json", """
                {"type": "ms.Messaging", "body": {"changes": [{"event": {"type": "Text", "score": -0.0}}]}}""");
        Path file = temp.resolve("target/webhookgen/examples.json");

        check(archive).write(file);

        JsonNode report = new ObjectMapper().readTree(file.toFile());
        assertEquals("com.example.hooks.WsNotificationMsg", report.get("rootType").asText());
        assertEquals("2", report.get("jackson").asText());
        assertEquals(2, report.get("examples").asInt());
        assertEquals(1, report.get("failed").asInt());
        assertEquals(2, report.get("visitorCalls").get("visitState").asInt());
        assertEquals(0, report.get("visitorCalls").get("visitAccept").asInt());
        JsonNode state = report.get("results").get(0);
        assertEquals(archive + File.separator, state.get("source").asText());
        assertEquals("webhooks_examples/state.json", state.get("file").asText());
        assertEquals("State", state.get("type").asText());
        assertEquals("[\"visitState\",\"visitState\"]", state.get("calls").toString());
        assertEquals("[]", state.get("problems").toString());
        JsonNode zero = report.get("results").get(1);
        assertFalse(zero.get("roundTripped").asBoolean());
        assertEquals("[\"/body/changes/0/event/score: before -0.0, after 0.0\"]", zero.get("differences").toString());
        assertTrue(zero.get("problems").get(0).asText().contains("[EXAMPLE_NOT_ROUND_TRIPPED]"));
        assertTrue(Files.readString(file).endsWith("}\n"));
        assertFalse(Files.readString(file).contains("\r"));
    }

    private ExampleReport check(Path archive) {
        return new ExampleCheck().run(ExampleCheckConfig.of(ArchiveSource.of(archive), output), classes);
    }

    /** The test archive's schemas with these examples, in a folder of its own. */
    private Path archive(String... examples) {
        try {
            return ProjectClasses.archive(Files.createTempDirectory(temp, "archive"), examples);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Problem only(ExampleReport report) {
        assertEquals(1, report.problems().size(), () -> report.problems().toString());
        return report.problems().get(0);
    }

    private static Map<String, ExampleResult> byPath(ExampleReport report) {
        Map<String, ExampleResult> results = new TreeMap<>();
        report.results().forEach(r -> results.put(r.path(), r));
        return results;
    }
}
