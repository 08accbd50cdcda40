package io.github.webhookgen.core.lower;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The schema keywords the lowering knows, by what it does with them. The rule (docs/keywords.md): a keyword warrants a
 * warning only when it would change the shape of the Java type and the generated types ignore it. Every other keyword,
 * known or not, is an annotation or a validation constraint: a generator of models ignores it without loss, as 2020-12
 * Core §6.5 has implementations treat keywords they do not support as annotations.
 */
final class Keywords {

    /** Keywords that shape the generated types. */
    static final Set<String> HONOURED = Set.of(
            "type", "properties", "required", "enum", "const", "$ref", "definitions", "$defs",
            "additionalProperties", "items", "oneOf", "anyOf", "allOf", "extends", "description", "format");

    /**
     * Standard keywords that would change the Java type and that the generated types cannot express: properties by
     * pattern, tuples, conditional and dependent subschemas, dynamic references.
     */
    static final Set<String> UNSUPPORTED = Set.of(
            "patternProperties", "additionalItems", "prefixItems", "then", "else", "dependentSchemas", "dependencies",
            "unevaluatedProperties", "unevaluatedItems", "$dynamicRef", "$recursiveRef");

    /** The keywords above by their lower-case spelling, to recognise a keyword written in the wrong case. */
    private static final Map<String, String> BY_LOWER_CASE = Stream.concat(HONOURED.stream(), UNSUPPORTED.stream())
            .collect(Collectors.toMap(k -> k.toLowerCase(Locale.ROOT), Function.identity()));

    private Keywords() {}

    /**
     * Whether ignoring {@code keyword} with this value loses something about the shape of the data: a schema for
     * more items or properties does, {@code false} only validates; {@code dependencies} does where it names a schema,
     * not a list of property names.
     */
    static boolean unsupportedShape(String keyword, JsonNode value) {
        return switch (keyword) {
            case "additionalItems", "unevaluatedProperties", "unevaluatedItems" -> value.isObject();
            case "dependencies" -> value.isObject() && value.valueStream().anyMatch(JsonNode::isObject);
            default -> UNSUPPORTED.contains(keyword);
        };
    }

    /**
     * Whether {@code keyword} beside {@code $ref} would shape the type: the referenced schema applies as it is, so
     * such a sibling is lost. Annotations ({@code description} becomes the property's javadoc) and formats without a
     * type of their own (see {@link Scalars}) are not.
     */
    static boolean shapesBesideRef(String keyword, JsonNode value) {
        return switch (keyword) {
            case "$ref", "description", "definitions", "$defs" -> false;
            case "format" -> Scalars.STRING_FORMATS.contains(value.asText())
                    || Scalars.BIG_INTEGER_FORMATS.contains(value.asText());
            default -> HONOURED.contains(keyword) || unsupportedShape(keyword, value);
        };
    }

    /** The keyword that {@code key} spells in another case ({@code additionalproperties}), or null. */
    static String misspelled(String key) {
        String keyword = BY_LOWER_CASE.get(key.toLowerCase(Locale.ROOT));
        return keyword == null || keyword.equals(key) ? null : keyword;
    }
}
