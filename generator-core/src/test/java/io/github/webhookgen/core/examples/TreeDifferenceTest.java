package io.github.webhookgen.core.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where two JSON trees differ, as the examples check reports it. */
class TreeDifferenceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void equalTreesHaveNoDifferenceWhateverTheOrderOfProperties() throws IOException {
        assertEquals(List.of(), differences("{\"a\": 1, \"b\": [true, null, {\"c\": \"x\"}]}",
                "{\"b\": [true, null, {\"c\": \"x\"}], \"a\": 1}"));
    }

    @Test
    void aValueThatChangedItsJsonTypeIsADifference() throws IOException {
        assertEquals(List.of("/body/changes/0/sequence: before 12, after \"12\""),
                differences("{\"body\": {\"changes\": [{\"sequence\": 12}]}}",
                        "{\"body\": {\"changes\": [{\"sequence\": \"12\"}]}}"));
    }

    @Test
    void anIntegerWrittenAsADecimalAndANegativeZeroWrittenAsZeroAreDifferences() throws IOException {
        assertEquals(List.of("/a: before 12, after 12.0", "/b: before -0.0, after 0.0"),
                differences("{\"a\": 12, \"b\": -0.0}", "{\"a\": 12.0, \"b\": 0.0}"));
    }

    @Test
    void aPropertyOnlyOneSideHasIsADifference() throws IOException {
        assertEquals(List.of("/gone: before null, after (absent)", "/new: before (absent), after {\"x\":1}"),
                differences("{\"gone\": null, \"kept\": 1}", "{\"kept\": 1, \"new\": {\"x\": 1}}"));
    }

    @Test
    void elementsAreComparedByIndex() throws IOException {
        assertEquals(List.of("/1: before 2, after 3", "/2: before 3, after (absent)"),
                differences("[1, 2, 3]", "[1, 3]"));
    }

    @Test
    void namesAreEscapedInThePointer() throws IOException {
        assertEquals(List.of("/a~1b/c~0d: before 1, after 2"),
                differences("{\"a/b\": {\"c~d\": 1}}", "{\"a/b\": {\"c~d\": 2}}"));
    }

    @Test
    void aWholeDocumentOfAnotherKindIsOneDifferenceAtTheRoot() throws IOException {
        assertEquals(List.of(": before {\"a\":1}, after [1]"), differences("{\"a\": 1}", "[1]"));
    }

    @Test
    void longValuesAreShortened() throws IOException {
        String text = "\"" + "x".repeat(200) + "\"";

        String described = TreeDifference.between(MAPPER.readTree(text), MAPPER.readTree("1"), 10).get(0).describe();

        assertEquals("before \"" + "x".repeat(76) + "..., after 1", described);
    }

    @Test
    void noMoreDifferencesThanTheLimitAreCollected() throws IOException {
        JsonNode before = MAPPER.readTree("[1, 2, 3, 4, 5]");
        JsonNode after = MAPPER.readTree("[5, 4, 3, 2, 1]");

        assertEquals(3, TreeDifference.between(before, after, 3).size());
    }

    private static List<String> differences(String before, String after) throws IOException {
        return TreeDifference.between(MAPPER.readTree(before), MAPPER.readTree(after), 100).stream()
                .map(d -> d.pointer() + ": " + d.describe())
                .toList();
    }
}
