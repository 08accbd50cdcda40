package io.github.webhookgen.core.lower;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.lower.Shape.Kind;
import io.github.webhookgen.core.model.Constant;
import io.github.webhookgen.core.model.JsonKind;
import io.github.webhookgen.core.model.Property;
import io.github.webhookgen.core.model.ScalarKind;
import io.github.webhookgen.core.model.TypeDecl;
import io.github.webhookgen.core.model.TypeDecl.Branch;
import io.github.webhookgen.core.model.TypeDecl.EnumDecl;
import io.github.webhookgen.core.model.TypeDecl.RecordDecl;
import io.github.webhookgen.core.model.TypeDecl.TupleDecl;
import io.github.webhookgen.core.model.TypeDecl.UnionDecl;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.schema.SchemaRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lowers unions: a {@code oneOf}/{@code anyOf} whose branches shape values, and a {@code type} of several kinds. The
 * branches are sorted by the kind of JSON value they accept; among objects, one or two discriminator properties, each
 * fixed to a value ({@code const} or a one-value {@code enum}: a string, a boolean or a number) by every branch, choose
 * the branch. A {@code null} branch makes the value nullable instead of being a branch; a branch that is itself a union
 * contributes its branches; a branch whose {@code $ref} is broken is left out (its values read as the union's
 * {@code Unknown}). Records that no property tells apart are merged into one record of all their properties, which
 * holds the objects of every branch; what cannot be told apart otherwise stays JSON, with a warning that names the
 * branches.
 */
final class Unions {

    private final Lowering lowering;

    Unions(Lowering lowering) {
        this.lowering = lowering;
    }

    /** A branch: where it is, its type, and the kind of JSON value that selects it. */
    private record Option(SchemaRef at, TypeRef type, JsonKind kind) {}

    /**
     * Whether the {@code oneOf}/{@code anyOf} of a schema shapes its values. A union whose branches only validate
     * ({@code "oneOf": [{"required": ["id"]}, {"required": ["app-id"]}]}) leaves the type as the rest of the schema
     * says.
     */
    boolean applies(Shape shape) {
        if (shape.unions().isEmpty()) {
            return false;
        }
        JsonNode branches = lowering.schemas().node(shape.unions().get(0));
        for (int i = 0; i < branches.size(); i++) {
            SchemaRef branch = shape.unions().get(0).child(String.valueOf(i));
            JsonNode node = lowering.schemas().nodeOrNull(branch);
            if (node != null && node.isObject() && Lowering.shapes(node)) {
                return true;
            }
        }
        return false;
    }

    /** The type of a schema with a shaping {@code oneOf}/{@code anyOf}, declared at {@code id} when it is a union. */
    TypeRef lower(SchemaRef id, Shape shape) {
        SchemaRef union = shape.unions().get(0);
        if (shape.unions().size() > 1) {
            lowering.problems().warning(ProblemCode.UNSUPPORTED_KEYWORD, lowering.schemas().locate(shape.unions()
                    .get(1)), "a second oneOf/anyOf of the same schema is not combined with the first ("
                    + "#" + union.pointer() + "); only the first chooses the type");
        }
        lowering.declare(id);
        List<Option> options = new ArrayList<>();
        JsonNode alternatives = lowering.schemas().node(union);
        for (int i = 0; i < alternatives.size(); i++) {
            SchemaRef branch = union.child(String.valueOf(i));
            if (acceptsOnlyNull(branch)) {
                continue;
            }
            TypeRef type = shape.hasMembers()
                    ? lowering.lower(branch, lowering.shapeOf(branch, shape.parts()))
                    : lowering.typeOf(branch);
            if (lowering.isBroken(branch)) {
                continue; // reported where the reference is; its values read as Unknown, the other branches stay
            }
            options.addAll(flatten(id, branch, type));
        }
        return settle(id, decide(id, shape.description(), options));
    }

    /** The type of a schema whose {@code type} (or whose values) name several kinds, declared at {@code id}. */
    TypeRef byKind(SchemaRef id, Shape shape, Set<Kind> kinds) {
        lowering.declare(id);
        Set<Kind> merged = new LinkedHashSet<>(kinds);
        if (merged.contains(Kind.NUMBER)) {
            merged.remove(Kind.INTEGER);
        }
        List<Option> options = new ArrayList<>();
        for (Kind kind : merged) {
            SchemaRef at = id.child("type", kind.name().toLowerCase(Locale.ROOT));
            TypeRef type = kind == Kind.OBJECT || kind == Kind.ARRAY
                    ? lowering.lowerKind(at, shape, kind)
                    : lowering.lowerKind(id, shape, kind);
            options.add(new Option(at, type, kindOf(type)));
        }
        return settle(id, decide(id, shape.description(), options));
    }

    private TypeRef settle(SchemaRef id, TypeRef type) {
        lowering.settle(id, type);
        return type;
    }

    /** Whether a branch allows only {@code null}: {@code {"type": "null"}}, {@code {"const": null}}. */
    private boolean acceptsOnlyNull(SchemaRef branch) {
        SchemaRef target = lowering.follow(branch);
        JsonNode node = target == null ? null : lowering.schemas().nodeOrNull(target);
        if (node == null || !node.isObject()) {
            return false;
        }
        JsonNode type = node.path("type");
        boolean nullType = type.isTextual() && type.asText().equals("null")
                || type.isArray() && type.size() == 1 && type.get(0).asText().equals("null");
        boolean nullValue = node.has("const") && node.get("const").isNull()
                || node.path("enum").isArray() && node.get("enum").size() > 0
                        && node.get("enum").valueStream().allMatch(JsonNode::isNull);
        return nullType || nullValue;
    }

    /**
     * A branch; for a branch that is itself a union, its branches by kind: those that are not objects become branches
     * of the enclosing union, and its objects stay together as one branch (the inner union, which chooses among them
     * by its own discriminator), so that {@code "oneOf": [{"$ref": "#/$defs/pathPattern"}, {"type": "array"}]} reads a
     * string that {@code pathPattern} allows.
     */
    private List<Option> flatten(SchemaRef union, SchemaRef at, TypeRef type) {
        if (!(type instanceof TypeRef.Named named) || named.id().equals(union)
                || !(lowering.types().get(named.id()) instanceof UnionDecl inner)) {
            return List.of(new Option(at, type, kindOf(type)));
        }
        List<Option> options = new ArrayList<>();
        List<Branch> objects = inner.branches().stream().filter(b -> b.kind() == JsonKind.OBJECT).toList();
        for (Branch branch : inner.branches()) {
            if (branch.kind() != JsonKind.OBJECT) {
                options.add(new Option(at, branch.type(), branch.kind()));
            }
        }
        if (objects.size() == 1) {
            options.add(new Option(at, objects.get(0).type(), JsonKind.OBJECT));
        } else if (!objects.isEmpty()) {
            options.add(new Option(at, type, JsonKind.OBJECT));
        }
        return options;
    }

    private JsonKind kindOf(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING, DATE_TIME, DATE -> JsonKind.STRING;
                case INTEGER, BIG_INTEGER, NUMBER -> JsonKind.NUMBER;
                case BOOLEAN -> JsonKind.BOOLEAN;
                case ANY -> null;
            };
        }
        if (type instanceof TypeRef.ListOf) {
            return JsonKind.ARRAY;
        }
        if (type instanceof TypeRef.External external) {
            return external.kind();
        }
        if (type instanceof TypeRef.Named named) {
            TypeDecl decl = lowering.types().get(named.id());
            if (decl instanceof EnumDecl) {
                return JsonKind.STRING;
            }
            if (decl instanceof TupleDecl) {
                return JsonKind.ARRAY;
            }
            if (decl == null) {
                // Still being lowered (a type that refers back to itself): its schema says what it will be
                return kindOfSchema(named.id());
            }
        }
        return JsonKind.OBJECT;
    }

    /**
     * The kind of JSON value of a schema whose type is not decided yet, from the one kind it allows: an array that
     * refers back to itself becomes a list or a record read from the array, never an object. Objects otherwise.
     */
    private JsonKind kindOfSchema(SchemaRef at) {
        Shape shape = lowering.shapeOf(at);
        Kind only = shape.values() == null && !applies(shape) ? Lowering.only(shape.effectiveKinds()) : null;
        if (only == null) {
            return JsonKind.OBJECT;
        }
        return switch (only) {
            case ARRAY -> JsonKind.ARRAY;
            case STRING -> JsonKind.STRING;
            case INTEGER, NUMBER -> JsonKind.NUMBER;
            case BOOLEAN -> JsonKind.BOOLEAN;
            case OBJECT -> JsonKind.OBJECT;
        };
    }

    /** The type of a union of {@code options}: the one option, a declared union, or JSON when the JSON cannot tell. */
    private TypeRef decide(SchemaRef id, String description, List<Option> all) {
        List<Option> options = new ArrayList<>();
        for (Option option : all.stream().distinct().toList()) {
            if (option.type().equals(new TypeRef.Named(id))) {
                // A sealed interface cannot permit itself, and the branch accepts nothing the others do not
                lowering.problems().warning(ProblemCode.REF_CYCLE, lowering.schemas().locate(option.at()), "this "
                        + "branch refers back to the union it is a branch of, so it adds no value to it; left out");
            } else {
                options.add(option);
            }
        }
        if (options.isEmpty()) {
            return TypeRef.ANY;
        }
        if (options.size() == 1) {
            return options.get(0).type();
        }
        // In the order the kinds first appear, so that the branches keep the order of the schema
        Map<JsonKind, List<Option>> byKind = new LinkedHashMap<>();
        for (Option option : options) {
            if (option.kind() == null && lowering.isTooDeepType(option.at())) {
                lowering.typedTooDeep(id); // reported where the schema nests too deep
                return TypeRef.ANY;
            }
            if (option.kind() == null) {
                warn(option.at(), "this branch accepts any JSON value, so the union cannot choose a branch; typed as "
                        + "JsonNode");
                return TypeRef.ANY;
            }
            byKind.computeIfAbsent(option.kind(), k -> new ArrayList<>()).add(option);
        }
        List<Branch> branches = new ArrayList<>();
        List<String> discriminators = List.of();
        for (Map.Entry<JsonKind, List<Option>> entry : byKind.entrySet()) {
            List<Option> ofKind = entry.getValue();
            if (entry.getKey() != JsonKind.OBJECT) {
                branches.add(new Branch(widest(entry.getKey(), ofKind), entry.getKey(), List.of()));
                continue;
            }
            List<Option> named = ofKind.stream().filter(o -> o.type() instanceof TypeRef.Named).toList();
            // The objects of branches no property tells apart: one record of their properties, declared at the union
            // when objects are all it holds, beside it otherwise
            SchemaRef objects = byKind.size() == 1 ? id : id.child("type", "object");
            if (named.size() < ofKind.size()) {
                // An open map accepts every object: no property can choose among it and the others
                if (named.size() + ofKind.size() > 1 && ofKind.stream().map(Option::type).distinct().count() > 1) {
                    if (records(named)) {
                        branches.add(new Branch(merge(objects, description, named, true), JsonKind.OBJECT,
                                List.of()));
                    } else {
                        warn(ofKind.get(0).at(), "a branch accepts any object, so the union cannot choose among its "
                                + "object branches; objects are typed as a map of JsonNode");
                        branches.add(new Branch(new TypeRef.MapOf(TypeRef.ANY), JsonKind.OBJECT, List.of()));
                    }
                } else {
                    branches.add(new Branch(ofKind.get(0).type(), JsonKind.OBJECT, List.of()));
                }
                continue;
            }
            if (named.size() == 1) {
                branches.add(new Branch(named.get(0).type(), JsonKind.OBJECT, List.of()));
                continue;
            }
            discriminators = discriminators(id, named);
            if (discriminators.isEmpty()) {
                if (records(named)) {
                    branches.add(new Branch(merge(objects, description, named, false), JsonKind.OBJECT, List.of()));
                } else if (byKind.size() == 1) {
                    return TypeRef.ANY;
                } else {
                    branches.add(new Branch(new TypeRef.MapOf(TypeRef.ANY), JsonKind.OBJECT, List.of()));
                }
                continue;
            }
            for (Option option : named) {
                branches.add(new Branch(option.type(), JsonKind.OBJECT, keys(option.type(), discriminators)));
            }
        }
        if (branches.size() == 1) {
            return branches.get(0).type();
        }
        lowering.types().put(id, new UnionDecl(id, description, discriminators, branches));
        return new TypeRef.Named(id);
    }

    /** Whether every option is a record already declared, so that the options can be merged into one. */
    private boolean records(List<Option> options) {
        return !options.isEmpty() && options.stream().allMatch(o -> o.type() instanceof TypeRef.Named named
                && lowering.types().get(named.id()) instanceof RecordDecl);
    }

    /**
     * One record for the objects of several branches that no property tells apart, declared at {@code at}: every
     * property any branch declares, typed as the branches that declare it agree ({@code JsonNode} when they do not),
     * required and fixed only where every branch says so. A property that not every branch declares alike is
     * {@link Property#lenient() lenient}: a branch that does not declare it may hold any value there, which is then kept
     * as JSON. Nothing is lost; which branch an object meets is not said.
     *
     * @param anyObject whether a branch accepts any object besides these, so that no property is declared by all
     */
    private TypeRef merge(SchemaRef at, String description, List<Option> options, boolean anyObject) {
        List<RecordDecl> records = options.stream()
                .map(o -> (RecordDecl) lowering.types().get(((TypeRef.Named) o.type()).id()))
                .distinct().toList();
        Map<String, List<Property>> byName = new LinkedHashMap<>();
        records.forEach(record -> record.properties().forEach(property ->
                byName.computeIfAbsent(property.jsonName(), name -> new ArrayList<>()).add(property)));
        List<Property> properties = new ArrayList<>();
        byName.forEach((name, declared) -> {
            Property first = declared.get(0);
            boolean alike = declared.stream().allMatch(p -> p.type().equals(first.type()));
            boolean everywhere = !anyObject && declared.size() == records.size();
            boolean fixed = everywhere && declared.stream().allMatch(p -> Objects.equals(p.constant(),
                    first.constant()));
            TypeRef type = alike ? first.type() : TypeRef.ANY;
            String text = declared.stream().map(Property::description).filter(d -> !d.isEmpty()).findFirst()
                    .orElse("");
            properties.add(new Property(name, type, everywhere && declared.stream().allMatch(Property::required),
                    text, fixed ? first.constant() : null, first.schema(),
                    !type.equals(TypeRef.ANY) && (!everywhere || declared.stream().anyMatch(Property::lenient))));
        });
        TypeRef additional = !anyObject && records.stream().map(RecordDecl::additional).distinct().count() == 1
                ? records.get(0).additional() : null;
        lowering.types().put(at, new RecordDecl(at, description, properties, additional));
        options.stream().filter(o -> o.type().equals(new TypeRef.Named(o.at()))).forEach(o ->
                lowering.mergedAway(o.at()));
        return new TypeRef.Named(at);
    }

    /**
     * One type for several branches of the same kind of scalar or array: the type when they agree, otherwise the one
     * that holds every value of the kind ({@code String}, {@code BigDecimal}), or a list of JSON for arrays of different
     * items (with a warning).
     */
    private TypeRef widest(JsonKind kind, List<Option> options) {
        List<TypeRef> distinct = options.stream().map(Option::type).distinct().toList();
        if (distinct.size() == 1) {
            return distinct.get(0);
        }
        return switch (kind) {
            case STRING -> TypeRef.STRING;
            case NUMBER -> distinct.stream().allMatch(Unions::integral) ? new TypeRef.Scalar(ScalarKind.BIG_INTEGER)
                    : new TypeRef.Scalar(ScalarKind.NUMBER);
            case BOOLEAN -> new TypeRef.Scalar(ScalarKind.BOOLEAN);
            default -> {
                warn(options.get(1).at(), "two branches accept arrays of different items, and a list holds one type; "
                        + "typed as a list of JsonNode");
                yield new TypeRef.ListOf(TypeRef.ANY);
            }
        };
    }

    private static boolean integral(TypeRef type) {
        return type instanceof TypeRef.Scalar scalar
                && (scalar.kind() == ScalarKind.INTEGER || scalar.kind() == ScalarKind.BIG_INTEGER);
    }

    // ---- discriminators ----

    /**
     * The properties whose fixed values tell the object branches apart: one property when one does ({@code type}
     * preferred), otherwise two when only their combination does ({@code type} and {@code direction}); empty when
     * neither does, with a warning unless the branches are records, which are then merged ({@link #merge}).
     */
    private List<String> discriminators(SchemaRef id, List<Option> objects) {
        List<Map<String, Set<Constant>>> fixed = objects.stream().map(o -> fixedValues(o.type())).toList();
        Set<String> candidates = new TreeSet<>(fixed.get(0).keySet());
        fixed.forEach(f -> candidates.retainAll(f.keySet()));
        List<String> ordered = new ArrayList<>(candidates);
        ordered.sort((a, b) -> a.equals("type") ? (b.equals("type") ? 0 : -1) : b.equals("type") ? 1 : a.compareTo(b));
        for (String candidate : ordered) {
            if (clash(fixed, List.of(candidate)) == null) {
                return List.of(candidate);
            }
        }
        boolean records = objects.stream().allMatch(o -> lowering.types().get(((TypeRef.Named) o.type()).id())
                instanceof RecordDecl);
        for (int a = 0; records && a < ordered.size(); a++) {
            for (int b = a + 1; b < ordered.size(); b++) {
                if (clash(fixed, List.of(ordered.get(a), ordered.get(b))) == null) {
                    return List.of(ordered.get(a), ordered.get(b));
                }
            }
        }
        if (records(objects)) {
            return List.of(); // merged into one record, which holds every object of every branch: nothing is lost
        }
        int[] pair = ordered.isEmpty() ? null : clash(fixed, List.of(ordered.get(0)));
        if (pair != null) {
            Option first = objects.get(pair[0]);
            Option second = objects.get(pair[1]);
            Set<Constant> shared = new TreeSet<>(fixed.get(pair[0]).get(ordered.get(0)));
            shared.retainAll(fixed.get(pair[1]).get(ordered.get(0)));
            lowering.problems().warning(ProblemCode.DUPLICATE_DISCRIMINATOR, lowering.schemas().locate(second.at()),
                    "branches " + describe(first) + " and " + describe(second) + " both fix \"" + ordered.get(0)
                            + "\" to " + shared + ", and no second property tells them apart; their objects are "
                            + "kept as JSON");
        } else {
            warn(id, "no property is fixed (const or one-value enum) to a distinct value in every object branch, so "
                    + "the union cannot choose a branch; typed as JsonNode");
        }
        return List.of();
    }

    /** Two branches whose fixed values of {@code properties} meet, by index; null when every pair differs. */
    private static int[] clash(List<Map<String, Set<Constant>>> fixed, List<String> properties) {
        for (int i = 0; i < fixed.size(); i++) {
            for (int j = i + 1; j < fixed.size(); j++) {
                if (meet(keys(fixed.get(i), properties), keys(fixed.get(j), properties))) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }

    private static boolean meet(List<List<Constant>> a, List<List<Constant>> b) {
        return a.stream().anyMatch(b::contains);
    }

    /** Every combination of the values a branch fixes the properties to, in the order of {@code properties}. */
    private static List<List<Constant>> keys(Map<String, Set<Constant>> fixed, List<String> properties) {
        List<List<Constant>> keys = List.of(List.of());
        for (String property : properties) {
            List<List<Constant>> longer = new ArrayList<>();
            for (List<Constant> key : keys) {
                for (Constant value : fixed.get(property)) {
                    List<Constant> next = new ArrayList<>(key);
                    next.add(value);
                    longer.add(next);
                }
            }
            keys = longer;
        }
        return keys;
    }

    private List<List<Constant>> keys(TypeRef type, List<String> properties) {
        return keys(fixedValues(type), properties);
    }

    /** The properties an object type fixes, with the values it allows for each (several for a nested union). */
    private Map<String, Set<Constant>> fixedValues(TypeRef type) {
        return fixedValues(type, new HashSet<>());
    }

    private Map<String, Set<Constant>> fixedValues(TypeRef type, Set<SchemaRef> visiting) {
        Map<String, Set<Constant>> fixed = new TreeMap<>();
        if (!(type instanceof TypeRef.Named named) || !visiting.add(named.id())) {
            return fixed;
        }
        TypeDecl decl = lowering.types().get(named.id());
        if (decl instanceof RecordDecl record) {
            for (Property property : record.properties()) {
                if (property.constant() != null) {
                    fixed.put(property.jsonName(), new TreeSet<>(Set.of(property.constant())));
                }
            }
        } else if (decl instanceof UnionDecl union && !union.objectBranches().isEmpty()) {
            boolean first = true;
            for (Branch branch : union.objectBranches()) {
                Map<String, Set<Constant>> next = fixedValues(branch.type(), visiting);
                if (first) {
                    next.forEach((name, values) -> fixed.put(name, new TreeSet<>(values)));
                    first = false;
                } else {
                    fixed.keySet().retainAll(next.keySet());
                    fixed.forEach((name, values) -> values.addAll(next.get(name)));
                }
            }
        }
        return fixed;
    }

    /** A branch by its pointer, and by the schema it refers to when that is elsewhere. */
    private static String describe(Option branch) {
        String at = "#" + branch.at().pointer();
        return branch.type() instanceof TypeRef.Named named && !named.id().equals(branch.at())
                ? at + " (" + named.id() + ")"
                : at;
    }

    private void warn(SchemaRef at, String message) {
        lowering.problems().warning(ProblemCode.NO_DISCRIMINATOR, lowering.schemas().locate(at), message);
    }
}
