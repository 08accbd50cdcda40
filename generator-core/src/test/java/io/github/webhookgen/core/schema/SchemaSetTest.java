package io.github.webhookgen.core.schema;

import static io.github.webhookgen.core.InlineSchemas.schemas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.schema.SchemaSet.Resolution;
import org.junit.jupiter.api.Test;

/**
 * How a {@code $ref} is resolved: relative paths, {@code ../}, the archive-root and suffix fallbacks, JSON pointers.
 */
class SchemaSetTest {

    private static final String OBJECT = "{'type': 'object'}";

    private final SchemaSet set = schemas(
            "webhooks/A.json", OBJECT,
            "webhooks/B.json", OBJECT,
            "webhooks/events/C.json", OBJECT,
            "webhooks/common/D.json", """
                    {
                      'definitions': {
                        'X': {'type': 'string'},
                        'a/b': {'type': 'integer'},
                        'c~d': {'type': 'boolean'},
                        'with space': {'type': 'number'},
                        'C++': {'type': 'object'}
                      }
                    }""",
            "Root.json", OBJECT);

    @Test
    void aRelativeRefIsReadFromTheFolderOfItsDocument() {
        assertEquals(found("webhooks/B.json", ""), set.resolve("webhooks/A.json", "B.json"));
        assertEquals(found("webhooks/B.json", ""), set.resolve("webhooks/A.json", "./B.json"));
        assertEquals(found("webhooks/events/C.json", ""), set.resolve("webhooks/A.json", "events/C.json"));
    }

    @Test
    void dotDotClimbsOneFolder() {
        assertEquals(found("webhooks/A.json", ""), set.resolve("webhooks/events/C.json", "../A.json"));
        assertEquals(found("webhooks/common/D.json", ""), set.resolve("webhooks/events/C.json", "../common/D.json"));
        assertEquals(found("Root.json", ""), set.resolve("webhooks/events/C.json", "../../Root.json"));
    }

    @Test
    void aPathThatNamesNoFileRelativeToTheDocumentIsReadFromTheArchiveRoot() {
        assertEquals(found("webhooks/B.json", ""), set.resolve("webhooks/events/C.json", "webhooks/B.json"));
        assertEquals(found("webhooks/B.json", ""), set.resolve("webhooks/events/C.json", "/webhooks/B.json"));
    }

    @Test
    void aPathWrittenFromAFolderAboveTheArchiveIsFoundByItsSuffixAndMarkedAsGuessed() {
        Resolution resolution = set.resolve("webhooks/A.json", "assets/schema/webhooks/events/C.json");

        assertEquals(new Resolution.Found(new SchemaRef("webhooks/events/C.json", ""), true), resolution);
        assertEquals(new Resolution.Found(new SchemaRef("Root.json", ""), true),
                set.resolve("webhooks/A.json", "assets/schema/Root.json"));
    }

    @Test
    void aFragmentIsAJsonPointerIntoTheFileOrIntoTheSameDocument() {
        assertEquals(found("webhooks/common/D.json", "/definitions/X"),
                set.resolve("webhooks/A.json", "common/D.json#/definitions/X"));
        assertEquals(found("webhooks/common/D.json", "/definitions/X"),
                set.resolve("webhooks/common/D.json", "#/definitions/X"));
        assertEquals(found("webhooks/A.json", ""), set.resolve("webhooks/A.json", "#"));
        assertEquals(found("webhooks/A.json", ""), set.resolve("webhooks/A.json", "#/"));
    }

    @Test
    void pointerEscapesSelectKeysWithSlashesAndTildes() {
        assertEquals("integer", target("#/definitions/a~1b").path("type").asText());
        assertEquals("boolean", target("#/definitions/c~0d").path("type").asText());
    }

    @Test
    void percentEscapesAreDecodedAndAPlusIsAPlus() {
        assertEquals("number", target("#/definitions/with%20space").path("type").asText());
        assertEquals("object", target("#/definitions/C++").path("type").asText());
    }

    @Test
    void aMissingFileIsReportedByItsPathRelativeToTheDocument() {
        assertEquals(new Resolution.MissingFile("webhooks/Nope.json"), set.resolve("webhooks/A.json", "Nope.json"));
        assertEquals(new Resolution.MissingFile("webhooks/Nope.json"),
                set.resolve("webhooks/events/C.json", "../Nope.json#/definitions/X"));
    }

    @Test
    void aPathAboveTheArchiveRootIsAMissingFile() {
        assertEquals(new Resolution.MissingFile("../../Up.json"), set.resolve("webhooks/A.json", "../../Up.json"));
    }

    @Test
    void aPointerToNothingIsAMissingPointer() {
        assertEquals(new Resolution.MissingPointer(new SchemaRef("webhooks/common/D.json", "/definitions/Y")),
                set.resolve("webhooks/A.json", "common/D.json#/definitions/Y"));
        assertEquals(new Resolution.MissingPointer(new SchemaRef("webhooks/A.json", "/definitions/X")),
                set.resolve("webhooks/A.json", "#/definitions/X"));
    }

    @Test
    void aMalformedPercentEscapeIsAMissingPointerNotACrash() {
        assertEquals(new Resolution.MissingPointer(new SchemaRef("webhooks/A.json", "/definitions/100%")),
                set.resolve("webhooks/A.json", "#/definitions/100%"));
    }

    @Test
    void nodesAreFoundByAddressAndMissingOnesAreNull() {
        assertEquals("string", set.node(new SchemaRef("webhooks/common/D.json", "/definitions/X/type")).asText());
        assertNull(set.nodeOrNull(new SchemaRef("webhooks/common/D.json", "/definitions/Y")));
        assertNull(set.nodeOrNull(new SchemaRef("webhooks/Nope.json", "")));
    }

    @Test
    void aLocationWithoutItsOwnPositionTakesTheNearestEnclosingOne() {
        SchemaRef missing = new SchemaRef("webhooks/common/D.json", "/definitions/X/items/0");

        Location location = set.locate(missing);

        assertEquals(new Location("webhooks/common/D.json", "/definitions/X/items/0", 3, 10), location);
        assertEquals(Location.of("webhooks/Nope.json", "/x"), set.locate(new SchemaRef("webhooks/Nope.json", "/x")));
    }

    private JsonNode target(String ref) {
        Resolution resolution = set.resolve("webhooks/common/D.json", ref);
        if (!(resolution instanceof Resolution.Found found)) {
            throw new AssertionError(ref + " did not resolve: " + resolution);
        }
        return set.node(found.target());
    }

    private static Resolution found(String file, String pointer) {
        return new Resolution.Found(new SchemaRef(file, pointer), false);
    }
}
