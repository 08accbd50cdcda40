package io.github.webhookgen.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webhookgen.core.diagnostics.Location;
import java.util.Map;

/**
 * One parsed schema file: its JSON tree and where each value starts in the text.
 *
 * @param path archive-relative path
 * @param root the document
 * @param positions for each JSON pointer, the 1-based line and column where its value starts
 */
public record SchemaDocument(String path, JsonNode root, Map<String, int[]> positions) {

    public SchemaDocument {
        positions = Map.copyOf(positions);
    }

    /** The location of the value at {@code pointer}, with line and column when known. */
    public Location locate(String pointer) {
        int[] at = positions.get(pointer);
        return at == null ? Location.of(path, pointer) : new Location(path, pointer, at[0], at[1]);
    }
}
