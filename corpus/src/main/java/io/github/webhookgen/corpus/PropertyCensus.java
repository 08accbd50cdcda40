package io.github.webhookgen.corpus;

import io.github.webhookgen.core.model.Property;
import io.github.webhookgen.core.model.ScalarKind;
import io.github.webhookgen.core.model.TypeDecl;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.schema.SchemaRef;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts the declared properties of the webhookgen types a root reaches, and those typed {@code JsonNode}: a property
 * whose type is any JSON value, or a list or map whose elements are (the record's {@code additionalProperties} is not a
 * declared property and is not counted).
 *
 * @param properties declared properties of the records reachable from the root
 * @param untyped those typed {@code JsonNode}, {@code List<JsonNode>}, {@code Map<String, JsonNode>} and so on
 * @param causes the untyped ones by cause ({@link UntypedCauses})
 * @param examples for each cause, the schema of its first untyped property ({@code file#pointer})
 */
record PropertyCensus(int properties, int untyped, Map<String, Integer> causes, Map<String, String> examples) {

    /** No types: nothing generated. */
    static final PropertyCensus NONE = new PropertyCensus(0, 0, Map.of(), Map.of());

    PropertyCensus {
        causes = Map.copyOf(causes);
        examples = Map.copyOf(examples);
    }

    static PropertyCensus of(TypeModel model, TypeRef root, UntypedCauses why) {
        int properties = 0;
        int untyped = 0;
        Map<String, Integer> causes = new TreeMap<>();
        Map<String, String> examples = new TreeMap<>();
        Set<SchemaRef> seen = new HashSet<>();
        Deque<TypeRef> pending = new ArrayDeque<>();
        pending.add(root);
        while (!pending.isEmpty()) {
            TypeRef type = pending.pop();
            if (type instanceof TypeRef.ListOf list) {
                pending.push(list.element());
            } else if (type instanceof TypeRef.MapOf map) {
                pending.push(map.value());
            } else if (type instanceof TypeRef.Named named && seen.add(named.id())
                    && model.types().containsKey(named.id())) {
                TypeDecl decl = model.types().get(named.id());
                if (decl instanceof TypeDecl.RecordDecl record) {
                    for (Property property : record.properties()) {
                        properties++;
                        if (untyped(model, property.type())) {
                            untyped++;
                            SchemaRef at = why.property(record.id(), property.jsonName());
                            String cause = at == null ? "property schema not found" : why.of(at);
                            causes.merge(cause, 1, Integer::sum);
                            examples.putIfAbsent(cause, String.valueOf(at == null
                                    ? record.id().child("properties", property.jsonName()) : at));
                        }
                        pending.push(property.type());
                    }
                } else if (decl instanceof TypeDecl.UnionDecl union) {
                    union.branches().forEach(branch -> pending.push(branch.type()));
                }
            }
        }
        return new PropertyCensus(properties, untyped, causes, examples);
    }

    /** Whether a value of this type may be any JSON value, in the end. */
    static boolean untyped(TypeModel model, TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar.kind() == ScalarKind.ANY;
        }
        if (type instanceof TypeRef.ListOf list) {
            return untyped(model, list.element());
        }
        if (type instanceof TypeRef.MapOf map) {
            return untyped(model, map.value());
        }
        return !model.types().containsKey(((TypeRef.Named) type).id());
    }
}
