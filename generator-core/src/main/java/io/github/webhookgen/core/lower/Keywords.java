package io.github.webhookgen.core.lower;

import java.util.Set;

/** The schema keywords the lowering knows, by what it does with them. */
final class Keywords {

    /** Keywords that shape the generated types. */
    static final Set<String> HONOURED = Set.of(
            "type", "properties", "required", "enum", "const", "$ref", "definitions", "$defs",
            "additionalProperties", "items", "oneOf", "anyOf", "allOf", "description", "format");

    /**
     * Annotations and validation constraints: they do not change the shape of a type, so a generator of models
     * ignores them without loss (validation is the job of a validator).
     */
    static final Set<String> IGNORED = Set.of(
            "$schema", "id", "$id", "$comment", "title", "default", "examples", "readOnly", "writeOnly",
            "deprecated", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength",
            "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
            "contentMediaType", "contentEncoding");

    /** Standard keywords whose meaning the generated types cannot express. */
    static final Set<String> UNSUPPORTED = Set.of(
            "not", "if", "then", "else", "patternProperties", "dependencies", "dependentSchemas",
            "dependentRequired", "propertyNames", "contains", "minContains", "maxContains", "unevaluatedProperties",
            "unevaluatedItems", "additionalItems", "prefixItems", "$anchor", "$dynamicRef", "$dynamicAnchor",
            "$recursiveRef", "$recursiveAnchor", "$vocabulary", "discriminator", "extends", "disallow",
            "divisibleBy");

    /** Keywords that appear only in vendor dialects; the lowering maps what it can and warns. */
    static final Set<String> VENDOR = Set.of("readonly", "encryption");

    /** Keywords that do not break a {@code $ref}: annotations a reader expects beside it. */
    static final Set<String> REF_SIBLINGS = Set.of("description", "title", "$comment", "$schema", "id", "$id");

    private Keywords() {}
}
