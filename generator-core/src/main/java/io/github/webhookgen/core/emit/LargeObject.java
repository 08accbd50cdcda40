package io.github.webhookgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.webhookgen.core.emit.RecordEmitter.Component;
import io.github.webhookgen.core.model.TypeDecl.RecordDecl;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes an object with more properties than a record can have components
 * ({@link RecordEmitter#MAX_RECORD_COMPONENTS}, for example a settings schema's hundreds of options) the way a person
 * would: a final class with a private field and an accessor per property, a builder, and the {@code equals},
 * {@code hashCode} and {@code toString} a record would have. Its codec is the record's, building it with the builder.
 */
final class LargeObject {

    private final JavaTypes types;
    private final Coders coders;

    LargeObject(JavaTypes types, Coders coders) {
        this.types = types;
        this.coders = coders;
    }

    TypeSpec.Builder emit(RecordDecl decl, ClassName self, List<Component> components, CodeBlock fixedChecks,
            CodeBlock description) {
        ClassName codec = types.codec(decl.id());
        ClassName builder = self.nestedClass("Builder");
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(description.toBuilder().add("\n<p>Built with {@link #builder()}.\n").build())
                .addAnnotation(coders.deserializeWith(codec))
                .addAnnotation(coders.serializeWith(codec));
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder");
        TypeSpec.Builder builderSpec = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds a {@link $T}; every property is absent ({@code null}) until set.\n", self)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        CodeBlock.Builder locals = CodeBlock.builder();
        for (Component component : components) {
            String name = component.name();
            spec.addField(FieldSpec.builder(component.type(), name, Modifier.PRIVATE, Modifier.FINAL).build());
            locals.addStatement("$T $L = builder.$L", component.type(), name, name);
            spec.addMethod(MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(component.type())
                    .addJavadoc("$L\n", Javadoc.wrapped("Returns " + component.doc()
                            + (component.doc().endsWith(".") ? "" : ".")))
                    .addStatement("return $L", name)
                    .build());
            builderSpec.addField(FieldSpec.builder(component.type(), name, Modifier.PRIVATE).build());
            builderSpec.addMethod(MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addJavadoc("$L\n\n@return this builder\n", Javadoc.wrapped("Sets " + component.doc()
                            + (component.doc().endsWith(".") ? "" : ".")))
                    .addParameter(component.type(), name)
                    .addStatement("this.$L = $L", name, name)
                    .addStatement("return this")
                    .build());
        }
        constructor.addCode(locals.build()).addCode(fixedChecks);
        for (Component component : components) {
            if (component.property() == null) {
                constructor.addStatement("this.$L = $T.copyExtra($L)", component.name(), types.json(), component.name());
            } else {
                constructor.addStatement("this.$L = $L", component.name(), component.name());
            }
        }
        builderSpec.addMethod(MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addJavadoc("The {@link $T} of the values set.\n\n@throws IllegalArgumentException when a property "
                        + "the schema fixes to one value is given another\n", self)
                .addStatement("return new $T(this)", self)
                .build());
        return spec.addMethod(constructor.build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addJavadoc("A builder with every property absent.\n")
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethod(equalsMethod(self, components))
                .addMethod(hashCodeMethod(components))
                .addMethod(toStringMethod(self, components))
                .addType(builderSpec.build());
    }

    /**
     * {@code equals}, one comparison a statement: a single expression of {@code &&} over hundreds of fields is nested
     * too deep for javac, which overflows its stack on it.
     */
    private static MethodSpec equalsMethod(ClassName self, List<Component> components) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "other")
                .beginControlFlow("if (!(other instanceof $T that))", self)
                .addStatement("return false")
                .endControlFlow();
        for (Component component : components) {
            method.beginControlFlow("if (!$T.equals($L, that.$L))", Objects.class, component.name(), component.name())
                    .addStatement("return false")
                    .endControlFlow();
        }
        return method.addStatement("return true").build();
    }

    private static MethodSpec hashCodeMethod(List<Component> components) {
        CodeBlock.Builder hash = CodeBlock.builder().addStatement("int hash = 0");
        for (Component component : components) {
            hash.addStatement("hash = 31 * hash + $T.hashCode($L)", Objects.class, component.name());
        }
        return MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addCode(hash.build())
                .addStatement("return hash")
                .build();
    }

    private static MethodSpec toStringMethod(ClassName self, List<Component> components) {
        CodeBlock.Builder text = CodeBlock.builder()
                .addStatement("$T text = new $T($S)", StringBuilder.class, StringBuilder.class, self.simpleName() + "[");
        for (int i = 0; i < components.size(); i++) {
            String name = components.get(i).name();
            text.addStatement("text.append($S).append($L)", (i == 0 ? "" : ", ") + name + "=", name);
        }
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(JavaTypes.STRING)
                .addCode(text.build())
                .addStatement("return text.append(']').toString()")
                .build();
    }
}
