package io.github.webhookgen.core.naming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.schema.SchemaRef;
import io.github.webhookgen.core.schema.SchemaSet;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.SourceVersion;

/**
 * The names the schemas ask for: jsonschema2pojo's keywords {@code javaType} (a type), {@code javaName} (a property)
 * and {@code javaEnumNames} (enum constants), and {@code title} (a type, when titles are used as names). A value that
 * is not a Java name is a warning and is not used.
 */
final class NamingKeywords {

    /** The most words a title may have to name a type; a longer title is a sentence, not a name. */
    private static final int TITLE_WORDS = 5;

    private final SchemaSet schemas;
    private final Problems problems;
    private final String packageName;
    /** Each {@code javaType} whose package is not the generated one, by location: reported once, at the first. */
    private final Map<SchemaRef, String> foreignPackages = new TreeMap<>();

    NamingKeywords(SchemaSet schemas, Problems problems, String packageName) {
        this.schemas = schemas;
        this.problems = problems;
        this.packageName = packageName;
    }

    /**
     * The simple name {@code javaType} gives the type at {@code type} ({@code com.example.Foo} gives {@code Foo}), or
     * null. Its package is noted for {@link #reportForeignPackages()}.
     */
    String javaType(SchemaRef type) {
        JsonNode value = node(type).get("javaType");
        if (value == null) {
            return null;
        }
        SchemaRef at = type.child("javaType");
        String written = value.asText();
        if (!value.isTextual() || !isQualifiedName(written)) {
            problems.warning(ProblemCode.INVALID_SCHEMA, schemas.locate(at), "javaType " + value + " is not a Java "
                    + "class name (Foo or com.example.Foo); ignored");
            return null;
        }
        int dot = written.lastIndexOf('.');
        if (dot > 0 && !written.substring(0, dot).equals(packageName)) {
            foreignPackages.put(at, written);
        }
        return written.substring(dot + 1);
    }

    /** One warning, at the first {@code javaType} whose package is not the generated one, for all of them. */
    void reportForeignPackages() {
        if (foreignPackages.isEmpty()) {
            return;
        }
        Map.Entry<SchemaRef, String> first = foreignPackages.entrySet().iterator().next();
        String written = first.getValue();
        int others = foreignPackages.size() - 1;
        problems.warning(ProblemCode.UNSUPPORTED_KEYWORD, schemas.locate(first.getKey()), "javaType \"" + written
                + "\": every type is generated into the package " + packageName + ", so the package "
                + written.substring(0, written.lastIndexOf('.')) + " is ignored and only the name "
                + written.substring(written.lastIndexOf('.') + 1) + " is used"
                + (others == 0 ? "" : " (the same for " + others + " more javaType" + (others == 1 ? "" : "s") + ")"));
    }

    /**
     * The type name a {@code title} makes ({@code "Shipping option"} makes {@code ShippingOption}), or null when there
     * is no title or it is not a name: more than five words, or characters other than letters, digits, spaces,
     * {@code -}, {@code _} and {@code .} (a sentence, such as {@code "The order's options"}).
     */
    String title(SchemaRef type) {
        JsonNode title = node(type).get("title");
        if (title == null || !title.isTextual()) {
            return null;
        }
        String text = title.asText().strip();
        boolean nameLike = text.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '-'
                || c == '_' || c == '.');
        List<String> words = Identifiers.words(text);
        return nameLike && !words.isEmpty() && words.size() <= TITLE_WORDS ? Identifiers.upperCamel(text) : null;
    }

    /**
     * The component name {@code javaName} gives the property whose schema is at {@code property}, or null. A value
     * that is not a Java identifier is a warning; a keyword is left for the caller to escape.
     */
    String javaName(SchemaRef property) {
        JsonNode value = node(property).get("javaName");
        if (value == null) {
            return null;
        }
        if (!value.isTextual() || !SourceVersion.isIdentifier(value.asText())) {
            problems.warning(ProblemCode.INVALID_SCHEMA, schemas.locate(property.child("javaName")), "javaName "
                    + value + " is not a Java identifier; ignored");
            return null;
        }
        return value.asText();
    }

    /**
     * The constant names {@code javaEnumNames} gives the values of the enum at {@code type}, by value; entries that are
     * empty are left out, entries that are not Java identifiers are a warning and left out.
     */
    Map<String, Asked> javaEnumNames(SchemaRef type) {
        JsonNode node = node(type);
        JsonNode names = node.get("javaEnumNames");
        Map<String, Asked> byValue = new LinkedHashMap<>();
        if (names == null) {
            return byValue;
        }
        SchemaRef at = type.child("javaEnumNames");
        JsonNode values = node.path("enum");
        if (!names.isArray() || names.size() != values.size()) {
            problems.warning(ProblemCode.INVALID_SCHEMA, schemas.locate(at), "javaEnumNames should be an array of "
                    + values.size() + " names, one for each value of enum; "
                    + (names.isArray() ? "its " + names.size() + " names are given to the first values"
                            : "ignored"));
            if (!names.isArray()) {
                return byValue;
            }
        }
        for (int i = 0; i < Math.min(names.size(), values.size()); i++) {
            JsonNode name = names.get(i);
            if (!values.get(i).isTextual() || byValue.containsKey(values.get(i).asText())
                    || (name.isTextual() && name.asText().isEmpty())) {
                continue;
            }
            if (!name.isTextual() || !SourceVersion.isIdentifier(name.asText())
                    || SourceVersion.isKeyword(name.asText()) || name.asText().equals("_")) {
                problems.warning(ProblemCode.INVALID_SCHEMA, schemas.locate(at.child(String.valueOf(i))),
                        "javaEnumNames entry " + name + " is not a Java identifier; " + values.get(i)
                                + " is named as without it");
                continue;
            }
            byValue.put(values.get(i).asText(), new Asked(name.asText(), at.child(String.valueOf(i))));
        }
        return byValue;
    }

    /** A name the schema asks for, and where. */
    record Asked(String name, SchemaRef at) {}

    /**
     * Where the record at {@code record} declares its property {@code jsonName}: in its own {@code properties}, or in
     * a schema it includes with {@code allOf} or draft-03 {@code extends}, followed through {@code $ref} as the
     * lowering merges them; null when not found.
     */
    SchemaRef declaration(SchemaRef record, String jsonName) {
        Deque<SchemaRef> parts = new ArrayDeque<>(List.of(record));
        Set<SchemaRef> seen = new HashSet<>();
        while (!parts.isEmpty()) {
            SchemaRef part = follow(parts.removeFirst(), seen);
            if (part == null) {
                continue;
            }
            JsonNode node = node(part);
            if (node.path("properties").has(jsonName)) {
                return part.child("properties", jsonName);
            }
            JsonNode allOf = node.path("allOf");
            for (int i = 0; i < allOf.size() && allOf.isArray(); i++) {
                parts.add(part.child("allOf", String.valueOf(i)));
            }
            JsonNode extended = node.path("extends");
            if (extended.isObject()) {
                parts.add(part.child("extends"));
            }
            for (int i = 0; i < extended.size() && extended.isArray(); i++) {
                parts.add(part.child("extends", String.valueOf(i)));
            }
        }
        return null;
    }

    /** The schema a chain of {@code $ref}s from {@code at} ends at, or null when it was seen or cannot be followed. */
    private SchemaRef follow(SchemaRef at, Set<SchemaRef> seen) {
        SchemaRef current = at;
        while (seen.add(current)) {
            JsonNode node = schemas.nodeOrNull(current);
            if (node == null || !node.isObject()) {
                return null;
            }
            if (!node.path("$ref").isTextual()) {
                return current;
            }
            if (!(schemas.resolve(current, node.get("$ref").asText()) instanceof SchemaSet.Resolution.Found found)) {
                return null;
            }
            current = found.target();
        }
        return null;
    }

    private JsonNode node(SchemaRef at) {
        JsonNode node = schemas.nodeOrNull(at);
        return node == null ? MissingNode.getInstance() : node;
    }

    private static boolean isQualifiedName(String name) {
        for (String part : name.split("\\.", -1)) {
            if (!SourceVersion.isIdentifier(part) || SourceVersion.isKeyword(part) || part.equals("_")) {
                return false;
            }
        }
        return true;
    }
}
