package io.github.webhookgen.core.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Where two JSON trees differ, in document order of the first: a value that changed, or a property or element that
 * only one of them has. Trees are compared as Jackson's {@link JsonNode#equals} does: objects ignore the order of their
 * properties, numbers differ when their JSON types differ ({@code 12} and {@code 12.0}, {@code 12} and {@code "12"}).
 *
 * @param pointer the JSON pointer of the value (RFC 6901), {@code ""} for the whole document
 * @param before the value in the first tree, {@link MissingNode} when it has none
 * @param after the value in the second tree, {@link MissingNode} when it has none
 */
record TreeDifference(String pointer, JsonNode before, JsonNode after) {

    private static final int SHOWN = 80;

    /** The differences between {@code before} and {@code after}, at most {@code limit} of them. */
    static List<TreeDifference> between(JsonNode before, JsonNode after, int limit) {
        List<TreeDifference> found = new ArrayList<>();
        walk("", before, after, found, limit);
        return found;
    }

    /** {@code before 12, after "12"}: each value as JSON, shortened when long, or {@code (absent)}. */
    String describe() {
        return "before " + show(before) + ", after " + show(after);
    }

    private static void walk(String pointer, JsonNode before, JsonNode after, List<TreeDifference> found, int limit) {
        if (found.size() >= limit || before.equals(after)) {
            return;
        }
        if (before.isObject() && after.isObject()) {
            for (Iterator<String> names = before.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                walk(pointer + "/" + escape(name), before.get(name), after.path(name), found, limit);
            }
            for (Iterator<String> names = after.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!before.has(name)) {
                    walk(pointer + "/" + escape(name), MissingNode.getInstance(), after.get(name), found, limit);
                }
            }
        } else if (before.isArray() && after.isArray()) {
            for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                walk(pointer + "/" + i, before.path(i), after.path(i), found, limit);
            }
        } else {
            found.add(new TreeDifference(pointer, before, after));
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String show(JsonNode value) {
        if (value.isMissingNode()) {
            return "(absent)";
        }
        String json = value.toString();
        return json.length() <= SHOWN ? json : json.substring(0, SHOWN - 3) + "...";
    }
}
