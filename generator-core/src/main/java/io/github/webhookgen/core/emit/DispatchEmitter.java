package io.github.webhookgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.webhookgen.core.model.Dispatch;
import io.github.webhookgen.core.model.JsonKind;
import io.github.webhookgen.core.model.Property;
import io.github.webhookgen.core.model.TypeDecl;
import io.github.webhookgen.core.model.TypeDecl.Branch;
import io.github.webhookgen.core.model.TypeDecl.RecordDecl;
import io.github.webhookgen.core.model.TypeDecl.UnionDecl;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.naming.Names;
import io.github.webhookgen.core.schema.SchemaRef;
import java.util.List;
import javax.lang.model.element.Modifier;

import static io.github.webhookgen.core.emit.JavaTypes.*;

/**
 * Writes the visitor interface (one method per kind of event, plus fallbacks for kinds the archive does not know)
 * and the entry points that parse a body and call the visitor once per change, in order.
 */
final class DispatchEmitter {

    private static final TypeName BYTES = ArrayTypeName.of(TypeName.BYTE);

    private final JavaTypes types;
    private final Names names;
    private final TypeModel model;
    private final Dispatch dispatch;
    private final JacksonApi jackson;

    DispatchEmitter(JavaTypes types, Names names, TypeModel model, Dispatch dispatch) {
        this.types = types;
        this.names = names;
        this.model = model;
        this.dispatch = dispatch;
        this.jackson = types.jackson;
    }

    /** A visit method: its name, its parameters, and what the call passes. */
    private record Visit(String name, List<TypeName> parameterTypes, List<String> parameterNames, String doc) {}

    List<TypeSpec> emit() {
        return List.of(visitor(), dispatcher());
    }

    private ClassName visitorName() {
        return types.support(names.support().visitor());
    }

    private TypeSpec visitor() {
        String rootLink = "{@link " + types.className(dispatch.root()).simpleName() + "}";
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(visitorName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L\nEvery method does nothing by default; override the ones you handle.\n", anyChanges()
                        ? "Receives the changes of " + rootLink + " notifications: one call per change, in the order "
                                + "they arrive."
                        : "Receives " + rootLink + " notifications: one call per notification.");
        for (Dispatch.Route route : dispatch.routes()) {
            if (!route.hasChanges()) {
                String notification = names.type(route.notification());
                spec.addMethod(visitMethod(Names.visitMethod(notification),
                        List.of(types.className(route.notification())), List.of("message"),
                        "A {@link " + notification + "}" + discriminatorNote(route.notification())
                                + ", called once per notification."));
                continue;
            }
            if (route.changeIsEvent()) {
                eventMethods(spec, route);
                continue;
            }
            if (route.event() == null) {
                String notification = names.type(route.notification());
                spec.addMethod(visitMethod(Names.visitMethod(notification),
                        List.of(types.className(route.change())), List.of("change"),
                        "A change of a {@link " + notification + "}" + discriminatorNote(route.notification()) + "."));
                continue;
            }
            UnionDecl events = (UnionDecl) model.get(route.event());
            ClassName change = types.className(route.change());
            for (Branch branch : events.branches()) {
                TypeName event = branchType(events, branch);
                spec.addMethod(visitMethod(Names.visitMethod(simpleName(event)), List.of(event, change),
                        List.of("event", "change"), "A {@link " + simpleName(event) + "} and the change that carries it."));
            }
            ClassName unknown = types.className(route.event()).nestedClass(names.unknownVariants().get(route.event()));
            spec.addMethod(visitMethod(Names.unknownVisitMethod(names.type(route.event())),
                    List.of(unknown, change), List.of("event", "change"),
                    "An event whose " + Javadoc.quoted(events.discriminator())
                            + " the archive does not declare, and the change that carries it; {@code event} is "
                            + "{@code null} when the change has no " + Javadoc.quoted(route.eventProperty())
                            + " at all."));
        }
        ClassName root = types.className(dispatch.root());
        ClassName rootUnknown = root.nestedClass(names.unknownVariants().get(dispatch.root()));
        return spec.addMethod(visitMethod(Names.unknownVisitMethod(root.simpleName()), List.of(rootUnknown),
                List.of("notification"), "A notification of a type the archive does not declare; called once per "
                        + "notification."))
                .build();
    }

    /**
     * The methods for a list whose elements are events: one per branch of their union and one for kinds the archive
     * does not declare, each with the message that carries the event, since an element has nothing around it.
     */
    private void eventMethods(TypeSpec.Builder spec, Dispatch.Route route) {
        UnionDecl events = (UnionDecl) model.get(route.event());
        ClassName message = types.className(route.notification());
        String list = "{@code " + String.join(".", route.path()) + "}";
        String carrier = "the {@link " + message.simpleName() + "} that carries it";
        for (Branch branch : events.branches()) {
            TypeName event = branchType(events, branch);
            spec.addMethod(visitMethod(Names.visitMethod(simpleName(event)), List.of(event, message),
                    List.of("event", "message"), "Each {@link " + simpleName(event) + "} in the " + list + " of a "
                            + "message, with " + carrier + "."));
        }
        ClassName unknown = types.className(route.event()).nestedClass(names.unknownVariants().get(route.event()));
        spec.addMethod(visitMethod(Names.unknownVisitMethod(names.type(route.event())), List.of(unknown, message),
                List.of("event", "message"), "Each event whose " + Javadoc.quoted(events.discriminator())
                        + " the archive does not declare, in the " + list + " of a message, with " + carrier + "."));
    }

    /** Whether some kind of notification is dispatched once per change, rather than each once as a whole. */
    private boolean anyChanges() {
        return dispatch.routes().stream().anyMatch(Dispatch.Route::hasChanges);
    }

    /** How often {@code dispatch} calls the visitor, for javadoc: {@code "once per change, in order"}. */
    private String calls() {
        return anyChanges() ? "once per change, in order" : "once per notification";
    }

    private String discriminatorNote(SchemaRef notification) {
        UnionDecl root = (UnionDecl) model.get(dispatch.root());
        for (Branch branch : root.objectBranches()) {
            if (branch.type() instanceof TypeRef.Named named && named.id().equals(notification)
                    && branch.discriminatorValues().size() == 1) {
                return " (" + Javadoc.quoted(branch.discriminatorValues().get(0)) + ")";
            }
        }
        return "";
    }

    private TypeName branchType(UnionDecl union, Branch branch) {
        return branch.isNamedObject()
                ? types.className(((TypeRef.Named) branch.type()).id())
                : types.className(union.id()).nestedClass(Names.wrapper(branch.kind()));
    }

    private static String simpleName(TypeName type) {
        ClassName name = (ClassName) type;
        return String.join("", name.simpleNames());
    }

    private static MethodSpec visitMethod(String name, List<? extends TypeName> parameterTypes,
            List<String> parameterNames, String doc) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .addJavadoc("$L\n\n", Javadoc.wrapped(doc));
        for (int i = 0; i < parameterTypes.size(); i++) {
            method.addParameter(parameterTypes.get(i), parameterNames.get(i));
            method.addJavadoc("@param $L the $L\n", parameterNames.get(i), parameterNames.get(i));
        }
        return method.build();
    }

    private TypeSpec dispatcher() {
        ClassName self = types.support(names.support().dispatcher());
        ClassName root = types.className(dispatch.root());
        ClassName visitor = visitorName();
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L\n\n<p>Thread-safe: the parser is shared and immutable.\n", Javadoc.wrapped("Entry "
                        + "points for a webhook endpoint: parse a notification body and call a {@link "
                        + visitor.simpleName() + "} " + calls() + "."))
                .addField(FieldSpec.builder(jackson.objectReader, "READER", Modifier.PRIVATE, Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$L.readerFor($T.class)$W.with($T.FAIL_ON_TRAILING_TOKENS)", jackson.newMapper(),
                                root, jackson.deserializationFeature).build())
                .addField(readers(root))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(readerFor())
                .addMethod(jackson.throwing(MethodSpec.methodBuilder("required")
                                .addJavadoc("Jackson reads a body of JSON {@code null} as {@code null}; that is no "
                                        + "notification.\n")
                                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                                .returns(root)
                                .addParameter(root, "notification"))
                        .beginControlFlow("if (notification == null)")
                        .addStatement("throw $T.from(null, $T.class, $S)", jackson.mismatch, root,
                                "Expected an object, found VALUE_NULL")
                        .endControlFlow()
                        .addStatement("return notification")
                        .build());
        for (TypeName body : List.of(BYTES, STRING)) {
            spec.addMethod(jackson.throwing(MethodSpec.methodBuilder("parse")
                            .addJavadoc("Parses a notification body.\n\n@param body the request body, UTF-8 JSON\n"
                                    + "@return the notification\n@throws $T when the body is not a notification; the "
                                    + "message names the JSON path\n", jackson.readFailure())
                            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                            .returns(root)
                            .addParameter(body, "body"))
                    .addStatement("return required(readerFor($T.lastMember(body, $S)).readValue(body))",
                            types.json(), rootUnion().discriminator())
                    .build());
            spec.addMethod(jackson.throwing(MethodSpec.methodBuilder("dispatch")
                            .addJavadoc("$L\n\n@param body the request body, UTF-8 JSON\n@param visitor what to call\n"
                                    + "@throws $T when the body is not a notification; no method of {@code visitor} is "
                                    + "called\n", Javadoc.wrapped("Parses a notification body and calls {@code visitor} "
                                    + calls() + "."), jackson.readFailure())
                            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                            .addParameter(body, "body")
                            .addParameter(visitor, "visitor"))
                    .addStatement("dispatch(parse(body), visitor)")
                    .build());
        }
        MethodSpec.Builder dispatchParsed = MethodSpec.methodBuilder("dispatch")
                .addJavadoc("Calls {@code visitor} $L.\n\n"
                        + "@param notification the notification\n@param visitor what to call\n",
                        anyChanges() ? "once per change of a parsed notification, in order" : "once for a parsed "
                                + "notification")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(root, "notification")
                .addParameter(visitor, "visitor");
        boolean first = true;
        for (Dispatch.Route route : dispatch.routes()) {
            ClassName notification = types.className(route.notification());
            CodeBlock test = CodeBlock.of("notification instanceof $T n", notification);
            if (first) {
                dispatchParsed.beginControlFlow("if ($L)", test);
            } else {
                dispatchParsed.nextControlFlow("else if ($L)", test);
            }
            first = false;
            if (route.hasChanges()) {
                dispatchParsed.addStatement("dispatchChanges(n, visitor)");
                spec.addMethod(dispatchChanges(route, notification, visitor));
            } else {
                dispatchParsed.addStatement("visitor.$L(n)", Names.visitMethod(names.type(route.notification())));
            }
        }
        ClassName unknown = root.nestedClass(names.unknownVariants().get(dispatch.root()));
        dispatchParsed.nextControlFlow("else if (notification instanceof $T n)", unknown)
                .addStatement("visitor.$L(n)", Names.unknownVisitMethod(root.simpleName()))
                .endControlFlow();
        return spec.addMethod(dispatchParsed.build()).build();
    }

    private UnionDecl rootUnion() {
        return (UnionDecl) model.get(dispatch.root());
    }

    /**
     * A reader for each kind of notification, by discriminator value. Most bodies end with the discriminator
     * ({@code "type"} comes after {@code "body"}); reading such a body straight into its kind spares the root union
     * from buffering everything before the discriminator to find it.
     */
    private FieldSpec readers(ClassName root) {
        CodeBlock.Builder entries = CodeBlock.builder();
        for (Branch branch : rootUnion().objectBranches()) {
            for (String value : branch.discriminatorValues()) {
                entries.add(entries.isEmpty() ? "\n" : ",\n").add("$T.entry($S, READER.forType($T.class))", MAP, value,
                        types.className(((TypeRef.Named) branch.type()).id()));
            }
        }
        return FieldSpec.builder(ParameterizedTypeName.get(MAP, STRING, jackson.objectReader), "READERS", Modifier.PRIVATE,
                        Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", Javadoc.wrapped("A reader for each kind of {@link " + root.simpleName() + "}, by its "
                        + Javadoc.quoted(rootUnion().discriminator()) + ": a body that ends with it is read straight "
                        + "into its kind, instead of being buffered up to the " + Javadoc.quoted(rootUnion()
                        .discriminator()) + " to find out."))
                .initializer("$T.ofEntries($>$>$L$<$<)", MAP, entries.build())
                .build();
    }

    private MethodSpec readerFor() {
        return MethodSpec.methodBuilder("readerFor")
                .addJavadoc("$L\n", Javadoc.wrapped("The reader for a body whose last property is " + Javadoc.quoted(
                        rootUnion().discriminator()) + " with this value (null when it is not): the general one when "
                        + "no kind has it."))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(jackson.objectReader)
                .addParameter(STRING, "value")
                .addStatement("$T reader = value == null ? null : READERS.get(value)", jackson.objectReader)
                .addStatement("return reader == null ? READER : reader")
                .build();
    }

    private MethodSpec dispatchChanges(Dispatch.Route route, ClassName notification, ClassName visitor) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("dispatchChanges")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(notification, "notification")
                .addParameter(visitor, "visitor");
        NameAllocator locals = new NameAllocator();
        locals.newName("notification");
        locals.newName("visitor");
        SchemaRef current = route.notification();
        String holder = "notification";
        for (String step : route.path()) {
            RecordDecl record = (RecordDecl) model.get(current);
            Property property = record.properties().stream().filter(p -> p.jsonName().equals(step)).findFirst()
                    .orElseThrow();
            String accessor = names.component(current, step);
            String local = locals.newName(accessor);
            method.addStatement("$T $L = $L.$L()", types.of(property.type()), local, holder, accessor)
                    .beginControlFlow("if ($L == null)", local)
                    .addStatement("return")
                    .endControlFlow();
            holder = local;
            if (property.type() instanceof TypeRef.Named named) {
                current = named.id();
            }
        }
        if (route.changeIsEvent()) {
            return method.addCode(dispatchEvents(route, holder, locals.newName("event"), locals.newName("e"))).build();
        }
        ClassName change = types.className(route.change());
        method.beginControlFlow("for ($T change : $L)", change, holder)
                .beginControlFlow("if (change == null)")
                .addStatement("continue")
                .endControlFlow();
        if (route.event() == null) {
            method.addStatement("visitor.$L(change)", Names.visitMethod(names.type(route.notification())));
            return method.endControlFlow().build();
        }
        UnionDecl events = (UnionDecl) model.get(route.event());
        ClassName eventUnion = types.className(route.event());
        method.addStatement("$T event = change.$L()", eventUnion, names.component(route.change(), route.eventProperty()));
        boolean first = true;
        for (Branch branch : events.branches()) {
            TypeName event = branchType(events, branch);
            CodeBlock test = CodeBlock.of("event instanceof $T e", event);
            if (first) {
                method.beginControlFlow("if ($L)", test);
            } else {
                method.nextControlFlow("else if ($L)", test);
            }
            first = false;
            method.addStatement("visitor.$L(e, change)", Names.visitMethod(simpleName(event)));
        }
        ClassName unknown = eventUnion.nestedClass(names.unknownVariants().get(route.event()));
        String fallback = Names.unknownVisitMethod(names.type(route.event()));
        method.nextControlFlow("else if (event instanceof $T e)", unknown)
                .addStatement("visitor.$L(e, change)", fallback)
                .nextControlFlow("else")
                .addComment("No event at all: still one call for the change")
                .addStatement("visitor.$L(null, change)", fallback)
                .endControlFlow();
        return method.endControlFlow().build();
    }

    /**
     * The loop over a list whose elements are events: one call per element that is an event, known or not, with the
     * notification; a {@code null} element is no event, and skipped as a {@code null} change is.
     */
    private CodeBlock dispatchEvents(Dispatch.Route route, String list, String element, String matched) {
        UnionDecl events = (UnionDecl) model.get(route.event());
        ClassName eventUnion = types.className(route.event());
        CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("for ($T $L : $L)", eventUnion, element, list);
        boolean first = true;
        for (Branch branch : events.branches()) {
            TypeName event = branchType(events, branch);
            CodeBlock test = CodeBlock.of("$L instanceof $T $L", element, event, matched);
            if (first) {
                code.beginControlFlow("if ($L)", test);
            } else {
                code.nextControlFlow("else if ($L)", test);
            }
            code.addStatement("visitor.$L($L, notification)", Names.visitMethod(simpleName(event)), matched);
            first = false;
        }
        ClassName unknown = eventUnion.nestedClass(names.unknownVariants().get(route.event()));
        return code.nextControlFlow("else if ($L instanceof $T $L)", element, unknown, matched)
                .addStatement("visitor.$L($L, notification)", Names.unknownVisitMethod(names.type(route.event())),
                        matched)
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    static boolean applies(TypeModel model, Dispatch dispatch) {
        TypeDecl root = model.types().get(dispatch.root());
        return root instanceof UnionDecl union && union.discriminatedByString();
    }
}
