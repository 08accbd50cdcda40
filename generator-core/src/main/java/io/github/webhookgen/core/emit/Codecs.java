package io.github.webhookgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import io.github.webhookgen.core.model.Constant;
import io.github.webhookgen.core.model.Property;
import io.github.webhookgen.core.model.ScalarKind;
import io.github.webhookgen.core.model.TypeDecl;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.naming.Names;
import io.github.webhookgen.core.schema.SchemaRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

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

    /**
     * The Java literal of the value a property is fixed to, of the property's type: {@code "a"}, {@code Boolean.TRUE},
     * {@code 2L}, {@code new BigInteger("9223372036854775808")}, {@code new BigDecimal("2.5")}.
     */
    CodeBlock literal(Property property) {
        Constant constant = property.constant();
        ScalarKind kind = property.type() instanceof TypeRef.Scalar scalar ? scalar.kind() : ScalarKind.NUMBER;
        return switch (constant.kind()) {
            case STRING -> CodeBlock.of("$S", constant.text());
            case BOOLEAN -> CodeBlock.of("$T.$L", JavaTypes.BOOLEAN, Boolean.parseBoolean(constant.text()) ? "TRUE"
                    : "FALSE");
            default -> switch (kind) {
                case INTEGER -> CodeBlock.of("$LL", constant.text());
                case BIG_INTEGER -> CodeBlock.of("new $T($S)", JavaTypes.BIG_INTEGER, constant.text());
                default -> CodeBlock.of("new $T($S)", JavaTypes.BIG_DECIMAL, constant.text());
            };
        };
    }

    /** A statement writing the value a property is fixed to, to {@code g}: {@code g.writeString("ChatStateEvent")}. */
    CodeBlock writeFixed(Property property) {
        Constant constant = property.constant();
        return switch (constant.kind()) {
            case STRING -> CodeBlock.of("g.writeString($S)", constant.text());
            case BOOLEAN -> CodeBlock.of("g.writeBoolean($L)", Boolean.parseBoolean(constant.text()));
            default -> CodeBlock.of("g.writeNumber($L)", literal(property));
        };
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
        return readProperty(type, "p", "ctxt", "name", "extra");
    }

    /**
     * A lenient property ({@link io.github.webhookgen.core.model.Property#lenient()}): its value read as
     * {@link #readProperty}, or, when it is JSON of another shape, kept whole in {@code extra}.
     */
    CodeBlock readLenient(TypeRef type) {
        return CodeBlock.of("$T.readOrKeep(p, ctxt, name, extra,$W(tree, treeCtxt, key, kept) ->$W$L)", json,
                readProperty(type, "tree", "treeCtxt", "key", "kept"));
    }

    private CodeBlock readProperty(TypeRef type, String parser, String context, String name, String extra) {
        if (types.isEnum(type)) {
            ClassName enumType = types.className(((TypeRef.Named) type).id());
            return CodeBlock.of("$T.readEnum($L, $L, $T::fromValue,$W$L, $L, $L)", json, parser, context, enumType,
                    unknownConstant(type), name, extra);
        }
        if (type instanceof TypeRef.Scalar scalar && inexact(scalar)) {
            return CodeBlock.of("$T.$L($L, $L, $L, $L)", json, scalarReader(scalar), parser, context, name, extra);
        }
        TypeRef inner = type instanceof TypeRef.ListOf list ? list.element()
                : type instanceof TypeRef.MapOf map ? map.value() : null;
        if (inner != null && (types.isEnum(inner) || inner instanceof TypeRef.Scalar scalar && inexact(scalar))) {
            return CodeBlock.of("$T.$L($L, $L,$W$L, $L, $L)", json,
                    type instanceof TypeRef.ListOf ? "readList" : "readMap", parser, context, reader(inner, 1), name,
                    extra);
        }
        if (inexactWithin(type, new HashSet<>())) {
            return CodeBlock.of("$T.readBuffered($L, $L,$W$L, $L, $L)", json, parser, context, reader(type, 1), name,
                    extra);
        }
        return call(type, parser, context, 0);
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
     * it holds (which keep their own): in a list, a map, a tuple's item, or a union's branch that is not an object.
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
        if (!(type instanceof TypeRef.Named named)) {
            return false; // a class of the user's, read by Jackson as it reads that class
        }
        TypeDecl decl = types.decl(named);
        if (decl instanceof TypeDecl.EnumDecl) {
            return true;
        }
        if (decl instanceof TypeDecl.TupleDecl tuple) {
            return seen.add(named.id()) && (tuple.items().stream().anyMatch(item -> inexactWithin(item, seen))
                    || tuple.rest() != null && inexactWithin(tuple.rest(), seen));
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
        if (type instanceof TypeRef.External external) {
            return CodeBlock.of("$L.readValue($L, $L)", context, parser, javaType(external));
        }
        return CodeBlock.of("$T.$L($L, $L)", json, scalarReader((TypeRef.Scalar) type), parser, context);
    }

    /** A {@code Json.Reader} for a value of {@code type}: an element of a list, a value of a map, a whole property. */
    CodeBlock reader(TypeRef type, int depth) {
        if (type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf || type instanceof TypeRef.External
                || types.isEnum(type)) {
            String p = "p" + depth;
            String c = "c" + depth;
            return CodeBlock.of("($L, $L) -> $L", p, c, call(type, p, c, depth));
        }
        if (type instanceof TypeRef.Named named) {
            return CodeBlock.of("$T.Decoder.INSTANCE::deserialize", types.codec(named.id()));
        }
        return CodeBlock.of("$T::$L", json, scalarReader((TypeRef.Scalar) type));
    }

    /**
     * What Jackson reads a class of the user's as: its class literal ({@code UUID.class}), or, for a generic type, the
     * codec's constant that holds its {@code JavaType} ({@link #javaTypeConstants}).
     */
    private CodeBlock javaType(TypeRef.External external) {
        return external.isGeneric() ? CodeBlock.of("$L", names.javaTypes().get(external.type()))
                : CodeBlock.of("$T.class", external.type());
    }

    /**
     * The constants of the {@code JavaType}s the codec of {@code decl} reads with, one for each generic class of the
     * user's it refers to: {@code private static final JavaType MAP_STRING_MONEY = Json.javaType(new TypeReference<Map<String,
     * Money>>() {});}, built once, when the codec is loaded.
     */
    List<FieldSpec> javaTypeConstants(TypeDecl decl) {
        Map<String, TypeName> generic = new TreeMap<>();
        decl.refs().forEach(ref -> collectGeneric(ref, generic));
        List<FieldSpec> constants = new ArrayList<>();
        generic.values().forEach(type -> constants.add(FieldSpec.builder(types.jackson.javaType,
                        names.javaTypes().get(type), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.javaType($Wnew $T<$T>() {})", json, types.jackson.typeReference, type)
                .build()));
        return constants;
    }

    private void collectGeneric(TypeRef ref, Map<String, TypeName> generic) {
        if (ref instanceof TypeRef.ListOf list) {
            collectGeneric(list.element(), generic);
        } else if (ref instanceof TypeRef.MapOf map) {
            collectGeneric(map.value(), generic);
        } else if (ref instanceof TypeRef.External external && external.isGeneric()) {
            generic.put(names.javaTypes().get(external.type()), external.type());
        }
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
            return CodeBlock.of("$T.Encoder.INSTANCE.serialize($Z$L,$Wg,$W$L)", types.codec(named.id()), value, provider);
        }
        if (type instanceof TypeRef.External) {
            return CodeBlock.of("$T.writeValue($L, g, $L)", json, value, provider);
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
        if (type instanceof TypeRef.External) {
            return CodeBlock.of("$T::writeValue", json);
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
