package io.github.webhookgen.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.archive.Archive;
import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.diagnostics.Problems;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing keeps the line and column of every value by JSON pointer, so that problems point into the file. */
class SchemaParserTest {

    private static final String TEXT = """
            {
              "type": "object",
              "properties": {
                "a/b": {"type": "string"},
                "list": {"enum": ["x", "y"]},
                "t~": true
              }
            }
            """;

    private final Problems problems = new Problems();

    @Test
    void remembersLineAndColumnOfEveryValueByJsonPointer() {
        SchemaDocument document = SchemaParser.parse("webhooks/A.json", TEXT, problems);

        assertAt(document, "", 1, 1);
        assertAt(document, "/type", 2, 11);
        assertAt(document, "/properties", 3, 17);
        assertAt(document, "/properties/list", 5, 13);
        assertAt(document, "/properties/list/enum", 5, 22);
        assertAt(document, "/properties/list/enum/1", 5, 28);
    }

    @Test
    void escapesSlashAndTildeInPointersAsJsonPointerDoes() {
        SchemaDocument document = SchemaParser.parse("webhooks/A.json", TEXT, problems);

        assertAt(document, "/properties/a~1b", 4, 12);
        assertAt(document, "/properties/a~1b/type", 4, 21);
        assertAt(document, "/properties/t~0", 6, 11);
        assertEquals("string", document.root().at("/properties/a~1b/type").asText());
    }

    @Test
    void aPointerWithoutAPositionHasNoLine() {
        SchemaDocument document = SchemaParser.parse("webhooks/A.json", TEXT, problems);

        Location location = document.locate("/properties/missing");

        assertEquals(Location.of("webhooks/A.json", "/properties/missing"), location);
        assertEquals("webhooks/A.json", location.prefix());
    }

    @Test
    void theLocationPrefixIsFileLineColumn() {
        SchemaDocument document = SchemaParser.parse("webhooks/A.json", TEXT, problems);

        assertEquals("webhooks/A.json:5:13", document.locate("/properties/list").prefix());
    }

    @Test
    void windowsLineEndingsCountAsOneLineBreak() {
        SchemaDocument document = SchemaParser.parse("A.json", TEXT.replace("\n", "\r\n"), problems);

        assertAt(document, "/properties/list", 5, 13);
    }

    @Test
    void aByteOrderMarkIsSkippedAndDoesNotShiftColumns() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);

        SchemaSet schemas = new SchemaParser().parse(Archive.of("bom", Map.of("webhooks/A.json", bytes)), problems);

        assertFalse(problems.hasErrors(), problems.all()::toString);
        SchemaDocument document = schemas.documents().get("webhooks/A.json");
        assertEquals("object", document.root().path("type").asText());
        assertAt(document, "", 1, 1);
        assertAt(document, "/type", 2, 11);
    }

    @Test
    void aMalformedDocumentDoesNotStopTheOthers() {
        Archive archive = Archive.of("mixed", Map.of(
                "A.json", "{\"type\": }".getBytes(StandardCharsets.UTF_8),
                "B.json", "{\"type\": \"string\"}".getBytes(StandardCharsets.UTF_8)));

        SchemaSet schemas = new SchemaParser().parse(archive, problems);

        assertEquals(List.of("B.json"), List.copyOf(schemas.documents().keySet()));
        assertTrue(problems.hasErrors());
        assertEquals("A.json", problems.all().get(0).location().file());
        assertEquals(1, problems.all().get(0).location().line());
    }

    private static void assertAt(SchemaDocument document, String pointer, int line, int column) {
        assertNotNull(document);
        Location location = document.locate(pointer);
        assertEquals(line + ":" + column, location.line() + ":" + location.column(), "position of " + pointer);
    }
}
