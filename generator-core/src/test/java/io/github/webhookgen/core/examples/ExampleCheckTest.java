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
import io.github.webhookgen.core.lower.DispatchRoot;
import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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

        // The unknown event and notification types are kept, and are values the schemas do not allow.
        assertEquals(List.of(
                "webhooks_examples/messaging.json:4:38: warning: [EXAMPLE_NOT_VALID] not valid against the schemas: "
                        + "does not have a value in the enumeration [\"Text\", \"Accept\"] (of the oneOf's branches) "
                        + "(schema webhooks/Change.json#/properties/event/oneOf) (at #/body/changes/2/event/type)",
                "webhooks_examples/other.json:1:10: warning: [EXAMPLE_NOT_VALID] not valid against the schemas: "
                        + "does not have a value in the enumeration [\"ms.Messaging\", \"cqm.State\"] (of the oneOf's "
                        + "branches) (schema webhooks/WsNotificationMsg.json#/oneOf) (at #/type)"),
                inArchive(report, archive));
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
                + "3 dispatched, 0 failed, 2 with values the schemas do not allow (kept; listed above); visitor calls: "
                + "visitAccept 1, visitState 2, visitText 1, visitUnknownEvent 1, visitUnknownWsNotificationMsg 1",
                report.summary());
        assertEquals(List.of(), results.get("webhooks_examples/state.json").schemaViolations());
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

        Problem problem = onlyError(report);
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
        // The validator agrees that the example, not the generated code, is wrong.
        assertEquals(List.of(new SchemaViolation("/body/changes/0/sequence", 2, 29, "type", "string found, integer "
                + "expected", "webhooks/Change.json#/properties/sequence/type")), result.schemaViolations());
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
                "webhooks_examples/a-wrong-type.json:1:34: warning: [EXAMPLE_NOT_VALID] not valid against the "
                        + "schemas: array found, object expected (schema webhooks/Messaging.json#/properties/body/type) "
                        + "(at #/body)",
                "webhooks_examples/c-not-json.json:2:24: error: [EXAMPLE_UNREADABLE] cannot be read as "
                        + "WsNotificationMsg: Unexpected close marker '}': expected ']' (for Array starting at "
                        + "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 2, "
                        + "column: 23])",
                "webhooks_examples/d-null.json:1:1: error: [EXAMPLE_UNREADABLE] is JSON null, not a "
                        + "WsNotificationMsg",
                "webhooks_examples/d-null.json:1:1: warning: [EXAMPLE_NOT_VALID] not valid against the schemas: must "
                        + "be valid to one and only one schema, but 0 are valid (schema "
                        + "webhooks/WsNotificationMsg.json#/oneOf)"),
                inArchive(report, archive));
        assertEquals("webhookgen: 3 of 4 examples failed the check, listed above", report.failureSummary());
        assertTrue(report.summary().startsWith("webhookgen: checked 4 examples as WsNotificationMsg with Jackson 2: "
                + "1 round-tripped, 1 dispatched, 3 failed, 2 with values the schemas do not allow (kept; listed above);"),
                report.summary());
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
        assertEquals(List.of(captured + File.separator + "2024/one.json:1:10: warning: [EXAMPLE_NOT_VALID] not valid "
                + "against the schemas: does not have a value in the enumeration [\"ms.Messaging\", \"cqm.State\"] (of "
                + "the oneOf's branches) (schema webhooks/WsNotificationMsg.json#/oneOf) (at #/type)",
                captured + File.separator + "2024/two.json:1:43: error: [EXAMPLE_UNREADABLE] cannot be read as "
                + "WsNotificationMsg: Expected an array, found START_OBJECT (Jackson path body.changes) "
                + "(at #/body/changes)",
                captured + File.separator + "2024/two.json:1:43: warning: [EXAMPLE_NOT_VALID] not valid against the "
                + "schemas: object found, array expected (schema "
                + "webhooks/State.json#/properties/body/properties/changes/type) (at #/body/changes)"),
                report.problems().stream().map(Problem::toString).toList());
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

    static final String DELIVERED = """
            {"type": "ms.Messaging", "body": {"changes": [
              {"sequence": 1, "event": {"type": "Accept", "status": "DELIVERED"}}]}}
            """;

    @Test
    void anUnlistedEnumValueIsKeptAndIsAWarningThatNamesTheFilePointerPlaceAndSchema() {
        Path archive = archive("webhooks_examples/state.json", STATE, "webhooks_examples/delivered.json", DELIVERED);

        ExampleReport report = check(archive);

        Problem problem = only(report);
        assertEquals(ProblemCode.EXAMPLE_NOT_VALID, problem.code());
        assertFalse(problem.isError());
        assertEquals(archive + File.separator + "webhooks_examples/delivered.json:2:57: warning: [EXAMPLE_NOT_VALID] "
                + "not valid against the schemas: does not have a value in the enumeration [\"ACCEPT\", \"READ\"] "
                + "(schema webhooks/Accept.json#/properties/status/enum) (at #/body/changes/0/event/status)",
                problem.toString());
        assertFalse(report.hasErrors());
        ExampleResult delivered = byPath(report).get("webhooks_examples/delivered.json");
        assertTrue(delivered.passed() && delivered.roundTripped() && delivered.dispatched());
        assertEquals(List.of(new SchemaViolation("/body/changes/0/event/status", 2, 57, "enum",
                "does not have a value in the enumeration [\"ACCEPT\", \"READ\"]",
                "webhooks/Accept.json#/properties/status/enum")), delivered.schemaViolations());
        assertEquals(1, report.notValid());
        assertTrue(report.summary().startsWith("webhookgen: checked 2 examples as WsNotificationMsg with Jackson 2: "
                + "2 round-tripped, 2 dispatched, 0 failed, 1 with values the schemas do not allow (kept; listed "
                + "above); visitor calls:"), report.summary());
    }

    @Test
    void withStrictAValueTheSchemasDoNotAllowFailsTheCheck() {
        Path archive = archive("webhooks_examples/state.json", STATE, "webhooks_examples/delivered.json", DELIVERED);

        ExampleReport report = new ExampleCheck().run(ExampleCheckConfig.of(ArchiveSource.of(archive), output)
                .withStrict(true), classes);

        Problem problem = only(report);
        assertEquals(ProblemCode.EXAMPLE_NOT_VALID, problem.code());
        assertTrue(problem.isError());
        assertEquals("/body/changes/0/event/status", problem.location().pointer());
        assertTrue(report.hasErrors());
        assertFalse(byPath(report).get("webhooks_examples/delivered.json").passed());
        assertTrue(byPath(report).get("webhooks_examples/delivered.json").roundTripped());
        assertTrue(report.summary().contains(": 2 round-tripped, 2 dispatched, 1 failed, 1 with values the schemas do "
                + "not allow (strict; listed above);"), report.summary());
        assertEquals("webhookgen: 1 of 2 examples failed the check, listed above", report.failureSummary());
    }

    @Test
    void theSchemasOfAZipArchiveAreValidatedFromTheZipAndItsExamplesAreNamedInsideIt() throws IOException {
        Path zip = zip(archive("webhooks_examples/delivered.json", DELIVERED), temp.resolve("json_schemas.zip"));

        ExampleReport report = check(zip);

        assertEquals(zip + "!/webhooks_examples/delivered.json:2:57: warning: [EXAMPLE_NOT_VALID] not valid against "
                + "the schemas: does not have a value in the enumeration [\"ACCEPT\", \"READ\"] (schema "
                + "webhooks/Accept.json#/properties/status/enum) (at #/body/changes/0/event/status)",
                only(report).toString());
    }

    @Test
    void referencesByIdAndByMappedUrlAreFollowedAsTheGeneratorFollowsThem() throws IOException {
        // The same shapes as the generated classes, written as an archive published at a URL: files refer to each
        // other by that URL (uriMappings), by an $id (urn:...), and to a subschema with an $id of its own.
        Path archive = InlineSchemas.write(temp.resolve("published"),
                "webhooks/WsNotificationMsg.json", """
                        {'$schema': 'https://json-schema.org/draft/2020-12/schema',
                         'oneOf': [{'$ref': 'https://schemas.example.com/hooks/Messaging.json'},
                                   {'$ref': 'urn:example:state'}]}""",
                "webhooks/Messaging.json", """
                        {'$schema': 'https://json-schema.org/draft/2020-12/schema',
                         'type': 'object', 'properties': {
                           'type': {'const': 'ms.Messaging'},
                           'body': {'type': 'object', 'properties': {
                             'changes': {'type': 'array', 'items': {'$ref': 'events/Change.json'}}}}}}""",
                "webhooks/events/Change.json", """
                        {'type': 'object', 'properties': {
                          'sequence': {'type': 'integer'},
                          'event': {'type': 'object', 'properties': {
                            'type': {'enum': ['Text', 'Accept']},
                            'status': {'$ref': 'https://schemas.example.com/types/status.json'}}}},
                         '$defs': {'Status': {'$id': 'https://schemas.example.com/types/status.json',
                                              'enum': ['ACCEPT', 'READ']}}}""",
                "other/State.json", """
                        {'$id': 'urn:example:state', 'type': 'object', 'properties': {
                          'type': {'const': 'cqm.State'}, 'body': {'type': 'object'}}}""",
                "webhooks_examples/state.json", STATE,
                "webhooks_examples/delivered.json", DELIVERED);

        ExampleReport report = new ExampleCheck().run(ExampleCheckConfig.of(ArchiveSource.of(archive), ProjectClasses.generatedFrom(archive))
                .withUriMappings(Map.of("https://schemas.example.com/hooks/", "webhooks/")), classes);

        assertEquals(List.of("webhooks_examples/delivered.json:2:57: warning: [EXAMPLE_NOT_VALID] not valid against "
                + "the schemas: does not have a value in the enumeration [\"ACCEPT\", \"READ\"] (schema "
                + "webhooks/events/Change.json#/$defs/Status/enum) (at #/body/changes/0/event/status)"),
                inArchive(report, archive));
    }

    @Test
    void aReferenceTheValidatorCannotResolveIsOneLocatedWarningAndTheRestOfTheCheckRuns() throws IOException {
        Path archive = archive("webhooks_examples/state.json", STATE, "webhooks_examples/zero.json", """
                {"type": "ms.Messaging", "body": {"changes": [{"event": {"type": "Text", "score": -0.0}}]}}""");
        // A vendor archive with a broken reference, which generate reads with strict off.
        Files.writeString(archive.resolve("webhooks/Accept.json"), """
                {"type": "object", "required": ["type"], "properties": {
                  "type": {"enum": ["Accept"]},
                  "status": {"$ref": "Status.json"}}}""");

        ExampleReport report = new ExampleCheck().run(ExampleCheckConfig.of(ArchiveSource.of(archive),
                ProjectClasses.generatedFrom(archive)), classes);

        assertEquals(List.of("webhooks/Accept.json:3:22: warning: [EXAMPLES_NOT_VALIDATED] the examples are not "
                + "validated against the schemas: the validator cannot resolve $ref \"Status.json\", which names no "
                + "schema of the archive (at #/properties/status/$ref)",
                "webhooks_examples/zero.json:1:83: error: [EXAMPLE_NOT_ROUND_TRIPPED] round trip differs: before -0.0, "
                        + "after 0.0 (at #/body/changes/0/event/score)"),
                inArchive(report, archive));
        assertEquals(2, report.results().size());
        assertFalse(report.validated());
        assertTrue(report.results().stream().allMatch(r -> r.schemaViolations().isEmpty()));
        assertTrue(report.summary().contains("1 failed, not validated against the schemas (listed above);"),
                report.summary());
        assertEquals(List.of(), new ExampleCheck().run(ExampleCheckConfig.of(ArchiveSource.of(archive), ProjectClasses.generatedFrom(archive))
                .withStrict(true), classes).problems().stream()
                .filter(p -> p.code() == ProblemCode.EXAMPLES_NOT_VALIDATED && !p.isError()).toList());
    }

    @Test
    void aKeywordTheValidatorRejectsIsSkippedWithAWarningAndTheRestIsValidated() throws IOException {
        Path archive = archive("webhooks_examples/delivered.json", DELIVERED);
        // Not a Java regular expression, and a draft-04 boolean where no $schema says draft-04 (2020-12 applies).
        Files.writeString(archive.resolve("webhooks/Text.json"), """
                {"type": "object", "required": ["type"], "properties": {
                  "type": {"enum": ["Text"]}, "message": {"type": "string", "pattern": "[^]"},
                  "score": {"type": "number", "minimum": 0, "exclusiveMinimum": true}}}""");

        ExampleReport report = new ExampleCheck().run(ExampleCheckConfig.of(ArchiveSource.of(archive),
                ProjectClasses.generatedFrom(archive)), classes);

        assertEquals(List.of(
                "webhooks/Text.json:2:72: warning: [EXAMPLES_NOT_VALIDATED] the examples are not validated against "
                        + "this pattern, which the validator rejects: Unclosed character class near index 2 (at "
                        + "#/properties/message/pattern)",
                "webhooks/Text.json:3:65: warning: [EXAMPLES_NOT_VALIDATED] the examples are not validated against "
                        + "this exclusiveMinimum, which the validator rejects: exclusiveMinimum value is not a number "
                        + "(at #/properties/score/exclusiveMinimum)",
                "webhooks_examples/delivered.json:2:57: warning: [EXAMPLE_NOT_VALID] not valid against the schemas: "
                        + "does not have a value in the enumeration [\"ACCEPT\", \"READ\"] (schema "
                        + "webhooks/Accept.json#/properties/status/enum) (at #/body/changes/0/event/status)"),
                inArchive(report, archive));
        assertTrue(report.validated());
        assertFalse(report.hasErrors());
    }

    @Test
    void withoutASchemaAtTheDispatchRootTheExamplesAreNotValidatedAndTheWarningSaysWhatToGive() {
        Path archive = archive("webhooks_examples/state.json", STATE);

        ExampleReport report = new ExampleCheck().run(ExampleCheckConfig.of(ArchiveSource.of(archive), output)
                .withDispatchRoot(DispatchRoot.of("webhooks/Notification.json", null)), classes);

        assertEquals(List.of("configuration: warning: [EXAMPLES_NOT_VALIDATED] the examples are not validated against "
                + "the schemas: dispatchRoot \"webhooks/Notification.json\" is not a schema of the archive"),
                report.problems().stream().map(Problem::toString).toList());
        assertFalse(report.hasErrors());
        assertTrue(report.results().get(0).roundTripped());
    }

    @Test
    void examplesOfAnotherArchiveThanTheSourcesCameFromAreNotCheckedAndTheErrorSaysWhy() throws IOException {
        Path archive = archive("webhooks_examples/state.json", STATE);
        Files.writeString(archive.resolve("webhooks/State.json"), Files.readString(archive.resolve(
                "webhooks/State.json")).replace("cqm.State", "cqm.Status"));

        ExampleReport report = check(archive);

        assertEquals(output + ": error: [INVALID_CONFIG] the sources here were generated from other schemas than those "
                + "of " + archive + ", whose examples are to be checked: give generate and verify-examples the same "
                + "archive and excludes (configure them at the plugin level, where both goals see them)",
                onlyError(report).toString());
        assertTrue(report.results().isEmpty());
    }

    private ExampleReport check(Path archive) {
        return new ExampleCheck().run(ExampleCheckConfig.of(ArchiveSource.of(archive), output), classes);
    }

    /** The archive folder {@code folder}, zipped. */
    private static Path zip(Path folder, Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return zip;
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

    private static Problem onlyError(ExampleReport report) {
        List<Problem> errors = report.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), report.problems()::toString);
        return errors.get(0);
    }

    /** The problem lines with the archive's folder left out of the file names. */
    private static List<String> inArchive(ExampleReport report, Path archive) {
        return report.problems().stream().map(p -> p.toString().replace(archive + File.separator, "")).toList();
    }

    private static Map<String, ExampleResult> byPath(ExampleReport report) {
        Map<String, ExampleResult> results = new TreeMap<>();
        report.results().forEach(r -> results.put(r.path(), r));
        return results;
    }
}
