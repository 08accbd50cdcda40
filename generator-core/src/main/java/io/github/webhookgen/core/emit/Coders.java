package io.github.webhookgen.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

import static io.github.webhookgen.core.emit.JavaTypes.*;

/** The shape shared by every generated {@code Decoder} and {@code Encoder}: a stateless Jackson (de)serializer. */
final class Coders {

    private Coders() {}

    static AnnotationSpec deserializeWith(ClassName decoder) {
        return AnnotationSpec.builder(JSON_DESERIALIZE).addMember("using", "$T.class", decoder).build();
    }

    static AnnotationSpec serializeWith(ClassName encoder) {
        return AnnotationSpec.builder(JSON_SERIALIZE).addMember("using", "$T.class", encoder).build();
    }

    /**
     * {@code static final class Decoder extends StdDeserializer<T>}. Its {@code read} method, with the given body,
     * reads the object from {@code live}: from its start (or inside it, before a property name), or, when
     * {@code atValue}, from the value of a property. When a union had to read some properties ahead to find its
     * discriminator, {@code prefix} replays those first; then reading goes on with {@code live} where the union stopped,
     * so that nothing after the discriminator is ever buffered.
     */
    static TypeSpec decoder(ClassName owner, TypeName type, CodeBlock readBody, Modifier... modifiers) {
        return coder(owner.nestedClass("Decoder"), ParameterizedTypeName.get(STD_DESERIALIZER, type),
                CodeBlock.of("Reads a {@link $T} from JSON.\n", owner), owner, modifiers)
                .addMethod(MethodSpec.methodBuilder("deserialize")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(type)
                        .addParameter(JSON_PARSER, "p")
                        .addParameter(CONTEXT, "ctxt")
                        .addException(IO_EXCEPTION)
                        .addStatement("return read(null, p, ctxt, false)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("read")
                        .addJavadoc("Reads the properties in {@code prefix} (a replay of those a union read ahead, or "
                                + "null), then the rest from {@code live}:\nfrom the start of the object, or, when "
                                + "{@code atValue}, from the value of the property it stands at.\n")
                        .returns(type)
                        .addParameter(JSON_PARSER, "prefix")
                        .addParameter(JSON_PARSER, "live")
                        .addParameter(CONTEXT, "ctxt")
                        .addParameter(TypeName.BOOLEAN, "atValue")
                        .addException(IO_EXCEPTION)
                        .addCode(readBody)
                        .build())
                .build();
    }

    /**
     * Opens the loop over an object's properties that every generated reader shares: first the properties a union read
     * ahead ({@code prefix}), then the rest from {@code live}, where the union stopped. In the loop {@code p} is the
     * parser at hand, {@code name} the property and {@code resumed} whether {@code p} already stands at its value; the
     * caller adds the rest and closes the loop. {@code done} says when the properties read ahead were the last ones.
     */
    static CodeBlock.Builder openFields(CodeBlock.Builder body, CodeBlock firstField, String done) {
        return body.addStatement("$T p = prefix == null ? live : prefix", JSON_PARSER)
                .addStatement("boolean resumed = prefix == null && atValue")
                .beginControlFlow("for ($T name = resumed ? p.currentName() : $L; ; name = p.nextFieldName())", STRING,
                        firstField)
                .beginControlFlow("if (name == null)")
                .beginControlFlow("if ($L)", done)
                .addStatement("break")
                .endControlFlow()
                .add("// Done with the properties a union read ahead: go on where it stopped\n")
                .addStatement("p = live")
                .addStatement("resumed = atValue")
                .addStatement("name = resumed ? p.currentName() : p.nextFieldName()")
                .beginControlFlow("if (name == null)")
                .addStatement("break")
                .endControlFlow()
                .endControlFlow();
    }

    /** {@code static final class Encoder extends StdSerializer<T>} with the given body of {@code serialize}. */
    static TypeSpec encoder(ClassName owner, TypeName type, CodeBlock body, Modifier... modifiers) {
        return coder(owner.nestedClass("Encoder"), ParameterizedTypeName.get(STD_SERIALIZER, type),
                CodeBlock.of("Writes a {@link $T} as JSON.\n", owner), owner, modifiers)
                .addMethod(MethodSpec.methodBuilder("serialize")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(type, "value")
                        .addParameter(JSON_GENERATOR, "g")
                        .addParameter(PROVIDER, "provider")
                        .addException(IO_EXCEPTION)
                        .addCode(body)
                        .build())
                .build();
    }

    /** What a decoder and an encoder share: a stateless Jackson class with one {@code INSTANCE}. */
    private static TypeSpec.Builder coder(ClassName name, TypeName superclass, CodeBlock javadoc, ClassName owner,
            Modifier... modifiers) {
        return TypeSpec.classBuilder(name)
                .addModifiers(modifiers)
                .addModifiers(Modifier.FINAL)
                .addJavadoc(javadoc)
                .superclass(superclass)
                .addField(serialVersionUid())
                .addField(FieldSpec.builder(name, "INSTANCE", Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", name).build())
                .addMethod(MethodSpec.constructorBuilder().addStatement("super($T.class)", owner).build());
    }

    private static FieldSpec serialVersionUid() {
        return FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("1L").build();
    }
}
