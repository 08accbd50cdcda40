package io.github.webhookgen.corpus;

/** What a generator turned the root schema document into. */
enum RootKind {
    /** A declared object type with properties: a webhookgen record, a jsonschema2pojo class. */
    RECORD,
    /** A webhookgen sealed interface over {@code oneOf}/{@code anyOf} branches. */
    UNION,
    /** A declared enum. */
    ENUM,
    /** A webhookgen record read from a JSON array whose items have types by position. */
    TUPLE,
    /** A list of some type ({@code "type": "array"}). */
    LIST,
    /** A map from names to some type (an object schema without properties). */
    MAP,
    /** A JSON string, number or boolean. */
    SCALAR,
    /** A class of the user's that the schema names ({@code existingJavaType}). */
    EXTERNAL,
    /** A jsonschema2pojo class that declares no property (only its additional properties). */
    EMPTY_CLASS,
    /** Any JSON value: webhookgen's {@code JsonNode}, jsonschema2pojo's {@code Object}. */
    UNTYPED,
    /** No type: generation did not get that far. */
    NONE;

    /** Whether the root is a declared type: a record, union, enum or tuple, which is what a typed model means. */
    boolean typed() {
        return this == RECORD || this == UNION || this == ENUM || this == TUPLE;
    }
}
