package io.github.webhookgen.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    @Test
    void commentsAndTrailingCommasAreReadWithOneWarningAtTheFirst() {
        SchemaDocument document = SchemaParser.parse("A.json", """
                {
                  # a YAML-style comment
                  "type": "object", /* a block comment */
                  "properties": {
                    "a": {"enum": ["x", "y",]}, // a line comment
                  },
                }
                """, problems);

        assertEquals("x", document.root().at("/properties/a/enum/0").asText());
        assertAt(document, "/properties/a", 5, 10);
        assertEquals(List.of("A.json:2:3: warning: [NON_STANDARD_JSON] not standard JSON: a comment (the first in "
                + "this file); read leniently"), printed());
    }

    @Test
    void eachKindOfNonStandardJsonIsNamed() {
        assertFirstNonStandard("{\"a\": [1,]}", "a trailing comma");
        assertFirstNonStandard("{'a': 1}", "a single-quoted string");
        assertFirstNonStandard("{a: 1}", "an unquoted property name");
        assertFirstNonStandard("{\"a\": \"two\nlines\"}", "a control character in a string");
        assertFirstNonStandard("{\"a\": \"it\\'s\"}", "an escape that JSON does not define");
        assertFirstNonStandard("{\"a\": 007}", "a number that JSON does not allow");
    }

    private void assertFirstNonStandard(String text, String kind) {
        Problems found = new Problems();
        SchemaDocument document = SchemaParser.parse("A.json", text, found);

        assertNotNull(document, text);
        assertEquals(1, found.all().size(), text);
        assertEquals("not standard JSON: " + kind + " (the first in this file); read leniently",
                found.all().get(0).message(), text);
    }

    @Test
    void aDuplicateKeyTakesItsLastValueWithAWarningAtTheDuplicate() {
        SchemaDocument document = SchemaParser.parse("A.json", """
                {
                  "properties": {"a": {"type": "string", "minLength": 1}},
                  "properties": {"b": {"type": "integer"}}
                }
                """, problems);

        assertEquals("integer", document.root().at("/properties/b/type").asText());
        assertTrue(document.root().at("/properties/a").isMissingNode());
        assertAt(document, "/properties", 3, 17);
        assertEquals(Location.of("A.json", "/properties/a"), document.locate("/properties/a"));
        assertEquals(List.of("A.json:3:3: warning: [NON_STANDARD_JSON] duplicate key \"properties\"; the last value "
                + "is read (at #/properties)"), printed());
    }

    @Test
    void contentAfterTheDocumentIsIgnoredWithAWarning() {
        SchemaDocument document = SchemaParser.parse("A.json", "{\"type\": \"string\"}\n}", problems);

        assertEquals("string", document.root().path("type").asText());
        assertEquals(List.of("A.json:2:1: warning: [NON_STANDARD_JSON] content after the end of the JSON document; "
                + "ignored"), printed());
    }

    @Test
    void textThatDoesNotReadEvenLenientlyIsAnErrorWithTheLenientReadersMessage() {
        SchemaDocument document = SchemaParser.parse("A.json", "{\n  // the type\n  \"type\": \"string\"\n  "
                + "\"format\": \"uri\"\n}", problems);

        assertNull(document);
        assertEquals(List.of("A.json:4:3: error: [MALFORMED_JSON] malformed JSON: Unexpected character ('\"' (code "
                + "34)): was expecting comma to separate Object entries"), printed());
    }

    @Test
    void aDocumentNested5000DeepReadsWithThePositionOfEveryValue() {
        String deep = "{\"properties\": {\"a\": ".repeat(5_000) + "{\"type\": \"string\"}" + "}}".repeat(5_000);

        SchemaDocument document = SchemaParser.parse("Deep.json", deep, problems);

        String pointer = "/properties/a".repeat(5_000);
        assertEquals("string", SchemaSet.at(document.root(), pointer + "/type").asText());
        assertAt(document, pointer, 1, 1 + 5_000 * 21);
        assertAt(document, pointer + "/type", 1, 1 + 5_000 * 21 + 9);
        assertEquals(List.of(), printed());
    }

    @Test
    void aDocumentNestedBeyondTheReadersLimitIsRefusedWhereItGoesTooDeep() {
        int depth = SchemaParser.MAX_NESTING_DEPTH + 1;
        String deep = "[".repeat(depth) + "]".repeat(depth);

        SchemaDocument document = SchemaParser.parse("Deep.json", deep, problems);

        assertNull(document);
        assertEquals(List.of("Deep.json:1:" + (depth + 1) + ": error: [ENTRY_TOO_LARGE] the document is beyond what "
                + "the schema reader reads: Document nesting depth (" + depth + ") exceeds the maximum allowed ("
                + SchemaParser.MAX_NESTING_DEPTH + ", from `StreamReadConstraints.getMaxNestingDepth()`)"), printed());
    }

    @Test
    void aFileThatIsNotUtf8IsReadAsWindows1252WithAWarning() {
        byte[] latin1 = "{\"description\": \"caf\u00e9 \u201cquoted\u201d\"}".getBytes(java.nio.charset.Charset
                .forName("windows-1252"));

        SchemaSet schemas = new SchemaParser().parse(Archive.of("latin", Map.of("A.json", latin1)), problems);

        assertEquals("caf\u00e9 \u201cquoted\u201d",
                schemas.documents().get("A.json").root().path("description").asText());
        assertEquals(List.of("A.json: warning: [NOT_UTF8] the file is not UTF-8 (first invalid byte at offset 20); "
                + "read as windows-1252, save it as UTF-8"), printed());
    }

    private List<String> printed() {
        return problems.all().stream().map(Object::toString).toList();
    }

    private static void assertAt(SchemaDocument document, String pointer, int line, int column) {
        assertNotNull(document);
        Location location = document.locate(pointer);
        assertEquals(line + ":" + column, location.line() + ":" + location.column(), "position of " + pointer);
    }
}
