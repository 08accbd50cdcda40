package io.github.webhookgen.it;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON pointers (RFC 6901) on both sides of a test: where to edit a tree, and where an exception says it failed. */
final class Pointers {

    private Pointers() {}

    /** Replaces the value at {@code pointer} (which must exist) in {@code root}, in place; returns {@code root}. */
    static JsonNode replace(JsonNode root, String pointer, JsonNode value) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        if (root.at(at).isMissingNode()) {
            throw new IllegalArgumentException("nothing at " + pointer);
        }
        if (parent instanceof ObjectNode object) {
            object.set(at.last().getMatchingProperty(), value);
        } else {
            ((ArrayNode) parent).set(at.last().getMatchingIndex(), value);
        }
        return root;
    }

    /** The path the tested line reports for {@code e}, as a JSON pointer: {@code /body/changes/0/sequence}. */
    static String of(Exception e) {
        StringBuilder pointer = new StringBuilder();
        for (Object step : JsonLine.current().path(e)) {
            pointer.append('/');
            if (step instanceof String name) {
                pointer.append(name.replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(step);
            }
        }
        return pointer.toString();
    }
}
