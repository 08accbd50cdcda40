package io.github.webhookgen.core.naming;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.model.TypeRef;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The classes of the user's that the schemas name ({@code existingJavaType}, {@code javaInterfaces}) in the package
 * the types are generated into: a generated type must not take their names, or the package would have two classes of
 * one name.
 */
final class ExistingClasses {

    private ExistingClasses() {}

    /** The simple names, in lower case, of the top-level classes of {@code packageName} the model refers to. */
    static Set<String> namesIn(TypeModel model, String packageName) {
        Set<String> names = new TreeSet<>();
        model.types().values().forEach(decl -> decl.refs().forEach(ref -> collect(ref, packageName, names)));
        model.interfaces().values().forEach(list -> list.forEach(type -> collect(type, packageName, names)));
        return names;
    }

    private static void collect(TypeRef ref, String packageName, Set<String> names) {
        if (ref instanceof TypeRef.ListOf list) {
            collect(list.element(), packageName, names);
        } else if (ref instanceof TypeRef.MapOf map) {
            collect(map.value(), packageName, names);
        } else if (ref instanceof TypeRef.External external) {
            collect(external.type(), packageName, names);
        }
    }

    private static void collect(TypeName type, String packageName, Set<String> names) {
        if (type instanceof ClassName name && name.packageName().equals(packageName)) {
            names.add(name.simpleNames().get(0).toLowerCase(Locale.ROOT));
        } else if (type instanceof ParameterizedTypeName parameterized) {
            collect(parameterized.rawType(), packageName, names);
            parameterized.typeArguments().forEach(argument -> collect(argument, packageName, names));
        } else if (type instanceof ArrayTypeName array) {
            collect(array.componentType(), packageName, names);
        } else if (type instanceof WildcardTypeName wildcard) {
            wildcard.upperBounds().forEach(bound -> collect(bound, packageName, names));
            wildcard.lowerBounds().forEach(bound -> collect(bound, packageName, names));
        }
    }
}
