package io.github.webhookgen.core.naming;

import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.model.Constant;
import io.github.webhookgen.core.model.JsonKind;
import io.github.webhookgen.core.model.Property;
import io.github.webhookgen.core.model.TypeDecl;
import io.github.webhookgen.core.model.TypeDecl.EnumDecl;
import io.github.webhookgen.core.model.TypeDecl.RecordDecl;
import io.github.webhookgen.core.model.TypeDecl.TupleDecl;
import io.github.webhookgen.core.model.TypeDecl.UnionDecl;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.schema.SchemaRef;
import io.github.webhookgen.core.schema.SchemaSet;
import io.github.webhookgen.core.write.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Fourth stage, the one owner of Java identifiers (docs/naming.md). Each type gets a short name from its schema
 * location (file name, definition key, property name, discriminator value), or the name its schema asks for with
 * jsonschema2pojo's {@code javaType}, or optionally its {@code title}; when short names collide, ignoring case, every
 * type but the one nearest a document root is qualified with the names of what encloses it, step by step, until all
 * differ. Types that only case or symbols tell apart get a suffix that says how they are written, with a warning.
 * Record components and enum constants are named by {@link MemberNames}.
 */
public final class Naming {

    /** Names of generated support types; schema types never take them. */
    public static final Names.Support SUPPORT = new Names.Support("Json", "WebhookVisitor", "Webhooks",
            "WebhookSignature");

    /**
     * Names a schema type never takes, besides the support types: the {@code java.lang} types the generated code and
     * the support code name by their simple name (a type of the package with that name would shadow them;
     * {@code ReservedNamesTest} reads the sources for them), the nested types of generated types (a branch record
     * inherits its union's {@code Unknown}, every type has a {@code Decoder}), and the member types those nested types
     * inherit from Jackson's (a codec's {@code Decoder} extends {@code StdDeserializer}, which inherits
     * {@code JsonDeserializer.None}, on Jackson 3 {@code ValueDeserializer.None}).
     */
    static final Set<String> RESERVED_TYPES = Set.of(
            "Boolean", "Class", "Double", "Enum", "FunctionalInterface", "IllegalArgumentException",
            "IllegalStateException", "Integer", "Long", "NumberFormatException", "Object", "Override", "String",
            "StringBuilder", "Decoder", "Encoder", "Unknown", "Unrecognized", "OfString", "OfNumber", "OfBoolean",
            "OfArray", "OfObject", "None");

    /** The support types and {@link #RESERVED_TYPES}, in lower case: names are compared ignoring case. */
    private static final Set<String> RESERVED_LOWER_CASE = Stream.concat(RESERVED_TYPES.stream(),
                    Stream.of(SUPPORT.json(), SUPPORT.visitor(), SUPPORT.dispatcher(),
                            SUPPORT.signature()))
            .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    /** The rank of a name asked for with {@code javaType}: it goes before every name derived from a location. */
    private static final int REQUESTED = -1;

    /** The rank of a name taken from a {@code title}: it gives way to every other name. */
    private static final int TITLED = Integer.MAX_VALUE;

    private final TypeModel model;
    private final SchemaSet schemas;
    private final Problems problems;
    private final boolean titles;
    private final NamingKeywords keywords;
    /**
     * {@link #RESERVED_LOWER_CASE}, and the classes of the user's in the generated package that the schemas name
     * ({@code existingJavaType}, {@code javaInterfaces}).
     */
    private final Set<String> reserved;
    /** The names {@link #fitted} shortened, for a warning where a type takes one. */
    private final Set<String> shortened = new HashSet<>();

    /**
     * @param model the types to name
     * @param schemas the schemas they were lowered from, for the naming keywords and for locating warnings
     * @param packageName the package everything is generated into ({@code javaType} names another with a warning)
     * @param titles whether a {@code title} names a type that would otherwise be named after its position
     * @param problems where warnings go; naming reports no errors
     */
    public Naming(TypeModel model, SchemaSet schemas, String packageName, boolean titles, Problems problems) {
        this.model = model;
        this.schemas = schemas;
        this.problems = problems;
        this.titles = titles;
        this.keywords = new NamingKeywords(schemas, problems, packageName);
        Set<String> reservedHere = new HashSet<>(RESERVED_LOWER_CASE);
        reservedHere.addAll(ExistingClasses.namesIn(model, packageName));
        this.reserved = Set.copyOf(reservedHere);
    }

    public Names assign() {
        Map<SchemaRef, String> types = typeNames();
        keywords.reportForeignPackages();
        Map<SchemaRef, Map<String, String>> components = new TreeMap<>();
        Map<SchemaRef, Map<String, String>> constants = new TreeMap<>();
        Map<SchemaRef, String> unknownConstants = new TreeMap<>();
        Map<SchemaRef, String> unknownVariants = new TreeMap<>();
        Map<SchemaRef, String> codecs = codecNames(types);
        model.types().forEach((id, decl) -> {
            if (decl instanceof RecordDecl record) {
                components.put(id, components(record));
            } else if (decl instanceof TupleDecl tuple) {
                components.put(id, components(tuple));
            } else if (decl instanceof EnumDecl enumDecl) {
                Map<String, String> values = constants(enumDecl);
                constants.put(id, values);
                String unknown = "UNKNOWN";
                while (values.containsValue(unknown)) {
                    unknown = unknown + "_VALUE";
                }
                unknownConstants.put(id, unknown);
            } else {
                UnionDecl union = (UnionDecl) decl;
                boolean taken = union.branches().stream().anyMatch(b -> b.type() instanceof TypeRef.Named n
                        && "Unknown".equals(types.get(n.id())));
                unknownVariants.put(id, taken ? "Unrecognized" : "Unknown");
            }
        });
        return new Names(types, components, constants, unknownConstants, unknownVariants, codecs,
                JavaTypeConstants.of(model), SUPPORT);
    }

    /**
     * The codec class of each record and union: its name followed by {@code Codec}, or, when a type or another codec
     * already has that name (ignoring case), by {@code JsonCodec}, {@code JsonJsonCodec} and so on.
     */
    private Map<SchemaRef, String> codecNames(Map<SchemaRef, String> types) {
        Set<String> taken = new HashSet<>(reserved);
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

    // ---- types ----

    private Map<SchemaRef, String> typeNames() {
        Map<SchemaRef, List<String>> choices = new TreeMap<>();
        Map<SchemaRef, Integer> firstRank = new HashMap<>();
        Map<SchemaRef, String> requested = new TreeMap<>();
        for (SchemaRef id : model.types().keySet()) {
            List<String> natural = choices(id);
            String javaType = keywords.javaType(id);
            String title = titles && isPositional(id) ? keywords.title(id) : null;
            String first = javaType != null ? fitted(javaType) : title;
            List<String> list = new ArrayList<>();
            if (first != null && !first.equals(natural.get(0))) {
                list.add(first);
                firstRank.put(id, javaType != null ? REQUESTED : TITLED);
            } else if (javaType != null) {
                firstRank.put(id, REQUESTED);
            }
            if (javaType != null) {
                requested.put(id, javaType);
            }
            list.addAll(natural);
            choices.put(id, list);
        }
        Map<SchemaRef, List<SchemaRef>> twins = twins(choices);
        Map<SchemaRef, Integer> level = qualify(twins.keySet(), choices, firstRank);
        Map<SchemaRef, String> names = new TreeMap<>();
        level.forEach((id, at) -> names.put(id, choices.get(id).get(at)));
        nameTwins(twins, id -> choices.get(id).get(level.get(twinOf(twins, id))), names);
        names.forEach((id, name) -> {
            if (shortened.contains(name)) {
                problems.warning(ProblemCode.NAME_CLASH, schemas.locate(id), "the names its location gives are longer "
                        + "than the " + MAX_TYPE_NAME_BYTES + " bytes a type name may have, for its file name; named "
                        + "after the first and last words of its name and a hash of the whole name");
            }
        });
        requested.forEach((id, javaType) -> {
            if (!names.get(id).equals(javaType) && !shortened.contains(names.get(id))) {
                problems.warning(ProblemCode.NAME_CLASH, schemas.locate(id.child("javaType")), "javaType names "
                        + javaType + ", which " + (isReserved(javaType) ? "the generated code uses"
                                : "another type takes") + " (ignoring case); named " + names.get(id));
            }
        });
        return names;
    }

    /**
     * The index into its choices of the name each type takes: names equal ignoring case, or reserved, move on to their
     * next choice, all but the one that ranks first, until no more move.
     */
    private Map<SchemaRef, Integer> qualify(Set<SchemaRef> types, Map<SchemaRef, List<String>> choices,
            Map<SchemaRef, Integer> firstRank) {
        Map<SchemaRef, Integer> level = new HashMap<>();
        types.forEach(id -> level.put(id, 0));
        boolean changed = true;
        while (changed) {
            Map<String, List<SchemaRef>> byName = new TreeMap<>();
            level.forEach((id, at) -> byName
                    .computeIfAbsent(choices.get(id).get(at).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(id));
            changed = false;
            for (Map.Entry<String, List<SchemaRef>> entry : byName.entrySet()) {
                List<SchemaRef> ids = entry.getValue();
                boolean clashesWithReserved = reserved.contains(entry.getKey());
                if (ids.size() == 1 && !clashesWithReserved) {
                    continue;
                }
                Comparator<SchemaRef> byRank = Comparator.comparingInt(id -> rank(id, level.get(id), firstRank));
                ids.sort(byRank.thenComparing(Comparator.naturalOrder()));
                int first = rank(ids.get(0), level.get(ids.get(0)), firstRank);
                boolean keepFirst = !clashesWithReserved && first != TITLED && (ids.size() == 1
                        || first < rank(ids.get(1), level.get(ids.get(1)), firstRank)
                        || first == REQUESTED || isDocument(ids.get(0)));
                for (SchemaRef id : keepFirst ? ids.subList(1, ids.size()) : ids) {
                    int next = level.get(id) + 1;
                    if (next < choices.get(id).size()) {
                        level.put(id, next);
                        changed = true;
                    }
                }
            }
        }
        return level;
    }

    /**
     * Types whose choices of name are all alike ignoring case ({@code id} and {@code ID} in one object, files
     * {@code a-b.json} and {@code a_b.json}): qualifying cannot tell them apart, so they are named as one, by the first
     * in schema order, and the others get a suffix ({@link #nameTwins}). Returns each first type with the others.
     */
    private Map<SchemaRef, List<SchemaRef>> twins(Map<SchemaRef, List<String>> choices) {
        Map<List<String>, List<SchemaRef>> alike = new HashMap<>();
        choices.forEach((id, list) -> alike.computeIfAbsent(
                list.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList(), k -> new ArrayList<>()).add(id));
        Map<SchemaRef, List<SchemaRef>> twins = new TreeMap<>();
        alike.values().forEach(ids -> {
            ids.sort(Comparator.comparing((SchemaRef id) -> id.file())
                    .thenComparingInt(id -> schemas.locate(id).line())
                    .thenComparingInt(id -> schemas.locate(id).column())
                    .thenComparing(Comparator.naturalOrder()));
            twins.put(ids.get(0), ids.subList(1, ids.size()));
        });
        return twins;
    }

    /**
     * Names each twin but the first: its own name followed by the words for how it is written: its symbols
     * ({@code ABUnderscore} for {@code a_b.json}), else its case ({@code IDUpperCase} for {@code ID}); then by
     * {@code Type} until no other type has it, ignoring case.
     */
    private void nameTwins(Map<SchemaRef, List<SchemaRef>> twins, Function<SchemaRef, String> own,
            Map<SchemaRef, String> names) {
        Set<String> taken = new HashSet<>(reserved);
        names.values().forEach(name -> taken.add(name.toLowerCase(Locale.ROOT)));
        twins.forEach((first, others) -> others.forEach(id -> {
            String source = sourceText(id);
            List<String> symbols = Identifiers.symbolWords(source);
            String natural = own.apply(id);
            String name = natural + (symbols.isEmpty() ? caseWords(source) : String.join("", symbols));
            while (!taken.add(name.toLowerCase(Locale.ROOT))) {
                name = name + "Type";
            }
            names.put(id, name);
            String firstName = names.get(first);
            problems.warning(ProblemCode.NAME_CLASH, schemas.locate(id), natural.equals(firstName)
                    ? "its Java type " + natural + " is also the name of the type of " + first + "; named " + name
                    : "its Java type " + natural + " and " + firstName + ", the type of " + first + ", differ only "
                            + "in case, so their source files would overwrite each other on a case-insensitive file "
                            + "system; named " + name);
        }));
    }

    private static SchemaRef twinOf(Map<SchemaRef, List<SchemaRef>> twins, SchemaRef id) {
        return twins.entrySet().stream().filter(e -> e.getValue().contains(id)).findFirst().orElseThrow().getKey();
    }

    /** The text of the schema the short name of {@code id} comes from: a file name, a key, a discriminator value. */
    private String sourceText(SchemaRef id) {
        List<String> segments = id.segments();
        if (segments.isEmpty()) {
            return baseName(id.file());
        }
        int n = segments.size();
        String last = segments.get(n - 1);
        if (last.equals("items") && n >= 3 && segments.get(n - 3).equals("properties")) {
            return segments.get(n - 2);
        }
        if (n >= 2 && (segments.get(n - 2).equals("oneOf") || segments.get(n - 2).equals("anyOf"))) {
            String value = discriminatorValue(id.parent().parent(), id);
            return value != null ? value : last;
        }
        return last;
    }

    private static String caseWords(String text) {
        boolean upper = text.codePoints().anyMatch(Character::isUpperCase);
        boolean lower = text.codePoints().anyMatch(Character::isLowerCase);
        return upper && !lower ? "UpperCase" : lower && !upper ? "LowerCase" : "MixedCase";
    }

    /**
     * The rank of a type in a clash at its current level: a {@code javaType} name first, then document roots,
     * definitions, and types derived from a property or branch; a {@code title} name last.
     */
    private static int rank(SchemaRef id, int level, Map<SchemaRef, Integer> firstRank) {
        Integer first = firstRank.get(id);
        return level == 0 && first != null ? first : rank(id);
    }

    private boolean isReserved(String name) {
        return reserved.contains(name.toLowerCase(Locale.ROOT));
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

    /**
     * Whether the short name of {@code id} comes from its position rather than from a name in the schema: a branch
     * without a discriminator value ({@code ContentOption2}), the items of a list that is not a property, the values
     * of a map, and the like.
     */
    private boolean isPositional(SchemaRef id) {
        List<String> segments = id.segments();
        int n = segments.size();
        if (n == 0 || (n >= 2 && isDefinition(segments.subList(n - 2, n)))) {
            return false;
        }
        String last = segments.get(n - 1);
        String before = n > 1 ? segments.get(n - 2) : "";
        boolean propertyItems = last.equals("items") && n >= 3 && segments.get(n - 3).equals("properties");
        if (before.equals("properties") || propertyItems) {
            return false;
        }
        boolean branch = before.equals("oneOf") || before.equals("anyOf");
        return !branch || discriminatorValue(id.parent().parent(), id) == null;
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
        String file = id.file().endsWith(".json") ? id.file().substring(0, id.file().length() - 5) : id.file();
        StringBuilder full = new StringBuilder(Identifiers.upperCamel(file));
        id.segments().forEach(segment -> full.append(Identifiers.upperCamel(segment)));
        choices.add(full.toString());
        if (isReserved(full.toString())) {
            // A document at the archive root named like a reserved type (class.json, Json.json): nothing encloses it.
            choices.add(full + "Schema");
        }
        return choices.stream().map(this::fitted).distinct().toList();
    }

    /**
     * The longest a type name may be, in bytes of UTF-8: 128, so that its source file, its codec's and their class
     * files ({@code <name>JsonCodec$Unrecognized.class}) stay far below the 255 bytes that file systems allow in a file
     * name.
     */
    static final int MAX_TYPE_NAME_BYTES = 128;

    /** How much of a name {@link #fitted} keeps from its start, in bytes of UTF-8: the document and what follows. */
    private static final int HEAD_BYTES = 40;

    /** The length of what {@link #fitted} puts after the words it keeps: {@code _} and 8 hexadecimal digits. */
    private static final int HASH_SUFFIX = 9;

    /**
     * {@code name}, or when it is longer than {@link #MAX_TYPE_NAME_BYTES}, its first words (up to
     * {@value #HEAD_BYTES} bytes), its last words (as many as fit), {@code _} and the first 8 hexadecimal digits of the
     * SHA-256 of the whole name: the document the type is in and the place it is named after stay, the path between
     * them is left out ({@code WebhooksOrderDefinitionsLine} and {@code ...ItemsPropertiesShippingAddress_1e8cb7fb}). A
     * word longer than what is left is cut. Deterministic, and two long names with the same start and end differ.
     */
    private String fitted(String name) {
        if (utf8Length(name) <= MAX_TYPE_NAME_BYTES) {
            return name;
        }
        List<String> words = new ArrayList<>();
        int wordStart = 0;
        for (int i = 1; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i)) || Character.isDigit(name.charAt(i))
                    && !Character.isDigit(name.charAt(i - 1))) {
                words.add(name.substring(wordStart, i));
                wordStart = i;
            }
        }
        words.add(name.substring(wordStart));
        StringBuilder head = new StringBuilder();
        int first = 0;
        while (first < words.size() && utf8Length(head + words.get(first)) <= HEAD_BYTES) {
            head.append(words.get(first++));
        }
        if (head.length() == 0) {
            head.append(withinBytes(words.get(first++), HEAD_BYTES, true));
        }
        int budget = MAX_TYPE_NAME_BYTES - HASH_SUFFIX - utf8Length(head.toString());
        String tail = "";
        int last = words.size() - 1;
        while (last >= first && utf8Length(words.get(last) + tail) <= budget) {
            tail = words.get(last--) + tail;
        }
        if (tail.isEmpty()) {
            tail = withinBytes(name, budget, false);
        }
        String hash = Hashing.of(name.getBytes(StandardCharsets.UTF_8)).substring(0, HASH_SUFFIX - 1);
        String fitted = head + tail + "_" + hash;
        shortened.add(fitted);
        return fitted;
    }

    /** The longest start (or end) of {@code text} of at most {@code bytes} bytes of UTF-8, whole characters only. */
    private static String withinBytes(String text, int bytes, boolean start) {
        int used = 0;
        int i = start ? 0 : text.length();
        while (start ? i < text.length() : i > 0) {
            int c = start ? text.codePointAt(i) : text.codePointBefore(i);
            used += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (used > bytes) {
                break;
            }
            i += start ? Character.charCount(c) : -Character.charCount(c);
        }
        return start ? text.substring(0, i) : text.substring(i);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
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
            return Identifiers.upperCamel(baseName(id.file()));
        }
        int n = segments.size();
        String last = segments.get(n - 1);
        String before = n > 1 ? segments.get(n - 2) : "";
        if (isDefinition(segments.subList(n - 2 < 0 ? 0 : n - 2, n)) && n >= 2) {
            return Identifiers.upperCamel(last);
        }
        if (before.equals("properties")) {
            String javaName = keywords.javaName(id);
            return Identifiers.upperCamel(javaName != null ? javaName : last);
        }
        if (last.equals("items") && n >= 3 && segments.get(n - 3).equals("properties")) {
            String javaName = keywords.javaName(id.parent());
            return Identifiers.upperCamel(Identifiers.singular(javaName != null ? javaName : before));
        }
        String owner = owner(id) == null ? "" : shortName(owner(id));
        if (before.equals("oneOf") || before.equals("anyOf")) {
            String value = discriminatorValue(id.parent().parent(), id);
            if (value != null) {
                return Identifiers.upperCamel(value) + owner;
            }
            String kind = onlyOfItsKind(id.parent().parent(), id);
            return owner + (kind != null ? kind : "Option" + (Integer.parseInt(last) + 1));
        }
        if ((before.equals("prefixItems") || before.equals("items")) && last.chars().allMatch(Character::isDigit)) {
            int position = Integer.parseInt(last);
            return owner + (position < ORDINALS.size() ? Identifiers.upperCamel(ORDINALS.get(position))
                    : "Item" + (position + 1));
        }
        return switch (last) {
            case "items", "additionalItems" -> owner + "Item";
            case "additionalProperties" -> owner + "Value";
            default -> owner + Identifiers.upperCamel(last);
        };
    }

    /**
     * {@code Object} or {@code Array} when the branch at {@code branch} of a union is its only object or only array
     * (a union of kinds: a string, or an object that spells it out); null otherwise.
     */
    private String onlyOfItsKind(SchemaRef union, SchemaRef branch) {
        if (model.types().get(union) instanceof UnionDecl decl) {
            for (TypeDecl.Branch candidate : decl.branches()) {
                if (candidate.type().equals(new TypeRef.Named(branch))
                        && (candidate.kind() == JsonKind.OBJECT || candidate.kind() == JsonKind.ARRAY)
                        && decl.branches().stream().filter(b -> b.kind() == candidate.kind()).count() == 1) {
                    return candidate.kind() == JsonKind.OBJECT ? "Object" : "Array";
                }
            }
        }
        return null;
    }

    /**
     * The value that selects the branch at {@code branch} of a union, the values separated by a space when two
     * discriminators select it together ({@code order in}); null when several values select it, or none.
     */
    private String discriminatorValue(SchemaRef union, SchemaRef branch) {
        if (model.types().get(union) instanceof UnionDecl decl) {
            for (TypeDecl.Branch candidate : decl.branches()) {
                if (candidate.type().equals(new TypeRef.Named(branch))) {
                    return candidate.keys().size() == 1
                            ? candidate.keys().get(0).stream().map(Constant::text).collect(Collectors.joining(" "))
                            : null;
                }
            }
        }
        return null;
    }

    /** Where the items of a tuple are, by position: {@code first}, {@code second}, ...; {@code rest} after them. */
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");

    /**
     * The components of a tuple: the leading items by their ordinal ({@code item13} past the twelfth), the items after
     * them {@code rest}, or {@code items} when there are no leading ones. Keyed by position, and {@code rest}.
     */
    private static Map<String, String> components(TupleDecl tuple) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < tuple.items().size(); i++) {
            names.put(String.valueOf(i), i < ORDINALS.size() ? ORDINALS.get(i) : "item" + (i + 1));
        }
        names.put(TUPLE_REST, tuple.items().isEmpty() ? "items" : "rest");
        return names;
    }

    /** The key of the items after the leading ones among the components of a tuple. */
    public static final String TUPLE_REST = "rest";

    /**
     * A file's name without its folder and extension: {@code webhooks/Order.json} is {@code Order}, and so is
     * {@code Order.schema.json}, a common way to mark schema files.
     */
    static String baseName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        name = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        int schema = name.length() - ".schema".length();
        return schema > 0 && name.regionMatches(true, schema, ".schema", 0, ".schema".length())
                ? name.substring(0, schema) : name;
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    // ---- members ----

    /**
     * The component of each property: a {@code javaName} the property's schema gives (a keyword or a name the record
     * reserves takes {@code Value}, a name already asked for by another property is a warning), else by the rules of
     * {@link MemberNames}.
     */
    private Map<String, String> components(RecordDecl record) {
        List<String> jsonNames = record.properties().stream().map(Property::jsonName).toList();
        Map<String, String> requested = new LinkedHashMap<>();
        Map<String, String> askedBy = new HashMap<>();
        for (String json : jsonNames) {
            SchemaRef declared = keywords.declaration(record.id(), json);
            String javaName = declared == null ? null : keywords.javaName(declared);
            if (javaName == null) {
                continue;
            }
            SchemaRef at = declared.child("javaName");
            String name = MemberNames.Style.COMPONENT.escaped(javaName);
            String other = askedBy.putIfAbsent(name, json);
            if (other != null) {
                problems.warning(ProblemCode.NAME_CLASH, schemas.locate(at), "javaName " + javaName + " is already "
                        + "the name of property \"" + other + "\"; ignored");
                continue;
            }
            if (!name.equals(javaName)) {
                problems.warning(ProblemCode.NAME_CLASH, schemas.locate(at), "javaName " + javaName + " is "
                        + (Identifiers.KEYWORDS.contains(javaName) ? "a Java keyword" : "a method every record has")
                        + "; named " + name);
            }
            requested.put(json, name);
        }
        return new MemberNames(MemberNames.Style.COMPONENT).assign(jsonNames, requested);
    }

    /**
     * The constant of each value: the entry of {@code javaEnumNames} at its index (one that names the enum's field
     * {@code value}, or is already another value's, is a warning), else by the rules of {@link MemberNames}.
     */
    private Map<String, String> constants(EnumDecl decl) {
        Map<String, String> requested = new LinkedHashMap<>();
        Map<String, String> askedBy = new HashMap<>();
        keywords.javaEnumNames(decl.id()).forEach((value, asked) -> {
            String name = asked.name();
            SchemaRef at = asked.at();
            if (MemberNames.Style.CONSTANT.isReserved(name)) {
                problems.warning(ProblemCode.NAME_CLASH, schemas.locate(at), "javaEnumNames entry " + name + " is the "
                        + "name of the enum's field; \"" + value + "\" is named as without it");
                return;
            }
            String other = askedBy.putIfAbsent(name, value);
            if (other != null) {
                problems.warning(ProblemCode.NAME_CLASH, schemas.locate(at), "javaEnumNames names both \"" + other
                        + "\" and \"" + value + "\" " + name + "; \"" + value + "\" is named as without it");
                return;
            }
            requested.put(value, name);
        });
        return new MemberNames(MemberNames.Style.CONSTANT).assign(decl.values(), requested);
    }
}
