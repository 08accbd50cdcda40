package io.github.webhookgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.webhookgen.core.emit.JavaTypes.Depth;
import io.github.webhookgen.core.model.JsonKind;
import io.github.webhookgen.core.model.TypeDecl.Branch;
import io.github.webhookgen.core.model.TypeDecl.UnionDecl;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

import static io.github.webhookgen.core.emit.JavaTypes.*;

/**
 * Writes a sealed interface for a union. Object branches are chosen by the discriminator's value; a value no branch
 * declares, or a missing discriminator, gives the nested {@code Unknown} record, which keeps the object as it arrived.
 * Branches of other JSON kinds are nested {@code OfString}-style records chosen by the kind of token.
 */
final class UnionEmitter {

    private final JavaTypes types;
    private final Codecs codecs;
    private final Names names;
    private final Discriminators discriminators;

    UnionEmitter(JavaTypes types, Codecs codecs, Names names, Discriminators discriminators) {
        this.types = types;
        this.codecs = codecs;
        this.names = names;
        this.discriminators = discriminators;
    }

    TypeSpec emit(UnionDecl decl, List<ClassName> parents) {
        ClassName self = types.className(decl.id());
        ClassName encoder = self.nestedClass("Encoder");
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addAnnotation(Coders.deserializeWith(self.nestedClass("Decoder")))
                .addSuperinterfaces(parents);
        List<String> seeAlso = new ArrayList<>();
        for (Branch branch : decl.branches()) {
            if (branch.isNamedObject()) {
                ClassName type = types.className(((TypeRef.Named) branch.type()).id());
                spec.addPermittedSubclass(type);
                seeAlso.add("{@link " + type.simpleName() + "}");
            } else {
                ClassName wrapper = self.nestedClass(Names.wrapper(branch.kind()));
                spec.addPermittedSubclass(wrapper);
                spec.addType(wrapper(wrapper, self, encoder, types.of(branch.type(), Depth.NESTED), branch.kind()));
                seeAlso.add("{@link " + wrapper.simpleName() + "}");
            }
        }
        if (decl.discriminator() != null) {
            ClassName unknown = self.nestedClass(names.unknownVariants().get(decl.id()));
            spec.addPermittedSubclass(unknown);
            spec.addType(unknown(decl, self, unknown, encoder));
            seeAlso.add("{@link " + unknown.simpleName() + "}");
        }
        CodeBlock.Builder javadoc = Javadoc.of(decl.description(), "One of several kinds of value.").toBuilder()
                .add("\n<p>One of $L", String.join(", ", seeAlso));
        if (decl.discriminator() != null) {
            javadoc.add(", chosen by the value of {@code \"$L\"}", Javadoc.text(decl.discriminator()));
        }
        spec.addJavadoc(javadoc.add(".\n").build());
        return spec
                .addType(Coders.decoder(self, self, decoderBody(decl, self), Modifier.PUBLIC, Modifier.STATIC))
                .addType(Coders.encoder(self, self, encoderBody(decl, self), Modifier.PUBLIC, Modifier.STATIC))
                .build();
    }

    private TypeSpec wrapper(ClassName wrapper, ClassName self, ClassName encoder, TypeName type, JsonKind kind) {
        return TypeSpec.recordBuilder(wrapper)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The {@code $L} form of a {@link $T}.\n\n@param value the value\n",
                        kind.name().toLowerCase(java.util.Locale.ROOT), self)
                .addAnnotation(Coders.serializeWith(encoder))
                .addSuperinterface(self)
                .recordConstructor(MethodSpec.constructorBuilder().addParameter(type, "value").build())
                .build();
    }

    private TypeSpec unknown(UnionDecl decl, ClassName self, ClassName unknown, ClassName encoder) {
        String discriminator = Javadoc.text(decl.discriminator());
        return TypeSpec.recordBuilder(unknown)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("A {@link $T} whose {@code \"$L\"} this version of the schema does not declare (or that has "
                        + "none), kept\nexactly as it arrived and written back unchanged.\n\n"
                        + "@param $L the value of {@code \"$L\"}, or {@code null} when it is absent or not a string\n"
                        + "@param json the whole object\n", self, discriminator, "discriminator", discriminator)
                .addAnnotation(Coders.serializeWith(encoder))
                .addSuperinterface(self)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(STRING, "discriminator")
                        .addParameter(OBJECT_NODE, "json")
                        .build())
                .build();
    }

    private CodeBlock decoderBody(UnionDecl decl, ClassName self) {
        ClassName json = types.support(names.support().json());
        CodeBlock.Builder body = CodeBlock.builder();
        List<Branch> objects = decl.objectBranches();
        body.beginControlFlow("if (prefix == null && !atValue)").addStatement("$T token = live.currentToken()", JSON_TOKEN);
        for (Branch branch : decl.branches()) {
            if (branch.isNamedObject()) {
                continue;
            }
            ClassName wrapper = self.nestedClass(Names.wrapper(branch.kind()));
            body.beginControlFlow("if ($L)", tokenTest(branch.kind()))
                    .addStatement("return new $T($L)", wrapper, codecs.call(branch.type(), "live", "ctxt", 0))
                    .endControlFlow();
        }
        if (objects.isEmpty()) {
            return body.endControlFlow()
                    .addStatement("throw $T.mismatch(live, $T.class, $S)", json, self, expected(decl)).build();
        }
        body.beginControlFlow("if (token != $T.START_OBJECT && token != $T.FIELD_NAME && token != $T.END_OBJECT)",
                        JSON_TOKEN, JSON_TOKEN, JSON_TOKEN)
                .addStatement("throw $T.mismatch(live, $T.class, $S)", json, self, expected(decl))
                .endControlFlow()
                .endControlFlow();
        if (decl.discriminator() == null) {
            TypeRef.Named only = (TypeRef.Named) objects.get(0).type();
            return body.addStatement("return $T.Decoder.INSTANCE.read(prefix, live, ctxt, atValue)",
                            types.className(only.id()))
                    .build();
        }
        ClassName unknown = self.nestedClass(names.unknownVariants().get(decl.id()));
        body.addStatement("$T.Discriminated found = $T.discriminate(prefix, live, ctxt, $S, atValue)", json, json,
                        decl.discriminator())
                .beginControlFlow("if (found.value() != null)")
                .beginControlFlow("switch (found.value())");
        for (Branch branch : objects) {
            CodeBlock labels = branch.discriminatorValues().stream().map(v -> CodeBlock.of("$S", v))
                    .collect(CodeBlock.joining(", "));
            body.add("case $L:\n$>", labels)
                    .addStatement("return $T.Decoder.INSTANCE.read(found.prefix(), found.live(), ctxt, found.atValue())",
                            types.className(((TypeRef.Named) branch.type()).id()))
                    .add("$<");
        }
        CodeBlock discriminators = this.discriminators.ofUnion(decl).stream().map(d -> CodeBlock.of("$S", d))
                .collect(CodeBlock.joining(", "));
        return body.endControlFlow()
                .endControlFlow()
                .add("// $L absent, not a string, or a value this archive does not declare\n", CodeBlock.of("$S", decl.discriminator()))
                .addStatement("return new $T(found.value(), $T.readUnknown(found.prefix(), found.live(), ctxt, "
                        + "found.atValue(), $L))", unknown, json, discriminators)
                .build();
    }

    private static String tokenTest(JsonKind kind) {
        return switch (kind) {
            case STRING -> "token == JsonToken.VALUE_STRING";
            case NUMBER -> "token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT";
            case BOOLEAN -> "token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE";
            case ARRAY -> "token == JsonToken.START_ARRAY";
            case OBJECT -> "token == JsonToken.START_OBJECT";
        };
    }

    private static String expected(UnionDecl decl) {
        return decl.branches().stream().map(b -> b.kind().name().toLowerCase(java.util.Locale.ROOT)).distinct()
                .collect(Collectors.joining(" or "));
    }

    private CodeBlock encoderBody(UnionDecl decl, ClassName self) {
        ClassName json = types.support(names.support().json());
        CodeBlock.Builder body = CodeBlock.builder();
        boolean first = true;
        for (Branch branch : decl.branches()) {
            ClassName type = branch.isNamedObject()
                    ? types.className(((TypeRef.Named) branch.type()).id())
                    : self.nestedClass(Names.wrapper(branch.kind()));
            CodeBlock test = CodeBlock.of("value instanceof $T v", type);
            body = first ? body.beginControlFlow("if ($L)", test) : body.nextControlFlow("else if ($L)", test);
            first = false;
            if (branch.isNamedObject()) {
                body.addStatement("$T.Encoder.INSTANCE.serialize(v, g, provider)", type);
            } else {
                body.addStatement(codecs.write(branch.type(), Depth.NESTED, CodeBlock.of("v.value()")));
            }
        }
        if (decl.discriminator() != null) {
            ClassName unknown = self.nestedClass(names.unknownVariants().get(decl.id()));
            body.nextControlFlow("else if (value instanceof $T v)", unknown)
                    .addStatement("$T.writeTree(v.json(), g, provider)", json);
        }
        return body.nextControlFlow("else")
                .addStatement("throw new $T($S + value.getClass())", IllegalStateException.class,
                        "not a permitted subtype: ")
                .endControlFlow()
                .build();
    }
}
