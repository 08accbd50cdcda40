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
 * The Java type of each model type. Enums, date-times and dates keep their typed form at every depth: a value the type
 * cannot hold exactly is kept as JSON by the record property it is in (see {@link Codecs}), so nothing is lost.
 */
final class JavaTypes {

    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName LONG = ClassName.get(Long.class);
    static final ClassName BIG_INTEGER = ClassName.get(java.math.BigInteger.class);
    static final ClassName BOOLEAN = ClassName.get(Boolean.class);
    static final ClassName BIG_DECIMAL = ClassName.get(java.math.BigDecimal.class);
    static final ClassName OFFSET_DATE_TIME = ClassName.get(java.time.OffsetDateTime.class);
    static final ClassName LOCAL_DATE = ClassName.get(java.time.LocalDate.class);
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
    /** The enums some generated type refers to, found as the types are printed. */
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

    /** Whether a type printed so far refers to the enum: one no generated type refers to is not generated. */
    boolean inUse(SchemaRef enumId) {
        return enumsInUse.contains(enumId);
    }

    boolean isEnum(TypeRef type) {
        return type instanceof TypeRef.Named named && decl(named) instanceof TypeDecl.EnumDecl;
    }

    TypeName of(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar(scalar.kind());
        }
        if (type instanceof TypeRef.ListOf list) {
            return ParameterizedTypeName.get(LIST, of(list.element()));
        }
        if (type instanceof TypeRef.MapOf map) {
            return ParameterizedTypeName.get(MAP, STRING, of(map.value()));
        }
        if (type instanceof TypeRef.External external) {
            return external.type();
        }
        TypeRef.Named named = (TypeRef.Named) type;
        if (isEnum(named)) {
            enumsInUse.add(named.id());
        }
        return className(named.id());
    }

    private TypeName scalar(ScalarKind kind) {
        return switch (kind) {
            case STRING -> STRING;
            case INTEGER -> LONG;
            case BIG_INTEGER -> BIG_INTEGER;
            case NUMBER -> BIG_DECIMAL;
            case BOOLEAN -> BOOLEAN;
            case DATE_TIME -> OFFSET_DATE_TIME;
            case DATE -> LOCAL_DATE;
            case ANY -> jackson.node;
        };
    }
}
