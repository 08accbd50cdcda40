package io.github.webhookgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.archive.ArchiveLoader;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.GenerationFailedException;
import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.diagnostics.Severity;
import io.github.webhookgen.core.lower.DispatchRoot;
import io.github.webhookgen.core.write.EntryPoints;
import io.github.webhookgen.core.write.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole run on disk: up-to-date checks, failures that write nothing, strictness and deterministic output. */
class GeneratorTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

    private static final String[] ARCHIVE = {
        "webhooks/Order.json", """
                {'description': 'An order. Café ☕ included.',
                 'properties': {
                   'id': {'type': 'string'},
                   'placedAt': {'type': 'string', 'format': 'date-time'},
                   'status': {'enum': ['open', 'closed']},
                   'customer': {'$ref': 'Customer.json'}
                 }}""",
        "webhooks/Customer.json", "{'properties': {'name': {'type': 'string'}}}",
    };

    @TempDir
    Path temp;

    @Test
    void aSecondRunWithTheSameInputsIsUpToDate() {
        GeneratorConfig config = config(schemas(ARCHIVE), temp.resolve("out"));

        GenerationResult first = new Generator().run(config);
        GenerationResult second = new Generator().run(config);

        assertFalse(first.upToDate());
        assertEquals(first.types(), first.written());
        assertTrue(second.upToDate());
        assertEquals(first.types(), second.types());
        assertEquals(0, second.written());
    }

    @Test
    void anUpToDateRunReportsTheWarningsOfTheRunThatGeneratedTheSources() {
        GeneratorConfig config = config(schemas("webhooks/Tags.json", """
                {'properties': {
                  'labels': {'type': 'object', 'dependentSchemas': {'x-': {}}},
                  'note': {'$ref': 'Note.json'},
                  'missing': {'$ref': 'tab\\there\\nand a new line.json'}
                }}""", "webhooks/Note.json", "{'properties': {'text': {}}, 'Items': {}}"), temp.resolve("out"))
                .withStrict(false);

        GenerationResult first = new Generator().run(config);
        GenerationResult second = new Generator().run(config);

        assertEquals(3, first.warnings().size());
        assertTrue(first.warnings().stream().anyMatch(w -> w.message().contains("tab\there\nand")),
                first.warnings()::toString);
        assertTrue(second.upToDate());
        assertEquals(first.warnings(), second.warnings());
        assertTrue(second.summary().endsWith("; the warnings are those of the run that generated them"),
                second.summary());
    }

    @Test
    void aChangedUriMappingIsNotUpToDate() {
        GeneratorConfig config = config(schemas(ARCHIVE), temp.resolve("out"));

        new Generator().run(config);
        GenerationResult mapped = new Generator().run(
                config.withUriMappings(Map.of("https://schemas.example.com/", "webhooks/")));

        assertFalse(mapped.upToDate());
    }

    @Test
    void aChangedSchemaOrPackageIsNotUpToDate() throws IOException {
        Path schemas = schemas(ARCHIVE);
        GeneratorConfig config = config(schemas, temp.resolve("out"));
        new Generator().run(config);

        InlineSchemas.write(schemas, "webhooks/Customer.json", "{'properties': {'name': {'type': 'integer'}}}");
        GenerationResult changed = new Generator().run(config);
        GenerationResult repackaged = new Generator().run(config.withPackageName("com.example.other"));

        assertFalse(changed.upToDate());
        assertEquals(2, changed.written(), "Customer.java and CustomerCodec.java");
        assertFalse(repackaged.upToDate());
        assertEquals(changed.types(), repackaged.deleted());
        assertTrue(Files.readString(temp.resolve("out/com/example/other/Customer.java")).contains("Long name"));
    }

    @Test
    void aGeneratedFileEditedByHandIsRegenerated() throws IOException {
        GeneratorConfig config = config(schemas(ARCHIVE), temp.resolve("out"));
        new Generator().run(config);
        Path customer = temp.resolve("out/com/example/hooks/Customer.java");
        String generated = Files.readString(customer);

        Files.writeString(customer, "// mine\n");
        GenerationResult result = new Generator().run(config);

        assertFalse(result.upToDate());
        assertEquals(1, result.written());
        assertEquals(generated, Files.readString(customer));
    }

    @Test
    void aFailingRunLeavesThePreviousOutputExactlyAsItWas() throws IOException {
        Path schemas = schemas(ARCHIVE);
        Path out = temp.resolve("out");
        new Generator().run(config(schemas, out));
        age(out);
        Map<String, String> before = snapshot(out);

        InlineSchemas.write(schemas, "webhooks/Customer.json", "{'properties': {'address': {'$ref': 'Address.json'}}}");
        GenerationFailedException failure = assertThrows(GenerationFailedException.class,
                () -> new Generator().run(config(schemas, out)));

        assertEquals(List.of(ProblemCode.UNRESOLVED_REF), failure.problems().stream().map(Problem::code).toList());
        assertEquals(before, snapshot(out));
    }

    @Test
    void whenNotStrictAnUnresolvableRefIsAWarningAndTheValueIsJsonNode() throws IOException {
        Path schemas = schemas("webhooks/Customer.json", "{'properties': {'address': {'$ref': 'Address.json'}}}");
        Path out = temp.resolve("out");

        GenerationResult result = new Generator().run(config(schemas, out).withStrict(false));

        assertEquals(List.of(ProblemCode.UNRESOLVED_REF), result.warnings().stream().map(Problem::code).toList());
        assertEquals(Severity.WARNING, result.warnings().get(0).severity());
        assertTrue(Files.readString(out.resolve("com/example/hooks/Customer.java")).contains("JsonNode address"));
    }

    @Test
    void theOutputIsTheSameByteForByteWhereverAndWheneverItIsGenerated() throws IOException {
        Path schemas = schemas(ARCHIVE);

        new Generator().run(config(schemas, temp.resolve("one")));
        new Generator().run(config(schemas, temp.resolve("two")));

        Map<String, String> one = contents(temp.resolve("one"));
        assertEquals(one, contents(temp.resolve("two")));
        assertTrue(one.containsKey("com/example/hooks/Order.java"), one.keySet()::toString);
        assertTrue(one.get("com/example/hooks/Order.java").contains("Café ☕"));
    }

    @Test
    void theOutputHasUnixLineEndingsAndNoTimestamps() throws IOException {
        new Generator().run(config(schemas(ARCHIVE), temp.resolve("out")));

        contents(temp.resolve("out")).forEach((path, text) -> {
            assertFalse(text.contains("\r"), path);
            assertFalse(text.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), path);
            assertFalse(text.contains("@Generated"), path);
        });
    }

    @Test
    void theWrittenFilesAreWhatGenerateReturns() throws IOException {
        Path schemas = schemas(ARCHIVE);
        GeneratorConfig config = config(schemas, temp.resolve("out"));
        Problems problems = new Problems();

        Map<String, String> generated = Generator.generate(
                new ArchiveLoader(config.limits()).load(config.source(), problems), config, problems);
        new Generator().run(config);

        Map<String, String> written = contents(temp.resolve("out"));
        written.keySet().removeIf(path -> path.startsWith("."));
        assertEquals(generated, written);
    }

    /** A small archive in LivePerson's layout: a notification union with changes at body.changes. */
    private static final String[] LIVEPERSON_LAYOUT = {
        "webhooks/WsNotificationMsg.json", "{'oneOf': [{'$ref': 'Chat.json'}, {'$ref': 'Ping.json'}]}",
        "webhooks/Chat.json", """
                {'properties': {'type': {'enum': ['chat']}, 'body': {'properties': {
                  'changes': {'type': 'array', 'items': {'properties': {'text': {'type': 'string'}}}}}}}}""",
        "webhooks/Ping.json", "{'properties': {'type': {'enum': ['ping']}}}",
    };

    @Test
    void aRunWithoutTheDispatchRootWarnsBeforeItDeletesTheVisitorAndTheEntryPoints() throws IOException {
        Path schemas = schemas(LIVEPERSON_LAYOUT);
        Path out = temp.resolve("out");
        new Generator().run(config(schemas, out));
        assertTrue(Files.isRegularFile(out.resolve("com/example/hooks/WebhookVisitor.java")));

        Files.createDirectories(schemas.resolve("old"));
        Files.move(schemas.resolve("webhooks"), schemas.resolve("old/webhooks"));
        InlineSchemas.write(schemas, "Common.json", "{'properties': {'id': {'type': 'string'}}}");
        GenerationResult result = new Generator().run(config(schemas, out));

        assertEquals(List.of(out + ": warning: [NO_DISPATCH_ROOT] deleting com/example/hooks/WebhookVisitor.java and "
                + "com/example/hooks/Webhooks.java, which the previous run generated: this run generates no visitor, "
                + "since its dispatch root cannot dispatch (see the other NO_DISPATCH_ROOT warning). Code that uses "
                + "them no longer compiles; a clean build would not have them either",
                "old/webhooks/WsNotificationMsg.json:1:1: warning: [NO_DISPATCH_ROOT] no visitor is generated: "
                + "LivePerson's dispatch root is webhooks/WsNotificationMsg.json, and this archive has "
                + "old/webhooks/WsNotificationMsg.json instead; point the archive at its folder old/, or set "
                + "dispatchRoot to old/webhooks/WsNotificationMsg.json and changesPath to body.changes"),
                result.warnings().stream().map(Problem::toString).toList());
        assertEquals(List.of(), result.notes());
        assertFalse(Files.exists(out.resolve("com/example/hooks/WebhookVisitor.java")));
        assertFalse(Files.exists(out.resolve("com/example/hooks/Webhooks.java")));
    }

    @Test
    void aRunWithoutAnyDispatchRootSaysWhyBeforeItDeletesTheVisitorAndHowToGetOne() throws IOException {
        Path out = temp.resolve("out");
        new Generator().run(config(schemas(LIVEPERSON_LAYOUT), out));

        GenerationResult result = new Generator().run(config(
                InlineSchemas.write(temp.resolve("models"), "Common.json", "{'properties': {'id': {}}}"), out));

        assertEquals(List.of(out + ": warning: [NO_DISPATCH_ROOT] deleting com/example/hooks/WebhookVisitor.java and "
                + "com/example/hooks/Webhooks.java, which the previous run generated: this run generates no visitor, "
                + "since the archive has no webhooks/WsNotificationMsg.json and no dispatchRoot is set. Code that uses "
                + "them no longer compiles; a clean build would not have them either"),
                result.warnings().stream().map(Problem::toString).toList());
        assertEquals(List.of(MissingVisitor.HOW_TO_GET_ONE), result.notes());
    }

    @Test
    void anArchiveOfModelsSaysInOneInformationLineHowToGetAVisitor() {
        GenerationResult result = new Generator().run(config(schemas(ARCHIVE), temp.resolve("out")));

        assertEquals(List.of(), result.warnings());
        assertEquals(List.of(MissingVisitor.HOW_TO_GET_ONE), result.notes());
        assertFalse(MissingVisitor.HOW_TO_GET_ONE.contains("\n"));
    }

    @Test
    void aConfiguredDispatchRootGivesTheVisitorAndTakesPartInTheFingerprint() throws IOException {
        Path schemas = schemas(LIVEPERSON_LAYOUT);
        Files.move(schemas.resolve("webhooks"), schemas.resolve("hooks"));
        Path out = temp.resolve("out");

        GenerationResult perMessage = new Generator().run(config(schemas, out)
                .withDispatchRoot(DispatchRoot.of("hooks/WsNotificationMsg.json", null)));
        String visitorPerMessage = Files.readString(out.resolve("com/example/hooks/WebhookVisitor.java"));
        GenerationResult perChange = new Generator().run(config(schemas, out)
                .withDispatchRoot(DispatchRoot.of("hooks/WsNotificationMsg.json", "body.changes")));

        assertEquals(List.of(), perMessage.notes());
        assertTrue(visitorPerMessage.contains("void visitChat(Chat message)"), visitorPerMessage);
        assertFalse(perChange.upToDate());
        assertTrue(Files.readString(out.resolve("com/example/hooks/WebhookVisitor.java"))
                .contains("void visitChat(Change change)"));
    }

    @Test
    void aDispatchRootThatIsNotWellFormedIsAConfigurationErrorBeforeAnythingIsRead() {
        GeneratorConfig config = config(temp.resolve("no-such-archive"), temp.resolve("out"))
                .withDispatchRoot(DispatchRoot.of("#definitions/Message", "body..changes"));

        GenerationFailedException failure = assertThrows(GenerationFailedException.class,
                () -> new Generator().run(config));

        assertEquals(List.of(
                "configuration: error: [INVALID_CONFIG] dispatchRoot \"#definitions/Message\" names no document; give "
                        + "its archive path before the #, such as api.json#/definitions/Message",
                "configuration: error: [INVALID_CONFIG] dispatchRoot \"#definitions/Message\": what follows # must be "
                        + "a JSON pointer, such as #/definitions/Message",
                "configuration: error: [INVALID_CONFIG] changesPath \"body..changes\" has an empty property name; "
                        + "give property names separated by dots, such as body.changes"),
                failure.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aChangesPathWithoutADispatchRootIsAConfigurationError() {
        GeneratorConfig config = config(schemas(ARCHIVE), temp.resolve("out"))
                .withDispatchRoot(DispatchRoot.of(" ", "body.changes"));

        GenerationFailedException failure = assertThrows(GenerationFailedException.class,
                () -> new Generator().run(config));

        assertEquals(List.of("configuration: error: [INVALID_CONFIG] changesPath \"body.changes\" needs dispatchRoot, "
                + "the document of the message union it starts from"),
                failure.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void theManifestRecordsTheGeneratedRootTypeVisitorAndDispatcher() {
        Path schemas = schemas(
                "webhooks/WsNotificationMsg.json", "{'oneOf': [{'$ref': 'Ping.json'}, {'$ref': 'Pong.json'}]}",
                "webhooks/Ping.json", """
                        {'type': 'object', 'required': ['type'], 'properties': {'type': {'enum': ['ping']},
                          'body': {'type': 'object', 'properties': {
                            'changes': {'type': 'array', 'items': {'type': 'object', 'properties': {'at': {'type': 'integer'}}}}}}}}""",
                "webhooks/Pong.json", "{'type': 'object', 'required': ['type'], 'properties': {'type': {'enum': ['pong']}}}");
        Path out = temp.resolve("out");

        new Generator().run(config(schemas, out));

        assertEquals(Optional.of(new EntryPoints("com.example.hooks.WsNotificationMsg",
                "com.example.hooks.WebhookVisitor", "com.example.hooks.Webhooks")), new OutputWriter(out).entryPoints());
    }

    @Test
    void aRootDocumentWithoutDispatchRecordsOnlyTheRootType() {
        Path schemas = schemas("webhooks/WsNotificationMsg.json", "{'properties': {'id': {'type': 'string'}}}");
        Path out = temp.resolve("out");

        new Generator().run(config(schemas, out));

        assertEquals(Optional.of(new EntryPoints("com.example.hooks.WsNotificationMsg", null, null)),
                new OutputWriter(out).entryPoints());
    }

    @Test
    void anArchiveWithoutTheRootDocumentRecordsNoEntryPoints() {
        Path out = temp.resolve("out");

        new Generator().run(config(schemas(ARCHIVE), out));

        assertEquals(Optional.empty(), new OutputWriter(out).entryPoints());
        assertTrue(new OutputWriter(out).generatedFileCount() > 0);
    }

    private Path schemas(String... pathsAndJson) {
        return InlineSchemas.write(temp.resolve("schemas"), pathsAndJson);
    }

    private static GeneratorConfig config(Path schemas, Path out) {
        return GeneratorConfig.of(new ArchiveSource.Directory(schemas), "com.example.hooks", out);
    }

    private static void age(Path root) throws IOException {
        for (Path file : files(root)) {
            Files.setLastModifiedTime(file, LONG_AGO);
        }
    }

    /** Every file by relative path, with its content and timestamp. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> snapshot = new TreeMap<>();
        for (Path file : files(root)) {
            snapshot.put(relative(root, file), Files.readString(file) + "@" + Files.getLastModifiedTime(file));
        }
        return snapshot;
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        for (Path file : files(root)) {
            contents.put(relative(root, file), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        }
        return contents;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
