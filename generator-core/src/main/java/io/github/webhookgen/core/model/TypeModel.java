package io.github.webhookgen.core.model;

import io.github.webhookgen.core.schema.SchemaRef;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The normalized types of an archive: every declaration by schema address, and the dispatch when the archive has a
 * notification root. This is what naming and emission work from; it holds no JSON.
 */
public record TypeModel(SortedMap<SchemaRef, TypeDecl> types, Optional<Dispatch> dispatch) {

    public TypeModel {
        types = Collections.unmodifiableSortedMap(new TreeMap<>(types));
    }

    public TypeDecl get(SchemaRef id) {
        TypeDecl decl = types.get(id);
        if (decl == null) {
            throw new IllegalArgumentException("no type at " + id);
        }
        return decl;
    }
}
