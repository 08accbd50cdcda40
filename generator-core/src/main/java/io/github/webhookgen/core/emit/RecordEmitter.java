package io.github.webhookgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.webhookgen.core.model.Constant;
import io.github.webhookgen.core.model.Property;
import io.github.webhookgen.core.model.TypeDecl.RecordDecl;
import io.github.webhookgen.core.naming.Names;
import java.util.ArrayList;
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
    private static final String OTHER = Names.OTHER;
    private static final Set<String> LOCALS = Set.of("p", "prefix", "live", "ctxt", "atValue", "resumed", "name",
            "extra", "other", "token", "e");

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

    /**
     * The most components a record can have: its canonical constructor takes them all, and a method takes at most 255
     * parameters (JVM Specification §4.3.3), one of which is {@code this}.
     */
    static final int MAX_RECORD_COMPONENTS = 254;

    TypeSpec emit(RecordDecl decl, List<TypeName> unions) {
        ClassName self = types.className(decl.id());
        List<Component> components = components(decl);
        TypeSpec.Builder spec = components.size() > MAX_RECORD_COMPONENTS
                ? new LargeObject(types, coders).emit(decl, self, components, fixedChecks(decl), javadoc(decl))
                : record(decl, self, components);
        return spec.addSuperinterfaces(unions).build();
    }

    /** A component of the record: its name, Java type, javadoc and the property it holds (null for the maps). */
    record Component(String name, TypeName type, String doc, Property property) {}

    private List<Component> components(RecordDecl decl) {
        List<Component> components = new ArrayList<>();
        List<String> alwaysWritten = discriminators.alwaysWritten(decl.id());
        for (Property property : decl.properties()) {
            components.add(new Component(names.component(decl.id(), property.jsonName()), types.of(property.type()),
                    componentDoc(property, alwaysWritten.contains(property.jsonName())), property));
        }
        if (decl.additional() != null) {
            components.add(new Component(OTHER, otherType(decl), "the properties not declared by name whose values "
                    + "have the type the schema gives them ({@code additionalProperties}, {@code patternProperties}), "
                    + "by name; a value of another type is kept in {@code " + EXTRA + "} instead", null));
        }
        components.add(new Component(EXTRA, types.rawMap, "properties the schema does not declare, and the JSON of "
                + "declared properties whose typed value cannot hold it exactly (explicit {@code null}s, values the "
                + "schema does not list, numbers and dates beyond their Java type); written back as they are", null));
        return components;
    }

    private TypeName otherType(RecordDecl decl) {
        return ParameterizedTypeName.get(MAP, STRING, types.of(decl.additional()));
    }

    private CodeBlock javadoc(RecordDecl decl) {
        return Javadoc.of(decl.description(), "The {@code " + names.type(decl.id()) + "} object.");
    }

    /**
     * The statements that check the values the schema fixes, one per fixed property. A missing one stays missing (the
     * canonical constructor is how the decoder builds the record, and what was read is written back as it was); the
     * shorter constructor fills them all in.
     */
    private CodeBlock fixedChecks(RecordDecl decl) {
        CodeBlock.Builder checks = CodeBlock.builder();
        for (Property property : decl.properties()) {
            if (property.constant() != null) {
                String component = names.component(decl.id(), property.jsonName());
                checks.addStatement("$T.checkFixed($L, $L, $S)", json, component, codecs.literal(property),
                        property.jsonName());
            }
        }
        return checks.build();
    }

    private TypeSpec.Builder record(RecordDecl decl, ClassName self, List<Component> components) {
        ClassName codec = types.codec(decl.id());
        MethodSpec.Builder canonical = MethodSpec.constructorBuilder();
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        MethodSpec.Builder convenience = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
        CodeBlock.Builder javadoc = javadoc(decl).toBuilder().add("\n");
        CodeBlock.Builder forward = CodeBlock.builder();
        StringBuilder fixedDoc = new StringBuilder();
        for (Component component : components) {
            canonical.addParameter(component.type(), component.name());
            javadoc.add("$L", Javadoc.tag("@param " + component.name(), component.doc()));
            Property property = component.property();
            if (property == null) {
                forward.add("$T.of()", MAP).add(component.name().equals(EXTRA) ? "" : ",$W");
            } else if (property.constant() == null) {
                convenience.addParameter(component.type(), component.name());
                forward.add("$L,$W", component.name());
            } else {
                forward.add("$L,$W", codecs.literal(property));
                fixedDoc.append(fixedDoc.isEmpty() ? "" : ", ").append("{@code ").append(component.name()).append("}");
            }
        }
        compact.addCode(fixedChecks(decl));
        boolean severalFixed = fixedDoc.indexOf(",") >= 0;
        if (!fixedDoc.isEmpty()) {
            compact.addJavadoc("$L", Javadoc.tag("@throws IllegalArgumentException", "when " + (severalFixed
                    ? "one of " + fixedDoc + ", which the schema fixes to one value each," : fixedDoc + ", which the "
                    + "schema fixes to one value,") + " is given another"));
        }
        if (decl.additional() != null) {
            compact.addStatement("$L = $T.copyExtra($L)", OTHER, json, OTHER);
        }
        compact.addStatement("$L = $T.copyExtra($L)", EXTRA, json, EXTRA);
        convenience.addJavadoc("$L\n", Javadoc.wrapped("Creates " + article(self.simpleName()) + " {@code " + self.simpleName() + "} with no "
                + (decl.additional() != null ? "other or " : "") + "additional properties" + (fixedDoc.isEmpty() ? "" : "; " + fixedDoc + (severalFixed ? " take the values"
                : " takes the value") + " the schema fixes") + "."));
        return TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(javadoc.build())
                .addAnnotation(coders.deserializeWith(codec))
                .addAnnotation(coders.serializeWith(codec))
                .recordConstructor(canonical.build())
                .addMethod(compact.build())
                .addMethod(convenience.addStatement("this($L)", forward.build()).build());
    }

    /** "an" before a name that starts with a vowel letter ({@code AcceptStatusEvent}), else "a". */
    private static String article(String name) {
        return "AEIOUaeiou".indexOf(name.charAt(0)) >= 0 ? "an" : "a";
    }

    /** The codec beside the record. */
    TypeSpec codec(RecordDecl decl) {
        ClassName self = types.className(decl.id());
        return coders.codec(types.codec(decl.id()), self, decoderBody(decl, self), encoderBody(decl)).toBuilder()
                .addFields(codecs.javaTypeConstants(decl))
                .build();
    }

    /** The discriminators that chose this record: a repeat must have the same value (see Discriminators). */
    private List<String> choosing(RecordDecl decl) {
        return decl.properties().stream()
                .filter(p -> p.constant() != null && discriminators.choosing(decl.id()).contains(p.jsonName()))
                .map(Property::jsonName).toList();
    }

    /** The component's description, and the value the schema fixes unless the description already names it. */
    private static String componentDoc(Property property, boolean alwaysWritten) {
        String text = property.description().isBlank()
                ? "the " + Javadoc.code(property.jsonName()) + " property"
                : Javadoc.text(property.description());
        Constant constant = property.constant();
        if (constant != null && !property.description().toLowerCase(Locale.ROOT)
                .contains(constant.text().toLowerCase(Locale.ROOT))) {
            text += (text.endsWith(".") ? " " : ". ") + "Always " + Javadoc.code(constant.toString()) + ".";
        }
        if (constant != null) {
            text += (text.endsWith(".") ? " " : ". ") + "Null when the JSON leaves it out; the shorter constructor fills "
                    + "it in" + (alwaysWritten ? ", and it is written even when null, since it chooses this type." : ".");
        }
        return text;
    }

    /**
     * The decoder's local variable for each property: its component name, unless that is one of the decoder's own
     * names ({@code p}, {@code name}, ...) or the name of a type of the package, then with {@code Value} appended
     * until it is free. A local named as a type obscures it (JLS §6.4.2): in a script without case, the component
     * {@code 名前} of type {@code 名前} would make {@code 名前::fromValue} refer to the variable.
     */
    private Map<String, String> locals(RecordDecl decl) {
        Set<String> typeNames = new HashSet<>(names.types().values());
        typeNames.addAll(names.codecs().values());
        typeNames.addAll(List.of(names.support().json(), names.support().visitor(), names.support().dispatcher(),
                names.support().signature()));
        Set<String> taken = new HashSet<>(LOCALS);
        taken.addAll(typeNames);
        decl.properties().forEach(p -> taken.add(names.component(decl.id(), p.jsonName())));
        Map<String, String> locals = new HashMap<>();
        for (Property property : decl.properties()) {
            String local = names.component(decl.id(), property.jsonName());
            if (LOCALS.contains(local) || typeNames.contains(local)) {
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
        if (decl.additional() != null) {
            body.addStatement("$T other = new $T<>()", otherType(decl), LINKED_HASH_MAP);
        }
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
            body.addStatement("case $S ->$W$L =$W$L", property.jsonName(), local, read(property, local, choosing));
        }
        if (decl.additional() == null) {
            body.addStatement("default -> extra.put(name, $T.readTree(p, ctxt))", json);
        } else {
            body.addStatement("default -> $T.readOther(p, ctxt, name, $L, other, extra)", json,
                    codecs.reader(decl.additional(), 1));
        }
        body.endControlFlow()
                .nextControlFlow("catch ($T e)", jackson.mappingException)
                .addStatement("throw $T.wrapWithPath(e, $T.class, name)", jackson.pathWrapper, self)
                .endControlFlow()
                .endControlFlow();
        return body.add(construction(decl, self, locals)).build();
    }

    /** The statement that returns the decoded object: its canonical constructor, or a large object's builder. */
    private CodeBlock construction(RecordDecl decl, ClassName self, Map<String, String> locals) {
        List<String> arguments = new ArrayList<>();
        decl.properties().forEach(p -> arguments.add(locals.get(p.jsonName())));
        if (decl.additional() != null) {
            arguments.add("other");
        }
        arguments.add("extra");
        if (arguments.size() > MAX_RECORD_COMPONENTS) {
            CodeBlock.Builder chain = CodeBlock.builder().add("return $T.builder()$>", self);
            List<String> componentNames = components(decl).stream().map(Component::name).toList();
            for (int i = 0; i < arguments.size(); i++) {
                chain.add("\n.$L($L)", componentNames.get(i), arguments.get(i));
            }
            return chain.add("\n.build();\n$<").build();
        }
        CodeBlock.Builder call = CodeBlock.builder();
        for (int i = 0; i < arguments.size(); i++) {
            call.add(i == 0 ? "$L" : ",$W$L", arguments.get(i));
        }
        return CodeBlock.builder().addStatement("return new $T($L)", self, call.build()).build();
    }

    /** The expression that reads a property's value where the decoder stands at it. */
    private CodeBlock read(Property property, String local, List<String> choosing) {
        if (choosing.contains(property.jsonName())) {
            return CodeBlock.of("$T.readDiscriminator(p, ctxt,$W$L, $L)", json, codecs.literal(property), local);
        }
        if (property.constant() != null) {
            return CodeBlock.of("$T.readFixed(p, ctxt, $L, name, extra)", json, codecs.literal(property));
        }
        return codecs.readProperty(property.type());
    }

    private CodeBlock encoderBody(RecordDecl decl) {
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T extra = value.$L()", types.rawMap, EXTRA)
                .addStatement("g.writeStartObject(value)");
        List<String> alwaysWritten = discriminators.alwaysWritten(decl.id());
        for (Property property : decl.properties()) {
            CodeBlock get = CodeBlock.of("value.$L()", names.component(decl.id(), property.jsonName()));
            if (property.constant() != null && alwaysWritten.contains(property.jsonName())) {
                // What chooses this record is always written: built with null, it would read back as another kind
                body.beginControlFlow("if (!extra.containsKey($S))", property.jsonName())
                        .addStatement("g.$L($S)", jackson.writeName, property.jsonName())
                        .addStatement(codecs.writeFixed(property))
                        .endControlFlow();
                continue;
            }
            body.beginControlFlow("if ($L != null &&$W!extra.containsKey($S))", get, property.jsonName())
                    .addStatement("g.$L($S)", jackson.writeName, property.jsonName())
                    .addStatement(codecs.write(property.type(), get))
                    .endControlFlow();
        }
        if (decl.additional() != null) {
            body.addStatement("$T.writeOther(value.$L(), g, $L,$W$L)", json, OTHER, jackson.writeContextName,
                    codecs.writer(decl.additional(), 0));
        }
        return body.addStatement("$T.writeExtra(extra, g, $L)", json, jackson.writeContextName)
                .addStatement("g.writeEndObject()")
                .build();
    }
}
