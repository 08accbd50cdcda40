package io.github.webhookgen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.corpus.TreeComparison.Difference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TreeComparisonTest {

    private static Optional<Difference> compare(String expected, String actual) throws IOException {
        return TreeComparison.firstDifference(expected.getBytes(StandardCharsets.UTF_8), actual);
    }

    @Test
    void propertyOrderAndWhitespaceDoNotMatter() throws IOException {
        assertEquals(Optional.empty(), compare("{\"a\": 1, \"b\": [true, null]}", "{\"b\":[true,null],\"a\":1}"));
    }

    @Test
    void decimalsCompareByValueAndNeverThroughADouble() throws IOException {
        assertEquals(Optional.empty(), compare("{\"x\": 1.50}", "{\"x\": 1.5}"));
        assertEquals(Optional.empty(), compare("{\"x\": 15e-1}", "{\"x\": 1.5}"));
        assertEquals(Optional.of(new Difference("/x", "decimal value changed",
                        "expected 0.12345678901234567890123, found 0.12345678901234568")),
                compare("{\"x\": 0.12345678901234567890123}", "{\"x\": 0.12345678901234568}"));
    }

    @Test
    void anIntegerAndADecimalDiffer() throws IOException {
        assertEquals(Optional.of(new Difference("/n", "decimal became integer", "expected 1.0, found 1")),
                compare("{\"n\": 1.0}", "{\"n\": 1}"));
    }

    @Test
    void bigIntegersCompareExactly() throws IOException {
        assertEquals(Optional.of(new Difference("", "integer value changed",
                        "expected 12345678901234567890, found 12345678901234567891")),
                compare("12345678901234567890", "12345678901234567891"));
    }

    @Test
    void aDroppedExplicitNullIsNamedAsSuch() throws IOException {
        assertEquals(Optional.of(new Difference("/a/note", "property dropped (explicit null)",
                        "expected null, found no property")),
                compare("{\"a\": {\"id\": 1, \"note\": null}}", "{\"a\": {\"id\": 1}}"));
    }

    @Test
    void aPropertyOnlyInWhatWasWrittenIsReportedAfterEveryExpectedOne() throws IOException {
        assertEquals(Optional.of(new Difference("/z", "property added (null)", "expected no property, found null")),
                compare("{\"a\": 1}", "{\"z\": null, \"a\": 1}"));
        assertEquals(Optional.of(new Difference("/a", "integer value changed", "expected 1, found 2")),
                compare("{\"a\": 1}", "{\"z\": null, \"a\": 2}"));
    }

    @Test
    void theFirstDifferenceInsideArraysIsFoundBeforeALengthChange() throws IOException {
        assertEquals(Optional.of(new Difference("/list/1/name", "string became integer",
                        "expected \"b\", found 2")),
                compare("{\"list\": [{\"name\": \"a\"}, {\"name\": \"b\"}, 3]}", "{\"list\": [{\"name\": \"a\"}, {\"name\": 2}]}"));
        assertEquals(Optional.of(new Difference("/list", "array length changed", "expected 2 elements, found 1")),
                compare("{\"list\": [1, 2]}", "{\"list\": [1]}"));
    }

    @Test
    void pointerTokensAreEscaped() throws IOException {
        assertEquals("/a~1b/c~0d", compare("{\"a/b\": {\"c~d\": 1}}", "{\"a/b\": {\"c~d\": 2}}").orElseThrow()
                .pointer());
    }

    @Test
    void longValuesAreCutInTheMessage() throws IOException {
        String message = compare("\"" + "x".repeat(200) + "\"", "\"y\"").orElseThrow().message();
        assertTrue(message.length() < 200, message);
        assertTrue(message.contains("..."), message);
    }

    @Test
    void textThatIsNotOneJsonValueIsAnError() {
        assertThrows(IOException.class, () -> TreeComparison.read(new byte[0]));
        assertThrows(IOException.class, () -> TreeComparison.read("{} {}".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IOException.class, () -> compare("{}", "{"));
    }
}
