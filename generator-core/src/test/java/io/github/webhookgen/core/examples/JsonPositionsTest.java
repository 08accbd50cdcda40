package io.github.webhookgen.core.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Where the value at a JSON pointer starts in an example's text. */
class JsonPositionsTest {

    private static final byte[] TEXT = """
            {"type": "ms.Messaging",
             "skipped": {"deep": [1, {"x": 2}]},
             "body": {"changes": [
               {"sequence": 1},
               {"sequence": "2", "a/b": {"c~d": true}}]}}
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void findsTheValueAtAPointer() {
        assertArrayEquals(new int[] {1, 1}, JsonPositions.of(TEXT, ""));
        assertArrayEquals(new int[] {1, 10}, JsonPositions.of(TEXT, "/type"));
        assertArrayEquals(new int[] {5, 17}, JsonPositions.of(TEXT, "/body/changes/1/sequence"));
        assertArrayEquals(new int[] {5, 37}, JsonPositions.of(TEXT, "/body/changes/1/a~1b/c~0d"));
    }

    @Test
    void givesTheNearestEnclosingValueWhenTheTextHasNothingThere() {
        assertArrayEquals(new int[] {5, 4}, JsonPositions.of(TEXT, "/body/changes/1/added"));
        assertArrayEquals(new int[] {3, 22}, JsonPositions.of(TEXT, "/body/changes/7/sequence"));
        assertArrayEquals(new int[] {1, 10}, JsonPositions.of(TEXT, "/type/0"));
    }

    @Test
    void givesNoPositionForTextThatIsNotJson() {
        assertArrayEquals(new int[] {0, 0}, JsonPositions.of("{\"a\": [}".getBytes(StandardCharsets.UTF_8), "/a/0"));
        assertArrayEquals(new int[] {0, 0}, JsonPositions.of(new byte[0], ""));
    }
}
