package io.github.webhookgen.core.lower;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.TypeName;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.lower.Shape.Kind;
import io.github.webhookgen.core.model.JsonKind;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.schema.SchemaRef;
import io.github.webhookgen.core.schema.SchemaSet;
import java.util.ArrayList;
import java.util.List;

/**
 * jsonschema2pojo's keywords that name existing Java types: {@code existingJavaType} (use this class instead of
 * generating one), {@code javaType} on a schema that declares no type (the same, as jsonschema2pojo read it before
 * its 1.0 split the two), and {@code javaInterfaces} (interfaces a declared type implements). A value that is not a
 * Java type is a located warning, and the schema is lowered as if it were absent.
 */
final class JavaTypeKeywords {

    private final SchemaSet schemas;
    private final Problems problems;

    JavaTypeKeywords(SchemaSet schemas, Problems problems) {
        this.schemas = schemas;
        this.problems = problems;
    }

    /** The class {@code existingJavaType} names for the schema at {@code at} (of {@code shape}), or null. */
    TypeRef existingJavaType(SchemaRef at, Shape shape) {
        return external(at, "existingJavaType", shape);
    }

    /**
     * The class {@code javaType} names for the schema at {@code at}, which lowers to {@code type}: only when that is
     * not a declared type (a record, union, enum or tuple takes {@code javaType} as its name instead), otherwise null.
     */
    TypeRef javaType(SchemaRef at, Shape shape, TypeRef type) {
        return type instanceof TypeRef.Named ? null : external(at, "javaType", shape);
    }

    private TypeRef external(SchemaRef at, String keyword, Shape shape) {
        JsonNode node = schemas.nodeOrNull(at);
        JsonNode value = node == null || !node.isObject() ? null : node.get(keyword);
        if (value == null) {
            return null;
        }
        TypeName type = typeName(at.child(keyword), keyword, value, false);
        return type == null ? null : new TypeRef.External(type, jsonKind(shape));
    }

    /**
     * The interfaces {@code javaInterfaces} names for the declared type at {@code at}, in order; an entry that is not a
     * class or interface type is a warning and left out.
     */
    List<TypeName> interfaces(SchemaRef at) {
        JsonNode node = schemas.nodeOrNull(at);
        JsonNode value = node == null || !node.isObject() ? null : node.get("javaInterfaces");
        List<TypeName> interfaces = new ArrayList<>();
        if (value == null) {
            return interfaces;
        }
        SchemaRef keywordAt = at.child("javaInterfaces");
        if (!value.isArray()) {
            problems.warning(ProblemCode.INVALID_SCHEMA, schemas.locate(keywordAt), "javaInterfaces must be an array "
                    + "of interface names, not " + Lowering.kind(value) + "; ignored");
            return interfaces;
        }
        for (int i = 0; i < value.size(); i++) {
            TypeName type = typeName(keywordAt.child(String.valueOf(i)), "javaInterfaces entry", value.get(i), true);
            if (type != null && !interfaces.contains(type)) {
                interfaces.add(type);
            }
        }
        return interfaces;
    }

    private TypeName typeName(SchemaRef at, String keyword, JsonNode value, boolean asInterface) {
        if (!value.isTextual()) {
            problems.warning(ProblemCode.INVALID_SCHEMA, schemas.locate(at), keyword + " " + value + " is not a Java "
                    + "type name (a string such as \"com.example.Money\"); ignored");
            return null;
        }
        try {
            return asInterface ? JavaTypeNames.parseInterface(value.asText()) : JavaTypeNames.parse(value.asText());
        } catch (JavaTypeNames.NotAType e) {
            problems.warning(ProblemCode.INVALID_SCHEMA, schemas.locate(at), keyword + " " + value + " is not a Java "
                    + "type: " + e.getMessage() + "; ignored");
            return null;
        }
    }

    /** The one kind of JSON value a shape allows, which a union tells its branches apart by; null for several. */
    private static JsonKind jsonKind(Shape shape) {
        Kind only = Lowering.only(shape.effectiveKinds());
        if (only == null) {
            return null;
        }
        return switch (only) {
            case OBJECT -> JsonKind.OBJECT;
            case ARRAY -> JsonKind.ARRAY;
            case STRING -> JsonKind.STRING;
            case INTEGER, NUMBER -> JsonKind.NUMBER;
            case BOOLEAN -> JsonKind.BOOLEAN;
        };
    }
}
