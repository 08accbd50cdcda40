package io.github.webhookgen.core.diagnostics;

import static io.github.webhookgen.core.diagnostics.Runs.config;
import static io.github.webhookgen.core.diagnostics.Runs.failure;
import static io.github.webhookgen.core.diagnostics.Runs.lines;
import static io.github.webhookgen.core.diagnostics.Runs.success;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.GenerationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schemas that are broken, or only look broken: each gives one clear problem at the place to fix, or generates code
 * that compiles. The expected lines are what a build prints; docs/bad-input.md quotes them.
 */
class SchemaInputProblemTest {

    @TempDir
    Path dir;

    private Path archive(TestArchive archive) {
        return archive.writeFolder(dir.resolve("archive"));
    }

    private Path out() {
        return dir.resolve("out");
    }

    private String source(String type) throws IOException {
        return Files.readString(out().resolve("com/example/hooks/" + type + ".java"));
    }

    @Test
    void malformedJsonIsReportedAtItsLineAndColumn() {
        Path archive = archive(TestArchive.of("webhooks/Broken.json", """
                {
                  "type": "object",
                  "properties": {
                    "a": { "type": "string" }
                    "b": { "type": "string" }
                  }
                }
                """));

        assertEquals("webhooks/Broken.json:5:5: error: [MALFORMED_JSON] malformed JSON: Unexpected character ('\"' "
                + "(code 34)): was expecting comma to separate Object entries", lines(failure(config(archive, out()))));
    }

    @Test
    void aRefToAMissingFileNamesTheFileItLookedFor() {
        Path archive = archive(TestArchive.of("webhooks/Order.json", """
                {
                  "type": "object",
                  "properties": {
                    "customer": { "$ref": "Client.json" }
                  }
                }
                """));

        assertEquals("webhooks/Order.json:4:27: error: [UNRESOLVED_REF] $ref \"Client.json\": no file "
                + "webhooks/Client.json in the archive (at #/properties/customer/$ref)",
                lines(failure(config(archive, out()))));
    }

    @Test
    void aRefWithABadPointerNamesThePointer() {
        Path archive = archive(TestArchive.of("webhooks/Order.json", """
                {
                  "type": "object",
                  "properties": {
                    "status": { "$ref": "Common.json#/definitions/Status" }
                  }
                }
                """).with("webhooks/Common.json", """
                { "definitions": { "State": { "type": "string" } } }
                """));

        assertEquals("webhooks/Order.json:4:25: error: [BAD_POINTER] $ref \"Common.json#/definitions/Status\": "
                + "webhooks/Common.json has nothing at #/definitions/Status (at #/properties/status/$ref)",
                lines(failure(config(archive, out()))));
    }

    @Test
    void anAliasCycleIsAnErrorAtEveryEntryToIt() {
        Path archive = archive(TestArchive.of("webhooks/A.json", "{ \"$ref\": \"B.json\" }")
                .with("webhooks/B.json", "{ \"$ref\": \"A.json\" }")
                .with("webhooks/User.json", """
                        {
                          "type": "object",
                          "properties": { "alias": { "$ref": "A.json" } }
                        }
                        """));

        assertEquals("""
                webhooks/A.json:1:1: error: [REF_CYCLE] $ref chain never reaches a schema: webhooks/A.json# -> \
                webhooks/B.json# -> webhooks/A.json#
                webhooks/B.json:1:1: error: [REF_CYCLE] $ref chain never reaches a schema: webhooks/B.json# -> \
                webhooks/A.json# -> webhooks/B.json#
                webhooks/User.json:3:28: error: [REF_CYCLE] $ref chain never reaches a schema: \
                webhooks/User.json#/properties/alias -> webhooks/A.json# -> webhooks/B.json# -> webhooks/A.json# \
                (at #/properties/alias)""", lines(failure(config(archive, out()))));
    }

    @Test
    void aRecordWithAListOfItselfIsFine() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Node.json", """
                {
                  "type": "object",
                  "properties": {
                    "name": { "type": "string" },
                    "children": { "type": "array", "items": { "$ref": "Node.json" } },
                    "parent": { "$ref": "#" }
                  }
                }
                """));

        GenerationResult result = success(config(archive, out()));

        assertEquals(List.of(), result.warnings());
        assertTrue(source("Node").contains("public record Node(String name, List<Node> children, Node parent,"),
                source("Node"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void aUnionWhoseBranchRefersBackToTheUnionIsFine() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Shape.json", """
                {
                  "oneOf": [
                    { "$ref": "#/definitions/Circle" },
                    { "$ref": "#/definitions/Group" }
                  ],
                  "definitions": {
                    "Circle": {
                      "type": "object",
                      "properties": { "kind": { "const": "circle" }, "radius": { "type": "number" } }
                    },
                    "Group": {
                      "type": "object",
                      "properties": {
                        "kind": { "const": "group" },
                        "first": { "$ref": "#" },
                        "members": { "type": "array", "items": { "$ref": "Shape.json" } }
                      }
                    }
                  }
                }
                """));

        GenerationResult result = success(config(archive, out()));

        assertEquals(List.of(), result.warnings());
        assertTrue(source("Shape").contains("public sealed interface Shape permits Circle, Group, Shape.Unknown"),
                source("Shape"));
        assertTrue(source("Group").contains("public record Group(String kind, Shape first, List<Shape> members,"),
                source("Group"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void aUnionBranchThatIsTheUnionItselfIsLeftOutWithAWarning() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Reading.json", """
                {
                  "type": "object",
                  "properties": {
                    "value": {
                      "anyOf": [
                        { "$ref": "#/properties/value" },
                        { "type": "string" },
                        { "type": "number" }
                      ]
                    }
                  }
                }
                """));

        GenerationResult result = success(config(archive, out()));

        assertEquals("webhooks/Reading.json:6:9: warning: [REF_CYCLE] this branch refers back to the union it is a "
                + "branch of, so it adds no value to it; left out (at #/properties/value/anyOf/0)",
                lines(result.warnings()));
        assertTrue(source("Value").contains("public sealed interface Value permits Value.OfString, Value.OfNumber"),
                source("Value"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void aMapWhoseValuesAreAUnionOfTheMapsValuesIsDeclared() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Node.json", """
                {
                  "type": "object",
                  "properties": { "attributes": { "$ref": "#/definitions/Bag" } },
                  "definitions": {
                    "Bag": {
                      "type": "object",
                      "additionalProperties": {
                        "$ref": "#/definitions/Bag",
                        "oneOf": [ { "$ref": "#/definitions/Bag/additionalProperties" } ]
                      }
                    }
                  }
                }
                """));

        GenerationResult result = success(config(archive, out()));

        assertEquals(List.of(), result.warnings());
        assertTrue(source("Node").contains("public record Node(Map<String, Map<String, NodeValue>> attributes,"),
                source("Node"));
        assertTrue(source("NodeValue").contains("public record NodeValue(Map<String, NodeValue> otherProperties,"),
                source("NodeValue"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void valuesListedBesideAOneOfGiveTheType() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Switch.json", """
                {
                  "type": "object",
                  "properties": {
                    "state": { "const": "on", "anyOf": [ { "type": "integer" }, { "type": "boolean" } ] },
                    "mode": { "enum": ["fast", "slow"], "oneOf": [ { "type": "string" }, { "type": "integer" } ] }
                  }
                }
                """));

        GenerationResult result = success(config(archive, out()));

        assertEquals(List.of(), result.warnings());
        assertTrue(source("Switch").contains("public record Switch(String state, Mode mode,"), source("Switch"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void twoBranchesWithTheSameDiscriminatorValueMergeWithTheOthersSilently() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Event.json", """
                {
                  "oneOf": [
                    { "$ref": "#/definitions/Created" },
                    { "$ref": "#/definitions/Deleted" },
                    { "$ref": "#/definitions/Removed" }
                  ],
                  "definitions": {
                    "Created": { "type": "object", "properties": { "type": { "const": "created" } } },
                    "Deleted": { "type": "object", "properties": { "type": { "const": "deleted" } } },
                    "Removed": { "type": "object", "properties": { "type": { "enum": ["deleted"] } } }
                  }
                }
                """));

        GenerationResult result = success(config(archive, out()));

        assertEquals(List.of(), result.warnings());
        assertTrue(source("Event").contains("public record Event(String type, Map<String, JsonNode> additionalProperties)"),
                source("Event"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void aUnionOfRecordsWithoutADiscriminatorIsOneRecordOfTheirProperties() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Holder.json", """
                {
                  "type": "object",
                  "properties": {
                    "payload": {
                      "oneOf": [
                        { "type": "object", "properties": { "a": { "type": "string" } } },
                        { "type": "object", "properties": { "b": { "type": "string" } } }
                      ]
                    }
                  }
                }
                """));

        GenerationResult result = success(config(archive, out()));

        assertEquals(List.of(), result.warnings());
        assertTrue(source("Holder").contains("public record Holder(Payload payload,"), source("Holder"));
        assertTrue(source("Payload").contains("public record Payload(String a, String b,"), source("Payload"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void theVendorsNonStandardKeywordsAreWarningsAndMappedToTheNearestType() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Vendor.json", """
                {
                  "type": "object",
                  "properties": {
                    "count": { "type": "Long" },
                    "anything": { "type": "any" },
                    "name": { "type": "string", "readonly": "true", "encryption": "none" },
                    "at": { "type": "string", "Format": "date-time" }
                  }
                }
                """));

        GenerationResult result = success(config(archive, out()));

        assertEquals("""
                webhooks/Vendor.json:4:24: warning: [NON_STANDARD_KEYWORD] "type": "Long" is not a JSON Schema type; \
                read as "integer" (at #/properties/count/type)
                webhooks/Vendor.json:5:27: warning: [NON_STANDARD_KEYWORD] "type": "any" is not a JSON Schema type; \
                read as any JSON value (at #/properties/anything/type)
                webhooks/Vendor.json:7:41: warning: [NON_STANDARD_KEYWORD] 'Format' is not a JSON Schema keyword \
                (format is); ignored (at #/properties/at/Format)""", lines(result.warnings()));
        assertTrue(source("Vendor").contains("public record Vendor(Long count, JsonNode anything, String name, String at,"),
                source("Vendor"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void withStrictOffABrokenRefIsAWarningAndAJsonNode() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Order.json", """
                {
                  "type": "object",
                  "properties": {
                    "customer": { "$ref": "Client.json" }
                  }
                }
                """));

        GenerationResult result = success(config(archive, out()).withStrict(false));

        assertEquals("webhooks/Order.json:4:27: warning: [UNRESOLVED_REF] $ref \"Client.json\": no file "
                + "webhooks/Client.json in the archive; typed as JsonNode (at #/properties/customer/$ref)",
                lines(result.warnings()));
        assertTrue(source("Order").contains("public record Order(JsonNode customer,"), source("Order"));
        assertFalse(result.warnings().stream().anyMatch(Problem::isError));
    }
}
