package io.github.webhookgen.it;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Makes reproducible mutants of the example notifications: mutant {@code index} of {@code seed} is always the same
 * bytes. Most mutants edit the parsed tree and are written back as JSON (so that they reach the generated models);
 * the rest edit bytes and are mostly not JSON at all.
 */
final class NotificationMutator {

    /** A mutant body and the edits that made it. */
    record Mutant(int index, String example, List<String> edits, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "\"x\"", "null", "true", "false", "0",
        "-", "1e5", "-1.5E-3", "\\", "\"\\u0000\"", "\"\\ud800\"", "/*c*/", "NaN", "'a'", " ", "\n", "\"type\":", "{}",
        "[]", "\"type\":\"ContentEvent\",", "{\"type\":\"ms.MessagingEventNotification\"}", "é", "\u2603",
        "\"\\u00e9\\n\\t\\\"\""};
    private static final byte[] BAD_BYTES = {(byte) 0xC3, (byte) 0xFF, (byte) 0x80, (byte) 0xED, 0x00, 0x7F};
    private static final String[] CLASS_NAMES = {"java.lang.ProcessBuilder", "com.example.lp.webhooks.Json",
        "com.example.lp.webhooks.TextContentEvent", "java.util.HashMap"};
    private static final String[] NUMBERS = {"0", "-1", "1", "9223372036854775807", "-9223372036854775808",
        "9223372036854775808", "123456789012345678901234567890", "1.0", "0.1", "1e308", "1e400", "-1e-400",
        "1e9999999999", "52.520008", "1E+2", "3.141592653589793238462643383279"};

    private final List<String> names;
    private final List<byte[]> bodies;
    private final List<JsonNode> trees;
    private final List<String> discriminators;
    private final List<String> propertyNames;

    NotificationMutator(Map<String, byte[]> examples) {
        names = new ArrayList<>(examples.keySet());
        bodies = new ArrayList<>(examples.values());
        trees = new ArrayList<>();
        TreeSet<String> values = new TreeSet<>();
        TreeSet<String> properties = new TreeSet<>();
        for (byte[] body : bodies) {
            JsonNode tree = read(body);
            trees.add(tree);
            for (JsonNode node : nodes(tree)) {
                node.fieldNames().forEachRemaining(properties::add);
                for (String property : List.of("type", "contentType")) {
                    if (node.path(property).isTextual()) {
                        values.add(node.get(property).textValue());
                    }
                }
            }
        }
        discriminators = new ArrayList<>(values);
        propertyNames = new ArrayList<>(properties);
    }

    Mutant mutate(long seed, int index) {
        SplittableRandom random = new SplittableRandom(seed ^ (index * 0x9E3779B97F4A7C15L));
        int example = random.nextInt(bodies.size());
        List<String> edits = new ArrayList<>();
        int kind = random.nextInt(100);
        byte[] body;
        if (kind < 70) {
            body = editTree(random, example, edits);
        } else if (kind < 85) {
            body = editBytes(random, bodies.get(example), edits);
        } else {
            body = editBytes(random, editTree(random, example, edits), edits);
        }
        return new Mutant(index, names.get(example), edits, body);
    }

    private byte[] editTree(SplittableRandom random, int example, List<String> edits) {
        JsonNode root = trees.get(example).deepCopy();
        Map<ObjectNode, List<Map.Entry<String, JsonNode>>> repeats = new IdentityHashMap<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            List<JsonNode> all = nodes(root);
            List<ObjectNode> objects = all.stream().filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast)
                    .filter(o -> o.size() > 0).toList();
            if (objects.isEmpty()) {
                break;
            }
            ObjectNode object = objects.get(random.nextInt(objects.size()));
            String field = fieldAt(object, random.nextInt(object.size()));
            switch (random.nextInt(10)) {
                case 0 -> {
                    JsonNode flipped = otherKind(random, object.get(field));
                    object.set(field, flipped);
                    edits.add("flip " + field + " to " + flipped.getNodeType());
                }
                case 1 -> {
                    object.remove(field);
                    edits.add("drop " + field);
                }
                case 2 -> {
                    String name = random.nextInt(3) == 0 ? "x" + random.nextInt(1000)
                            : propertyNames.get(random.nextInt(propertyNames.size()));
                    object.set(name, randomValue(random, 3));
                    edits.add("add " + name);
                }
                case 3 -> {
                    JsonNode again = switch (random.nextInt(3)) {
                        case 0 -> object.get(field).deepCopy();
                        case 1 -> NODES.nullNode();
                        default -> randomValue(random, 2);
                    };
                    repeats.computeIfAbsent(object, o -> new ArrayList<>()).add(Map.entry(field, again));
                    edits.add("repeat " + field);
                }
                case 4 -> edits.add(discriminator(random, all));
                case 5 -> edits.add(swap(random, root, all));
                case 6 -> edits.add(editArray(random, all));
                case 7 -> edits.add(edgeScalar(random, all));
                case 8 -> edits.add(repeatDiscriminator(random, all, repeats));
                default -> {
                    object.set(field, randomValue(random, 3));
                    edits.add("replace " + field);
                }
            }
        }
        return write(root, repeats);
    }

    /** An object that has a discriminator, and which of its discriminators to edit. */
    private record Discriminator(ObjectNode object, String property) {}

    private static Discriminator pickDiscriminator(SplittableRandom random, List<JsonNode> all) {
        List<ObjectNode> unions = all.stream().filter(n -> n.has("type") || n.has("contentType"))
                .map(ObjectNode.class::cast).toList();
        if (unions.isEmpty()) {
            return null;
        }
        ObjectNode object = unions.get(random.nextInt(unions.size()));
        String property = object.has("contentType") && (!object.has("type") || random.nextBoolean()) ? "contentType"
                : "type";
        return new Discriminator(object, property);
    }

    /**
     * Repeats the discriminator of an object that has one, after its last property: with the same value, another
     * declared one, null or another scalar. Readers that look at different occurrences must still agree.
     */
    private String repeatDiscriminator(SplittableRandom random, List<JsonNode> all,
            Map<ObjectNode, List<Map.Entry<String, JsonNode>>> repeats) {
        Discriminator picked = pickDiscriminator(random, all);
        if (picked == null) {
            return "no discriminator";
        }
        ObjectNode object = picked.object();
        String property = picked.property();
        JsonNode again = switch (random.nextInt(4)) {
            case 0 -> object.get(property).deepCopy();
            case 1 -> NODES.textNode(discriminators.get(random.nextInt(discriminators.size())));
            case 2 -> NODES.nullNode();
            default -> randomScalar(random);
        };
        repeats.computeIfAbsent(object, o -> new ArrayList<>()).add(Map.entry(property, again));
        return "repeat discriminator " + property + " as " + again;
    }

    /** Sets or removes the discriminator of an object that has one. */
    private String discriminator(SplittableRandom random, List<JsonNode> all) {
        Discriminator picked = pickDiscriminator(random, all);
        if (picked == null) {
            return "no discriminator";
        }
        ObjectNode object = picked.object();
        String property = picked.property();
        switch (random.nextInt(6)) {
            case 0 -> object.remove(property);
            case 1 -> object.putNull(property);
            case 2 -> object.put(property, CLASS_NAMES[random.nextInt(CLASS_NAMES.length)]);
            case 3 -> object.put(property, "kind" + random.nextInt(100));
            case 4 -> object.set(property, randomValue(random, 1));
            default -> object.put(property, discriminators.get(random.nextInt(discriminators.size())));
        }
        return "discriminator " + property + " = " + object.get(property);
    }

    /** Puts a structure of another example in place of a value, preferring one under the same property name. */
    private String swap(SplittableRandom random, JsonNode root, List<JsonNode> all) {
        JsonNode donor = trees.get(random.nextInt(trees.size()));
        List<ObjectNode> parents = all.stream().filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast)
                .filter(o -> o.size() > 0 && o != root).toList();
        if (parents.isEmpty()) {
            return "no swap";
        }
        ObjectNode parent = parents.get(random.nextInt(parents.size()));
        String field = fieldAt(parent, random.nextInt(parent.size()));
        List<JsonNode> candidates = new ArrayList<>();
        for (JsonNode node : nodes(donor)) {
            if (node.has(field) && (random.nextInt(4) > 0 || node.get(field).isContainerNode())) {
                candidates.add(node.get(field));
            }
        }
        if (candidates.isEmpty() || random.nextInt(5) == 0) {
            List<JsonNode> containers = nodes(donor).stream().filter(JsonNode::isContainerNode).toList();
            parent.set(field, containers.get(random.nextInt(containers.size())).deepCopy());
            return "swap " + field + " with any structure";
        }
        parent.set(field, candidates.get(random.nextInt(candidates.size())).deepCopy());
        return "swap " + field + " with the same property of another example";
    }

    private String editArray(SplittableRandom random, List<JsonNode> all) {
        List<ArrayNode> arrays = all.stream().filter(ArrayNode.class::isInstance).map(ArrayNode.class::cast).toList();
        if (arrays.isEmpty()) {
            return "no array";
        }
        ArrayNode array = arrays.get(random.nextInt(arrays.size()));
        int at = array.isEmpty() ? 0 : random.nextInt(array.size());
        switch (random.nextInt(5)) {
            case 0 -> {
                if (!array.isEmpty()) {
                    array.remove(at);
                }
            }
            case 1 -> {
                if (!array.isEmpty()) {
                    array.insert(at, array.get(at).deepCopy());
                }
            }
            case 2 -> array.insertNull(at);
            case 3 -> array.removeAll();
            default -> array.insert(at, randomValue(random, 2));
        }
        return "edit array";
    }

    /** Replaces a scalar with an edge value of the same JSON type (a number with a number, a string with a string). */
    private String edgeScalar(SplittableRandom random, List<JsonNode> all) {
        List<ObjectNode> owners = all.stream().filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast)
                .filter(o -> properties(o).stream().anyMatch(e -> e.getValue().isValueNode())).toList();
        if (owners.isEmpty()) {
            return "no scalar";
        }
        ObjectNode owner = owners.get(random.nextInt(owners.size()));
        List<String> scalars = properties(owner).stream().filter(e -> e.getValue().isValueNode())
                .map(Map.Entry::getKey).toList();
        String field = scalars.get(random.nextInt(scalars.size()));
        JsonNode old = owner.get(field);
        if (old.isNumber()) {
            owner.set(field, number(NUMBERS[random.nextInt(NUMBERS.length)]));
        } else if (old.isTextual()) {
            owner.put(field, edgeString(random));
        } else {
            owner.set(field, randomScalar(random));
        }
        return "edge value for " + field + ": " + abbreviate(owner.get(field).toString());
    }

    private byte[] editBytes(SplittableRandom random, byte[] original, List<String> edits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int length = original.length;
        int at = random.nextInt(length + 1);
        switch (random.nextInt(6)) {
            case 0 -> {
                int end = Math.min(length, at + 1 + (random.nextInt(4) == 0 ? random.nextInt(length + 1) : random.nextInt(20)));
                out.write(original, 0, at);
                out.write(original, end, length - end);
                edits.add("delete bytes " + at + ".." + end);
            }
            case 1 -> {
                String token = TOKENS[random.nextInt(TOKENS.length)];
                out.write(original, 0, at);
                out.writeBytes(token.getBytes(StandardCharsets.UTF_8));
                out.write(original, at, length - at);
                edits.add("insert " + token + " at " + at);
            }
            case 2 -> {
                out.write(original, 0, at);
                edits.add("truncate at " + at);
            }
            case 3 -> {
                out.writeBytes(original);
                if (length > 0) {
                    byte[] bytes = out.toByteArray();
                    int position = random.nextInt(length);
                    bytes[position] = random.nextBoolean() ? BAD_BYTES[random.nextInt(BAD_BYTES.length)]
                            : (byte) (32 + random.nextInt(95));
                    edits.add("set byte " + position);
                    return bytes;
                }
                edits.add("set no byte");
            }
            case 4 -> {
                int from = random.nextInt(length + 1);
                int end = Math.min(length, from + random.nextInt(200));
                out.write(original, 0, at);
                out.write(original, from, end - from);
                out.write(original, at, length - at);
                edits.add("copy bytes " + from + ".." + end + " to " + at);
            }
            default -> {
                byte[] donor = bodies.get(random.nextInt(bodies.size()));
                int from = random.nextInt(donor.length);
                int end = Math.min(donor.length, from + random.nextInt(300));
                int cut = Math.min(length, at + random.nextInt(300));
                out.write(original, 0, at);
                out.write(donor, from, end - from);
                out.write(original, cut, length - cut);
                edits.add("splice another example's bytes at " + at);
            }
        }
        return out.toByteArray();
    }

    private JsonNode otherKind(SplittableRandom random, JsonNode old) {
        for (;;) {
            JsonNode candidate = randomValue(random, 2);
            if (candidate.getNodeType() != old.getNodeType()) {
                return candidate;
            }
        }
    }

    private JsonNode randomValue(SplittableRandom random, int depth) {
        int choice = random.nextInt(depth > 0 ? 10 : 7);
        return switch (choice) {
            case 7 -> {
                ObjectNode object = NODES.objectNode();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    object.set(random.nextBoolean() ? "type" : "k" + random.nextInt(10), randomValue(random, depth - 1));
                }
                yield object;
            }
            case 8 -> {
                ArrayNode array = NODES.arrayNode();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.add(randomValue(random, depth - 1));
                }
                yield array;
            }
            case 9 -> trees.get(random.nextInt(trees.size())).deepCopy();
            default -> randomScalar(random);
        };
    }

    private JsonNode randomScalar(SplittableRandom random) {
        return switch (random.nextInt(7)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> number(NUMBERS[random.nextInt(NUMBERS.length)]);
            case 3 -> NODES.textNode(discriminators.get(random.nextInt(discriminators.size())));
            case 4 -> NODES.numberNode(random.nextInt());
            case 5 -> NODES.numberNode(random.nextDouble() * 1000);
            default -> NODES.textNode(edgeString(random));
        };
    }

    private static String edgeString(SplittableRandom random) {
        return switch (random.nextInt(8)) {
            case 0 -> "";
            case 1 -> "\u0000\u001f\"\\/\b\f\n\r\t";
            case 2 -> "é\u2603\uD83D\uDE00";
            case 3 -> "\uD800";
            case 4 -> "x".repeat(random.nextInt(20_000));
            case 5 -> "2024-02-30T25:61:00Z";
            case 6 -> CLASS_NAMES[random.nextInt(CLASS_NAMES.length)];
            default -> "s" + random.nextInt(1000);
        };
    }

    /** A number exactly as written, including ones that BigDecimal cannot hold. */
    private static JsonNode number(String text) {
        return NODES.rawValueNode(new RawValue(text));
    }

    /** The properties of an object, in order ({@code ObjectNode.properties()} is from Jackson 2.15 on). */
    private static List<Map.Entry<String, JsonNode>> properties(ObjectNode object) {
        List<Map.Entry<String, JsonNode>> properties = new ArrayList<>();
        object.fieldNames().forEachRemaining(name -> properties.add(Map.entry(name, object.get(name))));
        return properties;
    }

    private static String fieldAt(ObjectNode object, int position) {
        Iterator<String> fields = object.fieldNames();
        for (int i = 0; i < position; i++) {
            fields.next();
        }
        return fields.next();
    }

    /** Every node of a tree, parents before children, in document order. */
    private static List<JsonNode> nodes(JsonNode root) {
        List<JsonNode> all = new ArrayList<>();
        all.add(root);
        for (int i = 0; i < all.size(); i++) {
            all.get(i).elements().forEachRemaining(all::add);
        }
        return all;
    }

    /** Writes a tree, repeating the properties in {@code repeats} after the object's own. */
    private static byte[] write(JsonNode root, Map<ObjectNode, List<Map.Entry<String, JsonNode>>> repeats) {
        if (repeats.isEmpty()) {
            try {
                return MAPPER.writeValueAsBytes(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            write(g, root, repeats);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, JsonNode node,
            Map<ObjectNode, List<Map.Entry<String, JsonNode>>> repeats) throws IOException {
        if (node instanceof ObjectNode object) {
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> property : properties(object)) {
                g.writeFieldName(property.getKey());
                write(g, property.getValue(), repeats);
            }
            for (Map.Entry<String, JsonNode> again : repeats.getOrDefault(object, List.of())) {
                g.writeFieldName(again.getKey());
                write(g, again.getValue(), repeats);
            }
            g.writeEndObject();
        } else if (node instanceof ArrayNode array) {
            g.writeStartArray();
            for (JsonNode element : array) {
                write(g, element, repeats);
            }
            g.writeEndArray();
        } else {
            MAPPER.writeTree(g, node);
        }
    }

    private static JsonNode read(byte[] body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
