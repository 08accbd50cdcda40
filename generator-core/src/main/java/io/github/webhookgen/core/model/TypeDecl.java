package io.github.webhookgen.core.model;

import io.github.webhookgen.core.schema.SchemaRef;
import java.util.ArrayList;
import java.util.List;

/**
 * A type that becomes a Java declaration: a record, a sealed union, an enum, or a record read from a JSON array.
 * Identified by its schema address.
 */
public sealed interface TypeDecl {

    SchemaRef id();

    /** The schema's {@code description}, or empty. */
    String description();

    /**
     * The types this declaration refers to directly, in order: a record's properties and then the type of its other
     * properties, a union's branches, a tuple's items and then the rest; none for an enum. What its codec reads and
     * writes.
     */
    default List<TypeRef> refs() {
        List<TypeRef> refs = new ArrayList<>();
        if (this instanceof RecordDecl record) {
            record.properties().forEach(p -> refs.add(p.type()));
            if (record.additional() != null) {
                refs.add(record.additional());
            }
        } else if (this instanceof UnionDecl union) {
            union.branches().forEach(b -> refs.add(b.type()));
        } else if (this instanceof TupleDecl tuple) {
            refs.addAll(tuple.items());
            if (tuple.rest() != null) {
                refs.add(tuple.rest());
            }
        }
        return refs;
    }

    /**
     * An object schema with declared properties; becomes a record that also keeps every undeclared property.
     *
     * @param properties in schema order
     * @param additional the type of the properties the schema does not declare by name when it types them
     *     ({@code additionalProperties} or {@code patternProperties} with a schema), or null when it does not
     */
    record RecordDecl(SchemaRef id, String description, List<Property> properties, TypeRef additional)
            implements TypeDecl {
        public RecordDecl {
            properties = List.copyOf(properties);
        }

        public RecordDecl(SchemaRef id, String description, List<Property> properties) {
            this(id, description, properties, null);
        }
    }

    /**
     * A fixed set of string values; becomes a Java enum with an extra constant for values the schema does not list.
     */
    record EnumDecl(SchemaRef id, String description, List<String> values) implements TypeDecl {
        public EnumDecl {
            values = List.copyOf(values);
        }
    }

    /**
     * A JSON array whose items have types by position ({@code prefixItems}, or draft-04 {@code items} as an array),
     * or a list that refers to itself; becomes a record with a component per position.
     *
     * @param items the type of each leading item, in order
     * @param rest the type of the items after them, or null when the schema allows no more
     */
    record TupleDecl(SchemaRef id, String description, List<TypeRef> items, TypeRef rest) implements TypeDecl {
        public TupleDecl {
            items = List.copyOf(items);
        }
    }

    /**
     * A {@code oneOf}/{@code anyOf} (or a {@code type} of several kinds) whose branches can be told apart from the
     * JSON: by kind of JSON value, and among object branches by the values of one or more discriminator properties.
     * Becomes a sealed interface.
     *
     * @param discriminators the properties whose values choose among object branches (one usually, two when only the
     *     combination tells the branches apart); empty when there is at most one object branch
     */
    record UnionDecl(SchemaRef id, String description, List<String> discriminators, List<Branch> branches)
            implements TypeDecl {
        public UnionDecl {
            discriminators = List.copyOf(discriminators);
            branches = List.copyOf(branches);
        }

        /** The single discriminator property, or null when there is none or a combination of several. */
        public String discriminator() {
            return discriminators.size() == 1 ? discriminators.get(0) : null;
        }

        /** The object branches that are records or nested unions (an open map is a plain branch). */
        public List<Branch> objectBranches() {
            return branches.stream().filter(Branch::isNamedObject).toList();
        }

        /** Whether the single discriminator takes only string values, so that a switch on its text chooses. */
        public boolean discriminatedByString() {
            return discriminators.size() == 1 && objectBranches().stream()
                    .flatMap(b -> b.keys().stream())
                    .allMatch(key -> key.get(0).kind() == JsonKind.STRING);
        }
    }

    /**
     * One alternative of a union.
     *
     * @param type a {@link TypeRef.Named} record or union for objects; a scalar or list otherwise
     * @param kind the JSON kind of value that selects this branch
     * @param keys the values of the union's discriminators that select this branch, one list per choice (several for
     *     a nested union), each in the order of {@link UnionDecl#discriminators()}
     */
    record Branch(TypeRef type, JsonKind kind, List<List<Constant>> keys) {
        public Branch {
            keys = keys.stream().map(List::copyOf).toList();
        }

        /** Whether this branch is a declared record or union, chosen among objects by the discriminators. */
        public boolean isNamedObject() {
            return kind == JsonKind.OBJECT && type instanceof TypeRef.Named;
        }

        /** The texts of the values of a single string discriminator that select this branch. */
        public List<String> discriminatorValues() {
            return keys.stream().filter(key -> key.size() == 1).map(key -> key.get(0).text()).toList();
        }

        /** The single value that selects this branch, when there is exactly one and one discriminator. */
        public Constant onlyKey() {
            return keys.size() == 1 && keys.get(0).size() == 1 ? keys.get(0).get(0) : null;
        }
    }
}
