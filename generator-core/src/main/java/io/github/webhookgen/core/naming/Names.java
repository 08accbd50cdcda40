package io.github.webhookgen.core.naming;

import com.palantir.javapoet.TypeName;
import io.github.webhookgen.core.model.JsonKind;
import io.github.webhookgen.core.schema.SchemaRef;
import java.util.Map;

/**
 * Every Java identifier the emitter writes, decided once from schema locations: type names, record component names,
 * enum constants, nested variant names and visitor methods.
 *
 * @param types simple name of each declared type
 * @param components for each record, JSON property name to component name
 * @param constants for each enum, JSON value to constant name
 * @param unknownConstants for each enum, the constant for values the schema does not list
 * @param unknownVariants for each union, the nested record for discriminator values the schema does not list
 * @param codecs for each record and union, the package-private class beside it that reads and writes its JSON
 * @param javaTypes for each generic class of the user's ({@code existingJavaType}) a codec reads, the constant that
 *     holds its Jackson {@code JavaType}
 * @param support names of the generated support types
 */
public record Names(
        Map<SchemaRef, String> types,
        Map<SchemaRef, Map<String, String>> components,
        Map<SchemaRef, Map<String, String>> constants,
        Map<SchemaRef, String> unknownConstants,
        Map<SchemaRef, String> unknownVariants,
        Map<SchemaRef, String> codecs,
        Map<TypeName, String> javaTypes,
        Support support) {

    /** The record component that keeps what the declared components cannot hold. */
    public static final String EXTRA = "additionalProperties";

    /**
     * The record component of the properties a schema types but does not declare by name ({@code additionalProperties}
     * or {@code patternProperties} with a schema).
     */
    public static final String OTHER = "otherProperties";

    /**
     * Names of the generated types that do not come from a schema.
     *
     * @param json the JSON support class every codec calls
     * @param visitor the visitor interface
     * @param dispatcher the entry points that parse and dispatch
     * @param signature the check of LivePerson's signature header, copied beside the dispatcher of LivePerson's layout
     */
    public record Support(String json, String visitor, String dispatcher, String signature) {}

    public String type(SchemaRef id) {
        return types.get(id);
    }

    public String codec(SchemaRef id) {
        return codecs.get(id);
    }

    public String component(SchemaRef record, String jsonName) {
        return components.get(record).get(jsonName);
    }

    /** The nested record of a union that holds a JSON value of {@code kind} that is not an object. */
    public static String wrapper(JsonKind kind) {
        return switch (kind) {
            case STRING -> "OfString";
            case NUMBER -> "OfNumber";
            case BOOLEAN -> "OfBoolean";
            case ARRAY -> "OfArray";
            case OBJECT -> "OfObject";
        };
    }

    /** The visitor method for a kind of event or notification. */
    public static String visitMethod(String typeName) {
        return "visit" + typeName;
    }

    /** The visitor's fallback for values of a union that the archive does not declare. */
    public static String unknownVisitMethod(String unionName) {
        return visitMethod("Unknown" + unionName);
    }
}
