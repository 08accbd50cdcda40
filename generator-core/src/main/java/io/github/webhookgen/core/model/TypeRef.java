package io.github.webhookgen.core.model;

import io.github.webhookgen.core.schema.SchemaRef;

/** How a property or branch refers to a type: a scalar, a list, a map, or a declared type by its schema address. */
public sealed interface TypeRef {

    record Scalar(ScalarKind kind) implements TypeRef {}

    record ListOf(TypeRef element) implements TypeRef {}

    /** A JSON object used as a dictionary: string keys, values of one type. */
    record MapOf(TypeRef value) implements TypeRef {}

    /** A {@link TypeDecl} of the model. */
    record Named(SchemaRef id) implements TypeRef {}

    TypeRef ANY = new Scalar(ScalarKind.ANY);
    TypeRef STRING = new Scalar(ScalarKind.STRING);
}
