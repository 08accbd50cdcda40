package io.github.webhookgen.core.model;

import io.github.webhookgen.core.schema.SchemaRef;

/**
 * A declared property of a record.
 *
 * @param jsonName the name in JSON, exactly as in the schema
 * @param type its type
 * @param required whether the schema lists it in {@code required}
 * @param description the schema's description, or empty
 * @param constant the single value a {@code const} or one-value {@code enum} fixes it to, or null
 * @param schema where the property's schema is (the declaration that decides its type when several parts of an
 *     {@code allOf} declare it)
 * @param lenient whether the schema allows values {@code type} does not read: its schema says no {@code type} and
 *     has the keywords of one (a {@code properties} without {@code "type": "object"} allows any other JSON value too),
 *     or its record merges union branches that do not all declare it the same way. Such a value is kept as JSON
 *     among the record's {@code additionalProperties}, as the value of an enum the schema does not list is.
 */
public record Property(String jsonName, TypeRef type, boolean required, String description, Constant constant,
        SchemaRef schema, boolean lenient) {

    /** A property whose schema allows only values of its type. */
    public Property(String jsonName, TypeRef type, boolean required, String description, Constant constant,
            SchemaRef schema) {
        this(jsonName, type, required, description, constant, schema, false);
    }

    /** The same property, reading leniently or not. */
    public Property withLenient(boolean value) {
        return new Property(jsonName, type, required, description, constant, schema, value);
    }
}
