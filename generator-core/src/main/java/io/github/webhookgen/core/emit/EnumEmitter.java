package io.github.webhookgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.webhookgen.core.model.TypeDecl.EnumDecl;
import io.github.webhookgen.core.naming.Names;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

import static io.github.webhookgen.core.emit.JavaTypes.*;

/**
 * Writes a Java enum for a string {@code enum}, with one more constant for values the schema does not list: a
 * webhook receiver must not break when the vendor adds a value.
 */
final class EnumEmitter {

    private final JavaTypes types;
    private final Names names;

    EnumEmitter(JavaTypes types, Names names) {
        this.types = types;
        this.names = names;
    }

    TypeSpec emit(EnumDecl decl, List<TypeName> interfaces) {
        ClassName self = types.className(decl.id());
        Map<String, String> constants = names.constants().get(decl.id());
        String unknown = names.unknownConstants().get(decl.id());
        TypeSpec.Builder spec = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(Javadoc.of(decl.description(), "The values of {@code " + self.simpleName() + "}."))
                .addSuperinterface(types.support(names.support().json()).nestedClass("Valued"))
                .addSuperinterfaces(interfaces);
        CodeBlock.Builder cases = CodeBlock.builder();
        constants.forEach((value, constant) -> {
            spec.addEnumConstant(constant, TypeSpec.anonymousClassBuilder("$S", value)
                    .addJavadoc("$L.\n", Javadoc.quoted(value)).build());
            cases.add("case $S -> $L;\n", value, constant);
        });
        spec.addEnumConstant(unknown, TypeSpec.anonymousClassBuilder("null")
                .addJavadoc("A value this version of the schema does not list. The text is kept in the enclosing "
                        + "record's\n{@code additionalProperties}.\n")
                .build());
        return spec
                .addField(FieldSpec.builder(STRING, "value", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(STRING, "value")
                        .addStatement("this.value = value")
                        .build())
                .addMethod(MethodSpec.methodBuilder("value")
                        .addJavadoc("The value as written in JSON, or {@code null} for {@link #$L}.\n", unknown)
                        .addAnnotation(JSON_VALUE)
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(STRING)
                        .addStatement("return value")
                        .build())
                .addMethod(MethodSpec.methodBuilder("fromValue")
                        .addJavadoc("The constant for a JSON value; {@link #$L} for a value the schema does not list.\n",
                                unknown)
                        .addAnnotation(JSON_CREATOR)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(self)
                        .addParameter(STRING, "value")
                        .beginControlFlow("if (value == null)")
                        .addStatement("return $L", unknown)
                        .endControlFlow()
                        .addCode("return switch (value) {\n$>")
                        .addCode(cases.build())
                        .addCode("default -> $L;\n$<};\n", unknown)
                        .build())
                .build();
    }
}
