package io.github.webhookgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.webhookgen.core.model.Property;
import io.github.webhookgen.core.model.TypeDecl.RecordDecl;
import io.github.webhookgen.core.naming.Names;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

import static io.github.webhookgen.core.emit.JavaTypes.*;

/**
 * Writes a record for an object schema, and its codec. The record has one component per declared property, plus
 * {@code additionalProperties}, which keeps undeclared properties and the raw JSON of any declared property the typed
 * value does not hold exactly (an explicit {@code null}, an enum value the schema does not list, a date-time written
 * unusually). Raw JSON wins when writing, so a record read from JSON writes back the same JSON tree.
 *
 * <p>A property the schema fixes to one value ({@code const}, a one-value {@code enum}) is filled in by the record: a
 * second constructor leaves it out, and the compact constructor refuses another value, so that an object built by hand
 * is always the kind its schema says.
 */
final class RecordEmitter {

    private static final String EXTRA = Names.EXTRA;
    private static final Set<String> LOCALS = Set.of("p", "prefix", "live", "ctxt", "atValue", "resumed", "name",
            "extra", "token", "e");

    private final JavaTypes types;
    private final Codecs codecs;
    private final Coders coders;
    private final Names names;
    private final Discriminators discriminators;
    private final ClassName json;
    private final JacksonApi jackson;

    RecordEmitter(JavaTypes types, Codecs codecs, Coders coders, Names names, Discriminators discriminators) {
        this.types = types;
        this.codecs = codecs;
        this.coders = coders;
        this.names = names;
        this.discriminators = discriminators;
        this.json = types.json();
        this.jackson = types.jackson;
    }

    TypeSpec emit(RecordDecl decl, List<ClassName> unions) {
        ClassName self = types.className(decl.id());
        ClassName codec = types.codec(decl.id());
        MethodSpec.Builder canonical = MethodSpec.constructorBuilder();
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        MethodSpec.Builder convenience = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
        CodeBlock.Builder javadoc = Javadoc.of(decl.description(),
                "The {@code " + names.type(decl.id()) + "} object.").toBuilder().add("\n");
        CodeBlock.Builder forward = CodeBlock.builder();
        StringBuilder fixedDoc = new StringBuilder();
        for (Property property : decl.properties()) {
            String component = names.component(decl.id(), property.jsonName());
            TypeName type = types.of(property.type());
            canonical.addParameter(type, component);
            javadoc.add("$L", Javadoc.tag("@param " + component, componentDoc(property)));
            if (property.constant() == null) {
                convenience.addParameter(type, component);
                forward.add("$L,$W", component);
                continue;
            }
            forward.add("$S,$W", property.constant());
            fixedDoc.append(fixedDoc.isEmpty() ? "" : ", ").append("{@code ").append(component).append("}");
            compact.addStatement("$L = $T.$L($L, $S, $S)", component, json, fillsIn(decl, property) ? "fixed"
                    : "checkFixed", component, property.constant(), property.jsonName());
        }
        canonical.addParameter(types.rawMap, EXTRA);
        javadoc.add("$L", Javadoc.tag("@param " + EXTRA, "properties the schema does not declare, and the JSON of "
                + "declared properties whose typed value cannot hold it exactly (explicit {@code null}s, values the "
                + "schema does not list, numbers and dates beyond their Java type); written back as they are"));
        if (!fixedDoc.isEmpty()) {
            compact.addJavadoc("$L", Javadoc.tag("@throws IllegalArgumentException", "when " + fixedDoc + ", which "
                    + "the schema fixes to one value, is given another"));
        }
        compact.addStatement("$L = $T.copyExtra($L)", EXTRA, json, EXTRA);
        convenience.addJavadoc("$L\n", Javadoc.wrapped("Creates a {@code " + self.simpleName() + "} with no "
                + "additional properties" + (fixedDoc.isEmpty() ? "" : "; " + fixedDoc + " take the value the schema "
                + "fixes") + "."));
        return TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(javadoc.build())
                .addAnnotation(coders.deserializeWith(codec))
                .addAnnotation(coders.serializeWith(codec))
                .addSuperinterfaces(unions)
                .recordConstructor(canonical.build())
                .addMethod(compact.build())
                .addMethod(convenience.addStatement("this($L$T.of())", forward.build(), MAP).build())
                .build();
    }

    /** The codec beside the record. */
    TypeSpec codec(RecordDecl decl) {
        ClassName self = types.className(decl.id());
        return coders.codec(types.codec(decl.id()), self, decoderBody(decl, self), encoderBody(decl));
    }

    /**
     * Whether the canonical constructor fills in a missing fixed value: for a discriminator that chooses the record,
     * without which the record would read back as another kind. Other fixed properties may stay absent, as they may
     * arrive, so that what was read is written back as it was; the shorter constructor fills them all in.
     */
    private boolean fillsIn(RecordDecl decl, Property property) {
        return choosing(decl).contains(property.jsonName());
    }

    /** The discriminators that chose this record: a repeat must have the same value (see Discriminators). */
    private List<String> choosing(RecordDecl decl) {
        return decl.properties().stream()
                .filter(p -> p.constant() != null && discriminators.choosing(decl.id()).contains(p.jsonName()))
                .map(Property::jsonName).toList();
    }

    /** The component's description, and the value the schema fixes unless the description already names it. */
    private static String componentDoc(Property property) {
        String text = property.description().isBlank()
                ? "the " + Javadoc.code(property.jsonName()) + " property"
                : Javadoc.text(property.description());
        String constant = property.constant();
        if (constant != null && !property.description().toLowerCase(Locale.ROOT)
                .contains(constant.toLowerCase(Locale.ROOT))) {
            text += (text.endsWith(".") ? " " : ". ") + "Always " + Javadoc.quoted(constant) + ".";
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
        Map<String, String> locals = locals(decl);
        CodeBlock.Builder body = CodeBlock.builder();
        for (Property property : decl.properties()) {
            body.addStatement("$T $L = null", types.of(property.type()), locals.get(property.jsonName()));
        }
        List<String> choosing = choosing(decl);
        CodeBlock.Builder seen = CodeBlock.builder();
        CodeBlock.Builder named = CodeBlock.builder();
        for (String property : choosing) {
            if (!named.isEmpty()) {
                seen.add(" ||$W");
                named.add(" ||$W");
            }
            seen.add(choosing.size() == 1 ? "$L != null && name.equals($S)" : "($L != null && name.equals($S))",
                    locals.get(property), property);
            named.add("name.equals($S)", property);
        }
        CodeBlock repeated = CodeBlock.of("throw $T.wrapWithPath($T.repeated(p, name),$W$T.class, name)",
                jackson.pathWrapper, json, self);
        body.addStatement("$T extra = new $T<>()", types.rawMap, LINKED_HASH_MAP);
        coders.openFields(body, CodeBlock.of("$T.firstField(p, $T.class)", json, self), "p == live")
                .addStatement("$T token = resumed ? p.currentToken() : p.nextToken()", jackson.token)
                .addStatement("resumed = false")
                .beginControlFlow("if (token == $T.VALUE_NULL)", jackson.token);
        if (!choosing.isEmpty()) {
            body.beginControlFlow("if ($L)", seen.build()).addStatement(repeated).endControlFlow();
        }
        body.addStatement("extra.put(name, $T.getInstance())", jackson.nullNode)
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
            body.addStatement("case $S -> $L = $L", property.jsonName(), local, read(property, local, choosing));
        }
        body.addStatement("default -> extra.put(name, $T.readTree(p, ctxt))", json)
                .endControlFlow()
                .nextControlFlow("catch ($T e)", jackson.mappingException)
                .addStatement("throw $T.wrapWithPath(e, $T.class, name)", jackson.pathWrapper, self)
                .endControlFlow()
                .endControlFlow();
        CodeBlock.Builder arguments = CodeBlock.builder();
        decl.properties().forEach(p -> arguments.add("$L,$W", locals.get(p.jsonName())));
        return body.addStatement("return new $T($Lextra)", self, arguments.build()).build();
    }

    /** The expression that reads a property's value where the decoder stands at it. */
    private CodeBlock read(Property property, String local, List<String> choosing) {
        if (choosing.contains(property.jsonName())) {
            return CodeBlock.of("$T.readDiscriminator(p, ctxt, $S, $L)", json, property.constant(), local);
        }
        if (property.constant() != null) {
            return CodeBlock.of("$T.readFixed(p, ctxt, $S, name, extra)", json, property.constant());
        }
        return codecs.readProperty(property.type());
    }

    private CodeBlock encoderBody(RecordDecl decl) {
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T extra = value.$L()", types.rawMap, EXTRA)
                .addStatement("g.writeStartObject(value)");
        for (Property property : decl.properties()) {
            CodeBlock get = CodeBlock.of("value.$L()", names.component(decl.id(), property.jsonName()));
            body.beginControlFlow("if ($L != null && !extra.containsKey($S))", get, property.jsonName())
                    .addStatement("g.$L($S)", jackson.writeName, property.jsonName())
                    .addStatement(codecs.write(property.type(), get))
                    .endControlFlow();
        }
        return body.addStatement("$T.writeExtra(extra, g, $L)", json, jackson.writeContextName)
                .addStatement("g.writeEndObject()")
                .build();
    }
}
