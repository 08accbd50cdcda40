package io.github.webhookgen.core.lower;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.model.Dispatch;
import io.github.webhookgen.core.model.JsonKind;
import io.github.webhookgen.core.model.Property;
import io.github.webhookgen.core.model.ScalarKind;
import io.github.webhookgen.core.model.TypeDecl;
import io.github.webhookgen.core.model.TypeDecl.Branch;
import io.github.webhookgen.core.model.TypeDecl.EnumDecl;
import io.github.webhookgen.core.model.TypeDecl.RecordDecl;
import io.github.webhookgen.core.model.TypeDecl.UnionDecl;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.schema.SchemaRef;
import io.github.webhookgen.core.schema.SchemaSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Third stage: lowers resolved schemas to the {@link TypeModel}. One method per keyword family: references,
 * types, objects ({@code properties}, {@code allOf}), enums, arrays and unions.
 */
public final class Lowering {

    private final SchemaSet schemas;
    private final Problems problems;
    private final Map<SchemaRef, TypeRef> lowered = new HashMap<>();
    private final Map<SchemaRef, TypeDecl> types = new TreeMap<>();
    private final Set<SchemaRef> checked = new HashSet<>();

    private final boolean strict;

    /**
     * @param strict whether an unresolvable {@code $ref} is an error; otherwise a warning, and the value is typed as
     *     {@code JsonNode}
     */
    public Lowering(SchemaSet schemas, Problems problems, boolean strict) {
        this.schemas = schemas;
        this.problems = problems;
        this.strict = strict;
    }

    private void brokenRef(ProblemCode code, SchemaRef at, String message) {
        if (strict) {
            problems.error(code, schemas.locate(at), message);
        } else {
            problems.warning(code, schemas.locate(at), message + "; typed as JsonNode");
        }
    }

    /** Lowers every document and every definition in it, then derives the dispatch from {@code dispatchRoot}. */
    public TypeModel lower(DispatchRoot dispatchRoot) {
        schemas.documents().forEach((path, document) -> {
            SchemaRef root = new SchemaRef(path, "");
            typeOf(root);
            for (String container : List.of("definitions", "$defs")) {
                JsonNode defs = document.root().path(container);
                defs.fieldNames().forEachRemaining(name -> typeOf(root.child(container, name)));
            }
        });
        Optional<Dispatch> dispatch = new DispatchDerivation(types, dispatchRoot).derive();
        return new TypeModel(withoutDanglingRefs(), dispatch);
    }

    // ---- references ----

    /**
     * The type of the schema at {@code at}, lowering it (and what it refers to) on first use. After {@link #lower}, a
     * document root's type is the one the model was built with: a declaration of the model (which may sit elsewhere,
     * when the root is a {@code $ref} or a {@code oneOf} of one branch), a list, a map or a scalar. A
     * {@link TypeRef.Named} that the model does not hold is a union found not to be representable, typed
     * {@code JsonNode} in the model.
     *
     * @param at a schema address in the archive
     * @return the type; {@link TypeRef#ANY} when the schema cannot be typed (a broken {@code $ref} is reported)
     */
    public TypeRef typeOf(SchemaRef at) {
        SchemaRef target = follow(at);
        if (target == null) {
            return TypeRef.ANY;
        }
        TypeRef known = lowered.get(target);
        if (known != null) {
            return known;
        }
        JsonNode node = schemas.node(target);
        checkKeywords(target, node);
        TypeRef type = classify(target, node);
        lowered.put(target, type);
        return type;
    }

    /** Follows a chain of {@code $ref}s to the schema that defines something; null (reported) when it cannot. */
    private SchemaRef follow(SchemaRef at) {
        Set<SchemaRef> seen = new LinkedHashSet<>();
        SchemaRef current = at;
        while (true) {
            JsonNode node = schemas.nodeOrNull(current);
            if (node == null || !node.isObject() || !node.path("$ref").isTextual()) {
                return current;
            }
            if (!seen.add(current)) {
                brokenRef(ProblemCode.REF_CYCLE, at,
                        "$ref chain never reaches a schema: " + describe(seen) + " -> " + current);
                lowered.put(at, TypeRef.ANY);
                return null;
            }
            warnRefSiblings(current, node);
            String ref = node.get("$ref").asText();
            SchemaRef refAt = current.child("$ref");
            SchemaSet.Resolution resolution = schemas.resolve(current.file(), ref);
            if (resolution instanceof SchemaSet.Resolution.Found found) {
                if (found.guessed()) {
                    problems.warning(ProblemCode.NON_STANDARD_KEYWORD, schemas.locate(refAt), "$ref \"" + ref
                            + "\" names no file relative to this one; read as " + found.target().file());
                }
                current = found.target();
            } else if (resolution instanceof SchemaSet.Resolution.MissingFile missing) {
                brokenRef(ProblemCode.UNRESOLVED_REF, refAt,
                        "$ref \"" + ref + "\": no file " + missing.file() + " in the archive");
                return null;
            } else {
                SchemaRef target = ((SchemaSet.Resolution.MissingPointer) resolution).target();
                brokenRef(ProblemCode.BAD_POINTER, refAt,
                        "$ref \"" + ref + "\": " + target.file() + " has nothing at #" + target.pointer());
                return null;
            }
        }
    }

    private static String describe(Collection<SchemaRef> chain) {
        return String.join(" -> ", chain.stream().map(SchemaRef::toString).toList());
    }

    private void warnRefSiblings(SchemaRef at, JsonNode node) {
        if (!checked.add(at)) {
            return;
        }
        node.fieldNames().forEachRemaining(key -> {
            if (key.equals("$ref") || Keywords.REF_SIBLINGS.contains(key)) {
                return;
            }
            if (Keywords.VENDOR.contains(key)) {
                problems.warning(ProblemCode.NON_STANDARD_KEYWORD, schemas.locate(at.child(key)),
                        "'" + key + "' is not a JSON Schema keyword; ignored");
            } else {
                problems.warning(ProblemCode.UNSUPPORTED_KEYWORD, schemas.locate(at.child(key)),
                        "'" + key + "' beside $ref is ignored (the referenced schema applies as it is)");
            }
        });
    }

    private void checkKeywords(SchemaRef at, JsonNode node) {
        if (node == null || !node.isObject() || !checked.add(at)) {
            return;
        }
        node.properties().forEach(field -> {
            String key = field.getKey();
            SchemaRef keyAt = at.child(key);
            if (Keywords.VENDOR.contains(key)) {
                problems.warning(ProblemCode.NON_STANDARD_KEYWORD, schemas.locate(keyAt),
                        "'" + key + "' is not a JSON Schema keyword" + (key.equals("readonly") ? " (readOnly is)" : "")
                                + "; ignored");
            } else if (Keywords.UNSUPPORTED.contains(key)) {
                problems.warning(ProblemCode.UNSUPPORTED_KEYWORD, schemas.locate(keyAt),
                        "'" + key + "' cannot be expressed in the generated types; ignored");
            } else if (key.equals("required") && field.getValue().isBoolean()) {
                problems.warning(ProblemCode.NON_STANDARD_KEYWORD, schemas.locate(keyAt),
                        "'required' as a boolean is draft-03 style; ignored");
            } else if (!Keywords.HONOURED.contains(key) && !Keywords.IGNORED.contains(key)) {
                problems.warning(ProblemCode.UNSUPPORTED_KEYWORD, schemas.locate(keyAt),
                        "unknown keyword '" + key + "'; ignored");
            }
        });
    }

    // ---- types ----

    private TypeRef classify(SchemaRef at, JsonNode node) {
        if (node == null || node.isBoolean()) {
            return TypeRef.ANY;
        }
        if (!node.isObject()) {
            problems.error(ProblemCode.INVALID_SCHEMA, schemas.locate(at),
                    "a schema must be a JSON object or a boolean, not " + node.getNodeType().name().toLowerCase());
            return TypeRef.ANY;
        }
        if (node.has("oneOf") || node.has("anyOf")) {
            return union(at, node);
        }
        List<SchemaRef> parts = parts(at, new LinkedHashSet<>());
        List<String> enumValues = enumValues(at, node);
        if (enumValues != null && enumValues.size() > 1) {
            types.put(at, new EnumDecl(at, description(node), enumValues));
            return new TypeRef.Named(at);
        }
        Set<String> jsonTypes = jsonTypes(at, node);
        if (enumValues != null || node.path("const").isTextual()) {
            return TypeRef.STRING;
        }
        boolean objectLike = jsonTypes.contains("object")
                || parts.stream().anyMatch(p -> schemas.node(p).has("properties"))
                || (jsonTypes.isEmpty() && node.has("additionalProperties"));
        if (objectLike && jsonTypes.size() <= 1) {
            return object(at, node, parts);
        }
        if (jsonTypes.size() != 1) {
            return TypeRef.ANY;
        }
        return switch (jsonTypes.iterator().next()) {
            case "array" -> new TypeRef.ListOf(node.has("items") && node.get("items").isObject()
                    ? typeOf(at.child("items"))
                    : TypeRef.ANY);
            case "string" -> new TypeRef.Scalar(
                    "date-time".equals(node.path("format").asText()) ? ScalarKind.DATE_TIME : ScalarKind.STRING);
            case "integer" -> new TypeRef.Scalar(ScalarKind.INTEGER);
            case "number" -> new TypeRef.Scalar(ScalarKind.NUMBER);
            case "boolean" -> new TypeRef.Scalar(ScalarKind.BOOLEAN);
            default -> TypeRef.ANY;
        };
    }

    /** The JSON types a schema allows, {@code "null"} left out (every generated type may be null). */
    private Set<String> jsonTypes(SchemaRef at, JsonNode node) {
        JsonNode type = node.get("type");
        Set<String> result = new TreeSet<>();
        if (type == null) {
            return result;
        }
        List<JsonNode> names = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(names::add);
        } else {
            names.add(type);
        }
        for (JsonNode name : names) {
            String value = name.asText();
            switch (value) {
                case "null" -> { }
                case "object", "array", "string", "integer", "number", "boolean" -> result.add(value);
                case "Long", "long", "Integer", "int", "short", "Short" -> {
                    problems.warning(ProblemCode.NON_STANDARD_KEYWORD, schemas.locate(at.child("type")),
                            "\"type\": \"" + value + "\" is not a JSON Schema type; read as \"integer\"");
                    result.add("integer");
                }
                case "any" -> problems.warning(ProblemCode.NON_STANDARD_KEYWORD, schemas.locate(at.child("type")),
                        "\"type\": \"any\" is not a JSON Schema type; read as any JSON value");
                default -> problems.warning(ProblemCode.NON_STANDARD_KEYWORD, schemas.locate(at.child("type")),
                        "\"type\": \"" + value + "\" is not a JSON Schema type; read as any JSON value");
            }
        }
        return result;
    }

    // ---- objects ----

    /** The schema itself and, depth first, every schema it includes with {@code allOf}. */
    private List<SchemaRef> parts(SchemaRef at, Set<SchemaRef> seen) {
        List<SchemaRef> parts = new ArrayList<>();
        if (!seen.add(at)) {
            return parts;
        }
        parts.add(at);
        JsonNode allOf = schemas.node(at).path("allOf");
        for (int i = 0; i < allOf.size(); i++) {
            SchemaRef part = follow(at.child("allOf", String.valueOf(i)));
            if (part != null && schemas.node(part).isObject()) {
                checkKeywords(part, schemas.node(part));
                if (schemas.node(part).has("oneOf") || schemas.node(part).has("anyOf")) {
                    problems.warning(ProblemCode.UNSUPPORTED_KEYWORD, schemas.locate(part),
                            "a union inside allOf is not merged; only its properties are");
                }
                parts.addAll(parts(part, seen));
            }
        }
        return parts;
    }

    private TypeRef object(SchemaRef at, JsonNode node, List<SchemaRef> parts) {
        boolean hasProperties = parts.stream().anyMatch(p -> schemas.node(p).path("properties").size() > 0);
        if (!hasProperties) {
            JsonNode additional = node.get("additionalProperties");
            return new TypeRef.MapOf(additional != null && additional.isObject()
                    ? typeOf(at.child("additionalProperties"))
                    : TypeRef.ANY);
        }
        TypeRef self = new TypeRef.Named(at);
        lowered.put(at, self);
        Set<String> required = new HashSet<>();
        Map<String, SchemaRef> declared = new LinkedHashMap<>();
        String description = "";
        for (SchemaRef part : parts) {
            JsonNode partNode = schemas.node(part);
            partNode.path("required").forEach(name -> required.add(name.asText()));
            partNode.path("properties").fieldNames()
                    .forEachRemaining(name -> declared.putIfAbsent(name, part.child("properties", name)));
            if (description.isEmpty()) {
                description = description(partNode);
            }
        }
        List<Property> properties = new ArrayList<>();
        declared.forEach((name, propertyAt) -> properties.add(property(name, propertyAt, required.contains(name))));
        types.put(at, new RecordDecl(at, description, properties));
        return self;
    }

    private Property property(String name, SchemaRef at, boolean required) {
        JsonNode node = schemas.node(at);
        TypeRef type = typeOf(at);
        SchemaRef target = follow(at);
        JsonNode targetNode = target == null ? null : schemas.nodeOrNull(target);
        String description = description(node);
        if (description.isEmpty() && targetNode != null) {
            description = description(targetNode);
        }
        return new Property(name, type, required, description, targetNode == null ? null : constant(targetNode));
    }

    /** The single value a schema fixes a string to, with {@code const} or a one-value {@code enum}. */
    static String constant(JsonNode node) {
        if (node.path("const").isTextual()) {
            return node.get("const").asText();
        }
        JsonNode values = node.path("enum");
        return values.size() == 1 && values.get(0).isTextual() ? values.get(0).asText() : null;
    }

    // ---- enums ----

    /** The string values of {@code enum}, or null when there is no string enum. */
    private List<String> enumValues(SchemaRef at, JsonNode node) {
        JsonNode values = node.get("enum");
        if (values == null || !values.isArray() || values.isEmpty()) {
            return null;
        }
        List<String> strings = new ArrayList<>();
        for (JsonNode value : values) {
            if (value.isNull()) {
                continue;
            }
            if (!value.isTextual()) {
                return null;
            }
            if (!strings.contains(value.asText())) {
                strings.add(value.asText());
            }
        }
        return strings.isEmpty() ? null : strings;
    }

    // ---- unions ----

    private record Option(SchemaRef at, TypeRef type, JsonKind kind, Map<String, Set<String>> fixed) {}

    private TypeRef union(SchemaRef at, JsonNode node) {
        String keyword = node.has("oneOf") ? "oneOf" : "anyOf";
        if (node.has("oneOf") && node.has("anyOf")) {
            problems.warning(ProblemCode.UNSUPPORTED_KEYWORD, schemas.locate(at.child("anyOf")),
                    "anyOf beside oneOf is ignored");
        }
        if (node.path("properties").size() > 0 || node.has("allOf")) {
            problems.warning(ProblemCode.UNSUPPORTED_KEYWORD, schemas.locate(at),
                    "properties beside " + keyword + " are not merged into the branches; declare them in each branch");
        }
        TypeRef self = new TypeRef.Named(at);
        lowered.put(at, self);
        JsonNode alternatives = node.get(keyword);
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < alternatives.size(); i++) {
            SchemaRef branchAt = at.child(keyword, String.valueOf(i));
            TypeRef type = typeOf(branchAt);
            options.add(new Option(branchAt, type, kindOf(type), fixedProperties(type)));
        }
        if (options.size() == 1) {
            lowered.put(at, options.get(0).type());
            return options.get(0).type();
        }
        Optional<UnionDecl> decl = decide(at, node, options);
        if (decl.isEmpty()) {
            lowered.put(at, TypeRef.ANY);
            return TypeRef.ANY;
        }
        types.put(at, decl.get());
        return self;
    }

    private Optional<UnionDecl> decide(SchemaRef at, JsonNode node, List<Option> options) {
        Map<JsonKind, List<Option>> byKind = new TreeMap<>();
        for (Option option : options) {
            if (option.kind() == null) {
                problems.warning(ProblemCode.NO_DISCRIMINATOR, schemas.locate(option.at()),
                        "this branch accepts any JSON value, so the union cannot choose a branch; typed as JsonNode");
                return Optional.empty();
            }
            byKind.computeIfAbsent(option.kind(), k -> new ArrayList<>()).add(option);
        }
        for (Map.Entry<JsonKind, List<Option>> entry : byKind.entrySet()) {
            if (entry.getKey() != JsonKind.OBJECT && entry.getValue().size() > 1) {
                problems.warning(ProblemCode.NO_DISCRIMINATOR, schemas.locate(entry.getValue().get(1).at()),
                        "two branches accept a JSON " + entry.getKey().name().toLowerCase()
                                + "; the union cannot choose between them; typed as JsonNode");
                return Optional.empty();
            }
        }
        List<Option> objects = byKind.getOrDefault(JsonKind.OBJECT, List.of());
        String discriminator = null;
        if (objects.size() > 1) {
            discriminator = discriminator(at, objects);
            if (discriminator == null) {
                return Optional.empty();
            }
        }
        List<Branch> branches = new ArrayList<>();
        for (Option option : options) {
            List<String> values = discriminator == null || option.kind() != JsonKind.OBJECT
                    ? List.of()
                    : List.copyOf(option.fixed().get(discriminator));
            branches.add(new Branch(option.type(), option.kind(), values));
        }
        return Optional.of(new UnionDecl(at, description(node), discriminator, branches));
    }

    /** The property whose fixed values tell the object branches apart, preferring {@code type}. */
    private String discriminator(SchemaRef at, List<Option> objects) {
        Set<String> candidates = new TreeSet<>(objects.get(0).fixed().keySet());
        objects.forEach(o -> candidates.retainAll(o.fixed().keySet()));
        List<String> ordered = new ArrayList<>(candidates);
        ordered.sort((a, b) -> a.equals("type") ? -1 : b.equals("type") ? 1 : a.compareTo(b));
        for (String candidate : ordered) {
            if (clash(objects, candidate) == null) {
                return candidate;
            }
        }
        for (String candidate : ordered) {
            Option[] pair = clash(objects, candidate);
            boolean allSame = objects.stream().map(o -> o.fixed().get(candidate)).distinct().count() == 1;
            if (!allSame) {
                Set<String> shared = new TreeSet<>(pair[0].fixed().get(candidate));
                shared.retainAll(pair[1].fixed().get(candidate));
                problems.error(ProblemCode.DUPLICATE_DISCRIMINATOR, schemas.locate(pair[1].at()),
                        "branches " + describe(pair[0]) + " and " + describe(pair[1]) + " both fix \"" + candidate
                                + "\" to " + shared + "; a value must choose exactly one branch");
                return null;
            }
        }
        problems.warning(ProblemCode.NO_DISCRIMINATOR, schemas.locate(at),
                "no property is fixed (const or one-value enum) to a distinct value in every object branch, "
                        + "so the union cannot choose a branch; typed as JsonNode");
        return null;
    }

    /** A branch by its pointer, and by the schema it refers to when that is elsewhere. */
    private static String describe(Option branch) {
        String at = "#" + branch.at().pointer();
        return branch.type() instanceof TypeRef.Named named && !named.id().equals(branch.at())
                ? at + " (" + named.id() + ")"
                : at;
    }

    private static Option[] clash(List<Option> objects, String property) {
        for (int i = 0; i < objects.size(); i++) {
            for (int j = i + 1; j < objects.size(); j++) {
                Set<String> a = objects.get(i).fixed().get(property);
                for (String value : objects.get(j).fixed().get(property)) {
                    if (a.contains(value)) {
                        return new Option[] {objects.get(i), objects.get(j)};
                    }
                }
            }
        }
        return null;
    }

    private JsonKind kindOf(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING, DATE_TIME -> JsonKind.STRING;
                case INTEGER, NUMBER -> JsonKind.NUMBER;
                case BOOLEAN -> JsonKind.BOOLEAN;
                case ANY -> null;
            };
        }
        if (type instanceof TypeRef.ListOf) {
            return JsonKind.ARRAY;
        }
        if (type instanceof TypeRef.Named named && types.get(named.id()) instanceof EnumDecl) {
            return JsonKind.STRING;
        }
        return JsonKind.OBJECT;
    }

    /** The properties an object type fixes, with the values it allows for each (several for a nested union). */
    private Map<String, Set<String>> fixedProperties(TypeRef type) {
        if (!(type instanceof TypeRef.Named named)) {
            return Map.of();
        }
        TypeDecl decl = types.get(named.id());
        Map<String, Set<String>> fixed = new TreeMap<>();
        if (decl instanceof RecordDecl record) {
            for (Property property : record.properties()) {
                if (property.constant() != null) {
                    fixed.put(property.jsonName(), new TreeSet<>(Set.of(property.constant())));
                }
            }
        } else if (decl instanceof UnionDecl union && !union.objectBranches().isEmpty()) {
            Iterator<Branch> branches = union.objectBranches().iterator();
            fixed.putAll(copy(fixedProperties(branches.next().type())));
            while (branches.hasNext()) {
                Map<String, Set<String>> next = fixedProperties(branches.next().type());
                fixed.keySet().retainAll(next.keySet());
                fixed.forEach((name, values) -> values.addAll(next.get(name)));
            }
        }
        return fixed;
    }

    private static Map<String, Set<String>> copy(Map<String, Set<String>> fixed) {
        Map<String, Set<String>> copy = new TreeMap<>();
        fixed.forEach((k, v) -> copy.put(k, new TreeSet<>(v)));
        return copy;
    }

    static String description(JsonNode node) {
        JsonNode description = node.path("description");
        return description.isTextual() ? description.asText().strip() : "";
    }

    /**
     * A union found not to be representable while a branch was being lowered may already be referred to; such
     * references become {@code JsonNode}.
     */
    private java.util.SortedMap<SchemaRef, TypeDecl> withoutDanglingRefs() {
        java.util.SortedMap<SchemaRef, TypeDecl> result = new TreeMap<>();
        types.forEach((id, decl) -> {
            if (decl instanceof RecordDecl r) {
                decl = new RecordDecl(r.id(), r.description(), r.properties().stream()
                        .map(p -> new Property(p.jsonName(), fix(p.type()), p.required(), p.description(),
                                p.constant()))
                        .toList());
            } else if (decl instanceof UnionDecl u) {
                decl = new UnionDecl(u.id(), u.description(), u.discriminator(), u.branches().stream()
                        .map(b -> new Branch(fix(b.type()), b.kind(), b.discriminatorValues()))
                        .toList());
            }
            result.put(id, decl);
        });
        return result;
    }

    private TypeRef fix(TypeRef type) {
        if (type instanceof TypeRef.Named named) {
            return types.containsKey(named.id()) ? named : TypeRef.ANY;
        }
        if (type instanceof TypeRef.ListOf list) {
            return new TypeRef.ListOf(fix(list.element()));
        }
        if (type instanceof TypeRef.MapOf map) {
            return new TypeRef.MapOf(fix(map.value()));
        }
        return type;
    }
}
