package io.github.webhookgen.core.naming;

import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.model.Property;
import io.github.webhookgen.core.model.TypeDecl;
import io.github.webhookgen.core.model.TypeDecl.EnumDecl;
import io.github.webhookgen.core.model.TypeDecl.RecordDecl;
import io.github.webhookgen.core.model.TypeDecl.UnionDecl;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.schema.SchemaRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fourth stage, the one owner of Java identifiers. Each type gets a short name from its schema location (file name,
 * definition key, property name, discriminator value); when short names collide, ignoring case, every type but the
 * one nearest a document root is qualified with the names of what encloses it, step by step, until all differ.
 */
public final class Naming {

    /** Names of generated support types; schema types never take them. */
    public static final Names.Support SUPPORT = new Names.Support("Json", "WebhookVisitor", "Webhooks",
            "WebhookSignature");

    /**
     * Names a schema type never takes, besides the support types: the {@code java.lang} types the generated code names
     * by their simple name (a type of the package with that name would shadow them), and the nested types of
     * generated types (a branch record inherits its union's {@code Unknown}, every type has a {@code Decoder}).
     */
    private static final Set<String> RESERVED_TYPES = Set.of(
            "Boolean", "Class", "Enum", "FunctionalInterface", "IllegalStateException", "Long", "Object", "Override",
            "String", "Decoder", "Encoder", "Unknown", "Unrecognized", "OfString", "OfNumber", "OfBoolean", "OfArray",
            "OfObject");

    /** The support types and {@link #RESERVED_TYPES}, in lower case: names are compared ignoring case. */
    private static final Set<String> RESERVED_LOWER_CASE = Stream.concat(RESERVED_TYPES.stream(),
                    Stream.of(SUPPORT.json(), SUPPORT.visitor(), SUPPORT.dispatcher(),
                            SUPPORT.signature()))
            .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    /** Names a record component cannot have: they clash with the methods every record has. */
    private static final Set<String> RECORD_RESERVED = Set.of(
            "hashCode", "toString", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize",
            Names.EXTRA);

    private final TypeModel model;

    public Naming(TypeModel model) {
        this.model = model;
    }

    public Names assign() {
        Map<SchemaRef, String> types = typeNames();
        Map<SchemaRef, Map<String, String>> components = new TreeMap<>();
        Map<SchemaRef, Map<String, String>> constants = new TreeMap<>();
        Map<SchemaRef, String> unknownConstants = new TreeMap<>();
        Map<SchemaRef, String> unknownVariants = new TreeMap<>();
        Map<SchemaRef, String> codecs = codecNames(types);
        model.types().forEach((id, decl) -> {
            if (decl instanceof RecordDecl record) {
                components.put(id, components(record));
            } else if (decl instanceof EnumDecl enumDecl) {
                Map<String, String> values = constants(enumDecl);
                constants.put(id, values);
                unknownConstants.put(id, values.containsValue("UNKNOWN") ? "UNKNOWN_VALUE" : "UNKNOWN");
            } else {
                UnionDecl union = (UnionDecl) decl;
                boolean taken = union.branches().stream().anyMatch(b -> b.type() instanceof TypeRef.Named n
                        && "Unknown".equals(types.get(n.id())));
                unknownVariants.put(id, taken ? "Unrecognized" : "Unknown");
            }
        });
        return new Names(types, components, constants, unknownConstants, unknownVariants, codecs, SUPPORT);
    }

    /**
     * The codec class of each record and union: its name followed by {@code Codec}, or, when a type or another codec
     * already has that name (ignoring case), by {@code JsonCodec}, {@code JsonJsonCodec} and so on.
     */
    private Map<SchemaRef, String> codecNames(Map<SchemaRef, String> types) {
        Set<String> taken = new HashSet<>(RESERVED_LOWER_CASE);
        types.values().forEach(name -> taken.add(name.toLowerCase(Locale.ROOT)));
        Map<SchemaRef, String> codecs = new TreeMap<>();
        types.forEach((id, name) -> {
            if (model.get(id) instanceof EnumDecl) {
                return;
            }
            String codec = name + "Codec";
            while (!taken.add(codec.toLowerCase(Locale.ROOT))) {
                codec = codec.substring(0, codec.length() - "Codec".length()) + "JsonCodec";
            }
            codecs.put(id, codec);
        });
        return codecs;
    }

    /**
     * Naming qualifies colliding names from their schema locations; two locations that differ only in case, or only in
     * characters a Java name drops ({@code a-b.json}, {@code a_b.json}), can still end with names equal ignoring case.
     */
    public static void reportCaseClashes(Names names, Function<SchemaRef, Location> locate, Problems problems) {
        Map<String, SchemaRef> first = new HashMap<>();
        names.types().forEach((id, name) -> {
            SchemaRef other = first.putIfAbsent(name.toLowerCase(Locale.ROOT), id);
            if (other == null) {
                return;
            }
            String otherName = names.type(other);
            problems.error(ProblemCode.INVALID_SCHEMA, locate.apply(id), name.equals(otherName)
                    ? "its Java type " + name + " is also the name chosen for " + other + "; rename one of the two"
                    : "its Java type " + name + " and " + otherName + ", the type of " + other + ", differ only in "
                            + "case, so their source files would overwrite each other on a case-insensitive file "
                            + "system; rename one of the two");
        });
    }

    // ---- types ----

    private Map<SchemaRef, String> typeNames() {
        Map<SchemaRef, List<String>> choices = new TreeMap<>();
        for (SchemaRef id : model.types().keySet()) {
            choices.put(id, choices(id));
        }
        Map<SchemaRef, Integer> level = new HashMap<>();
        choices.keySet().forEach(id -> level.put(id, 0));
        while (true) {
            Map<String, List<SchemaRef>> byName = new TreeMap<>();
            choices.forEach((id, names) -> byName
                    .computeIfAbsent(names.get(level.get(id)).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(id));
            boolean changed = false;
            for (Map.Entry<String, List<SchemaRef>> entry : byName.entrySet()) {
                List<SchemaRef> ids = entry.getValue();
                boolean clashesWithReserved = RESERVED_LOWER_CASE.contains(entry.getKey());
                if (ids.size() == 1 && !clashesWithReserved) {
                    continue;
                }
                ids.sort((a, b) -> Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b))
                        : a.compareTo(b));
                boolean keepFirst = !clashesWithReserved
                        && (ids.size() == 1 || rank(ids.get(0)) < rank(ids.get(1)) || isDocument(ids.get(0)));
                for (SchemaRef id : keepFirst ? ids.subList(1, ids.size()) : ids) {
                    int next = level.get(id) + 1;
                    if (next < choices.get(id).size()) {
                        level.put(id, next);
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        Map<SchemaRef, String> names = new TreeMap<>();
        choices.forEach((id, list) -> names.put(id, list.get(level.get(id))));
        return names;
    }

    private static boolean isReserved(String name) {
        return RESERVED_LOWER_CASE.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Document roots rank before definitions, definitions before types derived from a property or branch. */
    private static int rank(SchemaRef id) {
        List<String> segments = id.segments();
        if (segments.isEmpty()) {
            return 0;
        }
        return isDefinition(segments) ? 1 : 2 + segments.size();
    }

    private static boolean isDocument(SchemaRef id) {
        return id.pointer().isEmpty();
    }

    private static boolean isDefinition(List<String> segments) {
        return segments.size() == 2 && (segments.get(0).equals("definitions") || segments.get(0).equals("$defs"));
    }

    /** The names a type may take, shortest first; the last one spells out the whole location. */
    private List<String> choices(SchemaRef id) {
        List<String> choices = new ArrayList<>();
        String shortName = shortName(id);
        choices.add(shortName);
        String qualified = shortName;
        for (SchemaRef owner = owner(id); owner != null; owner = owner(owner)) {
            String ownerName = shortName(owner);
            if (!startsWithWord(qualified, ownerName)) {
                qualified = ownerName + qualified;
                choices.add(qualified);
            }
        }
        String folders = Identifiers.upperCamel(folderOf(id.file()));
        if (!folders.equals("Type")) {
            choices.add(folders + qualified);
        }
        StringBuilder full = new StringBuilder(Identifiers.upperCamel(id.file().replace(".json", "")));
        id.segments().forEach(segment -> full.append(Identifiers.upperCamel(segment)));
        choices.add(full.toString());
        if (isReserved(full.toString())) {
            // A document at the archive root named like a reserved type (class.json, Json.json): nothing encloses it.
            choices.add(full + "Schema");
        }
        return choices;
    }

    /**
     * Whether {@code name} starts with the whole words of {@code owner}: {@code EventType} with {@code Event}, but not
     * {@code Body} with {@code B}.
     */
    private static boolean startsWithWord(String name, String owner) {
        return name.startsWith(owner)
                && (name.length() == owner.length() || !Character.isLowerCase(name.charAt(owner.length())));
    }

    /** The nearest enclosing location that is a declared type, or the document root. */
    private SchemaRef owner(SchemaRef id) {
        for (SchemaRef at = id.parent(); at != null; at = at.parent()) {
            if (model.types().containsKey(at) || at.pointer().isEmpty()) {
                return at;
            }
        }
        return null;
    }

    private String shortName(SchemaRef id) {
        List<String> segments = id.segments();
        if (segments.isEmpty()) {
            String file = id.file().substring(id.file().lastIndexOf('/') + 1);
            return Identifiers.upperCamel(file.endsWith(".json") ? file.substring(0, file.length() - 5) : file);
        }
        int n = segments.size();
        String last = segments.get(n - 1);
        String before = n > 1 ? segments.get(n - 2) : "";
        if (isDefinition(segments.subList(n - 2 < 0 ? 0 : n - 2, n)) && n >= 2) {
            return Identifiers.upperCamel(last);
        }
        if (before.equals("properties")) {
            return Identifiers.upperCamel(last);
        }
        if (last.equals("items") && n >= 3 && segments.get(n - 3).equals("properties")) {
            return Identifiers.upperCamel(Identifiers.singular(before));
        }
        String owner = owner(id) == null ? "" : shortName(owner(id));
        if (before.equals("oneOf") || before.equals("anyOf")) {
            String value = discriminatorValue(id.parent().parent(), Integer.parseInt(last));
            return value != null ? Identifiers.upperCamel(value) + owner : owner + "Option" + (Integer.parseInt(last) + 1);
        }
        return switch (last) {
            case "items" -> owner + "Item";
            case "additionalProperties" -> owner + "Value";
            default -> owner + Identifiers.upperCamel(last);
        };
    }

    private String discriminatorValue(SchemaRef union, int index) {
        if (model.types().get(union) instanceof UnionDecl decl && index < decl.branches().size()) {
            List<String> values = decl.branches().get(index).discriminatorValues();
            return values.size() == 1 ? values.get(0) : null;
        }
        return null;
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    // ---- members ----

    private static Map<String, String> components(RecordDecl record) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        int index = 0;
        for (Property property : record.properties()) {
            index++;
            String name = escape(Identifiers.lowerCamel(property.jsonName()));
            if (used.contains(name)) {
                name = escape(Identifiers.verbatim(property.jsonName()));
            }
            names.put(property.jsonName(), unique(name, index, "", used));
        }
        return names;
    }

    /**
     * {@code name}, or when taken, {@code name} followed by the position of its property or value in the schema (and
     * then by more of the same), which is as stable as the schema.
     */
    private static String unique(String name, int position, String separator, Set<String> used) {
        String candidate = name;
        while (!used.add(candidate)) {
            candidate = candidate + separator + position;
        }
        return candidate;
    }

    private static String escape(String name) {
        return Identifiers.KEYWORDS.contains(name) || RECORD_RESERVED.contains(name) ? name + "Value" : name;
    }

    private static Map<String, String> constants(EnumDecl decl) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        int index = 0;
        for (String value : decl.values()) {
            index++;
            names.put(value, unique(Identifiers.upperSnake(value), index, "_", used));
        }
        return names;
    }
}
