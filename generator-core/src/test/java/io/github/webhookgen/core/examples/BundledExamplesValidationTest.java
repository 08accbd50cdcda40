package io.github.webhookgen.core.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled LivePerson archive, validated as the examples check validates it: exactly the examples that
 * {@code schema-deviations.txt} lists deviate from the schemas, and each is reported at the value that deviates.
 */
class BundledExamplesValidationTest {

    private static final Path ARCHIVE = Path.of(System.getProperty("webhookgen.bundled.archive"));

    @Test
    void exactlyTheKnownDeviationsAreReportedEachAtTheValueThatDeviates() throws IOException {
        Problems problems = new Problems();
        SchemaValidation validation = SchemaValidation.load(
                ExampleCheckConfig.of(ArchiveSource.of(ARCHIVE), Path.of("unused")), problems)
                .orElseThrow(() -> new AssertionError(problems.all()));

        Map<String, List<SchemaViolation>> deviating = new TreeMap<>();
        try (Stream<Path> files = Files.list(ARCHIVE.resolve("webhooks_examples"))) {
            for (Path file : files.sorted().toList()) {
                List<SchemaViolation> violations = validation.violations(Files.readAllBytes(file));
                if (!violations.isEmpty()) {
                    deviating.put(file.getFileName().toString(), violations);
                }
            }
        } catch (SchemaValidation.NotValidated e) {
            throw new AssertionError(e.getMessage(), e);
        }

        assertEquals(List.of(), problems.all());
        assertEquals(knownDeviations(), deviating.keySet());
        assertEquals(List.of(new SchemaViolation("/body/changes/0/result/conversationDetails/closeReason", 50, 28,
                "enum", "does not have a value in the enumeration [\"CONSUMER\", \"AGENT\", \"SYSTEM\", \"TIMEOUT\"]",
                "webhooks/ConversationDetails.json#/definitions/CloseReason/enum")),
                deviating.get("ex-conversation-change-close-reason-transfer.json"));
        assertEquals(List.of("/body/changes/0/event/contentType"),
                pointers(deviating.get("content-event-unknown-content-type-text-html.json")));
        assertEquals(List.of("/body/changes/0/event/type"),
                pointers(deviating.get("messaging-event-unknown-event-type.json")));
        assertEquals(List.of("/type"),
                pointers(deviating.get("notification-unknown-type-aam-ex-conversation-change.json")));
        assertEquals(List.of("/type"),
                pointers(deviating.get("notification-unknown-type-ms-online-event-distribution.json")));
        // No kind of notification without "type": one violation for the union, not one per kind.
        assertEquals(List.of(new SchemaViolation("", 1, 1, "required", "required property 'type' not found",
                "webhooks/WsNotificationMsg.json#/oneOf")),
                deviating.get("messaging-event-notification-legacy-without-type.json"));
    }

    private static List<String> pointers(List<SchemaViolation> violations) {
        return violations.stream().map(SchemaViolation::pointer).toList();
    }

    /** The file names {@code schema-deviations.txt} lists; {@code #} starts a comment. */
    private static Set<String> knownDeviations() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of(System.getProperty("webhookgen.schema.deviations")))) {
            String name = (line.contains("#") ? line.substring(0, line.indexOf('#')) : line).strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        assertEquals(6, names.size(), names::toString);
        return names;
    }
}
