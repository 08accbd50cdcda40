package io.github.webhookgen.core;

import io.github.webhookgen.core.emit.Emitter;
import io.github.webhookgen.core.lower.Lowering;
import io.github.webhookgen.core.model.Property;
import io.github.webhookgen.core.model.TypeDecl;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.naming.Names;
import io.github.webhookgen.core.schema.SchemaRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/** Makes the {@link Outline} of a generation from what its stages produced. */
final class Outliner {

    private final Lowering lowering;
    private final TypeModel model;
    private final Names names;
    private final Emitter emitter;
    private final String packageName;

    Outliner(Lowering lowering, TypeModel model, Names names, Emitter emitter, String packageName) {
        this.lowering = lowering;
        this.model = model;
        this.names = names;
        this.emitter = emitter;
        this.packageName = packageName;
    }

    /**
     * @param sources what the emitter printed
     * @param root the root document, or a subschema of it
     * @param hasRoot whether the archive holds that document
     */
    Outline outline(SortedMap<String, String> sources, SchemaRef root, boolean hasRoot) {
        if (!hasRoot) {
            return new Outline(sources, null, Outline.Kind.NONE, null, List.of());
        }
        TypeRef type = lowering.declaredTypeOf(root);
        return new Outline(sources, emitter.javaType(type).toString(), kind(type),
                lowering.untypedSource(root), properties(type));
    }

    private Outline.Kind kind(TypeRef type) {
        if (type instanceof TypeRef.ListOf) {
            return Outline.Kind.LIST;
        }
        if (type instanceof TypeRef.MapOf) {
            return Outline.Kind.MAP;
        }
        if (type instanceof TypeRef.External) {
            return Outline.Kind.EXTERNAL;
        }
        if (type instanceof TypeRef.Scalar) {
            return type.equals(TypeRef.ANY) ? Outline.Kind.ANY : Outline.Kind.SCALAR;
        }
        TypeDecl decl = model.get(((TypeRef.Named) type).id());
        if (decl instanceof TypeDecl.RecordDecl) {
            return Outline.Kind.RECORD;
        }
        if (decl instanceof TypeDecl.UnionDecl) {
            return Outline.Kind.UNION;
        }
        return decl instanceof TypeDecl.EnumDecl ? Outline.Kind.ENUM : Outline.Kind.TUPLE;
    }

    /** The declared properties of the records {@code root} reaches, each record once. */
    private List<Outline.Property> properties(TypeRef root) {
        List<Outline.Property> properties = new ArrayList<>();
        Set<SchemaRef> seen = new HashSet<>();
        Deque<TypeRef> pending = new ArrayDeque<>();
        pending.add(root);
        while (!pending.isEmpty()) {
            TypeRef type = pending.pop();
            if (type instanceof TypeRef.ListOf list) {
                pending.push(list.element());
            } else if (type instanceof TypeRef.MapOf map) {
                pending.push(map.value());
            } else if (type instanceof TypeRef.Named named && seen.add(named.id())) {
                TypeDecl decl = model.get(named.id());
                if (decl instanceof TypeDecl.RecordDecl record) {
                    String owner = qualified(names.type(record.id()));
                    for (Property property : record.properties()) {
                        properties.add(new Outline.Property(owner, property.jsonName(),
                                emitter.javaType(property.type()).toString(), property.schema(),
                                lowering.untypedSource(property.schema())));
                    }
                }
                // Reverse, so that the first one referred to is the next one taken.
                List<TypeRef> refs = new ArrayList<>(decl.refs());
                for (int i = refs.size() - 1; i >= 0; i--) {
                    pending.push(refs.get(i));
                }
            }
        }
        return properties;
    }

    private String qualified(String simpleName) {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }
}
