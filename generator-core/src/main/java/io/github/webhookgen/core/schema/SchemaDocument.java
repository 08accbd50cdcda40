package io.github.webhookgen.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webhookgen.core.diagnostics.Location;

/** One parsed schema file: its JSON tree and where each value starts in the text. */
public final class SchemaDocument {

    private final String path;
    private final JsonNode root;
    private final Positions positions;

    SchemaDocument(String path, JsonNode root, Positions positions) {
        this.path = path;
        this.root = root;
        this.positions = positions;
    }

    /** The archive-relative path, {@code webhooks/Order.json}. */
    public String path() {
        return path;
    }

    /** The document. */
    public JsonNode root() {
        return root;
    }

    /** The location of the value at {@code pointer}, with its line and column when it has a value there. */
    public Location locate(String pointer) {
        return located(pointer, positions.of(pointer, false));
    }

    /**
     * The location of {@code pointer}, with the line and column of the value there, or of the nearest value that
     * encloses it when there is none (a pointer to a member that is not written), so that a problem always has a line.
     */
    Location locateNearest(String pointer) {
        return located(pointer, positions.of(pointer, true));
    }

    private Location located(String pointer, int[] at) {
        return at == null ? Location.of(path, pointer) : new Location(path, pointer, at[0], at[1]);
    }
}
