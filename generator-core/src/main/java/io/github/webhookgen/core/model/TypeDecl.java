package io.github.webhookgen.core.model;

import io.github.webhookgen.core.schema.SchemaRef;
import java.util.List;

/** A type that becomes a Java declaration: a record, a sealed union, or an enum. Identified by its schema address. */
public sealed interface TypeDecl {

    SchemaRef id();

    /** The schema's {@code description}, or empty. */
    String description();

    /**
     * An object schema with declared properties; becomes a record that also keeps every undeclared property.
     *
     * @param properties in schema order
     */
    record RecordDecl(SchemaRef id, String description, List<Property> properties) implements TypeDecl {
        public RecordDecl {
            properties = List.copyOf(properties);
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
     * A {@code oneOf}/{@code anyOf} whose branches can be told apart from the JSON: by kind of JSON value, and among
     * object branches by the value of one discriminator property. Becomes a sealed interface.
     *
     * @param discriminator the property that chooses among object branches, or null when there is at most one
     */
    record UnionDecl(SchemaRef id, String description, String discriminator, List<Branch> branches)
            implements TypeDecl {
        public UnionDecl {
            branches = List.copyOf(branches);
        }

        /** The object branches that are records or nested unions (an open map is a plain branch). */
        public List<Branch> objectBranches() {
            return branches.stream().filter(Branch::isNamedObject).toList();
        }
    }

    /**
     * One alternative of a union.
     *
     * @param type a {@link TypeRef.Named} record or union for objects; a scalar or list otherwise
     * @param kind the JSON kind of value that selects this branch
     * @param discriminatorValues the discriminator values that select this branch (several for a nested union)
     */
    record Branch(TypeRef type, JsonKind kind, List<String> discriminatorValues) {
        public Branch {
            discriminatorValues = List.copyOf(discriminatorValues);
        }

        /** Whether this branch is a declared record or union, chosen among objects by the discriminator. */
        public boolean isNamedObject() {
            return kind == JsonKind.OBJECT && type instanceof TypeRef.Named;
        }
    }
}
