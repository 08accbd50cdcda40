package io.github.webhookgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.webhookgen.core.model.Constant;
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
    private final Coders coders;
    private final Names names;
    private final Discriminators discriminators;
    private final JacksonApi jackson;

    UnionEmitter(JavaTypes types, Codecs codecs, Coders coders, Names names, Discriminators discriminators) {
        this.types = types;
        this.codecs = codecs;
        this.coders = coders;
        this.names = names;
        this.discriminators = discriminators;
        this.jackson = types.jackson;
    }

    TypeSpec emit(UnionDecl decl, List<TypeName> parents) {
        ClassName self = types.className(decl.id());
        ClassName codec = types.codec(decl.id());
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addAnnotation(coders.deserializeWith(codec))
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
                spec.addType(wrapper(wrapper, self, codec, types.of(branch.type()), branch.kind()));
                seeAlso.add("{@link " + wrapper.simpleName() + "}");
            }
        }
        if (!decl.discriminators().isEmpty()) {
            ClassName unknown = self.nestedClass(names.unknownVariants().get(decl.id()));
            spec.addPermittedSubclass(unknown);
            spec.addType(unknown(decl, self, unknown, codec));
            seeAlso.add("{@link " + unknown.simpleName() + "}");
        }
        String oneOf = "<p>One of " + String.join(", ", seeAlso) + (decl.discriminators().isEmpty() ? ""
                : ", chosen by the " + chosenBy(decl)) + ".";
        CodeBlock javadoc = Javadoc.of(decl.description(), "One of several kinds of value.").toBuilder()
                .add("\n$L\n", Javadoc.wrapped(oneOf)).build();
        return spec.addJavadoc(javadoc).build();
    }

    /** The discriminators as a sentence says them: value of {@code "type"}, values of {@code "a"} and {@code "b"}. */
    private static String chosenBy(UnionDecl decl) {
        List<String> quoted = decl.discriminators().stream().map(Javadoc::quoted).toList();
        return quoted.size() == 1 ? "value of " + quoted.get(0)
                : "values of " + String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and "
                        + quoted.get(quoted.size() - 1);
    }

    /** The codec beside the union. */
    TypeSpec codec(UnionDecl decl) {
        ClassName self = types.className(decl.id());
        return coders.codec(types.codec(decl.id()), self, decoderBody(decl, self), encoderBody(decl, self))
                .toBuilder()
                .addFields(codecs.javaTypeConstants(decl))
                .build();
    }

    private TypeSpec wrapper(ClassName wrapper, ClassName self, ClassName codec, TypeName type, JsonKind kind) {
        return TypeSpec.recordBuilder(wrapper)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The {@code $L} form of a {@link $T}.\n\n@param value the value\n",
                        kind.name().toLowerCase(java.util.Locale.ROOT), self)
                .addAnnotation(coders.serializeWith(codec))
                .addSuperinterface(self)
                .recordConstructor(MethodSpec.constructorBuilder().addParameter(type, "value").build())
                .build();
    }

    private TypeSpec unknown(UnionDecl decl, ClassName self, ClassName unknown, ClassName codec) {
        String discriminator = Javadoc.quoted(decl.discriminators().get(0));
        String whose = decl.discriminators().size() == 1 ? discriminator + " this version of the schema does not "
                + "declare (or that has none)" : "combination of " + chosenBy(decl).substring("values of ".length())
                + " this version of the schema does not declare";
        return TypeSpec.recordBuilder(unknown)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("$L\n\n$L$L", Javadoc.wrapped("A {@link " + self.simpleName() + "} whose " + whose
                                + ", kept exactly as it arrived and written back unchanged."),
                        Javadoc.tag("@param discriminator", decl.discriminatedByString()
                                ? "the value of " + discriminator + ", or {@code null} when it is absent or not a string"
                                : "the value of " + discriminator + " as text, or {@code null} when it is absent or "
                                        + "not a string, a boolean or a number"),
                        Javadoc.tag("@param json", "the whole object"))
                .addAnnotation(coders.serializeWith(codec))
                .addSuperinterface(self)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(STRING, "discriminator")
                        .addParameter(jackson.objectNode, "json")
                        .build())
                .build();
    }

    private CodeBlock decoderBody(UnionDecl decl, ClassName self) {
        ClassName json = types.json();
        CodeBlock.Builder body = CodeBlock.builder();
        List<Branch> objects = decl.objectBranches();
        body.beginControlFlow("if (prefix == null && !atValue)")
                .addStatement("$T token = live.currentToken()", jackson.token);
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
        body.beginControlFlow("if (token != $T.START_OBJECT && token != $T.$L &&$Wtoken != $T.END_OBJECT)",
                        jackson.token, jackson.token, jackson.propertyNameToken, jackson.token)
                .addStatement("throw $T.mismatch(live, $T.class, $S)", json, self, expected(decl))
                .endControlFlow()
                .endControlFlow();
        if (decl.discriminators().isEmpty()) {
            TypeRef.Named only = (TypeRef.Named) objects.get(0).type();
            return body.addStatement("return $T.Decoder.INSTANCE.read(prefix, live, ctxt, atValue)",
                            types.codec(only.id()))
                    .build();
        }
        ClassName unknown = self.nestedClass(names.unknownVariants().get(decl.id()));
        CodeBlock discriminators = this.discriminators.ofUnion(decl).stream().map(d -> CodeBlock.of("$S", d))
                .collect(CodeBlock.joining(", "));
        if (decl.discriminatedByString()) {
            body.addStatement("$T.Discriminated found = $T.discriminate(prefix, live, ctxt, $S, atValue)", json, json,
                            decl.discriminator())
                    .beginControlFlow("if (found.value() != null)")
                    .beginControlFlow("switch (found.value())");
            for (Branch branch : objects) {
                CodeBlock labels = branch.discriminatorValues().stream().map(v -> CodeBlock.of("$S", v))
                        .collect(CodeBlock.joining(", "));
                body.add("case $L:\n$>", labels)
                        .addStatement("return $L", readBranch(branch))
                        .add("$<");
            }
            return body.endControlFlow()
                    .endControlFlow()
                    .add("// $S absent, not a string, or a value this archive does not declare\n",
                            decl.discriminator())
                    .addStatement("return new $T(found.value(),$W$T.readUnknown(found.prefix(), found.live(), ctxt,"
                            + "$Wfound.atValue(), $L))", unknown, json, discriminators)
                    .build();
        }
        CodeBlock properties = decl.discriminators().stream().map(d -> CodeBlock.of("$S", d))
                .collect(CodeBlock.joining(", "));
        body.addStatement("$T.Keyed found = $T.discriminate(prefix, live, ctxt, atValue, $L)", json, json, properties);
        for (Branch branch : objects) {
            CodeBlock test = branch.keys().stream().map(this::matches).collect(CodeBlock.joining("\n|| "));
            body.beginControlFlow("if ($L)", test)
                    .addStatement("return $L", readBranch(branch))
                    .endControlFlow();
        }
        return body.add("// Absent, or values this archive does not declare\n")
                .addStatement("return new $T(found.text(),$W$T.readUnknown(found.prefix(), found.live(), ctxt,"
                        + "$Wfound.atValue(), $L))", unknown, json, discriminators)
                .build();
    }

    /** Reads the object a discriminator scan stopped in as the branch it chose. */
    private CodeBlock readBranch(Branch branch) {
        return CodeBlock.of("$T.Decoder.INSTANCE.read($Zfound.prefix(),$Wfound.live(),$Wctxt,$Wfound.atValue())",
                types.codec(((TypeRef.Named) branch.type()).id()));
    }

    /** Whether the discriminators the scan found have the values of {@code key}. */
    private CodeBlock matches(List<Constant> key) {
        List<CodeBlock> tests = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            Constant value = key.get(i);
            tests.add(switch (value.kind()) {
                case STRING -> CodeBlock.of("found.has($L, $S)", i, value.text());
                case BOOLEAN -> CodeBlock.of("found.has($L, $L)", i, value.text());
                default -> CodeBlock.of("found.hasNumber($L, $S)", i, value.text());
            });
        }
        return CodeBlock.join(tests, " && ");
    }

    private CodeBlock tokenTest(JsonKind kind) {
        ClassName token = jackson.token;
        return switch (kind) {
            case STRING -> CodeBlock.of("token == $T.VALUE_STRING", token);
            case NUMBER -> CodeBlock.of("token == $T.VALUE_NUMBER_INT || token == $T.VALUE_NUMBER_FLOAT", token, token);
            case BOOLEAN -> CodeBlock.of("token == $T.VALUE_TRUE || token == $T.VALUE_FALSE", token, token);
            case ARRAY -> CodeBlock.of("token == $T.START_ARRAY", token);
            case OBJECT -> CodeBlock.of("token == $T.START_OBJECT", token);
        };
    }

    private static String expected(UnionDecl decl) {
        return decl.branches().stream().map(b -> b.kind().name().toLowerCase(java.util.Locale.ROOT)).distinct()
                .collect(Collectors.joining(" or "));
    }

    private CodeBlock encoderBody(UnionDecl decl, ClassName self) {
        ClassName json = types.json();
        String provider = jackson.writeContextName;
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
                body.addStatement("$T.Encoder.INSTANCE.serialize(v, g, $L)", types.codec(((TypeRef.Named) branch.type()).id()),
                        provider);
            } else {
                body.addStatement(codecs.write(branch.type(), CodeBlock.of("v.value()")));
            }
        }
        if (!decl.discriminators().isEmpty()) {
            ClassName unknown = self.nestedClass(names.unknownVariants().get(decl.id()));
            body.nextControlFlow("else if (value instanceof $T v)", unknown)
                    .addStatement("$T.writeTree(v.json(), g, $L)", json, provider);
        }
        return body.nextControlFlow("else")
                .addStatement("throw new $T($S + value.getClass())", IllegalStateException.class,
                        "not a permitted subtype: ")
                .endControlFlow()
                .build();
    }
}
