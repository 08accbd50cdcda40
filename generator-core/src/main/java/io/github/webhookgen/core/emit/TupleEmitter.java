package io.github.webhookgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.webhookgen.core.model.TypeDecl.TupleDecl;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.naming.Names;
import io.github.webhookgen.core.naming.Naming;
import java.util.List;
import javax.lang.model.element.Modifier;

import static io.github.webhookgen.core.emit.JavaTypes.*;

/**
 * Writes a record for a JSON array whose items have types by position (a tuple: {@code ["error", {"max": 3}]}), and
 * its codec: a component per leading item, named by its position ({@code first}, {@code second}, ...), and the items
 * after them in {@code rest} when the schema allows more. An array shorter than the leading items reads with the
 * missing ones {@code null}.
 */
final class TupleEmitter {

    private final JavaTypes types;
    private final Codecs codecs;
    private final Coders coders;
    private final Names names;
    private final JacksonApi jackson;

    TupleEmitter(JavaTypes types, Codecs codecs, Coders coders, Names names) {
        this.types = types;
        this.codecs = codecs;
        this.coders = coders;
        this.names = names;
        this.jackson = types.jackson;
    }

    TypeSpec emit(TupleDecl decl, List<TypeName> unions) {
        ClassName self = types.className(decl.id());
        ClassName codec = types.codec(decl.id());
        MethodSpec.Builder canonical = MethodSpec.constructorBuilder();
        CodeBlock.Builder javadoc = Javadoc.of(decl.description(), "The {@code " + self.simpleName() + "} array.")
                .toBuilder().add("\n");
        for (int i = 0; i < decl.items().size(); i++) {
            String component = component(decl, String.valueOf(i));
            canonical.addParameter(types.of(decl.items().get(i)), component);
            javadoc.add("$L", Javadoc.tag("@param " + component, "item " + (i + 1) + " of the array, or {@code null} "
                    + "when the array is shorter"));
        }
        TypeSpec.Builder spec = TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(coders.deserializeWith(codec))
                .addAnnotation(coders.serializeWith(codec))
                .addSuperinterfaces(unions);
        if (decl.rest() != null) {
            String rest = component(decl, Naming.TUPLE_REST);
            canonical.addParameter(restType(decl), rest);
            javadoc.add("$L", Javadoc.tag("@param " + rest, decl.items().isEmpty() ? "the items of the array"
                    : "the items after item " + decl.items().size()));
            spec.addMethod(MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                    .addStatement("$L = $T.copyList($L)", rest, types.json(), rest)
                    .build());
        }
        return spec.addJavadoc(javadoc.build()).recordConstructor(canonical.build()).build();
    }

    /** The codec beside the tuple: a decoder of the array, an encoder of it. */
    TypeSpec codec(TupleDecl decl) {
        ClassName self = types.className(decl.id());
        return coders.arrayCodec(types.codec(decl.id()), self, decoderBody(decl, self), encoderBody(decl)).toBuilder()
                .addFields(codecs.javaTypeConstants(decl))
                .build();
    }

    private String component(TupleDecl decl, String key) {
        return names.component(decl.id(), key);
    }

    private TypeName restType(TupleDecl decl) {
        return ParameterizedTypeName.get(LIST, types.of(decl.rest()));
    }

    private CodeBlock decoderBody(TupleDecl decl, ClassName self) {
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T token = $T.firstItem(p, $T.class)", jackson.token, types.json(), self);
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int i = 0; i < decl.items().size(); i++) {
            TypeRef item = decl.items().get(i);
            String local = component(decl, String.valueOf(i));
            body.addStatement("$T $L = null", types.of(item), local)
                    .beginControlFlow("if (token != $T.END_ARRAY)", jackson.token)
                    .addStatement("$L = $T.readItem(p, ctxt, $L, $T.class, $L)", local, types.json(),
                            codecs.reader(item, 1), self, i)
                    .addStatement("token = p.nextToken()")
                    .endControlFlow();
            arguments.add(i == 0 ? "$L" : ",$W$L", local);
        }
        if (decl.rest() == null) {
            body.add("// The schema allows no more items\n")
                    .addStatement("$T.readRest(p, ctxt, token, null, $T.class, $L)", types.json(), self,
                            decl.items().size());
        } else {
            String rest = component(decl, Naming.TUPLE_REST);
            body.addStatement("$T $L = $T.readRest(p, ctxt, token, $L, $T.class, $L)", restType(decl), rest,
                    types.json(), codecs.reader(decl.rest(), 1), self, decl.items().size());
            arguments.add(decl.items().isEmpty() ? "$L" : ",$W$L", rest);
        }
        return body.addStatement("return new $T($L)", self, arguments.build()).build();
    }

    private CodeBlock encoderBody(TupleDecl decl) {
        String provider = jackson.writeContextName;
        CodeBlock.Builder body = CodeBlock.builder().addStatement("g.writeStartArray()");
        int count = decl.items().size();
        if (count > 0) {
            // Trailing absent items are left out, so that an array read back is as long as it was
            CodeBlock.Builder size = CodeBlock.builder();
            if (decl.rest() != null) {
                size.add("!value.$L().isEmpty() ? $L :$W", component(decl, Naming.TUPLE_REST), count);
            }
            for (int i = count - 1; i >= 0; i--) {
                size.add("value.$L() != null ? $L :$W", component(decl, String.valueOf(i)), i + 1);
            }
            body.addStatement("int size = $L0", size.build());
            for (int i = 0; i < count; i++) {
                body.beginControlFlow("if (size > $L)", i)
                        .addStatement("$T.writeItem(value.$L(), g, $L,$W$L)", types.json(),
                                component(decl, String.valueOf(i)), provider,
                                codecs.writer(decl.items().get(i), 0))
                        .endControlFlow();
            }
        }
        if (decl.rest() != null) {
            TypeName item = types.of(decl.rest());
            body.beginControlFlow("for ($T item : value.$L())", item, component(decl, Naming.TUPLE_REST))
                    .addStatement("$T.writeItem(item, g, $L,$W$L)", types.json(), provider,
                            codecs.writer(decl.rest(), 0))
                    .endControlFlow();
        }
        return body.addStatement("g.writeEndArray()").build();
    }
}
