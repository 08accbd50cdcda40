package io.github.webhookgen.core.lower;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;

/**
 * Reads the Java types that jsonschema2pojo's keywords name ({@code existingJavaType}, {@code javaType},
 * {@code javaInterfaces}) as the Java language writes them (JLS §4.3, §4.5): a class by its full name
 * ({@code com.example.Money}, {@code java.util.Map.Entry}), with type arguments ({@code java.util.Map<String,
 * com.example.Money>}), wildcards among them ({@code ?}, {@code ? extends Number}), array dimensions
 * ({@code byte[]}, {@code String[][]}) and a primitive ({@code int}). A name without a package is a class of
 * {@code java.lang} ({@code String}, {@code Integer}), as in Java source; any other is rejected, since the generated
 * code cannot import a class of the unnamed package.
 */
final class JavaTypeNames {

    private static final Map<String, TypeName> PRIMITIVES = Map.of("boolean", TypeName.BOOLEAN, "byte", TypeName.BYTE,
            "short", TypeName.SHORT, "int", TypeName.INT, "long", TypeName.LONG, "char", TypeName.CHAR,
            "float", TypeName.FLOAT, "double", TypeName.DOUBLE);

    /** Why a text is not a type this reader accepts; its message completes "... is not usable: ". */
    static final class NotAType extends Exception {
        private static final long serialVersionUID = 1L;

        NotAType(String reason) {
            super(reason, null, false, false);
        }
    }

    private final String text;
    private int at;

    private JavaTypeNames(String text) {
        this.text = text;
    }

    /**
     * The type {@code text} names. A primitive stands for its box ({@code int} is {@code Integer}), since a value may be
     * absent.
     *
     * @throws NotAType when it is not a type as Java writes one, or names a class without its package that
     *     {@code java.lang} does not have
     */
    static TypeName parse(String text) throws NotAType {
        JavaTypeNames reader = new JavaTypeNames(text);
        TypeName type = reader.type(true);
        reader.skipSpace();
        if (reader.at < text.length()) {
            throw new NotAType("unexpected '" + text.charAt(reader.at) + "' at position " + (reader.at + 1));
        }
        return type.isPrimitive() ? type.box() : type;
    }

    /**
     * The class or interface {@code text} names, with its type arguments: what a type may implement or extend (JLS
     * §8.1.5), so no primitive, array or wildcard.
     *
     * @throws NotAType when it is not such a type
     */
    static TypeName parseInterface(String text) throws NotAType {
        TypeName type = parse(text);
        if (!(type instanceof ClassName || type instanceof ParameterizedTypeName)
                || PRIMITIVES.containsKey(text.strip())) {
            throw new NotAType("an interface is a class type, not " + (type instanceof ArrayTypeName ? "an array"
                    : "a primitive"));
        }
        return type;
    }

    // ---- the grammar ----

    private TypeName type(boolean primitiveAllowed) throws NotAType {
        List<String> segments = qualifiedName();
        TypeName type;
        if (segments.size() == 1 && PRIMITIVES.containsKey(segments.get(0))) {
            type = PRIMITIVES.get(segments.get(0));
            if (!primitiveAllowed && !peek('[')) {
                throw new NotAType("a type argument cannot be the primitive " + segments.get(0));
            }
        } else {
            ClassName raw = className(segments);
            type = peek('<') ? ParameterizedTypeName.get(raw, arguments().toArray(TypeName[]::new)) : raw;
        }
        while (peek('[')) {
            at++;
            expect(']');
            type = ArrayTypeName.of(type);
        }
        return type;
    }

    private List<TypeName> arguments() throws NotAType {
        expect('<');
        List<TypeName> arguments = new ArrayList<>();
        do {
            arguments.add(argument());
        } while (accept(','));
        expect('>');
        return arguments;
    }

    private TypeName argument() throws NotAType {
        if (!accept('?')) {
            return type(false);
        }
        skipSpace();
        int mark = at;
        String bound = peekIdentifier();
        if ("extends".equals(bound)) {
            return WildcardTypeName.subtypeOf(type(false));
        }
        if ("super".equals(bound)) {
            return WildcardTypeName.supertypeOf(type(false));
        }
        at = mark;
        return WildcardTypeName.subtypeOf(Object.class);
    }

    private List<String> qualifiedName() throws NotAType {
        List<String> segments = new ArrayList<>();
        do {
            skipSpace();
            String identifier = peekIdentifier();
            if (identifier == null) {
                throw new NotAType(at < text.length() ? "unexpected '" + text.charAt(at) + "' at position " + (at + 1)
                        : "a name is missing at the end");
            }
            if (SourceVersion.isKeyword(identifier) && !PRIMITIVES.containsKey(identifier)
                    || identifier.equals("_")) {
                throw new NotAType("'" + identifier + "' is a Java keyword");
            }
            segments.add(identifier);
        } while (accept('.'));
        return segments;
    }

    /**
     * The class of a qualified name: the package is the segments before the first that starts with a capital letter
     * (the Java naming convention, JLS §6.1), or all but the last when none does; the rest are a class and the
     * classes nested in it ({@code java.util.Map.Entry}).
     */
    private static ClassName className(List<String> segments) throws NotAType {
        if (segments.size() == 1) {
            return javaLang(segments.get(0));
        }
        int first = 0;
        while (first < segments.size() && !Character.isUpperCase(segments.get(first).codePointAt(0))) {
            first++;
        }
        if (first == segments.size()) {
            first = segments.size() - 1;
        }
        if (first == 0) {
            // Map.Entry: a nested class of java.lang, or a class without its package
            ClassName outer = javaLang(segments.get(0));
            return ClassName.get(outer.packageName(), outer.simpleName(),
                    segments.subList(1, segments.size()).toArray(String[]::new));
        }
        return ClassName.get(String.join(".", segments.subList(0, first)), segments.get(first),
                segments.subList(first + 1, segments.size()).toArray(String[]::new));
    }

    /** A public class of {@code java.lang} named without its package, as Java source may name it. */
    private static ClassName javaLang(String simpleName) throws NotAType {
        try {
            Class<?> type = Class.forName("java.lang." + simpleName, false, ClassLoader.getPlatformClassLoader());
            if (Modifier.isPublic(type.getModifiers()) && type.getEnclosingClass() == null) {
                return ClassName.get("java.lang", simpleName);
            }
        } catch (ClassNotFoundException e) {
            // not in java.lang
        }
        throw new NotAType(simpleName + " has no package, and java.lang has no class of that name: write the class "
                + "with its package, such as com.example." + simpleName);
    }

    // ---- characters ----

    private String peekIdentifier() {
        skipSpace();
        int start = at;
        if (at < text.length() && Character.isJavaIdentifierStart(text.codePointAt(at))) {
            at += Character.charCount(text.codePointAt(at));
            while (at < text.length() && Character.isJavaIdentifierPart(text.codePointAt(at))) {
                at += Character.charCount(text.codePointAt(at));
            }
        }
        return at == start ? null : text.substring(start, at);
    }

    private boolean peek(char c) {
        skipSpace();
        return at < text.length() && text.charAt(at) == c;
    }

    private boolean accept(char c) {
        if (peek(c)) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) throws NotAType {
        if (!accept(c)) {
            throw new NotAType(at < text.length() ? "'" + c + "' expected at position " + (at + 1) + ", found '"
                    + text.charAt(at) + "'" : "'" + c + "' expected at the end");
        }
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
