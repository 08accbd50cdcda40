package io.github.webhookgen.core.emit;

import io.github.webhookgen.core.model.JsonKind;
import io.github.webhookgen.core.model.TypeDecl;
import io.github.webhookgen.core.model.TypeDecl.UnionDecl;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.schema.SchemaRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For each record or union that a discriminated union can choose, the discriminator properties that choose it: the
 * union's own, and those of the unions around it ({@code type} and {@code contentType} for a text content event).
 *
 * <p>The generated decoders read a repeated discriminator only when every occurrence has the same value. Which
 * occurrence a union looks at depends on where it is in the object (the first one found, or, for a body that ends with
 * it, the last), so a repeat with another value would make the choice depend on the order of reading; refusing it
 * makes every way of reading agree.
 */
final class Discriminators {

    private final Map<SchemaRef, List<UnionDecl>> parents = new HashMap<>();
    /** Computed up front: files are printed in parallel. */
    private final Map<SchemaRef, List<String>> choosing = new HashMap<>();
    /** The types some JSON reaches other than as an object branch of a discriminated union. */
    private final Set<SchemaRef> direct = new HashSet<>();

    Discriminators(TypeModel model) {
        for (TypeDecl decl : model.types().values()) {
            if (decl instanceof UnionDecl union && !union.discriminators().isEmpty()) {
                for (TypeDecl.Branch branch : union.objectBranches()) {
                    parents.computeIfAbsent(((TypeRef.Named) branch.type()).id(), k -> new ArrayList<>()).add(union);
                }
            }
        }
        for (TypeDecl decl : model.types().values()) {
            boolean discriminated = decl instanceof UnionDecl union && !union.discriminators().isEmpty();
            if (decl instanceof UnionDecl union) {
                union.branches().stream().filter(b -> !(discriminated && b.kind() == JsonKind.OBJECT))
                        .forEach(b -> reach(b.type()));
            } else {
                decl.refs().forEach(this::reach);
            }
        }
        for (SchemaRef id : parents.keySet()) {
            Set<String> all = new LinkedHashSet<>();
            collect(id, all, new HashSet<>());
            choosing.put(id, List.copyOf(all));
        }
    }

    /** The discriminators of the unions that can choose {@code id}, innermost first; empty when none does. */
    List<String> choosing(SchemaRef id) {
        return choosing.getOrDefault(id, List.of());
    }

    /**
     * The discriminators of {@code id} that its encoder writes even when the record holds none, because they are what
     * makes the JSON read back as this record: those of {@link #choosing} when only discriminated unions reach the
     * record. A record that some JSON reaches directly (a property of its type, an element of a list) may arrive
     * without them and is written back as it came.
     */
    List<String> alwaysWritten(SchemaRef id) {
        return direct.contains(id) ? List.of() : choosing(id);
    }

    private void reach(TypeRef type) {
        if (type instanceof TypeRef.ListOf list) {
            reach(list.element());
        } else if (type instanceof TypeRef.MapOf map) {
            reach(map.value());
        } else if (type instanceof TypeRef.Named named) {
            direct.add(named.id());
        }
    }

    /** A union's own discriminator, then those of the unions around it. */
    List<String> ofUnion(UnionDecl union) {
        Set<String> all = new LinkedHashSet<>();
        all.addAll(union.discriminators());
        all.addAll(choosing(union.id()));
        return List.copyOf(all);
    }

    private void collect(SchemaRef id, Set<String> into, Set<SchemaRef> visiting) {
        if (!visiting.add(id)) {
            return;
        }
        for (UnionDecl parent : parents.getOrDefault(id, List.of())) {
            into.addAll(parent.discriminators());
            collect(parent.id(), into, visiting);
        }
    }
}
