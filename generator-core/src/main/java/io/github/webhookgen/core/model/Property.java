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
 */
public record Property(String jsonName, TypeRef type, boolean required, String description, Constant constant,
        SchemaRef schema) {}
