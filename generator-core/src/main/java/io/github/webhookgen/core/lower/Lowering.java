package io.github.webhookgen.core.lower;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.TypeName;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.lower.Shape.Kind;
import io.github.webhookgen.core.model.Constant;
import io.github.webhookgen.core.model.Dispatch;
import io.github.webhookgen.core.model.JsonKind;
import io.github.webhookgen.core.model.Property;
import io.github.webhookgen.core.model.ScalarKind;
import io.github.webhookgen.core.model.TypeDecl;
import io.github.webhookgen.core.model.TypeDecl.Branch;
import io.github.webhookgen.core.model.TypeDecl.EnumDecl;
import io.github.webhookgen.core.model.TypeDecl.RecordDecl;
import io.github.webhookgen.core.model.TypeDecl.TupleDecl;
import io.github.webhookgen.core.model.TypeDecl.UnionDecl;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.schema.SchemaRef;
import io.github.webhookgen.core.schema.SchemaSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Third stage: lowers resolved schemas to the {@link TypeModel}. A schema and the parts it applies as well
 * ({@code allOf}, {@code extends}, a {@code $ref} with siblings in 2019-09 and later) are merged into a {@link Shape};
 * its kinds of value decide the type: a record for objects with declared members, a map for other objects, a list or a
 * tuple for arrays, an enum or a scalar for the rest, and a union for a {@code oneOf}/{@code anyOf} or a {@code type}
 * of several kinds ({@link Unions}). A type that refers to itself through lists and maps gets a name of its own.
 */
public final class Lowering {

    private final SchemaSet schemas;
    private final Problems problems;
    private final Map<SchemaRef, TypeRef> lowered = new HashMap<>();
    private final Map<SchemaRef, TypeDecl> types = new TreeMap<>();
    private final Set<SchemaRef> checked = new HashSet<>();
    /** Schemas being lowered, for the cycles that do not pass through a record or a union. */
    private final Set<SchemaRef> inProgress = new HashSet<>();
    /** Schemas reached again while being lowered: they need a name of their own. */
    private final Set<SchemaRef> recursive = new HashSet<>();
    /** Types that stand for another one (a union of one branch that refers back to itself). */
    private final Map<SchemaRef, TypeRef> aliases = new HashMap<>();
    /** References that could not be followed (reported): a union leaves such a branch out. */
    private final Set<SchemaRef> broken = new HashSet<>();
    /** Where each schema that is a {@code $ref} leads, as {@link #follow} found it. */
    private final Map<SchemaRef, Followed> followed = new HashMap<>();
    /** Each cycle of {@code $ref}s found, by each of its schemas: the cycle from that schema on. */
    private final Map<SchemaRef, List<SchemaRef>> cycles = new HashMap<>();
    /** Schemas typed {@code JsonNode} because they are, or hold, a schema nested too deep ({@link #MAX_NESTING}). */
    private final Set<SchemaRef> tooDeep = new HashSet<>();
    /** The documents whose schemas nested too deep were reported: once each. */
    private final Set<String> tooDeepReported = new HashSet<>();
    private final Unions unions = new Unions(this);
    private final JavaTypeKeywords javaTypes;

    private final boolean strict;

    /**
     * @param strict whether an unresolvable {@code $ref} is an error; otherwise a warning, and the value is typed as
     *     {@code JsonNode}
     */
    public Lowering(SchemaSet schemas, Problems problems, boolean strict) {
        this.schemas = schemas;
        this.problems = problems;
        this.strict = strict;
        this.javaTypes = new JavaTypeKeywords(schemas, problems);
    }

    SchemaSet schemas() {
        return schemas;
    }

    Problems problems() {
        return problems;
    }

    Map<SchemaRef, TypeDecl> types() {
        return types;
    }

    void brokenRef(ProblemCode code, SchemaRef at, String message) {
        if (strict) {
            problems.error(code, schemas.locate(at), message);
        } else {
            problems.warning(code, schemas.locate(at), message + "; typed as JsonNode");
        }
    }

    /**
     * Lowers every document and every definition in it, then derives the dispatch from {@code dispatchRoot}
     * ({@link DispatchRoot#DEFAULT}: LivePerson's when the archive has it).
     */
    public TypeModel lower(DispatchRoot dispatchRoot) {
        schemas.documents().forEach((path, document) -> {
            SchemaRef root = new SchemaRef(path, "");
            typeOf(root);
            for (String container : List.of("definitions", "$defs")) {
                document.root().path(container).properties().forEach(member -> {
                    SchemaRef definition = root.child(container, member.getKey());
                    if (member.getValue().isObject() || member.getValue().isBoolean()) {
                        typeOf(definition);
                    } else {
                        problems.warning(ProblemCode.INVALID_SCHEMA, schemas.locate(definition), "a member of '"
                                + container + "' must be a schema (a JSON object or a boolean), not "
                                + kind(member.getValue()) + "; skipped");
                    }
                });
            }
        });
        Optional<Dispatch> dispatch = new DispatchDerivation(types, schemas, problems, this::typeOf)
                .derive(dispatchRoot);
        Map<SchemaRef, List<TypeName>> interfaces = new TreeMap<>();
        types.keySet().forEach(id -> {
            List<TypeName> named = javaTypes.interfaces(id);
            if (!named.isEmpty()) {
                interfaces.put(id, List.copyOf(named));
            }
        });
        return new TypeModel(settled(), dispatch, interfaces);
    }

    // ---- references ----

    /** The type of the schema at {@code at}, lowering it (and what it refers to) on first use. */
    TypeRef typeOf(SchemaRef at) {
        SchemaRef target = follow(at);
        if (target == null) {
            return TypeRef.ANY;
        }
        TypeRef type = typeOfTarget(target);
        if (tooDeep.contains(target)) {
            tooDeep.add(at);
        }
        return type;
    }

    private TypeRef typeOfTarget(SchemaRef target) {
        TypeRef known = lowered.get(target);
        if (known != null) {
            return known;
        }
        problems.at(() -> schemas.locate(target));
        if (isTooDeep(target)) {
            lowered.put(target, TypeRef.ANY);
            return TypeRef.ANY;
        }
        if (!inProgress.add(target)) {
            // Back at a schema being lowered, through lists, maps or branches: it becomes a declared type
            recursive.add(target);
            return new TypeRef.Named(target);
        }
        JsonNode node = schemas.node(target);
        checkKeywords(target, node);
        TypeRef type = classify(target, node);
        inProgress.remove(target);
        if (recursive.contains(target) && !type.equals(new TypeRef.Named(target))) {
            type = nameRecursive(target, type);
        }
        lowered.put(target, type);
        return type;
    }

    // ---- depth ----

    /**
     * How deep schemas may nest in one document, the document itself being 1 deep and each subschema one deeper than
     * the schema it is in ({@code properties/x}, {@code items}, {@code allOf/0} and the like are one step each). A
     * schema nested deeper is typed {@code JsonNode}, with one {@link ProblemCode#TOO_DEEP} warning per document; so is
     * one whose {@code allOf} (or {@code extends}) parts lie deeper, and a union whose branches do. 32 is more than
     * twice the deepest nesting among the 951 schemas of SchemaStore (14), and keeps what the stages that follow
     * schemas by recursion do with one document bounded; beyond it, the types would be inline records inside inline
     * records that nobody names or reads. Lists of lists stop at the same depth ({@link #MAX_CONTAINER_DEPTH}).
     */
    static final int MAX_NESTING = 32;

    /** Whether the schema at {@code at} is nested deeper than {@link #MAX_NESTING}; reported once per document. */
    private boolean isTooDeep(SchemaRef at) {
        if (nesting(at) <= MAX_NESTING) {
            return false;
        }
        tooDeep.add(at);
        if (tooDeepReported.add(at.file())) {
            problems.warning(ProblemCode.TOO_DEEP, schemas.locate(at), "schema nested more than " + MAX_NESTING
                    + " deep in its document; typed as JsonNode, as is every schema of this file nested as deep");
        }
        return true;
    }

    /** Whether the type of the schema at {@code at} is {@code JsonNode} because of a schema nested too deep. */
    boolean isTooDeepType(SchemaRef at) {
        return tooDeep.contains(at);
    }

    /** Remembers that the schema at {@code at} is typed {@code JsonNode} because of a schema nested too deep. */
    void typedTooDeep(SchemaRef at) {
        tooDeep.add(at);
    }

    /** Keywords whose subschemas are each named by the segment after them: a member name or an index. */
    private static final Set<String> NAMED_SUBSCHEMAS = Set.of("properties", "patternProperties", "definitions",
            "$defs", "dependentSchemas", "dependencies", "allOf", "anyOf", "oneOf", "prefixItems");

    /**
     * How deep the schema at {@code at} is nested in its document: 1 for the document, one more for each keyword that
     * holds a subschema on the way ({@code properties/x}, {@code items}, {@code items/0}, {@code allOf/1} count one).
     */
    static int nesting(SchemaRef at) {
        if (at.pointer().isEmpty()) {
            return 1;
        }
        int depth = 1;
        String keyword = null;
        for (String segment : at.pointer().substring(1).split("/", -1)) {
            boolean index = !segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9');
            if (keyword != null && (NAMED_SUBSCHEMAS.contains(keyword) || index
                    && (keyword.equals("items") || keyword.equals("extends")))) {
                keyword = null; // the member name or index after its keyword: one step with it
            } else {
                depth++;
                keyword = segment;
            }
        }
        return depth;
    }

    /** Whether the reference at {@code at} could not be followed (and was reported). */
    boolean isBroken(SchemaRef at) {
        return broken.contains(at);
    }

    /**
     * A type that contains itself through a list or a map ({@code "additionalProperties": {"$ref": "#"}}): Java has no
     * type aliases, so it is declared, as a record whose other properties are of its own type, or a record read from
     * the array.
     */
    private TypeRef nameRecursive(SchemaRef at, TypeRef type) {
        String description = shapeOf(at).description();
        if (type instanceof TypeRef.MapOf map) {
            types.put(at, new RecordDecl(at, description, List.of(), map.value()));
        } else if (type instanceof TypeRef.ListOf list) {
            types.put(at, new TupleDecl(at, description, List.of(), list.element()));
        } else {
            aliases.put(at, type);
            return type;
        }
        return new TypeRef.Named(at);
    }

    /** Remembers that the schema at {@code at} is a declared type, before what it contains is lowered. */
    TypeRef declare(SchemaRef at) {
        TypeRef self = new TypeRef.Named(at);
        lowered.put(at, self);
        return self;
    }

    /** Remembers the type of a schema that turned out not to be the declared type {@link #declare} assumed. */
    void settle(SchemaRef at, TypeRef type) {
        lowered.put(at, type);
        if (!type.equals(new TypeRef.Named(at))) {
            aliases.put(at, type);
        }
    }

    /**
     * Follows a chain of {@code $ref}s to the schema that defines something; null when it cannot (reported) or when
     * it ends at a JSON Schema meta-schema (any JSON value). Where each schema of a chain leads is remembered, and so
     * is each cycle, so that following every link of a chain of a thousand references costs a thousand steps, not a
     * million.
     */
    SchemaRef follow(SchemaRef at) {
        Set<SchemaRef> seen = new LinkedHashSet<>();
        SchemaRef current = at;
        while (true) {
            Followed known = followed.get(current);
            if (known != null) {
                return remember(seen, known, at);
            }
            JsonNode node = schemas.nodeOrNull(current);
            if (node == null || !node.isObject() || !node.path("$ref").isTextual() || composite(current, node)) {
                return remember(seen, new Followed(current, false), at);
            }
            List<SchemaRef> cycle = cycles.get(current);
            if (cycle != null || !seen.add(current)) {
                List<SchemaRef> chain = new ArrayList<>(seen);
                if (cycle == null) {
                    cycle = chain.subList(chain.indexOf(current), chain.size());
                    for (int i = 0; i < cycle.size(); i++) {
                        List<SchemaRef> rotated = new ArrayList<>(cycle.subList(i, cycle.size()));
                        rotated.addAll(cycle.subList(0, i));
                        cycles.put(cycle.get(i), List.copyOf(rotated));
                    }
                } else {
                    chain.addAll(cycle);
                }
                chain.add(current);
                brokenRef(ProblemCode.REF_CYCLE, at, "$ref chain never reaches a schema: " + describe(chain));
                lowered.put(at, TypeRef.ANY);
                broken.add(at);
                return null;
            }
            warnRefSiblings(current, node);
            String ref = node.get("$ref").asText();
            SchemaRef refAt = current.child("$ref");
            SchemaSet.Resolution resolution = schemas.resolve(current, ref);
            if (resolution instanceof SchemaSet.Resolution.Found found) {
                if (found.guess() != null && checked.add(refAt)) {
                    problems.warning(ProblemCode.NON_STANDARD_KEYWORD, schemas.locate(refAt),
                            "$ref \"" + ref + "\" " + found.guess());
                }
                current = found.target();
            } else if (resolution instanceof SchemaSet.Resolution.Metaschema) {
                // the value is a schema: any JSON value, without a warning
                return remember(seen, new Followed(null, false), at);
            } else if (resolution instanceof SchemaSet.Resolution.Unresolved unresolved) {
                brokenRef(ProblemCode.UNRESOLVED_REF, refAt, "$ref \"" + ref + "\": " + unresolved.reason());
                return remember(seen, new Followed(null, true), at);
            } else {
                brokenRef(ProblemCode.BAD_POINTER, refAt,
                        "$ref \"" + ref + "\": " + ((SchemaSet.Resolution.Missing) resolution).reason());
                return remember(seen, new Followed(null, true), at);
            }
        }
    }

    /**
     * Where a chain of {@code $ref}s leads: the schema that defines something, or null for a meta-schema or a
     * reference that cannot be followed ({@code broken}, reported where it is).
     */
    private record Followed(SchemaRef target, boolean broken) {}

    /** Remembers where each schema of {@code chain} leads; returns the target for {@code at}. */
    private SchemaRef remember(Set<SchemaRef> chain, Followed end, SchemaRef at) {
        chain.forEach(link -> followed.put(link, end));
        if (end.broken()) {
            broken.add(at);
        }
        return end.target();
    }

    /**
     * Whether a {@code $ref} stands beside keywords that shape the type and apply too (2019-09 and later: 2020-12 Core
     * §8.2.3.1, "$ref" is an applicator like the others), so that the schema is the referenced one and its siblings
     * together, as in {@code allOf}. In draft-04 to draft-07 the siblings are ignored (draft-07 Core §8.3).
     */
    private boolean composite(SchemaRef at, JsonNode node) {
        if (!schemas.refSiblingsApply(at)) {
            return false;
        }
        Iterator<String> keys = node.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!key.equals("$ref") && Keywords.shapesBesideRef(key, node.get(key))) {
                return true;
            }
        }
        return false;
    }

    /** How many links of a {@code $ref} chain a message names at each end when it is longer than twice that. */
    private static final int LINKS_SHOWN = 5;

    /** A chain of {@code $ref}s for a message: {@code A.json# -> B.json# -> ...}, its middle left out when long. */
    private static String describe(List<SchemaRef> chain) {
        List<String> links = chain.stream().map(SchemaRef::toString).toList();
        if (links.size() <= 2 * LINKS_SHOWN + 1) {
            return String.join(" -> ", links);
        }
        return String.join(" -> ", links.subList(0, LINKS_SHOWN)) + " -> ... (" + (links.size() - 2 * LINKS_SHOWN)
                + " more) -> " + String.join(" -> ", links.subList(links.size() - LINKS_SHOWN, links.size()));
    }

    /**
     * Warns about the keywords beside a {@code $ref} that would shape the type where they are ignored: in draft-04 to
     * draft-07 the referenced schema applies as it is (draft-07 Core §8.3); in 2019-09 and later such a {@code $ref}
     * is {@linkplain #composite composite}. Annotations beside it are silent.
     */
    private void warnRefSiblings(SchemaRef at, JsonNode node) {
        if (!checked.add(at) || composite(at, node)) {
            return;
        }
        node.properties().forEach(field -> {
            String key = field.getKey();
            if (Keywords.shapesBesideRef(key, field.getValue())) {
                problems.warning(ProblemCode.UNSUPPORTED_KEYWORD, schemas.locate(at.child(key)),
                        "'" + key + "' beside $ref is ignored (the referenced schema applies as it is)");
            } else if (Keywords.JAVA_TYPE.contains(key)) {
                problems.warning(ProblemCode.UNSUPPORTED_KEYWORD, schemas.locate(at.child(key)),
                        "'" + key + "' beside $ref is ignored (the referenced schema applies as it is; put it on the "
                                + "referenced schema)");
            } else if (Keywords.jsonschema2pojoUnsupported(key) != null) {
                problems.warning(ProblemCode.UNSUPPORTED_KEYWORD, schemas.locate(at.child(key)),
                        Keywords.jsonschema2pojoUnsupported(key));
            } else {
                warnMisspelled(at, key);
            }
        });
    }

    /**
     * Warns about the keywords of a schema that would change the Java type and are ignored; every other keyword is an
     * annotation or a validation constraint and is silent (see {@link Keywords}).
     */
    private void checkKeywords(SchemaRef at, JsonNode node) {
        if (node == null || !node.isObject() || !checked.add(at)) {
            return;
        }
        node.properties().forEach(field -> {
            String key = field.getKey();
            SchemaRef keyAt = at.child(key);
            if (Keywords.unsupportedShape(key, field.getValue())) {
                problems.warning(ProblemCode.UNSUPPORTED_KEYWORD, schemas.locate(keyAt),
                        "'" + key + "' cannot be expressed in the generated types; ignored");
            } else if (Keywords.jsonschema2pojoUnsupported(key) != null) {
                problems.warning(ProblemCode.UNSUPPORTED_KEYWORD, schemas.locate(keyAt),
                        Keywords.jsonschema2pojoUnsupported(key));
            } else if (key.equals("required") && field.getValue().isBoolean()) {
                problems.warning(ProblemCode.NON_STANDARD_KEYWORD, schemas.locate(keyAt),
                        "'required' as a boolean is draft-03 style; ignored");
            } else {
                warnMisspelled(at, key);
            }
        });
    }

    /** A keyword that shapes types, written in another case, is most likely meant as that keyword. */
    private void warnMisspelled(SchemaRef at, String key) {
        String keyword = Keywords.misspelled(key);
        if (keyword != null) {
            problems.warning(ProblemCode.NON_STANDARD_KEYWORD, schemas.locate(at.child(key)),
                    "'" + key + "' is not a JSON Schema keyword (" + keyword + " is); ignored");
        }
    }


    // ---- shapes ----

    /** The schema at {@code at} merged with the parts it applies as well. */
    Shape shapeOf(SchemaRef at) {
        Shape.Builder builder = new Shape.Builder(at);
        addParts(at, builder, new HashSet<>(), true);
        return builder.build();
    }

    /**
     * The schema at {@code at} merged with {@code base}, the parts of an enclosing schema whose {@code oneOf} or
     * {@code anyOf} it is a branch of (an instance meets both): the base's own unions are left out.
     */
    Shape shapeOf(SchemaRef at, List<SchemaRef> base) {
        Shape.Builder builder = new Shape.Builder(at);
        Set<SchemaRef> seen = new HashSet<>();
        for (SchemaRef part : base) {
            JsonNode node = schemas.nodeOrNull(part);
            if (node != null && node.isObject() && seen.add(part)) {
                builder.addWithoutUnions(part, node);
            }
        }
        SchemaRef target = follow(at);
        if (target != null) {
            addParts(target, builder, seen, true);
        }
        return builder.build();
    }

    private void addParts(SchemaRef at, Shape.Builder builder, Set<SchemaRef> seen, boolean withUnions) {
        JsonNode node = schemas.nodeOrNull(at);
        if (node == null || !node.isObject() || !seen.add(at)) {
            return;
        }
        problems.at(() -> schemas.locate(at));
        if (isTooDeep(at)) {
            builder.tooDeep();
            return;
        }
        warnTypes(at, node);
        if (withUnions) {
            builder.add(at, node);
        } else {
            builder.addWithoutUnions(at, node);
        }
        for (SchemaRef included : included(at, node)) {
            SchemaRef part = follow(included);
            if (part != null) {
                checkKeywords(part, schemas.node(part));
                addParts(part, builder, seen, withUnions);
            }
        }
    }

    /**
     * The schemas {@code at} applies as well: {@code allOf}; draft-03 {@code extends}, a schema or an array of schemas
     * whose constraints the instance must also meet (draft-03 §5.26); and the target of a {@code $ref} whose siblings
     * apply too (see {@link #composite}).
     */
    private List<SchemaRef> included(SchemaRef at, JsonNode node) {
        List<SchemaRef> included = new ArrayList<>();
        JsonNode allOf = node.path("allOf");
        for (int i = 0; i < allOf.size() && allOf.isArray(); i++) {
            included.add(at.child("allOf", String.valueOf(i)));
        }
        JsonNode extended = node.path("extends");
        if (extended.isObject()) {
            included.add(at.child("extends"));
        }
        for (int i = 0; i < extended.size() && extended.isArray(); i++) {
            included.add(at.child("extends", String.valueOf(i)));
        }
        if (node.path("$ref").isTextual() && composite(at, node)) {
            SchemaRef target = followRef(at, node);
            if (target != null) {
                included.add(target);
            }
        }
        return included;
    }

    /** The target of the {@code $ref} of a schema that is more than its reference. */
    private SchemaRef followRef(SchemaRef at, JsonNode node) {
        SchemaSet.Resolution resolution = schemas.resolve(at, node.get("$ref").asText());
        if (resolution instanceof SchemaSet.Resolution.Found found) {
            return found.target();
        }
        if (!(resolution instanceof SchemaSet.Resolution.Metaschema)) {
            String reason = resolution instanceof SchemaSet.Resolution.Unresolved unresolved ? unresolved.reason()
                    : ((SchemaSet.Resolution.Missing) resolution).reason();
            brokenRef(resolution instanceof SchemaSet.Resolution.Unresolved ? ProblemCode.UNRESOLVED_REF
                    : ProblemCode.BAD_POINTER, at.child("$ref"), "$ref \"" + node.get("$ref").asText() + "\": "
                    + reason);
        }
        return null;
    }

    /** A {@code type} a vendor wrote that no draft defines: read as the standard type it means, with a warning. */
    private void warnTypes(SchemaRef at, JsonNode node) {
        JsonNode type = node.get("type");
        if (type == null || !checked.add(at.child("type"))) {
            return;
        }
        List<JsonNode> names = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(names::add);
        } else {
            names.add(type);
        }
        for (JsonNode name : names) {
            String value = name.asText();
            String standard = standardType(value);
            if (standard.equals(value) && !value.equals("any")) {
                continue;
            }
            problems.warning(ProblemCode.NON_STANDARD_KEYWORD, schemas.locate(at.child("type")),
                    standard.equals("any")
                            ? "\"type\": \"" + value + "\" is not a JSON Schema type; read as any JSON value"
                            : "\"type\": \"" + value + "\" is not a JSON Schema type; read as \"" + standard + "\"");
        }
    }

    /**
     * The standard type a {@code type} name means: itself for the seven of JSON Schema, {@code integer} for a vendor's
     * {@code Long} or {@code int}, {@code any} for anything else.
     */
    static String standardType(String name) {
        return switch (name) {
            case "object", "array", "string", "integer", "number", "boolean", "null" -> name;
            case "Long", "long", "Integer", "int", "short", "Short" -> "integer";
            default -> "any";
        };
    }

    // ---- types ----

    private TypeRef classify(SchemaRef at, JsonNode node) {
        if (node == null || node.isBoolean()) {
            return TypeRef.ANY;
        }
        if (!node.isObject()) {
            problems.warning(ProblemCode.INVALID_SCHEMA, schemas.locate(at),
                    "a schema must be a JSON object or a boolean, not " + kind(node) + "; typed as JsonNode");
            return TypeRef.ANY;
        }
        return lower(at, shapeOf(at));
    }

    /**
     * The type of values of {@code shape}, declared at {@code id} when it needs a declaration; the class the schema
     * names with {@code existingJavaType}, or with {@code javaType} when it declares no type, instead.
     */
    TypeRef lower(SchemaRef id, Shape shape) {
        if (shape.tooDeep()) {
            tooDeep.add(id);
            return TypeRef.ANY;
        }
        SchemaRef self = follow(id);
        TypeRef existing = self == null ? null : javaTypes.existingJavaType(self, shape);
        if (existing != null) {
            return existing;
        }
        TypeRef type = lowerShape(id, shape);
        TypeRef named = self == null ? null : javaTypes.javaType(self, shape, type);
        return named != null ? named : type;
    }

    private TypeRef lowerShape(SchemaRef id, Shape shape) {
        if (listsScalars(shape)) {
            // Every valid value is one of those listed: their type holds them, whatever a oneOf beside them says, and
            // a property fixed to one value keeps the type of that value
            return fromValues(id, shape);
        }
        if (unions.applies(shape)) {
            return unions.lower(id, shape);
        }
        if (shape.values() != null) {
            return fromValues(id, shape);
        }
        Set<Kind> kinds = shape.effectiveKinds();
        if (kinds.isEmpty()) {
            return TypeRef.ANY;
        }
        Kind only = only(kinds);
        return only != null ? lowerKind(id, shape, only) : unions.byKind(id, shape, kinds);
    }

    /** The one kind of a set, counting {@code integer} as part of {@code number}; null when there are more. */
    static Kind only(Set<Kind> kinds) {
        if (kinds.size() == 1) {
            return kinds.iterator().next();
        }
        return kinds.size() == 2 && kinds.contains(Kind.NUMBER) && kinds.contains(Kind.INTEGER) ? Kind.NUMBER : null;
    }

    /** The type of values of {@code shape} that are of one {@code kind}. */
    TypeRef lowerKind(SchemaRef id, Shape shape, Kind kind) {
        return switch (kind) {
            case OBJECT -> object(id, shape);
            case ARRAY -> array(id, shape);
            case STRING, INTEGER, NUMBER, BOOLEAN -> new TypeRef.Scalar(Scalars.of(kind, shape));
        };
    }

    // ---- enums and constants ----

    /**
     * The type of a schema whose values are listed ({@code enum}, {@code const}): an enum for two or more strings, the
     * scalar of one value or of values of one kind, a union by kind for values of several.
     */
    private TypeRef fromValues(SchemaRef id, Shape shape) {
        List<JsonNode> values = shape.values().stream().filter(v -> !v.isNull()).toList();
        Set<Kind> kinds = new LinkedHashSet<>();
        values.forEach(value -> kinds.add(Kind.of(value)));
        if (values.isEmpty() || kinds.contains(null) || kinds.contains(Kind.OBJECT) || kinds.contains(Kind.ARRAY)) {
            return TypeRef.ANY;
        }
        if (kinds.equals(Set.of(Kind.STRING))) {
            List<String> strings = values.stream().map(JsonNode::asText).distinct().toList();
            if (strings.size() > MAX_ENUM_VALUES) {
                problems.warning(ProblemCode.UNSUPPORTED_KEYWORD, schemas.locate(listedAt(id, shape)), "an enum of "
                        + strings.size() + " values is more than the generated Java enum holds (" + MAX_ENUM_VALUES
                        + "); typed as String");
                return TypeRef.STRING;
            }
            if (strings.size() > 1) {
                types.put(id, new EnumDecl(id, shape.description(), strings));
                return new TypeRef.Named(id);
            }
            return TypeRef.STRING;
        }
        Kind only = only(kinds);
        return only != null ? lowerKind(id, shape, only) : unions.byKind(id, shape, kinds);
    }

    /**
     * The most values a string {@code enum} becomes a Java enum with; one with more is typed {@code String}. javac
     * stops near 2,000 (its limit of 64 KiB of code for a method, which the generated {@code fromValue} switch reaches
     * first); half of that leaves room for long values, and is more than the longest lists of names schemas have
     * (countries, currencies, languages, time zones: a few hundred).
     */
    static final int MAX_ENUM_VALUES = 1_000;

    /** Where the {@code enum} listing the values of {@code shape} is: in the schema itself or in one of its parts. */
    private SchemaRef listedAt(SchemaRef id, Shape shape) {
        for (SchemaRef part : shape.parts()) {
            JsonNode node = schemas.nodeOrNull(part);
            if (node != null && node.path("enum").isArray()) {
                return part.child("enum");
            }
        }
        return id;
    }

    /** Whether the schema lists its values ({@code enum}, {@code const}) and they are strings, numbers or booleans. */
    private static boolean listsScalars(Shape shape) {
        if (shape.values() == null) {
            return false;
        }
        List<JsonNode> values = shape.values().stream().filter(v -> !v.isNull()).toList();
        return !values.isEmpty() && values.stream().allMatch(v -> v.isTextual() || v.isNumber() || v.isBoolean());
    }

    /** The single value a schema fixes an instance to: {@code const}, or an {@code enum} of one scalar. */
    static Constant constant(JsonNode node) {
        JsonNode value = node.has("const") ? node.get("const")
                : node.path("enum").isArray() && node.get("enum").size() == 1 ? node.get("enum").get(0) : null;
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return Constant.string(value.asText());
        }
        if (value.isBoolean()) {
            return Constant.bool(value.asBoolean());
        }
        return value.isNumber() ? Constant.number(value.decimalValue()) : null;
    }

    // ---- objects ----

    /**
     * A record for an object with declared properties, a map for any other object. An object that types only the
     * properties whose names match a pattern, and allows any other, is a record too: its typed map holds the values of
     * the type, and the JSON of the others is kept beside it.
     */
    private TypeRef object(SchemaRef id, Shape shape) {
        if (shape.properties().isEmpty()) {
            TypeRef values = others(shape);
            if (values == null || shape.additional() != null || shape.closed() || shape.patterns().isEmpty()
                    || shape.patterns().keySet().stream().anyMatch(Lowering::matchesEveryName)) {
                return new TypeRef.MapOf(values == null ? TypeRef.ANY : contained(id, values));
            }
        }
        TypeRef self = declare(id);
        List<Property> properties = new ArrayList<>();
        shape.properties().forEach((name, declarations) ->
                properties.add(property(name, declarations, shape.required().contains(name))));
        TypeRef others = others(shape);
        types.put(id, new RecordDecl(id, shape.description(), properties, others == null ? null
                : contained(id, others)));
        return self;
    }

    /**
     * The type of the properties an object does not declare by name: its {@code additionalProperties} schema, or the
     * one type of its {@code patternProperties}; null when the schema does not type them (they are kept as JSON).
     */
    private TypeRef others(Shape shape) {
        List<SchemaRef> schemasOfOthers = new ArrayList<>(shape.patterns().values());
        if (shape.additional() != null) {
            schemasOfOthers.add(0, shape.additional());
        }
        TypeRef type = null;
        for (SchemaRef other : schemasOfOthers) {
            TypeRef next = typeOf(other);
            if (type != null && !type.equals(next)) {
                problems.warning(ProblemCode.UNSUPPORTED_KEYWORD, schemas.locate(other), "properties by pattern "
                        + "have values of different types; the values of properties not declared by name are kept "
                        + "as JsonNode");
                return null;
            }
            type = next;
        }
        return type;
    }

    /**
     * Whether a {@code patternProperties} pattern matches every property name, as {@code .*} and {@code ^.+$} do.
     * Patterns are not anchored (JSON Schema Core 2020-12, section 6.4), so the empty pattern matches every name too.
     */
    static boolean matchesEveryName(String pattern) {
        return MATCH_EVERY_NAME.contains(pattern);
    }

    private static final Set<String> MATCH_EVERY_NAME = Set.of("", "^", "$", ".*", "^.*", ".*$", "^.*$", ".+", "^.+",
            ".+$", "^.+$", "[\\s\\S]*", "^[\\s\\S]*$");

    /**
     * A declared property. When several parts of an {@code allOf} declare it, the narrowest declaration decides its
     * type (one that fixes its value, otherwise the first that shapes it), so that a discriminator a part narrows with
     * {@code const} keeps its value in whichever order the parts come; two parts fixing different values are a
     * contradiction, reported.
     */
    private Property property(String name, List<SchemaRef> declarations, boolean required) {
        SchemaRef decisive = null;
        Constant constant = null;
        String description = "";
        for (SchemaRef declaration : declarations) {
            SchemaRef target = follow(declaration);
            JsonNode node = target == null ? null : schemas.nodeOrNull(target);
            Constant fixed = node == null || !node.isObject() ? null : constant(node);
            if (fixed != null && constant != null && !fixed.equals(constant)) {
                problems.warning(ProblemCode.INVALID_SCHEMA, schemas.locate(declaration), "property \"" + name
                        + "\" is fixed to " + constant + " and to " + fixed + " by two parts of the same schema, so no "
                        + "value is valid; typed by the first");
            }
            if (fixed != null && constant == null) {
                constant = fixed;
                decisive = declaration;
            }
            if (decisive == null && node != null && shapes(node)) {
                decisive = declaration;
            }
            if (description.isEmpty()) {
                description = description(schemas.node(declaration));
                if (description.isEmpty() && node != null) {
                    description = description(node);
                }
            }
        }
        SchemaRef schema = decisive == null ? declarations.get(0) : decisive;
        TypeRef type = typeOf(schema);
        if (constant != null && !(type instanceof TypeRef.External) && !holds(type, constant)) {
            boolean tooLong = type.equals(new TypeRef.Scalar(ScalarKind.BIG_INTEGER)) && !constant.isInteger();
            problems.warning(ProblemCode.INVALID_SCHEMA, schemas.locate(schema), "property \"" + name + "\" is fixed "
                    + "to " + constant + (tooLong
                            ? ", an integer of more than " + Constant.MAX_PLAIN_DIGITS + " digits, which no BigInteger "
                                    + "is read with; typed BigInteger, and not fixed"
                            : ", a value the rest of its schema does not allow; typed by the rest, and not fixed"));
            constant = null;
        }
        // A class of the user's reads the value as it will: the value the schema fixes is not the generated code's
        return new Property(name, type, required, description, type instanceof TypeRef.External ? null : constant,
                schema);
    }

    /**
     * Whether a value of {@code type} can be {@code constant}, so that the generated code can fix the property to it:
     * the schema's other keywords may allow no such value, as when {@code "const": "a"} stands beside a {@code $ref}
     * to an array, which leaves the type {@code JsonNode}.
     */
    private static boolean holds(TypeRef type, Constant constant) {
        if (!(type instanceof TypeRef.Scalar scalar)) {
            return false;
        }
        return switch (constant.kind()) {
            case STRING -> scalar.kind() == ScalarKind.STRING;
            case BOOLEAN -> scalar.kind() == ScalarKind.BOOLEAN;
            default -> scalar.kind() == ScalarKind.NUMBER
                    || scalar.kind() == ScalarKind.INTEGER && constant.isLong()
                    || scalar.kind() == ScalarKind.BIG_INTEGER && constant.isInteger();
        };
    }

    /** Whether a schema says anything of the shape of its values (rather than only annotating or validating). */
    static boolean shapes(JsonNode node) {
        for (String keyword : List.of("type", "$ref", "properties", "additionalProperties", "patternProperties",
                "items", "prefixItems", "enum", "const", "oneOf", "anyOf", "allOf", "extends", "format")) {
            if (node.has(keyword)) {
                return true;
            }
        }
        return false;
    }

    // ---- arrays ----

    /**
     * Lists and maps nested in one another deeper than this are typed {@code JsonNode}: javac and readers of the code
     * would not cope. Within a document {@link #MAX_NESTING} stops them first; this stops lists and maps that nest
     * through {@code $ref}s from document to document.
     */
    static final int MAX_CONTAINER_DEPTH = 32;

    /**
     * A list for an array of items of one type; a tuple for an array whose leading items have types of their own
     * ({@code prefixItems}, draft-04 {@code items} as an array) that differ from each other or from the rest.
     */
    private TypeRef array(SchemaRef id, Shape shape) {
        if (shape.prefixItems().isEmpty()) {
            return new TypeRef.ListOf(contained(id, shape.items() == null ? TypeRef.ANY : typeOf(shape.items())));
        }
        TypeRef self = declare(id);
        List<TypeRef> items = shape.prefixItems().stream().map(this::typeOf).toList();
        TypeRef rest = shape.noMoreItems() ? null : shape.items() == null ? TypeRef.ANY : typeOf(shape.items());
        boolean alike = items.stream().distinct().count() == 1 && (rest == null || rest.equals(items.get(0)));
        if (alike) {
            TypeRef list = new TypeRef.ListOf(contained(id, items.get(0)));
            settle(id, list);
            return list;
        }
        types.put(id, new TupleDecl(id, shape.description(), items, rest));
        return self;
    }

    /**
     * {@code inner}, the type of the items or values of a list or map declared at {@code at}; {@code JsonNode}, with a
     * warning, when it is a list or map nested {@link #MAX_CONTAINER_DEPTH} deep already.
     */
    private TypeRef contained(SchemaRef at, TypeRef inner) {
        int depth = 0;
        for (TypeRef type = inner; type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf;
                type = type instanceof TypeRef.ListOf list ? list.element() : ((TypeRef.MapOf) type).value()) {
            depth++;
        }
        if (depth < MAX_CONTAINER_DEPTH) {
            return inner;
        }
        problems.warning(ProblemCode.TOO_DEEP, schemas.locate(at), "lists and maps nested more than "
                + MAX_CONTAINER_DEPTH + " deep; the inner ones are typed as JsonNode");
        return TypeRef.ANY;
    }

    /** The JSON type of a value that is not a schema, for messages: {@code a string}, {@code an array}. */
    static String kind(JsonNode value) {
        String type = value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        return (type.startsWith("a") ? "an " : "a ") + type;
    }

    static String description(JsonNode node) {
        JsonNode description = node == null ? null : node.path("description");
        return description != null && description.isTextual() ? description.asText().strip() : "";
    }

    /**
     * Every declaration, its references settled: a type that turned out to stand for another refers to that one, and
     * one that turned out not to be declarable ({@code JsonNode}) is {@code JsonNode} where it is used.
     */
    private SortedMap<SchemaRef, TypeDecl> settled() {
        declareSelfContaining();
        SortedMap<SchemaRef, TypeDecl> result = new TreeMap<>();
        types.forEach((id, decl) -> result.put(id, settle(decl)));
        return result;
    }

    /**
     * Declares the types that turn out to contain themselves through lists and maps only once settled, as
     * {@link #nameRecursive} does for those found while lowering: a union whose only branch left is a map of the union
     * itself ({@code {"$ref": "#/definitions/Bag", "oneOf": [{"$ref": "#/definitions/Bag/additionalProperties"}]}}).
     * Without a declaration, the type would be an endless {@code Map<String, Map<String, ...>>}.
     */
    private void declareSelfContaining() {
        for (SchemaRef id : new TreeSet<>(aliases.keySet())) {
            TypeRef alias = aliases.get(id);
            boolean container = alias instanceof TypeRef.MapOf || alias instanceof TypeRef.ListOf;
            if (container && !types.containsKey(id) && contains(alias, id, new HashSet<>())) {
                nameRecursive(id, alias);
            }
        }
    }

    /** Whether {@code type}, its aliases followed, contains the type declared or aliased at {@code id}. */
    private boolean contains(TypeRef type, SchemaRef id, Set<SchemaRef> seen) {
        if (type instanceof TypeRef.Named named) {
            return named.id().equals(id) || !types.containsKey(named.id()) && aliases.containsKey(named.id())
                    && seen.add(named.id()) && contains(aliases.get(named.id()), id, seen);
        }
        if (type instanceof TypeRef.ListOf list) {
            return contains(list.element(), id, seen);
        }
        return type instanceof TypeRef.MapOf map && contains(map.value(), id, seen);
    }

    private TypeDecl settle(TypeDecl decl) {
        if (decl instanceof RecordDecl r) {
            return new RecordDecl(r.id(), r.description(), r.properties().stream()
                    .map(p -> new Property(p.jsonName(), fix(p.type()), p.required(), p.description(), p.constant(),
                            p.schema()))
                    .toList(), r.additional() == null ? null : fix(r.additional()));
        }
        if (decl instanceof UnionDecl u) {
            return new UnionDecl(u.id(), u.description(), u.discriminators(), u.branches().stream()
                    .map(b -> new Branch(fix(b.type()), b.kind(), b.keys()))
                    .toList());
        }
        if (decl instanceof TupleDecl t) {
            return new TupleDecl(t.id(), t.description(), t.items().stream().map(this::fix).toList(),
                    t.rest() == null ? null : fix(t.rest()));
        }
        return decl;
    }

    private TypeRef fix(TypeRef type) {
        if (type instanceof TypeRef.Named named) {
            Set<SchemaRef> seen = new HashSet<>();
            TypeRef at = named;
            while (at instanceof TypeRef.Named n && !types.containsKey(n.id()) && aliases.containsKey(n.id())
                    && seen.add(n.id())) {
                at = aliases.get(n.id());
            }
            return at instanceof TypeRef.Named n && !types.containsKey(n.id()) ? TypeRef.ANY : fixInner(at);
        }
        return fixInner(type);
    }

    private TypeRef fixInner(TypeRef type) {
        if (type instanceof TypeRef.ListOf list) {
            return new TypeRef.ListOf(fix(list.element()));
        }
        if (type instanceof TypeRef.MapOf map) {
            return new TypeRef.MapOf(fix(map.value()));
        }
        return type;
    }
}
