package io.github.webhookgen.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Schema addresses: pointer escaping, parents and order. */
class SchemaRefTest {

    private final SchemaRef root = new SchemaRef("webhooks/A.json", "");

    @Test
    void aChildEscapesItsSegmentsAndSegmentsUnescapeThem() {
        SchemaRef child = root.child("properties", "a/b~c");

        assertEquals("/properties/a~1b~0c", child.pointer());
        assertEquals(List.of("properties", "a/b~c"), child.segments());
        assertEquals(List.of(), root.segments());
    }

    @Test
    void theParentDropsTheLastSegmentAndADocumentHasNone() {
        assertEquals(root.child("properties"), root.child("properties", "x").parent());
        assertEquals(root, root.child("properties").parent());
        assertNull(root.parent());
    }

    @Test
    void refsSortByFileThenPointer() {
        SchemaRef b = new SchemaRef("webhooks/B.json", "");

        assertTrue(root.compareTo(root.child("definitions", "X")) < 0);
        assertTrue(root.child("definitions", "X").compareTo(b) < 0);
        assertEquals("webhooks/A.json#/definitions/X", root.child("definitions", "X").toString());
    }
}
