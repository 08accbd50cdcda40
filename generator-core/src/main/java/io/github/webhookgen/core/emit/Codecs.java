package io.github.webhookgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.github.webhookgen.core.model.ScalarKind;
import io.github.webhookgen.core.model.TypeDecl;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.naming.Names;
import io.github.webhookgen.core.schema.SchemaRef;
import java.util.HashSet;
import java.util.Set;

/**
 * The code that reads a value of a model type from a Jackson parser and writes it to a generator, as calls into the
 * {@code Json} support class and the {@code Decoder}/{@code Encoder} of each declared type's codec.
 *
 * <p>Some values a schema allows have no exact Java value of their type: an integer beyond the long range, {@code 1.0}
 * where an integer is, a leap second, an enum value the schema does not list. Their readers return the nearest value
 * (or {@code null}), and the record property they are in keeps its JSON in {@code additionalProperties}, where it wins
 * when writing. How depends on where the value sits: a property's own value keeps its JSON itself; the elements of a
 * property's list or the values of its map keep the whole list or map; deeper values (a list of lists, a union's
 * branch) mark the read as inexact, and the property, read from a buffered copy, keeps the copy. Only properties whose
 * type holds such a value deeper down pay for the copy. A record keeps its own properties' JSON, so it is a boundary.
 */
final class Codecs {

    private final JavaTypes types;
    private final ClassName json;
    private final Names names;
    /** What the encoders call their serialization context. */
    private final String provider;

    Codecs(JavaTypes types, Names names) {
        this.types = types;
        this.json = types.json();
        this.names = names;
        this.provider = types.jackson.writeContextName;
    }

    private CodeBlock unknownConstant(TypeRef enumType) {
        SchemaRef id = ((TypeRef.Named) enumType).id();
        return CodeBlock.of("$T.$L", types.className(id), names.unknownConstants().get(id));
    }

    /**
     * An expression reading the property value at the parser {@code p}; records raw JSON in {@code extra} under
     * {@code name} when the typed value does not hold it exactly.
     */
    CodeBlock readProperty(TypeRef type) {
        if (types.isEnum(type)) {
            ClassName enumType = types.className(((TypeRef.Named) type).id());
            return CodeBlock.of("$T.readEnum(p, ctxt, $T::fromValue,$W$L, name, extra)", json, enumType,
                    unknownConstant(type));
        }
        if (type instanceof TypeRef.Scalar scalar && inexact(scalar)) {
            return CodeBlock.of("$T.$L(p, ctxt, name, extra)", json, scalarReader(scalar));
        }
        TypeRef inner = type instanceof TypeRef.ListOf list ? list.element()
                : type instanceof TypeRef.MapOf map ? map.value() : null;
        if (inner != null && (types.isEnum(inner) || inner instanceof TypeRef.Scalar scalar && inexact(scalar))) {
            return CodeBlock.of("$T.$L(p, ctxt,$W$L, name, extra)", json,
                    type instanceof TypeRef.ListOf ? "readList" : "readMap", reader(inner, 1));
        }
        if (inexactWithin(type, new HashSet<>())) {
            return CodeBlock.of("$T.readBuffered(p, ctxt,$W$L, name, extra)", json, reader(type, 1));
        }
        return call(type, "p", "ctxt", 0);
    }

    /** Whether the Java type of a scalar cannot hold every value the schema allows exactly. */
    private static boolean inexact(TypeRef.Scalar scalar) {
        return switch (scalar.kind()) {
            case INTEGER, BIG_INTEGER, DATE_TIME, DATE -> true;
            case STRING, NUMBER, BOOLEAN, ANY -> false;
        };
    }

    /**
     * Whether reading a value of {@code type} may meet a value its Java type cannot hold exactly, outside the records
     * it holds (which keep their own): in a list, a map, or a union's branch that is not an object.
     */
    private boolean inexactWithin(TypeRef type, Set<SchemaRef> seen) {
        if (type instanceof TypeRef.Scalar scalar) {
            return inexact(scalar);
        }
        if (type instanceof TypeRef.ListOf list) {
            return inexactWithin(list.element(), seen);
        }
        if (type instanceof TypeRef.MapOf map) {
            return inexactWithin(map.value(), seen);
        }
        TypeRef.Named named = (TypeRef.Named) type;
        TypeDecl decl = types.decl(named);
        if (decl instanceof TypeDecl.EnumDecl) {
            return true;
        }
        return decl instanceof TypeDecl.UnionDecl union && seen.add(named.id()) && union.branches().stream()
                .filter(branch -> !branch.isNamedObject())
                .anyMatch(branch -> inexactWithin(branch.type(), seen));
    }

    /** An expression reading a value of {@code type} from {@code parser}, marking it inexact where it is. */
    CodeBlock call(TypeRef type, String parser, String context, int depth) {
        if (type instanceof TypeRef.ListOf list) {
            return CodeBlock.of("$T.readList($L, $L,$W$L)", json, parser, context, reader(list.element(), depth + 1));
        }
        if (type instanceof TypeRef.MapOf map) {
            return CodeBlock.of("$T.readMap($L, $L,$W$L)", json, parser, context, reader(map.value(), depth + 1));
        }
        if (types.isEnum(type)) {
            ClassName enumType = types.className(((TypeRef.Named) type).id());
            return CodeBlock.of("$T.readEnum($L, $L, $T::fromValue,$W$L)", json, parser, context, enumType,
                    unknownConstant(type));
        }
        if (type instanceof TypeRef.Named named) {
            return CodeBlock.of("$T.Decoder.INSTANCE.deserialize($L, $L)", types.codec(named.id()), parser, context);
        }
        return CodeBlock.of("$T.$L($L, $L)", json, scalarReader((TypeRef.Scalar) type), parser, context);
    }

    /** A {@code Json.Reader} for a value of {@code type}: an element of a list, a value of a map, a whole property. */
    CodeBlock reader(TypeRef type, int depth) {
        if (type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf || types.isEnum(type)) {
            String p = "p" + depth;
            String c = "c" + depth;
            return CodeBlock.of("($L, $L) -> $L", p, c, call(type, p, c, depth));
        }
        if (type instanceof TypeRef.Named named) {
            return CodeBlock.of("$T.Decoder.INSTANCE::deserialize", types.codec(named.id()));
        }
        return CodeBlock.of("$T::$L", json, scalarReader((TypeRef.Scalar) type));
    }

    private static String scalarReader(TypeRef.Scalar scalar) {
        return switch (scalar.kind()) {
            case STRING -> "readString";
            case INTEGER -> "readLong";
            case BIG_INTEGER -> "readBigInteger";
            case NUMBER -> "readDecimal";
            case BOOLEAN -> "readBoolean";
            case DATE_TIME -> "readDateTime";
            case DATE -> "readDate";
            case ANY -> "readTree";
        };
    }

    /** A statement writing {@code value} (an expression of the Java type of {@code type}) to {@code g}. */
    CodeBlock write(TypeRef type, CodeBlock value) {
        if (types.isEnum(type)) {
            return CodeBlock.of("$T.writeValued($L, g, $L)", json, value, provider);
        }
        if (type instanceof TypeRef.ListOf list) {
            return CodeBlock.of("$T.writeList($L, g, $L,$W$L)", json, value, provider, writer(list.element(), 0));
        }
        if (type instanceof TypeRef.MapOf map) {
            return CodeBlock.of("$T.writeMap($L, g, $L,$W$L)", json, value, provider, writer(map.value(), 0));
        }
        if (type instanceof TypeRef.Named named) {
            return CodeBlock.of("$T.Encoder.INSTANCE.serialize($L, g, $L)", types.codec(named.id()), value, provider);
        }
        return switch (((TypeRef.Scalar) type).kind()) {
            case STRING -> CodeBlock.of("g.writeString($L)", value);
            case DATE_TIME, DATE -> CodeBlock.of("g.writeString($L.toString())", value);
            case INTEGER -> CodeBlock.of("g.writeNumber($L.longValue())", value);
            case BIG_INTEGER, NUMBER -> CodeBlock.of("g.writeNumber($L)", value);
            case BOOLEAN -> CodeBlock.of("g.writeBoolean($L.booleanValue())", value);
            case ANY -> CodeBlock.of("$T.writeTree($L, g, $L)", json, value, provider);
        };
    }

    /** A {@code Json.Writer} for values of {@code type}. */
    CodeBlock writer(TypeRef type, int level) {
        if (types.isEnum(type)) {
            return CodeBlock.of("$T::writeValued", json);
        }
        if (type instanceof TypeRef.ListOf list) {
            return CodeBlock.of("(v$L, g$L, s$L) -> $T.writeList(v$L, g$L, s$L, $L)", level, level, level, json, level,
                    level, level, writer(list.element(), level + 1));
        }
        if (type instanceof TypeRef.MapOf map) {
            return CodeBlock.of("(v$L, g$L, s$L) -> $T.writeMap(v$L, g$L, s$L, $L)", level, level, level, json, level,
                    level, level, writer(map.value(), level + 1));
        }
        if (type instanceof TypeRef.Named named) {
            return CodeBlock.of("$T.Encoder.INSTANCE::serialize", types.codec(named.id()));
        }
        String method = switch (((TypeRef.Scalar) type).kind()) {
            case STRING -> "writeString";
            case INTEGER -> "writeLong";
            case BIG_INTEGER -> "writeBigInteger";
            case NUMBER -> "writeDecimal";
            case BOOLEAN -> "writeBoolean";
            case DATE_TIME -> "writeDateTime";
            case DATE -> "writeDate";
            case ANY -> "writeTree";
        };
        return CodeBlock.of("$T::$L", json, method);
    }
}
