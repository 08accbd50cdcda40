package io.github.webhookgen.core.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.webhookgen.core.schema.SchemaRef;

/**
 * How a property or branch refers to a type: a scalar, a list, a map, a declared type by its schema address, or a class
 * of the user's that the schema names.
 */
public sealed interface TypeRef {

    record Scalar(ScalarKind kind) implements TypeRef {}

    record ListOf(TypeRef element) implements TypeRef {}

    /** A JSON object used as a dictionary: string keys, values of one type. */
    record MapOf(TypeRef value) implements TypeRef {}

    /** A {@link TypeDecl} of the model. */
    record Named(SchemaRef id) implements TypeRef {}

    /**
     * A class that exists outside the generated code, named by jsonschema2pojo's {@code existingJavaType} (or its
     * {@code javaType} on a schema that declares no type): nothing is generated for it, and Jackson's databind reads
     * and writes it as the user's mapper is configured.
     *
     * @param type the class or generic type, such as {@code java.util.UUID} or
     *     {@code java.util.Map<java.lang.String, com.example.Money>}; a primitive is given as its box
     * @param kind the one kind of JSON value the schema allows, which lets a union choose this branch; null when the
     *     schema allows several or does not say
     */
    record External(TypeName type, JsonKind kind) implements TypeRef {

        /**
         * Whether the type has type arguments ({@code List<Integer>}, also as an array's element): a class literal
         * cannot say them, so Jackson reads it through a {@code JavaType}.
         */
        public boolean isGeneric() {
            TypeName element = type;
            while (element instanceof ArrayTypeName array) {
                element = array.componentType();
            }
            return element instanceof ParameterizedTypeName;
        }
    }

    TypeRef ANY = new Scalar(ScalarKind.ANY);
    TypeRef STRING = new Scalar(ScalarKind.STRING);
}
