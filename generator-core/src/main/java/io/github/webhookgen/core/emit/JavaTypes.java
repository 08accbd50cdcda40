package io.github.webhookgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.webhookgen.core.model.ScalarKind;
import io.github.webhookgen.core.model.TypeDecl;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.naming.Names;
import io.github.webhookgen.core.schema.SchemaRef;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Java type of each model type. Enums and date-times keep their typed form where the record can remember the
 * raw JSON beside them (a property, or an element of a property's list); deeper down they are strings, so that
 * nothing is ever lost.
 */
final class JavaTypes {

    /** Where a value sits: directly in a property, as an element of a property's list, or deeper. */
    enum Depth {
        PROPERTY,
        ELEMENT,
        NESTED
    }

    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName LONG = ClassName.get(Long.class);
    static final ClassName BOOLEAN = ClassName.get(Boolean.class);
    static final ClassName BIG_DECIMAL = ClassName.get(java.math.BigDecimal.class);
    static final ClassName OFFSET_DATE_TIME = ClassName.get(java.time.OffsetDateTime.class);
    static final ClassName LIST = ClassName.get(java.util.List.class);
    static final ClassName MAP = ClassName.get(java.util.Map.class);
    static final ClassName LINKED_HASH_MAP = ClassName.get(java.util.LinkedHashMap.class);
    static final ClassName COLLECTIONS = ClassName.get(java.util.Collections.class);
    static final ClassName IO_EXCEPTION = ClassName.get(java.io.IOException.class);
    static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
    static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");

    private final String packageName;
    private final Names names;
    private final TypeModel model;
    final JacksonApi jackson;
    /** {@code Map<String, JsonNode>}: what a record keeps beside its components. */
    final TypeName rawMap;
    /** The enums some generated type uses as such (rather than as strings), found as the types are printed. */
    private final Set<SchemaRef> enumsInUse = ConcurrentHashMap.newKeySet();

    JavaTypes(String packageName, Names names, TypeModel model, JacksonApi jackson) {
        this.packageName = packageName;
        this.names = names;
        this.model = model;
        this.jackson = jackson;
        this.rawMap = ParameterizedTypeName.get(MAP, STRING, jackson.node);
    }

    ClassName className(SchemaRef id) {
        return ClassName.get(packageName, names.type(id));
    }

    /** The class beside a record or union that reads and writes its JSON. */
    ClassName codec(SchemaRef id) {
        return ClassName.get(packageName, names.codec(id));
    }

    ClassName support(String simpleName) {
        return ClassName.get(packageName, simpleName);
    }

    /** The package-private support class every codec calls. */
    ClassName json() {
        return support(names.support().json());
    }

    TypeDecl decl(TypeRef.Named named) {
        return model.get(named.id());
    }

    /** Whether a type printed so far uses the enum: one used only as strings is not generated. */
    boolean inUse(SchemaRef enumId) {
        return enumsInUse.contains(enumId);
    }

    boolean isEnum(TypeRef type) {
        return type instanceof TypeRef.Named named && decl(named) instanceof TypeDecl.EnumDecl;
    }

    /** Whether the value is written as an enum here (and so may need its raw JSON kept beside it). */
    boolean typedEnum(TypeRef type, Depth depth) {
        return isEnum(type) && depth != Depth.NESTED;
    }

    TypeName of(TypeRef type, Depth depth) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar(scalar.kind(), depth);
        }
        if (type instanceof TypeRef.ListOf list) {
            return ParameterizedTypeName.get(LIST,
                    of(list.element(), depth == Depth.PROPERTY ? Depth.ELEMENT : Depth.NESTED));
        }
        if (type instanceof TypeRef.MapOf map) {
            return ParameterizedTypeName.get(MAP, STRING, of(map.value(), Depth.NESTED));
        }
        if (type instanceof TypeRef.External external) {
            return external.type();
        }
        TypeRef.Named named = (TypeRef.Named) type;
        if (isEnum(named)) {
            if (depth == Depth.NESTED) {
                return STRING;
            }
            enumsInUse.add(named.id());
        }
        return className(named.id());
    }

    private TypeName scalar(ScalarKind kind, Depth depth) {
        return switch (kind) {
            case STRING -> STRING;
            case INTEGER -> LONG;
            case NUMBER -> BIG_DECIMAL;
            case BOOLEAN -> BOOLEAN;
            case DATE_TIME -> depth == Depth.PROPERTY ? OFFSET_DATE_TIME : STRING;
            case ANY -> jackson.node;
        };
    }
}
