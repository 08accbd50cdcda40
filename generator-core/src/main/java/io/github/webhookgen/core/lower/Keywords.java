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
            "additionalProperties", "patternProperties", "items", "prefixItems", "additionalItems", "oneOf", "anyOf",
            "allOf", "extends", "description", "format");

    /**
     * Standard keywords that would change the Java type and that the generated types cannot express: conditional and
     * dependent subschemas, dynamic references.
     */
    static final Set<String> UNSUPPORTED = Set.of(
            "then", "else", "dependentSchemas", "dependencies", "unevaluatedProperties", "unevaluatedItems",
            "$dynamicRef", "$recursiveRef");

    /**
     * jsonschema2pojo's keywords that say what the schema's own type is, and so mean nothing beside a {@code $ref}
     * whose referenced schema applies as it is ({@code javaName} names the property, and is read there too).
     */
    static final Set<String> JAVA_TYPE = Set.of("javaType", "existingJavaType", "javaInterfaces", "javaEnumNames");

    /**
     * jsonschema2pojo's extension keywords that shape its generated classes in a way the generated records cannot or
     * do not, each with what the generated code does instead (docs/keywords.md). Its keywords that only add bean
     * validation annotations ({@code integerDigits}, {@code fractionalDigits}) are constraints, silent like
     * {@code maxLength}.
     */
    static final Map<String, String> JSONSCHEMA2POJO_UNSUPPORTED = Map.ofEntries(
            Map.entry("extendsJavaClass", "a record cannot extend a class; javaInterfaces names interfaces it "
                    + "implements"),
            Map.entry("javaEnums", "enum constants are named after their values, or by javaEnumNames"),
            Map.entry("customDatePattern", "a date is read as an RFC 3339 full-date into a LocalDate, and other text "
                    + "is kept as written"),
            Map.entry("customTimePattern", "values of format time are strings, kept as written"),
            Map.entry("customDateTimePattern", "a date-time is read as RFC 3339 into an OffsetDateTime and written "
                    + "back as it arrived"),
            Map.entry("customPattern", "a date-time is read as RFC 3339 into an OffsetDateTime and a date into a "
                    + "LocalDate, written back as they arrived; other formats are strings, kept as written"),
            Map.entry("customTimezone", "an OffsetDateTime keeps the offset it arrived with and is written back as it "
                    + "arrived"),
            Map.entry("formatDateTime", "a date-time is written back as it arrived"),
            Map.entry("excludedFromEqualsAndHashCode", "a record's equals and hashCode compare every component"),
            Map.entry("javaJsonView", "the generated codecs read and write every property, whatever the Jackson "
                    + "view"),
            Map.entry("javaOptional", "an accessor returns the value, or null when the property is absent"),
            Map.entry("deserializationClassProperty", "the generated code never takes a class name from the JSON; a "
                    + "union chooses its branch by a property that each branch fixes with const or enum"),
            Map.entry("media", "the value stays a String, exactly as written (existingJavaType \"byte[]\" reads "
                    + "base64 into bytes)"));

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
            case "unevaluatedProperties", "unevaluatedItems" -> value.isObject();
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

    /**
     * The warning for jsonschema2pojo's {@code keyword}, which the generated code does not support, saying what it
     * does instead; null for any other keyword.
     */
    static String jsonschema2pojoUnsupported(String keyword) {
        String instead = JSONSCHEMA2POJO_UNSUPPORTED.get(keyword);
        return instead == null ? null : "'" + keyword + "' (jsonschema2pojo) is not supported: " + instead + "; ignored";
    }

    /** The keyword that {@code key} spells in another case ({@code additionalproperties}), or null. */
    static String misspelled(String key) {
        String keyword = BY_LOWER_CASE.get(key.toLowerCase(Locale.ROOT));
        return keyword == null || keyword.equals(key) ? null : keyword;
    }
}
