package io.github.webhookgen.core.examples;

/**
 * A value of an example that the archive's schemas do not allow, as the validator reports it. The generated code keeps
 * such a value when it has the JSON type the schema declares (an enum value the schema does not list, an unknown
 * discriminator value, an undeclared property), so the round trip alone does not show it.
 *
 * @param pointer JSON pointer (RFC 6901) to the value in the example, {@code ""} for the whole document
 * @param line 1-based line where the value starts in the example, or 0 when unknown
 * @param column 1-based column where the value starts, or 0 when unknown
 * @param keyword the schema keyword that rejects the value, for example {@code enum}, {@code required},
 *     {@code oneOf}
 * @param message the validator's message, for example {@code does not have a value in the enumeration ["OPEN"]}
 * @param schema where the keyword is: the schema document's archive path and a JSON pointer into it, for example
 *     {@code webhooks/Status.json#/properties/state/enum}; a URI when the archive holds no document for it
 */
public record SchemaViolation(String pointer, int line, int column, String keyword, String message, String schema) {}
