package io.github.webhookgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.webhookgen.core.emit.JavaTypes.Depth;
import io.github.webhookgen.core.model.Property;
import io.github.webhookgen.core.model.TypeDecl.RecordDecl;
import io.github.webhookgen.core.naming.Names;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

import static io.github.webhookgen.core.emit.JavaTypes.*;

/**
 * Writes a record for an object schema: one component per declared property, plus {@code additionalProperties},
 * which keeps undeclared properties and the raw JSON of any declared property the typed value does not hold exactly
 * (an explicit {@code null}, an enum value the schema does not list, a date-time written unusually). Raw JSON wins
 * when writing, so a record read from JSON writes back the same JSON.
 */
final class RecordEmitter {

    private static final String EXTRA = Names.EXTRA;
    private static final Set<String> LOCALS = Set.of("p", "prefix", "live", "ctxt", "atValue", "resumed", "name",
            "extra", "token", "e");

    private final JavaTypes types;
    private final Codecs codecs;
    private final Names names;
    private final Discriminators discriminators;

    RecordEmitter(JavaTypes types, Codecs codecs, Names names, Discriminators discriminators) {
        this.types = types;
        this.codecs = codecs;
        this.names = names;
        this.discriminators = discriminators;
    }

    TypeSpec emit(RecordDecl decl, List<ClassName> unions) {
        ClassName self = types.className(decl.id());
        MethodSpec.Builder canonical = MethodSpec.constructorBuilder();
        MethodSpec.Builder convenience = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("Creates a {@code $L} with no additional properties.\n", self.simpleName());
        CodeBlock.Builder javadoc = Javadoc.of(decl.description(),
                "The {@code " + names.type(decl.id()) + "} object.").toBuilder().add("\n");
        CodeBlock.Builder forward = CodeBlock.builder();
        for (Property property : decl.properties()) {
            String component = names.component(decl.id(), property.jsonName());
            TypeName type = types.of(property.type(), Depth.PROPERTY);
            canonical.addParameter(type, component);
            convenience.addParameter(type, component);
            forward.add("$L, ", component);
            javadoc.add("@param $L $L\n", component, componentDoc(property));
        }
        canonical.addParameter(RAW_MAP, EXTRA);
        javadoc.add("@param $L properties the schema does not declare, and the JSON of declared properties whose "
                + "typed value\n    cannot hold it exactly (explicit {@code null}s, values the schema does not list); "
                + "written back as they are\n", EXTRA);
        TypeSpec.Builder record = TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(javadoc.build())
                .addAnnotation(Coders.deserializeWith(self.nestedClass("Decoder")))
                .addAnnotation(Coders.serializeWith(self.nestedClass("Encoder")))
                .addSuperinterfaces(unions)
                .recordConstructor(canonical.build())
                .addMethod(MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addStatement("$L = $T.copyExtra($L)", EXTRA, types.support(names.support().json()), EXTRA)
                        .build())
                .addMethod(convenience.addStatement("this($L$T.of())", forward.build(), MAP).build());
        return record
                .addType(Coders.decoder(self, self, decoderBody(decl, self), Modifier.STATIC))
                .addType(Coders.encoder(self, self, encoderBody(decl), Modifier.STATIC))
                .build();
    }

    private static String componentDoc(Property property) {
        String text = property.description().isBlank()
                ? "the {@code " + Javadoc.text(property.jsonName()) + "} property"
                : Javadoc.text(property.description());
        if (property.constant() != null) {
            text += (text.endsWith(".") ? " " : ". ") + "Always {@code \"" + Javadoc.text(property.constant()) + "\"}.";
        }
        return text;
    }

    /**
     * The decoder's local variable for each property: its component name, unless that is one of the decoder's own
     * names ({@code p}, {@code name}, ...), then with {@code Value} appended until it is free.
     */
    private Map<String, String> locals(RecordDecl decl) {
        Set<String> taken = new HashSet<>(LOCALS);
        decl.properties().forEach(p -> taken.add(names.component(decl.id(), p.jsonName())));
        Map<String, String> locals = new HashMap<>();
        for (Property property : decl.properties()) {
            String local = names.component(decl.id(), property.jsonName());
            if (LOCALS.contains(local)) {
                do {
                    local = local + "Value";
                } while (!taken.add(local));
            }
            locals.put(property.jsonName(), local);
        }
        return locals;
    }

    private CodeBlock decoderBody(RecordDecl decl, ClassName self) {
        ClassName json = types.support(names.support().json());
        Map<String, String> locals = locals(decl);
        CodeBlock.Builder body = CodeBlock.builder();
        for (Property property : decl.properties()) {
            body.addStatement("$T $L = null", types.of(property.type(), Depth.PROPERTY), locals.get(property.jsonName()));
        }
        // The discriminators that chose this record: a repeat must have the same value (see Discriminators)
        List<String> choosing = decl.properties().stream()
                .filter(p -> p.constant() != null && discriminators.choosing(decl.id()).contains(p.jsonName()))
                .map(Property::jsonName).toList();
        CodeBlock.Builder seen = CodeBlock.builder();
        CodeBlock.Builder named = CodeBlock.builder();
        for (String property : choosing) {
            String sep = named.isEmpty() ? "" : " || ";
            seen.add(choosing.size() == 1 ? "$L$L != null && name.equals($S)" : "$L($L != null && name.equals($S))",
                    sep, locals.get(property), property);
            named.add("$Lname.equals($S)", sep, property);
        }
        CodeBlock repeated = CodeBlock.of("throw $T.wrapWithPath($T.repeated(p, name), $T.class, name)",
                MAPPING_EXCEPTION, json, self);
        body.addStatement("$T extra = new $T<>()", RAW_MAP, LINKED_HASH_MAP);
        Coders.openFields(body, CodeBlock.of("$T.firstField(p, $T.class)", json, self), "p == live")
                .addStatement("$T token = resumed ? p.currentToken() : p.nextToken()", JSON_TOKEN)
                .addStatement("resumed = false")
                .beginControlFlow("if (token == $T.VALUE_NULL)", JSON_TOKEN);
        if (!choosing.isEmpty()) {
            body.beginControlFlow("if ($L)", seen.build()).addStatement(repeated).endControlFlow();
        }
        body.addStatement("extra.put(name, $T.getInstance())", NULL_NODE)
                .addStatement("continue")
                .endControlFlow()
                .beginControlFlow("if (!extra.isEmpty())")
                .add("// A repeated property: the later value replaces any raw JSON an earlier one kept\n");
        if (choosing.isEmpty()) {
            body.addStatement("extra.remove(name)");
        } else {
            body.beginControlFlow("if (extra.remove(name) != null && ($L))", named.build())
                    .add("// ...but a discriminator that came as an explicit null may not come back with a value\n")
                    .addStatement(repeated)
                    .endControlFlow();
        }
        body.endControlFlow()
                .beginControlFlow("try")
                .beginControlFlow("switch (name)");
        for (Property property : decl.properties()) {
            String local = locals.get(property.jsonName());
            body.addStatement("case $S -> $L = $L", property.jsonName(), local, choosing.contains(property.jsonName())
                    ? CodeBlock.of("$T.readDiscriminator(p, ctxt, $L)", json, local)
                    : codecs.readProperty(property.type()));
        }
        body.addStatement("default -> extra.put(name, $T.readTree(p, ctxt))", json)
                .endControlFlow()
                .nextControlFlow("catch ($T e)", MAPPING_EXCEPTION)
                .addStatement("throw $T.wrapWithPath(e, $T.class, name)", MAPPING_EXCEPTION, self)
                .endControlFlow()
                .endControlFlow();
        CodeBlock.Builder arguments = CodeBlock.builder();
        decl.properties().forEach(p -> arguments.add("$L, ", locals.get(p.jsonName())));
        return body.addStatement("return new $T($Lextra)", self, arguments.build()).build();
    }

    private CodeBlock encoderBody(RecordDecl decl) {
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T extra = value.$L()", RAW_MAP, EXTRA)
                .addStatement("g.writeStartObject(value)");
        for (Property property : decl.properties()) {
            CodeBlock get = CodeBlock.of("value.$L()", names.component(decl.id(), property.jsonName()));
            body.beginControlFlow("if ($L != null && !extra.containsKey($S))", get, property.jsonName())
                    .addStatement("g.writeFieldName($S)", property.jsonName())
                    .addStatement(codecs.write(property.type(), Depth.PROPERTY, get))
                    .endControlFlow();
        }
        return body.addStatement("$T.writeExtra(extra, g, provider)", types.support(names.support().json()))
                .addStatement("g.writeEndObject()")
                .build();
    }
}
