package io.github.webhookgen.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The schema documents of one mutant while {@link SchemaMutator} edits them, with one method per kind of edit. Each
 * edit changes the trees in place and returns what it did, in words, or null when the archive offers nothing to apply
 * it to. Every choice comes from the one {@link Random}, and every collection is walked in a fixed order, so that the
 * same seed makes the same edits.
 */
final class ArchiveEdits {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A schema (a JSON object in a place where a schema stands) and where it is. */
    record Place(String file, String pointer, ObjectNode node) {

        @Override
        public String toString() {
            return file + "#" + pointer;
        }
    }

    /** Keywords whose value is a schema or an array of schemas. */
    private static final Set<String> SUBSCHEMA = Set.of("items", "additionalProperties", "additionalItems", "not",
            "if", "then", "else", "contains", "propertyNames", "unevaluatedProperties", "unevaluatedItems", "extends",
            "allOf", "anyOf", "oneOf", "prefixItems", "contentSchema");
    /** Keywords whose value maps names to schemas. */
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "definitions", "$defs",
            "dependentSchemas");
    /** How deep the walk for places goes: the wrappers of deep nesting are not worth editing one by one. */
    private static final int MAX_WALK_DEPTH = 64;

    private final SortedMap<String, JsonNode> documents;
    private final Random random;
    private int serial;

    ArchiveEdits(SortedMap<String, JsonNode> documents, Random random) {
        this.documents = documents;
        this.random = random;
    }

    // ---- the edits ----

    /** A keyword's value replaced by (or a keyword added with) a value of a JSON type it does not take. */
    String wrongType() {
        Place place = anyPlace();
        List<String> keywords = new ArrayList<>(new TreeMap<>(OddValues.WRONG_TYPES).keySet());
        List<String> present = fieldNames(place.node()).stream().filter(keywords::contains).toList();
        String keyword = !present.isEmpty() && random.nextInt(10) < 7 ? pick(present) : pick(keywords);
        String value = pick(OddValues.WRONG_TYPES.get(keyword));
        place.node().set(keyword, json(value));
        return place + ": " + keyword + " = " + value;
    }

    /** A keyword, a member of a schema map or a schema in an array set to {@code null}. */
    String nullValue() {
        Place place = anyPlace();
        List<String> fields = fieldNames(place.node());
        if (!fields.isEmpty() && random.nextInt(3) == 0) {
            String keyword = pick(fields);
            JsonNode value = place.node().get(keyword);
            if (value.isObject() && value.size() > 0 && SCHEMA_MAPS.contains(keyword)) {
                String member = pick(fieldNames(value));
                ((ObjectNode) value).putNull(member);
                return place + ": " + keyword + "/" + member + " = null";
            }
            if (value.isArray() && value.size() > 0) {
                int index = random.nextInt(value.size());
                ((ArrayNode) value).set(index, NODES.nullNode());
                return place + ": " + keyword + "/" + index + " = null";
            }
        }
        String keyword = fields.isEmpty() || random.nextInt(4) == 0
                ? pick(new ArrayList<>(new TreeMap<>(OddValues.WRONG_TYPES).keySet()))
                : pick(fields);
        place.node().putNull(keyword);
        return place + ": " + keyword + " = null";
    }

    /** A keyword no draft defines, or one the generated types cannot express, with a value of any kind. */
    String unknownKeyword() {
        Place place = anyPlace();
        String keyword = pick(OddValues.UNKNOWN_KEYWORDS);
        String value = pick(OddValues.ANY_VALUES);
        place.node().set(keyword, json(value));
        return place + ": " + describe(keyword) + " = " + value;
    }

    /**
     * A {@code $ref} that cannot be followed: to a file the archive does not hold, a pointer into nothing or into a
     * value that is no schema, an anchor nobody declares, or no URI reference at all. It replaces the schema, or
     * stands beside its keywords.
     */
    String brokenRef() {
        Place place = anyPlace();
        String ref;
        int how = random.nextInt(10);
        if (how < 6) {
            ref = pick(OddValues.BROKEN_REFS);
        } else if (how < 8) {
            String other = pick(new ArrayList<>(documents.keySet()));
            ref = refTo(place.file(), other, "/definitions/NoSuch" + random.nextInt(3));
        } else {
            Place holder = anyPlace();
            List<String> scalars = fieldNames(holder.node()).stream()
                    .filter(k -> !holder.node().get(k).isObject())
                    .toList();
            if (scalars.isEmpty()) {
                return null;
            }
            ref = refTo(place.file(), holder.file(), holder.pointer() + "/" + escape(pick(scalars)));
        }
        boolean replace = random.nextBoolean();
        if (replace) {
            place.node().removeAll();
        }
        place.node().put("$ref", ref);
        return place + ": " + (replace ? "replaced by " : "") + "$ref " + describe(ref);
    }

    /** References that come back to where they start: directly, in two steps, or through a keyword's subschema. */
    String cycle() {
        Place a = anyPlace();
        String self = refTo(a.file(), a.file(), a.pointer());
        switch (random.nextInt(9)) {
            case 0 -> {
                a.node().removeAll();
                a.node().put("$ref", self);
                return a + ": $ref to itself";
            }
            case 1, 2 -> {
                Place b = anyPlace();
                if (nested(a, b)) {
                    return null;
                }
                boolean replace = random.nextBoolean();
                if (replace) {
                    a.node().removeAll();
                    b.node().removeAll();
                }
                b.node().put("$ref", refTo(b.file(), a.file(), a.pointer()));
                a.node().put("$ref", refTo(a.file(), b.file(), b.pointer()));
                return a + " and " + b + ": $refs to each other" + (replace ? "" : " beside their keywords");
            }
            case 3 -> {
                JsonNode all = a.node().get("allOf");
                ArrayNode parts = all instanceof ArrayNode array ? array : a.node().putArray("allOf");
                parts.add(ref(self));
                return a + ": allOf part that is a $ref to itself";
            }
            case 4 -> {
                a.node().put("type", "array");
                a.node().set("items", ref(self));
                return a + ": array of itself";
            }
            case 5 -> {
                a.node().put("type", "object");
                a.node().set("additionalProperties", ref(self));
                return a + ": additionalProperties of itself";
            }
            case 6, 7 -> {
                String keyword = random.nextBoolean() ? "oneOf" : "anyOf";
                ArrayNode branches = a.node().putArray(keyword);
                branches.add(ref(self));
                if (random.nextBoolean()) {
                    branches.add(json("{\"type\": \"string\"}"));
                }
                return a + ": " + keyword + " with a branch that is a $ref to itself (" + branches.size()
                        + " branches)";
            }
            default -> {
                Place b = anyPlace();
                if (nested(a, b)) {
                    return null;
                }
                String there = pick(List.of("allOf", "items", "additionalProperties", "oneOf"));
                String back = pick(List.of("allOf", "items", "additionalProperties", "oneOf"));
                through(a, there, refTo(a.file(), b.file(), b.pointer()));
                through(b, back, refTo(b.file(), a.file(), a.pointer()));
                return a + " and " + b + ": to each other through " + there + " and " + back;
            }
        }
    }

    /**
     * A schema wrapped in 50 to {@code maxLevels} levels of {@code wrappers} ({@code allOf}, {@code properties},
     * {@code items}), each level of one of them, or of one chosen at random each level; fewer when the document would
     * be nested deeper than {@code maxJsonDepth} (a level nests JSON one or two deeper), none when that leaves fewer
     * than 50.
     */
    String deepNesting(int maxLevels, List<String> wrappers, int maxJsonDepth) {
        Place place = anyPlace();
        int room = (maxJsonDepth - depth(documents.get(place.file()))) / 2;
        if (room < 50) {
            return null;
        }
        int depth = 50 + random.nextInt(Math.min(maxLevels, room) - 49);
        List<String> hows = new ArrayList<>(wrappers);
        hows.add("mixed");
        String how = pick(hows);
        JsonNode inner = place.node().deepCopy();
        for (int level = 0; level < depth; level++) {
            String wrapper = how.equals("mixed") ? pick(wrappers) : how;
            ObjectNode wrapped = NODES.objectNode();
            switch (wrapper) {
                case "allOf" -> wrapped.putArray("allOf").add(inner);
                case "properties" -> {
                    wrapped.put("type", "object");
                    wrapped.putObject("properties").set("next", inner);
                }
                default -> {
                    wrapped.put("type", "array");
                    wrapped.set("items", inner);
                }
            }
            inner = wrapped;
        }
        place.node().removeAll();
        place.node().setAll((ObjectNode) inner);
        return place + ": wrapped in " + depth + " levels of " + how;
    }

    /**
     * Odd names: a property or a definition renamed (its references and {@code required} follow), an enum value
     * replaced, or a group of names that differ only by case or punctuation added as properties, definitions or enum
     * values.
     *
     * @param names the names to choose from
     * @param groups the groups of names to choose from
     */
    String oddName(List<String> names, List<List<String>> groups) {
        switch (random.nextInt(7)) {
            case 0 -> {
                return rename("properties", pick(names));
            }
            case 1 -> {
                return rename(random.nextBoolean() ? "definitions" : "$defs", pick(names));
            }
            case 2 -> {
                List<Place> enums = places().stream()
                        .filter(p -> p.node().path("enum").isArray() && p.node().get("enum").size() > 0)
                        .toList();
                if (enums.isEmpty()) {
                    return null;
                }
                Place place = pick(enums);
                ArrayNode values = (ArrayNode) place.node().get("enum");
                int index = random.nextInt(values.size());
                String name = pick(names);
                values.set(index, NODES.textNode(name));
                return place + ": enum/" + index + " = " + describe(name);
            }
            case 3 -> {
                Place place = anyPlace();
                List<String> group = pick(groups);
                ObjectNode properties = objectMember(place.node(), "properties");
                group.forEach(name -> properties.set(name, smallSchema()));
                return place + ": properties " + describe(group);
            }
            case 4 -> {
                String file = pick(new ArrayList<>(documents.keySet()));
                if (!documents.get(file).isObject()) {
                    return null;
                }
                List<String> group = pick(groups);
                ObjectNode definitions = objectMember((ObjectNode) documents.get(file), "definitions");
                group.forEach(name -> definitions.set(name, json("{\"type\": \"object\", \"properties\": "
                        + "{\"id\": {\"type\": \"string\"}}}")));
                return file + "#: definitions " + describe(group);
            }
            case 5 -> {
                Place place = anyPlace();
                ArrayNode values = place.node().putArray("enum");
                List<String> group = pick(groups);
                group.forEach(values::add);
                return place + ": enum " + describe(group);
            }
            default -> {
                Place place = anyPlace();
                ObjectNode properties = objectMember(place.node(), "properties");
                List<String> added = new ArrayList<>();
                for (int i = 2 + random.nextInt(8); i > 0; i--) {
                    String name = pick(names);
                    properties.set(name, smallSchema());
                    added.add(name);
                }
                return place + ": properties " + describe(added);
            }
        }
    }

    /** An enum of 5,000 to 6,000 values: strings, numbers, or every kind of JSON value mixed. */
    String hugeEnum() {
        Place place = anyPlace();
        int size = 5_000 + random.nextInt(1_001);
        String kind = pick(List.of("strings", "names that clash", "numbers", "mixed"));
        ArrayNode values = NODES.arrayNode();
        for (int i = 0; i < size; i++) {
            switch (kind) {
                case "strings" -> values.add(random.nextInt(50) == 0 ? pick(OddValues.ODD_NAMES) : "value " + i);
                case "names that clash" -> values.add(pick(List.of("a-", "a_", "A", "a ", "a.")) + i);
                case "numbers" -> values.add(random.nextBoolean() ? NODES.numberNode(i)
                        : NODES.numberNode(new java.math.BigDecimal(i + ".5")));
                default -> values.add(switch (i % 7) {
                    case 0 -> NODES.textNode("v" + i);
                    case 1 -> NODES.numberNode(i);
                    case 2 -> NODES.numberNode(new java.math.BigDecimal(i + ".25"));
                    case 3 -> NODES.booleanNode(i % 2 == 0);
                    case 4 -> NODES.nullNode();
                    case 5 -> NODES.objectNode().put("k", i);
                    default -> NODES.arrayNode().add(i);
                });
            }
        }
        place.node().set("enum", values);
        if (random.nextBoolean()) {
            place.node().remove("type");
        }
        return place + ": enum of " + size + " " + kind;
    }

    /** A {@code type} array: every kind, a subset, duplicates, names no draft knows, or empty. */
    String typeArray() {
        Place place = anyPlace();
        List<String> kinds = new ArrayList<>(List.of("object", "array", "string", "integer", "number", "boolean",
                "null"));
        Collections.shuffle(kinds, random);
        ArrayNode type = NODES.arrayNode();
        String what = pick(List.of("every kind", "some kinds", "duplicates", "unknown names", "empty"));
        switch (what) {
            case "every kind" -> kinds.forEach(type::add);
            case "some kinds" -> kinds.subList(0, 2 + random.nextInt(5)).forEach(type::add);
            case "duplicates" -> {
                type.add(kinds.get(0)).add(kinds.get(1)).add(kinds.get(0));
            }
            case "unknown names" -> {
                type.add(kinds.get(0)).add(pick(List.of("any", "Long", "date", "Object", "", "STRING")));
            }
            default -> {
                // an empty array
            }
        }
        place.node().set("type", type);
        return place + ": type " + type;
    }

    /**
     * A {@code format} that chooses the Java type of numbers and dates (or one that does not), bounds within or beyond
     * the {@code long} range, or both; at times with a {@code type} the format does not go with.
     */
    String numbersAndDates() {
        Place place = anyPlace();
        List<String> done = new ArrayList<>();
        int what = random.nextInt(3);
        if (what != 1) {
            String format = pick(OddValues.FORMATS);
            place.node().put("format", format);
            done.add("format " + describe(format));
            if (random.nextInt(3) == 0) {
                String type = pick(List.of("string", "integer", "number"));
                place.node().put("type", type);
                done.add("type " + type);
            }
        }
        if (what != 0) {
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                String keyword = pick(List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"));
                String bound = pick(OddValues.BOUNDS);
                place.node().set(keyword, json(bound));
                done.add(keyword + " " + bound);
            }
        }
        return place + ": " + String.join(", ", done);
    }

    /**
     * A {@code const}, or an {@code enum} of one to four values, of one kind or of several: in the schema itself, in
     * its {@code items} or {@code additionalProperties}, or in the items of its items; at times with a {@code type}
     * or a {@code format} beside it.
     */
    String listedValues() {
        Place place = anyPlace();
        ObjectNode schema = place.node();
        String where = pick(List.of("", "", "items", "additionalProperties", "items/items"));
        for (String keyword : where.isEmpty() ? List.<String>of() : List.of(where.split("/"))) {
            schema.put("type", keyword.equals("items") ? "array" : "object");
            ObjectNode inner = NODES.objectNode();
            schema.set(keyword, inner);
            schema = inner;
        }
        List<String> kinds = new ArrayList<>(new TreeMap<>(OddValues.LISTED_VALUES).keySet());
        String kind = random.nextBoolean() ? pick(kinds) : "mixed";
        List<String> chosen = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            chosen.add(pick(OddValues.LISTED_VALUES.get(kind.equals("mixed") ? pick(kinds) : kind)));
        }
        boolean constant = chosen.size() == 1 && random.nextBoolean();
        if (constant) {
            schema.set("const", json(chosen.get(0)));
        } else {
            ArrayNode values = schema.putArray("enum");
            chosen.forEach(value -> values.add(json(value)));
        }
        String beside = "";
        if (random.nextInt(3) == 0) {
            String type = pick(List.of("string", "integer", "number", "boolean", "object"));
            schema.put("type", type);
            beside += ", type " + type;
        }
        if (random.nextInt(3) == 0) {
            String format = pick(OddValues.FORMATS);
            schema.put("format", format);
            beside += ", format " + describe(format);
        }
        return place + (where.isEmpty() ? "" : "/" + where) + ": " + (constant ? "const " : "enum ") + chosen
                + beside;
    }

    /** A schema replaced by one at the edges of what a schema can say ({@link OddValues#EDGE_SCHEMAS}). */
    String edgeSchema() {
        Place place = anyPlace();
        String edge = pick(OddValues.EDGE_SCHEMAS);
        JsonNode schema = json(edge);
        if (schema.isObject() && random.nextBoolean()) {
            place.node().removeAll();
            place.node().setAll((ObjectNode) schema);
            return place + ": replaced by " + edge;
        }
        String name = "edge" + nextSerial();
        objectMember(place.node(), "properties").set(name, schema);
        return place + ": property " + name + " " + edge;
    }

    /**
     * An array of another shape: a tuple ({@code prefixItems}, or draft-04's {@code items} as an array with
     * {@code additionalItems}), with or without more items, or bounds on its size, well formed or not.
     */
    String arrayShape() {
        Place place = anyPlace();
        ObjectNode schema = place.node();
        switch (random.nextInt(3)) {
            case 0 -> {
                schema.put("type", "array");
                ArrayNode items = schema.putArray("prefixItems");
                for (int i = 1 + random.nextInt(4); i > 0; i--) {
                    items.add(smallSchema());
                }
                String rest = pick(List.of("none", "false", "true", "schema", "maxItems"));
                switch (rest) {
                    case "false" -> schema.put("items", false);
                    case "true" -> schema.put("items", true);
                    case "schema" -> schema.set("items", smallSchema());
                    case "maxItems" -> schema.put("maxItems", random.nextInt(6));
                    default -> schema.remove("items");
                }
                return place + ": a tuple of " + items.size() + " (prefixItems), then " + rest;
            }
            case 1 -> {
                schema.put("type", "array");
                ArrayNode items = schema.putArray("items");
                for (int i = random.nextInt(4); i > 0; i--) {
                    items.add(smallSchema());
                }
                String rest = pick(List.of("none", "false", "schema"));
                switch (rest) {
                    case "false" -> schema.put("additionalItems", false);
                    case "schema" -> schema.set("additionalItems", smallSchema());
                    default -> schema.remove("additionalItems");
                }
                return place + ": a tuple of " + items.size() + " (items as an array), then " + rest;
            }
            default -> {
                String keyword = pick(List.of("minItems", "maxItems", "uniqueItems", "contains", "minContains"));
                String value = pick(List.of("0", "1", "2", "-1", "1.5", "1e400", "true", "\"3\"", "{}", "null",
                        "{\"type\": \"string\"}"));
                schema.set(keyword, json(value));
                return place + ": " + keyword + " " + value;
            }
        }
    }

    /**
     * An object of another shape: properties typed by the patterns of their names (regular expressions that compile
     * or not), other properties allowed, typed or not, properties required that nobody declares, or two parts of an
     * {@code allOf} that declare the same property with different types.
     */
    String objectShape() {
        Place place = anyPlace();
        ObjectNode schema = place.node();
        switch (random.nextInt(4)) {
            case 0 -> {
                ObjectNode patterns = objectMember(schema, "patternProperties");
                List<String> added = new ArrayList<>();
                for (int i = 1 + random.nextInt(3); i > 0; i--) {
                    String pattern = pick(List.of("^x-", ".*", "", "[", "^[a-z]+$", "^\\d+$", "(?<name>a)", "\\p{L}",
                            "^(a+)+$", "^S_"));
                    patterns.set(pattern, smallSchema());
                    added.add(pattern);
                }
                if (random.nextBoolean()) {
                    schema.put("type", "object");
                }
                return place + ": patternProperties " + describe(added);
            }
            case 1 -> {
                String value = pick(List.of("false", "true", "{}", "{\"type\": \"string\"}",
                        "{\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"integer\"}}}",
                        "{\"oneOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}"));
                schema.set("additionalProperties", json(value));
                if (random.nextBoolean()) {
                    objectMember(schema, "properties").set("declared" + nextSerial(), smallSchema());
                }
                return place + ": additionalProperties " + value;
            }
            case 2 -> {
                ArrayNode required = schema.path("required").isArray() ? (ArrayNode) schema.get("required")
                        : schema.putArray("required");
                String name = pick(List.of("nowhere", "", "type", "Type", "additionalProperties", "名前"));
                required.add(name);
                return place + ": required " + describe(name);
            }
            default -> {
                ArrayNode parts = schema.path("allOf").isArray() ? (ArrayNode) schema.get("allOf")
                        : schema.putArray("allOf");
                String name = pick(List.of("id", "type", "value", "name"));
                for (String type : List.of(pick(List.of("string", "integer", "object")),
                        pick(List.of("number", "boolean", "array")))) {
                    ObjectNode part = parts.addObject().put("type", "object");
                    part.putObject("properties").putObject(name).put("type", type);
                }
                return place + ": allOf parts declaring \"" + name + "\" with two types";
            }
        }
    }

    /** {@code $schema} changed to another draft, one we do not know, or no URI, or removed. */
    String draft() {
        Place place;
        if (random.nextInt(5) < 4) {
            String file = pick(new ArrayList<>(documents.keySet()));
            if (!documents.get(file).isObject()) {
                return null;
            }
            place = new Place(file, "", (ObjectNode) documents.get(file));
        } else {
            place = anyPlace();
        }
        if (place.node().has("$schema") && random.nextInt(8) == 0) {
            place.node().remove("$schema");
            return place + ": $schema removed";
        }
        String uri = pick(OddValues.SCHEMA_URIS);
        place.node().put("$schema", uri);
        return place + ": $schema " + describe(uri);
    }

    /** {@code $id}, {@code id} and {@code $anchor} added, duplicated or malformed, sometimes with a reference to it. */
    String identifier() {
        Place place = anyPlace();
        switch (random.nextInt(8)) {
            case 0 -> {
                String id = "https://example.test/fuzz/" + nextSerial() + ".json";
                place.node().put("$id", id);
                return place + ": $id " + id + referTo(id);
            }
            case 1 -> {
                Place other = anyPlace();
                String id = random.nextBoolean() ? "https://example.test/fuzz/twice.json" : "twice.json";
                place.node().put("$id", id);
                other.node().put("$id", id);
                return place + " and " + other + ": the same $id " + id + referTo(id);
            }
            case 2 -> {
                String keyword = random.nextBoolean() ? "$id" : "id";
                String id = pick(OddValues.MALFORMED_IDS);
                place.node().put(keyword, id);
                return place + ": " + keyword + " " + describe(id);
            }
            case 3 -> {
                String anchor = "anchor" + nextSerial();
                place.node().put("$anchor", anchor);
                return place + ": $anchor " + anchor + referTo("#" + anchor, place.file());
            }
            case 4 -> {
                Place other = anyPlace(place.file());
                place.node().put("$anchor", "twice");
                other.node().put("$anchor", "twice");
                return place + " and " + other + ": the same $anchor" + referTo("#twice", place.file());
            }
            case 5 -> {
                String anchor = pick(OddValues.MALFORMED_ANCHORS);
                place.node().put("$anchor", anchor);
                return place + ": $anchor " + describe(anchor);
            }
            case 6 -> {
                String other = pick(new ArrayList<>(documents.keySet()));
                String id = other.substring(other.lastIndexOf('/') + 1);
                place.node().put("$id", id);
                return place + ": $id " + id + ", the name of a file of the archive";
            }
            default -> {
                String id = random.nextBoolean() ? "#plain" + nextSerial() : "plain" + nextSerial() + ".json";
                place.node().put("id", id);
                return place + ": id " + id + referTo(id, place.file());
            }
        }
    }

    /** A document of the archive removed, when there are at least two. */
    String removeFile() {
        if (documents.size() < 2) {
            return null;
        }
        String file = pick(new ArrayList<>(documents.keySet()));
        documents.remove(file);
        return file + " removed";
    }

    /**
     * A document renamed to an odd file name, in the same folder; the references of the other documents to it follow,
     * their path percent-encoded where a URI needs it (or, at times, left raw as people write them).
     */
    String renameFile() {
        String old = pick(new ArrayList<>(documents.keySet()));
        String folder = old.substring(0, old.lastIndexOf('/') + 1);
        String renamed = folder + pick(OddValues.FILE_NAMES);
        if (documents.containsKey(renamed)) {
            return null;
        }
        documents.put(renamed, documents.remove(old));
        boolean raw = random.nextInt(4) == 0;
        int moved = 0;
        for (Map.Entry<String, JsonNode> document : documents.entrySet()) {
            String from = document.getKey().equals(renamed) ? old : document.getKey();
            for (ObjectNode holder : objectsWithRefs(document.getValue())) {
                String ref = holder.get("$ref").asText();
                int hash = ref.indexOf('#');
                String path = hash < 0 ? ref : ref.substring(0, hash);
                if (path.isEmpty() || path.contains(":") || !old.equals(resolve(from, decodePath(path)))) {
                    continue;
                }
                String relative = relative(document.getKey(), renamed);
                holder.put("$ref", (raw ? relative : encodePath(relative)) + (hash < 0 ? "" : ref.substring(hash)));
                moved++;
            }
        }
        return old + " renamed " + describe(renamed) + (moved > 0 ? " (" + moved + " $refs follow"
                + (raw ? ", not percent-encoded)" : ")") : "");
    }

    /**
     * Two schemas that fix a property of the same name ({@code const}, or an {@code enum} of one value, as the
     * branches of a discriminated union do) made to fix it to the same value, to values that differ only by case or
     * punctuation, or to odd names.
     */
    String collideDiscriminators() {
        Map<String, List<ObjectNode>> fixers = new TreeMap<>();
        Map<ObjectNode, String> where = new IdentityHashMap<>();
        for (Place place : places()) {
            JsonNode properties = place.node().path("properties");
            for (String name : fieldNames(properties)) {
                JsonNode property = properties.get(name);
                if (property.isObject() && fixedValue(property) != null) {
                    fixers.computeIfAbsent(name, n -> new ArrayList<>()).add((ObjectNode) property);
                    where.put((ObjectNode) property, place + "/properties/" + escape(name));
                }
            }
        }
        List<String> names = fixers.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey)
                .toList();
        if (names.isEmpty()) {
            return null;
        }
        List<ObjectNode> candidates = fixers.get(pick(names));
        ObjectNode a = pick(candidates);
        ObjectNode b = pick(candidates);
        if (a == b) {
            return null;
        }
        String value = fixedValue(a).asText();
        String how = pick(List.of("the same value", "values that differ in case", "values that differ in "
                + "punctuation", "odd values"));
        switch (how) {
            case "the same value" -> fix(b, value);
            case "values that differ in case" -> fix(b, value.equals(value.toUpperCase(Locale.ROOT))
                    ? value.toLowerCase(Locale.ROOT) : value.toUpperCase(Locale.ROOT));
            case "values that differ in punctuation" -> {
                fix(a, "created-event");
                fix(b, "created_event");
            }
            default -> {
                fix(a, pick(OddValues.ODD_NAMES));
                fix(b, pick(OddValues.ODD_NAMES));
            }
        }
        return where.get(a) + " and " + where.get(b) + ": " + how + " (" + describe(fixedValue(a).asText()) + ", "
                + describe(fixedValue(b).asText()) + ")";
    }

    /** How deep a tree is nested, without recursion. */
    static int depth(JsonNode root) {
        int deepest = 0;
        List<Map.Entry<JsonNode, Integer>> pending = new ArrayList<>(List.of(Map.entry(root, 1)));
        while (!pending.isEmpty()) {
            Map.Entry<JsonNode, Integer> next = pending.remove(pending.size() - 1);
            deepest = Math.max(deepest, next.getValue());
            next.getKey().forEach(child -> pending.add(Map.entry(child, next.getValue() + 1)));
        }
        return deepest;
    }

    // ---- places ----

    /** Every schema of every document, in document order. */
    List<Place> places() {
        List<Place> places = new ArrayList<>();
        documents.forEach((file, root) -> walk(file, "", root, places, 0));
        return places;
    }

    private void walk(String file, String pointer, JsonNode node, List<Place> places, int depth) {
        if (!node.isObject() || depth > MAX_WALK_DEPTH) {
            return;
        }
        places.add(new Place(file, pointer, (ObjectNode) node));
        for (String keyword : fieldNames(node)) {
            JsonNode value = node.get(keyword);
            String at = pointer + "/" + escape(keyword);
            if (SCHEMA_MAPS.contains(keyword)) {
                for (String member : fieldNames(value)) {
                    walk(file, at + "/" + escape(member), value.get(member), places, depth + 1);
                }
            } else if (SUBSCHEMA.contains(keyword) && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    walk(file, at + "/" + i, value.get(i), places, depth + 1);
                }
            } else if (SUBSCHEMA.contains(keyword)) {
                walk(file, at, value, places, depth + 1);
            }
        }
    }

    private Place anyPlace() {
        List<Place> places = places();
        if (places.isEmpty()) {
            // Every document was made something other than an object: start one anew.
            String file = pick(new ArrayList<>(documents.keySet()));
            ObjectNode root = NODES.objectNode();
            documents.put(file, root);
            return new Place(file, "", root);
        }
        return pick(places);
    }

    private Place anyPlace(String file) {
        List<Place> inFile = places().stream().filter(p -> p.file().equals(file)).toList();
        return inFile.isEmpty() ? anyPlace() : pick(inFile);
    }

    /** Whether one place is inside the other (or is it), so that rewriting one rewrites the other. */
    private static boolean nested(Place a, Place b) {
        return a.file().equals(b.file())
                && (a.pointer().startsWith(b.pointer()) || b.pointer().startsWith(a.pointer()));
    }

    // ---- references ----

    /** The reference from a schema in {@code from} to the value at {@code pointer} in {@code to}. */
    static String refTo(String from, String to, String pointer) {
        String path = from.equals(to) ? "" : relative(from, to);
        return pointer.isEmpty() && !path.isEmpty() ? path : path + "#" + encodeFragment(pointer);
    }

    /** The path of file {@code to} relative to the folder of file {@code from}, both archive paths. */
    static String relative(String from, String to) {
        List<String> folder = new ArrayList<>(List.of(from.split("/")));
        folder.remove(folder.size() - 1);
        List<String> target = List.of(to.split("/"));
        int common = 0;
        while (common < folder.size() && common < target.size() - 1 && folder.get(common).equals(target.get(common))) {
            common++;
        }
        StringBuilder path = new StringBuilder();
        for (int i = common; i < folder.size(); i++) {
            path.append("../");
        }
        path.append(String.join("/", target.subList(common, target.size())));
        return path.toString();
    }

    /** A JSON pointer as a URI fragment (RFC 6901 §6): what a fragment cannot hold, percent-encoded as UTF-8. */
    static String encodeFragment(String pointer) {
        StringBuilder out = new StringBuilder();
        for (byte b : pointer.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    /**
     * Renames a member of a {@code properties}, {@code definitions} or {@code $defs} object to {@code name}, keeping
     * its place among the members; {@code required} and the references into it follow.
     */
    private String rename(String container, String name) {
        List<Place> holders = places().stream()
                .filter(p -> p.node().path(container).isObject() && p.node().get(container).size() > 0)
                .toList();
        if (holders.isEmpty()) {
            return null;
        }
        Place holder = pick(holders);
        ObjectNode members = (ObjectNode) holder.node().get(container);
        String old = pick(fieldNames(members));
        if (members.has(name)) {
            return null;
        }
        Map<String, JsonNode> renamed = new LinkedHashMap<>();
        members.properties().forEach(e -> renamed.put(e.getKey().equals(old) ? name : e.getKey(), e.getValue()));
        members.removeAll();
        renamed.forEach(members::set);
        if (container.equals("properties") && holder.node().path("required").isArray()) {
            ArrayNode required = (ArrayNode) holder.node().get("required");
            for (int i = 0; i < required.size(); i++) {
                if (required.get(i).asText().equals(old)) {
                    required.set(i, NODES.textNode(name));
                }
            }
        }
        String prefix = holder.pointer() + "/" + escape(container) + "/";
        int moved = moveRefs(holder.file(), prefix + escape(old), prefix + escape(name));
        return holder + "/" + container + ": " + describe(old) + " renamed " + describe(name)
                + (moved > 0 ? " (" + moved + " $refs follow)" : "");
    }

    /** Rewrites the references to {@code oldPointer} (or inside it) in {@code file} to {@code newPointer}. */
    private int moveRefs(String file, String oldPointer, String newPointer) {
        int moved = 0;
        for (Map.Entry<String, JsonNode> document : documents.entrySet()) {
            for (ObjectNode holder : objectsWithRefs(document.getValue())) {
                String ref = holder.get("$ref").asText();
                int hash = ref.indexOf('#');
                if (hash < 0) {
                    continue;
                }
                String path = ref.substring(0, hash);
                String target = path.isEmpty() ? document.getKey() : resolve(document.getKey(), path);
                String pointer = decodeFragment(ref.substring(hash + 1));
                if (file.equals(target) && pointer != null
                        && (pointer.equals(oldPointer) || pointer.startsWith(oldPointer + "/"))) {
                    String renamed = newPointer + pointer.substring(oldPointer.length());
                    holder.put("$ref", path + "#" + encodeFragment(renamed));
                    moved++;
                }
            }
        }
        return moved;
    }

    private static List<ObjectNode> objectsWithRefs(JsonNode node) {
        List<ObjectNode> found = new ArrayList<>();
        List<JsonNode> pending = new ArrayList<>(List.of(node));
        while (!pending.isEmpty()) {
            JsonNode next = pending.remove(pending.size() - 1);
            if (next.isObject() && next.path("$ref").isTextual()) {
                found.add((ObjectNode) next);
            }
            next.forEach(pending::add);
        }
        return found;
    }

    private static String resolve(String from, String path) {
        List<String> parts = new ArrayList<>(List.of(from.split("/")));
        parts.remove(parts.size() - 1);
        for (String segment : path.split("/")) {
            if (segment.equals("..") && !parts.isEmpty()) {
                parts.remove(parts.size() - 1);
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }

    /** A relative path as a URI reference: what a path cannot hold, percent-encoded as UTF-8. */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=@/".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    private static String decodePath(String path) {
        String decoded = decodeFragment(path);
        return decoded == null ? path : decoded;
    }

    private static String decodeFragment(String fragment) {
        try {
            return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return null;
        }
    }

    /** Adds, at times, a reference from another schema to {@code uri}, as a property of its own. */
    private String referTo(String uri) {
        return referTo(uri, null);
    }

    /** The same, from a schema of {@code file} when given (a plain name is known in its own resource only). */
    private String referTo(String uri, String file) {
        if (random.nextBoolean()) {
            return "";
        }
        Place from = file == null ? anyPlace() : anyPlace(file);
        objectMember(from.node(), "properties").set("byId" + nextSerial(), ref(uri));
        return ", referred to from " + from;
    }

    private void through(Place place, String keyword, String ref) {
        switch (keyword) {
            case "allOf", "oneOf" -> place.node().putArray(keyword).add(ref(ref));
            case "items" -> {
                place.node().put("type", "array");
                place.node().set("items", ref(ref));
            }
            default -> {
                place.node().put("type", "object");
                place.node().set("additionalProperties", ref(ref));
            }
        }
    }

    // ---- values ----

    private static ObjectNode ref(String ref) {
        return NODES.objectNode().put("$ref", ref);
    }

    private ObjectNode smallSchema() {
        return (ObjectNode) json(pick(List.of("{\"type\": \"string\"}", "{\"type\": \"integer\"}",
                "{\"type\": \"object\", \"properties\": {\"v\": {\"type\": \"integer\"}}}",
                "{\"enum\": [\"a\", \"b\"]}",
                "{\"type\": \"array\", \"items\": {\"type\": \"object\", \"properties\": {\"w\": {}}}}",
                "{\"oneOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}")));
    }

    /** The value a schema fixes with {@code const} or an {@code enum} of one, when it is a scalar; null otherwise. */
    private static JsonNode fixedValue(JsonNode schema) {
        JsonNode value = schema.has("const") ? schema.get("const")
                : schema.path("enum").isArray() && schema.get("enum").size() == 1 ? schema.get("enum").get(0) : null;
        return value != null && value.isValueNode() && !value.isNull() ? value : null;
    }

    private static void fix(ObjectNode schema, String value) {
        if (schema.has("const")) {
            schema.put("const", value);
        } else {
            schema.putArray("enum").add(value);
        }
    }

    /** The object member {@code name} of {@code node}, made an empty object when it is something else. */
    private static ObjectNode objectMember(ObjectNode node, String name) {
        JsonNode member = node.get(name);
        return member instanceof ObjectNode object ? object : node.putObject(name);
    }

    static JsonNode json(String text) {
        return SchemaMutator.readTree(text);
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> i = node.fieldNames(); i.hasNext(); ) {
            names.add(i.next());
        }
        return names;
    }

    private int nextSerial() {
        return ++serial;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A name or value for the list of mutations: quoted, with control characters escaped, long ones shortened. */
    static String describe(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(ArchiveEdits::describe).toList().toString();
        }
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().limit(40).forEach(c -> out.append(c < 0x20 || c == 0x7F || c == '"' || c == '\\'
                ? String.format(Locale.ROOT, "\\u%04x", c) : new String(Character.toChars(c))));
        return out.append(text.codePointCount(0, text.length()) > 40 ? "…\" (" + text.length() + " chars)" : "\"")
                .toString();
    }
}
