package io.github.webhookgen.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webhookgen.core.schema.SchemaRef;
import io.github.webhookgen.core.schema.SchemaSet;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why a schema came out as any JSON value ({@code JsonNode}): read from the schema itself, after the fact, so that
 * the untyped properties of a corpus run can be counted by cause. The causes are the shapes of schema that webhookgen
 * does not type (a schema without constraint, a union it cannot discriminate, several JSON types, a map whose keys
 * are patterns, a reference it cannot resolve, ...); a list or map of such values is named by its elements, as
 * {@code list of: ...}.
 */
final class UntypedCauses {

    /** How many {@code $ref}s and nested lists and maps are followed before giving up. */
    private static final int DEPTH = 32;

    private final SchemaSet schemas;

    UntypedCauses(SchemaSet schemas) {
        this.schemas = schemas;
    }

    /**
     * The schema of a record's property: under the record's {@code properties}, or under those of a schema it
     * includes with {@code allOf}, following {@code $ref}s; null when it cannot be found.
     */
    SchemaRef property(SchemaRef record, String name) {
        Deque<SchemaRef> pending = new ArrayDeque<>();
        Set<SchemaRef> seen = new HashSet<>();
        pending.add(record);
        while (!pending.isEmpty()) {
            SchemaRef at = follow(pending.pop());
            if (at == null || !seen.add(at)) {
                continue;
            }
            JsonNode node = schemas.nodeOrNull(at);
            if (node == null) {
                continue;
            }
            if (node.path("properties").has(name)) {
                return at.child("properties", name);
            }
            for (int i = 0; i < node.path("allOf").size(); i++) {
                pending.add(at.child("allOf", String.valueOf(i)));
            }
        }
        return null;
    }

    /** Why the schema at {@code at} holds any JSON value. */
    String of(SchemaRef at) {
        return of(at, 0);
    }

    private String of(SchemaRef at, int depth) {
        if (depth > DEPTH) {
            return "nested too deep to tell";
        }
        SchemaRef target = follow(at);
        if (target == null) {
            return "$ref that cannot be resolved (or a $ref cycle)";
        }
        JsonNode node = schemas.nodeOrNull(target);
        if (node == null) {
            return "$ref that cannot be resolved (or a $ref cycle)";
        }
        if (node.isBoolean()) {
            return "true schema";
        }
        if (!node.isObject()) {
            return "not a schema";
        }
        if (node.has("oneOf") || node.has("anyOf")) {
            return "oneOf/anyOf without a usable discriminator";
        }
        Set<String> types = types(node);
        if (types.size() > 1) {
            return "several JSON types (\"type\": " + types + ")";
        }
        String type = types.isEmpty() ? "" : types.iterator().next();
        JsonNode additional = node.get("additionalProperties");
        if (type.equals("array")) {
            JsonNode items = node.get("items");
            if (items == null || items.isBoolean()) {
                return "array without items";
            }
            if (items.isArray()) {
                return "array with tuple items (\"items\": [...])";
            }
            return "list of: " + of(target.child("items"), depth + 1);
        }
        if (type.equals("object") || type.isEmpty() && additional != null) {
            if (additional != null && additional.isObject()) {
                return "map of: " + of(target.child("additionalProperties"), depth + 1);
            }
            return node.has("patternProperties") ? "object with patternProperties only" : "object without properties";
        }
        if (!type.isEmpty()) {
            return "\"type\": \"" + type + "\"";
        }
        // No "type": the generator reads keywords of one JSON type (items, patternProperties) only beside it.
        if (node.has("allOf")) {
            return "no type beside allOf (allOf without properties)";
        }
        if (node.has("enum") || node.has("const")) {
            return "enum or const of values that are not all strings";
        }
        for (String keyword : new String[] {"items", "prefixItems", "contains", "patternProperties", "propertyNames",
                "if", "then", "else", "not", "$dynamicRef", "$recursiveRef"}) {
            if (node.has(keyword)) {
                return "no type, only '" + keyword + "'";
            }
        }
        return "no type (no constraint on the value)";
    }

    /** The JSON types of {@code "type"}, {@code "null"} left out; vendor names as written. */
    private static Set<String> types(JsonNode node) {
        Set<String> types = new TreeSet<>();
        JsonNode type = node.get("type");
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        types.remove("null");
        return types;
    }

    /** Follows {@code $ref}s to the schema that defines something; null when one cannot be resolved. */
    private SchemaRef follow(SchemaRef at) {
        SchemaRef current = at;
        for (int step = 0; step < DEPTH; step++) {
            JsonNode node = schemas.nodeOrNull(current);
            if (node == null || !node.isObject() || !node.path("$ref").isTextual()) {
                return current;
            }
            SchemaSet.Resolution resolution;
            try {
                resolution = schemas.resolve(current.file(), node.get("$ref").asText());
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (!(resolution instanceof SchemaSet.Resolution.Found found)) {
                return null;
            }
            current = found.target();
        }
        return null;
    }
}
