package io.github.webhookgen.core.model;

import com.palantir.javapoet.TypeName;
import io.github.webhookgen.core.schema.SchemaRef;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The normalized types of an archive: every declaration by schema address, the dispatch when the archive has a
 * notification root, and the interfaces the schemas ask declared types to implement. This is what naming and emission
 * work from; it holds no JSON.
 *
 * @param interfaces for each declared type that asks for them (jsonschema2pojo's {@code javaInterfaces}), the
 *     interfaces it implements (a record or an enum) or extends (a union), in schema order
 */
public record TypeModel(SortedMap<SchemaRef, TypeDecl> types, Optional<Dispatch> dispatch,
        Map<SchemaRef, List<TypeName>> interfaces) {

    public TypeModel {
        types = Collections.unmodifiableSortedMap(new TreeMap<>(types));
        interfaces = Collections.unmodifiableSortedMap(new TreeMap<>(interfaces));
    }

    public TypeModel(SortedMap<SchemaRef, TypeDecl> types, Optional<Dispatch> dispatch) {
        this(types, dispatch, Map.of());
    }

    public TypeDecl get(SchemaRef id) {
        TypeDecl decl = types.get(id);
        if (decl == null) {
            throw new IllegalArgumentException("no type at " + id);
        }
        return decl;
    }

    /** The interfaces {@code javaInterfaces} asks the type at {@code id} to implement; empty when none. */
    public List<TypeName> interfaces(SchemaRef id) {
        return interfaces.getOrDefault(id, List.of());
    }
}
