package io.github.webhookgen.core.naming;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Names the constants that hold the Jackson {@code JavaType} of each generic class of the user's
 * ({@code existingJavaType}) in the codecs that read it: the simple names of the type and its arguments in
 * UPPER_SNAKE_CASE ({@code Map<String, Money>} is {@code MAP_STRING_MONEY}, {@code List<String>[]}
 * {@code LIST_STRING_ARRAY}); types that give the same name are named by their full names
 * ({@code JAVA_UTIL_MAP_JAVA_LANG_STRING_COM_EXAMPLE_MONEY}), then with {@code _TYPE} until free. One name per type
 * for the whole package, in the order of the types' text.
 */
final class JavaTypeConstants {

    private JavaTypeConstants() {}

    static Map<TypeName, String> of(TypeModel model) {
        Map<String, TypeName> generic = new TreeMap<>();
        model.types().values().forEach(decl -> decl.refs().forEach(ref -> collect(ref, generic)));
        Map<String, List<TypeName>> bySimpleName = new TreeMap<>();
        generic.values().forEach(type -> bySimpleName.computeIfAbsent(name(type, false), k -> new ArrayList<>())
                .add(type));
        Map<TypeName, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        bySimpleName.forEach((name, types) -> {
            if (types.size() == 1) {
                names.put(types.get(0), name);
                taken.add(name);
            }
        });
        bySimpleName.forEach((name, types) -> {
            if (types.size() > 1) {
                for (TypeName type : types) {
                    String full = name(type, true);
                    while (!taken.add(full)) {
                        full = full + "_TYPE";
                    }
                    names.put(type, full);
                }
            }
        });
        return names;
    }

    private static void collect(TypeRef ref, Map<String, TypeName> generic) {
        if (ref instanceof TypeRef.ListOf list) {
            collect(list.element(), generic);
        } else if (ref instanceof TypeRef.MapOf map) {
            collect(map.value(), generic);
        } else if (ref instanceof TypeRef.External external && external.isGeneric()) {
            generic.put(external.type().toString(), external.type());
        }
    }

    private static String name(TypeName type, boolean qualified) {
        List<String> words = new ArrayList<>();
        words(type, qualified, words);
        return Identifiers.upperSnake(String.join(" ", words));
    }

    private static void words(TypeName type, boolean qualified, List<String> words) {
        if (type instanceof ClassName name) {
            if (qualified && !name.packageName().isEmpty()) {
                words.add(name.packageName());
            }
            words.addAll(name.simpleNames());
        } else if (type instanceof ParameterizedTypeName parameterized) {
            words(parameterized.rawType(), qualified, words);
            parameterized.typeArguments().forEach(argument -> words(argument, qualified, words));
        } else if (type instanceof ArrayTypeName array) {
            words(array.componentType(), qualified, words);
            words.add("Array");
        } else if (type instanceof WildcardTypeName wildcard) {
            wildcard.lowerBounds().forEach(bound -> words(bound, qualified, words));
            wildcard.upperBounds().stream().filter(bound -> !bound.equals(ClassName.OBJECT))
                    .forEach(bound -> words(bound, qualified, words));
        } else {
            words.add(type.toString());
        }
    }
}
