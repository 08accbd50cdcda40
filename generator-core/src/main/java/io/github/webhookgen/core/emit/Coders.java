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

/**
 * The shape every generated codec shares: a package-private class beside its type, holding a stateless Jackson
 * {@code Decoder} and {@code Encoder}, and the annotations on the type that bind them.
 */
final class Coders {

    private final JacksonApi jackson;

    Coders(JacksonApi jackson) {
        this.jackson = jackson;
    }

    AnnotationSpec deserializeWith(ClassName codec) {
        return using(jackson.jsonDeserialize, codec.nestedClass("Decoder"));
    }

    AnnotationSpec serializeWith(ClassName codec) {
        return using(jackson.jsonSerialize, codec.nestedClass("Encoder"));
    }

    /**
     * {@code @JsonDeserialize(using = Foo.class)} on one line, the way a person writes it: JavaPoet prints a single
     * member on the annotation's line only when it is called {@code value}.
     */
    private static AnnotationSpec using(ClassName annotation, ClassName coder) {
        return AnnotationSpec.builder(annotation).addMember("value", "using = $T.class", coder).build();
    }

    /** The codec class of {@code owner}: a decoder and an encoder. */
    TypeSpec codec(ClassName codec, ClassName owner, CodeBlock readBody, CodeBlock writeBody) {
        return TypeSpec.classBuilder(codec)
                .addModifiers(Modifier.FINAL)
                .addJavadoc("Reads and writes the JSON of {@link $T}.\n", owner)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addType(decoder(codec, owner, readBody))
                .addType(encoder(codec, owner, writeBody))
                .build();
    }

    /**
     * The codec of a type read from a JSON array (never chosen by a discriminator): a decoder with only
     * {@code deserialize}, whose body reads from {@code p}, and an encoder.
     */
    TypeSpec arrayCodec(ClassName codec, ClassName owner, CodeBlock readBody, CodeBlock writeBody) {
        ClassName name = codec.nestedClass("Decoder");
        TypeSpec decoder = coder(name, ParameterizedTypeName.get(jackson.stdDeserializer, owner),
                CodeBlock.of("Reads a {@link $T} from JSON.\n", owner), owner)
                .addMethod(jackson.throwing(MethodSpec.methodBuilder("deserialize")
                                .addAnnotation(Override.class)
                                .addModifiers(Modifier.PUBLIC)
                                .returns(owner)
                                .addParameter(jackson.parser, "p")
                                .addParameter(jackson.readContext, "ctxt"))
                        .addCode(readBody)
                        .build())
                .build();
        return TypeSpec.classBuilder(codec)
                .addModifiers(Modifier.FINAL)
                .addJavadoc("Reads and writes the JSON of {@link $T}.\n", owner)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addType(decoder)
                .addType(encoder(codec, owner, writeBody))
                .build();
    }

    /**
     * {@code static final class Decoder extends StdDeserializer<T>}. Its {@code read} method, with the given body,
     * reads the object from {@code live}: from its start (or inside it, before a property name), or, when
     * {@code atValue}, from the value of a property. When a union had to read some properties ahead to find its
     * discriminator, {@code prefix} replays those first; then reading goes on with {@code live} where the union stopped,
     * so that nothing after the discriminator is ever buffered.
     */
    private TypeSpec decoder(ClassName codec, ClassName owner, CodeBlock readBody) {
        ClassName name = codec.nestedClass("Decoder");
        return coder(name, ParameterizedTypeName.get(jackson.stdDeserializer, owner),
                CodeBlock.of("Reads a {@link $T} from JSON.\n", owner), owner)
                .addMethod(jackson.throwing(MethodSpec.methodBuilder("deserialize")
                                .addAnnotation(Override.class)
                                .addModifiers(Modifier.PUBLIC)
                                .returns(owner)
                                .addParameter(jackson.parser, "p")
                                .addParameter(jackson.readContext, "ctxt"))
                        .addStatement("return read(null, p, ctxt, false)")
                        .build())
                .addMethod(jackson.throwing(MethodSpec.methodBuilder("read")
                                .addJavadoc("Reads the properties in {@code prefix} (a replay of those a union read "
                                        + "ahead, or null), then the\nrest from {@code live}: from the start of the "
                                        + "object, or, when {@code atValue}, from the value of the\nproperty it "
                                        + "stands at.\n")
                                .returns(owner)
                                .addParameter(jackson.parser, "prefix")
                                .addParameter(jackson.parser, "live")
                                .addParameter(jackson.readContext, "ctxt")
                                .addParameter(TypeName.BOOLEAN, "atValue"))
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
    CodeBlock.Builder openFields(CodeBlock.Builder body, CodeBlock firstField, String done) {
        return body.addStatement("$T p = prefix == null ? live : prefix", jackson.parser)
                .addStatement("boolean resumed = prefix == null && atValue")
                .beginControlFlow("for ($T name = resumed ? p.currentName() : $L; ;$Wname = p.$L())",
                        JavaTypes.STRING, firstField, jackson.nextName)
                .beginControlFlow("if (name == null)")
                .beginControlFlow("if ($L)", done)
                .addStatement("break")
                .endControlFlow()
                .add("// Done with the properties a union read ahead: go on where it stopped\n")
                .addStatement("p = live")
                .addStatement("resumed = atValue")
                .addStatement("name = resumed ? p.currentName() : p.$L()", jackson.nextName)
                .beginControlFlow("if (name == null)")
                .addStatement("break")
                .endControlFlow()
                .endControlFlow();
    }

    /** {@code static final class Encoder extends StdSerializer<T>} with the given body of {@code serialize}. */
    private TypeSpec encoder(ClassName codec, ClassName owner, CodeBlock body) {
        ClassName name = codec.nestedClass("Encoder");
        return coder(name, ParameterizedTypeName.get(jackson.stdSerializer, owner),
                CodeBlock.of("Writes a {@link $T} as JSON.\n", owner), owner)
                .addMethod(jackson.throwing(MethodSpec.methodBuilder("serialize")
                                .addAnnotation(Override.class)
                                .addModifiers(Modifier.PUBLIC)
                                .addParameter(owner, "value")
                                .addParameter(jackson.generator, "g")
                                .addParameter(jackson.writeContext, jackson.writeContextName))
                        .addCode(body)
                        .build())
                .build();
    }

    /** What a decoder and an encoder share: a stateless Jackson class with one {@code INSTANCE}. */
    private TypeSpec.Builder coder(ClassName name, TypeName superclass, CodeBlock javadoc, ClassName owner) {
        TypeSpec.Builder coder = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(javadoc)
                .superclass(superclass);
        if (jackson.serializable()) {
            coder.addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                    Modifier.FINAL).initializer("1L").build());
        }
        return coder.addField(FieldSpec.builder(name, "INSTANCE", Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", name).build())
                .addMethod(MethodSpec.constructorBuilder().addStatement("super($T.class)", owner).build());
    }
}
