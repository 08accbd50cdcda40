package io.github.webhookgen.corpus;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.webhookgen.core.schema.SchemaRef;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Why a value came out as any JSON value ({@code JsonNode}), so that the untyped properties of a corpus run can be
 * counted by cause. The generator says where the untyped values come from ({@code Outline.Property.untyped()}: the
 * schema after its {@code $ref}s and the items of lists and values of maps); the cause is read from that schema's
 * keywords: a schema without constraint, a union the generator cannot discriminate, several JSON types, a map whose
 * keys are patterns, a reference that could not be followed, ... A list or map of such values is named by its
 * elements, as {@code list of: ...}, from the Java type.
 */
final class UntypedCauses {

    /** The documents as the generator reads them: comments, trailing commas and such allowed. */
    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private static final String LIST = "java.util.List<";
    private static final String MAP = "java.util.Map<java.lang.String,";

    private final SortedMap<String, byte[]> documents;
    private final Map<String, JsonNode> parsed = new HashMap<>();

    /** @param documents the case's documents by archive path */
    UntypedCauses(SortedMap<String, byte[]> documents) {
        this.documents = documents;
    }

    /**
     * Why values of {@code javaType} hold any JSON value.
     *
     * @param javaType the canonical Java type, such as {@code java.util.List<com.fasterxml.jackson.databind.JsonNode>}
     * @param at the schema the untyped values come from
     */
    String of(String javaType, SchemaRef at) {
        StringBuilder cause = new StringBuilder();
        String type = javaType.replace(" ", "");
        while (true) {
            if (type.startsWith(LIST)) {
                cause.append("list of: ");
                type = type.substring(LIST.length());
            } else if (type.startsWith(MAP)) {
                cause.append("map of: ");
                type = type.substring(MAP.length());
            } else {
                break;
            }
        }
        String innermost = of(node(at));
        // The list or map the schema itself is, when it says nothing of its items or values, is not an element
        String own = innermost.startsWith("array") ? "list of: " : innermost.startsWith("object") ? "map of: " : null;
        if (own != null && cause.toString().endsWith(own)) {
            cause.setLength(cause.length() - own.length());
        }
        return cause.append(innermost).toString();
    }

    private JsonNode node(SchemaRef at) {
        JsonNode root = parsed.computeIfAbsent(at.file(), file -> {
            byte[] json = documents.get(file);
            try {
                return json == null ? null : LENIENT.readTree(json);
            } catch (IOException e) {
                return null;
            }
        });
        if (root == null || !at.pointer().isEmpty() && !at.pointer().startsWith("/")) {
            return null;
        }
        JsonNode node = root.at(at.pointer());
        return node.isMissingNode() ? null : node;
    }

    /** Why the schema {@code node} holds any JSON value. */
    static String of(JsonNode node) {
        if (node == null) {
            return "schema not found";
        }
        if (node.isBoolean()) {
            return "true schema";
        }
        if (!node.isObject()) {
            return "not a schema";
        }
        if (node.path("$ref").isTextual() && !node.has("oneOf") && !node.has("anyOf")) {
            return "$ref not followed (cannot be resolved, a cycle, or a meta-schema)";
        }
        if (node.has("oneOf") || node.has("anyOf")) {
            return "oneOf/anyOf without a usable discriminator";
        }
        TreeSet<String> types = new TreeSet<>();
        JsonNode type = node.get("type");
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        types.remove("null");
        if (types.size() > 1) {
            return "several JSON types (\"type\": " + types + ")";
        }
        String only = types.isEmpty() ? "" : types.first();
        if (only.equals("array")) {
            JsonNode items = node.get("items");
            if (items == null || items.isBoolean()) {
                return "array without items";
            }
            return items.isArray() ? "array with tuple items (\"items\": [...])" : "array";
        }
        if (only.equals("object") || only.isEmpty() && node.has("additionalProperties")) {
            return node.has("patternProperties") ? "object with patternProperties only" : "object without properties";
        }
        if (!only.isEmpty()) {
            return "\"type\": \"" + only + "\"";
        }
        if (node.has("allOf")) {
            return "no type beside allOf";
        }
        if (node.has("enum") || node.has("const")) {
            return "enum or const of objects, arrays or null";
        }
        for (String keyword : new String[] {"items", "prefixItems", "contains", "patternProperties", "propertyNames",
                "if", "then", "else", "not", "$dynamicRef", "$recursiveRef"}) {
            if (node.has(keyword)) {
                return "no type, only '" + keyword + "'";
            }
        }
        return "no type (no constraint on the value)";
    }
}
