package io.github.webhookgen.core.lower;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webhookgen.core.schema.SchemaRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a schema says about the shape of its values once its parts are merged: the schema itself and, depth first, the
 * schemas it applies as well ({@code allOf}, draft-03 {@code extends}, and in 2019-09 and later a {@code $ref} beside
 * other keywords, 2020-12 Core §10.2.1, §8.2.3.1). An instance must be valid against every part, so the kinds of
 * value they allow are intersected, and their properties collected.
 *
 * @param at the schema
 * @param parts the schema and the schemas it applies as well, each once, in order
 * @param kinds the kinds of value the parts allow (intersected), or null when none of them says
 * @param nullable whether {@code null} is among the kinds a part names (or no part names any)
 * @param values the values of {@code enum} or {@code const} (intersected), or null when there is none
 * @param properties each declared property with every part's schema for it, in the order first declared
 * @param required the names any part requires
 * @param additional the schema of properties not declared by name ({@code additionalProperties}), or null
 * @param closed whether a part forbids other properties ({@code "additionalProperties": false})
 * @param patterns the schemas of properties by name pattern ({@code patternProperties})
 * @param items the schema of every item ({@code items} as a schema, or the items after the leading ones)
 * @param prefixItems the schemas of the leading items by position ({@code prefixItems}, draft-04 {@code items} array)
 * @param noMoreItems whether the schema forbids items after the leading ones ({@code "items": false},
 *     {@code "additionalItems": false})
 * @param unions the {@code oneOf} and {@code anyOf} keywords of the parts, by where they are
 * @param format the {@code format}, or null
 * @param maximum the largest integer {@code maximum} and {@code exclusiveMaximum} allow, or null when they give no
 *     bound
 * @param minimum the smallest integer {@code minimum} and {@code exclusiveMinimum} allow, or null
 * @param description the first non-empty {@code description} of the parts, or empty
 * @param tooDeep whether a part lies deeper in its document than {@link Lowering#MAX_NESTING}, so that the shape
 *     misses what it says
 */
record Shape(SchemaRef at, List<SchemaRef> parts, Set<Kind> kinds, boolean nullable, List<JsonNode> values,
        Map<String, List<SchemaRef>> properties, Set<String> required, SchemaRef additional, boolean closed,
        Map<String, SchemaRef> patterns, SchemaRef items, List<SchemaRef> prefixItems, boolean noMoreItems,
        List<SchemaRef> unions, String format, BigInteger maximum, BigInteger minimum, String description,
        boolean tooDeep) {

    /** The kinds of JSON value of JSON Schema's {@code type} keyword, {@code null} left out. */
    enum Kind {
        OBJECT, ARRAY, STRING, INTEGER, NUMBER, BOOLEAN;

        static Kind of(String type) {
            return switch (type) {
                case "object" -> OBJECT;
                case "array" -> ARRAY;
                case "string" -> STRING;
                case "integer" -> INTEGER;
                case "number" -> NUMBER;
                case "boolean" -> BOOLEAN;
                default -> null;
            };
        }

        static Kind of(JsonNode value) {
            if (value.isObject()) {
                return OBJECT;
            }
            if (value.isArray()) {
                return ARRAY;
            }
            if (value.isTextual()) {
                return STRING;
            }
            if (value.isIntegralNumber() || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0) {
                return INTEGER;
            }
            if (value.isNumber()) {
                return NUMBER;
            }
            return value.isBoolean() ? BOOLEAN : null;
        }
    }

    /** Whether the schema declares anything of an object's members. */
    boolean hasMembers() {
        return !properties.isEmpty() || additional != null || !patterns.isEmpty();
    }

    /** Whether the schema declares anything of an array's items. */
    boolean hasItems() {
        return items != null || !prefixItems.isEmpty();
    }

    /**
     * The kinds of value to type: those the parts name; where they name none, those the values of {@code enum} and
     * {@code const} have, or those implied by declared members ({@code properties}: objects) or items
     * ({@code items}: arrays). Empty when nothing constrains the value.
     */
    Set<Kind> effectiveKinds() {
        if (kinds != null) {
            return kinds;
        }
        Set<Kind> implied = EnumSet.noneOf(Kind.class);
        if (values != null) {
            values.stream().map(Kind::of).filter(k -> k != null).forEach(implied::add);
            if (implied.contains(Kind.NUMBER)) {
                implied.remove(Kind.INTEGER);
            }
            return implied;
        }
        if (hasMembers()) {
            implied.add(Kind.OBJECT);
        }
        if (hasItems()) {
            implied.add(Kind.ARRAY);
        }
        return implied;
    }

    /** Collects a shape part by part. */
    static final class Builder {

        private final SchemaRef at;
        private final List<SchemaRef> parts = new ArrayList<>();
        private Set<Kind> kinds;
        private boolean nullNamed;
        private List<JsonNode> values;
        private final Map<String, List<SchemaRef>> properties = new LinkedHashMap<>();
        private final Set<String> required = new LinkedHashSet<>();
        private SchemaRef additional;
        private boolean closed;
        private final Map<String, SchemaRef> patterns = new LinkedHashMap<>();
        private SchemaRef items;
        private final List<SchemaRef> prefixItems = new ArrayList<>();
        private boolean noMoreItems;
        private Integer maxItems;
        private final List<SchemaRef> unions = new ArrayList<>();
        private String format;
        private BigInteger maximum;
        private BigInteger minimum;
        private String description = "";
        private boolean tooDeep;

        Builder(SchemaRef at) {
            this.at = at;
        }

        /** Adds one part: a schema object at {@code part}. */
        Builder add(SchemaRef part, JsonNode node) {
            addWithoutUnions(part, node);
            for (String keyword : List.of("oneOf", "anyOf")) {
                if (node.path(keyword).isArray() && !node.path(keyword).isEmpty()) {
                    unions.add(part.child(keyword));
                }
            }
            return this;
        }

        /** Adds one part, leaving out its {@code oneOf} and {@code anyOf}. */
        Builder addWithoutUnions(SchemaRef part, JsonNode node) {
            parts.add(part);
            kinds(node.get("type"));
            values(node);
            node.path("properties").properties().forEach(property -> properties
                    .computeIfAbsent(property.getKey(), k -> new ArrayList<>())
                    .add(part.child("properties", property.getKey())));
            node.path("required").forEach(name -> {
                if (name.isTextual()) {
                    required.add(name.asText());
                }
            });
            JsonNode more = node.get("additionalProperties");
            if (more != null && more.isObject() && additional == null) {
                additional = part.child("additionalProperties");
            }
            closed |= more != null && more.isBoolean() && !more.asBoolean();
            node.path("patternProperties").properties().forEach(pattern -> {
                if (pattern.getValue().isObject()) {
                    patterns.putIfAbsent(pattern.getKey(), part.child("patternProperties", pattern.getKey()));
                }
            });
            items(part, node);
            if (node.path("maxItems").canConvertToInt()) {
                maxItems = maxItems == null ? node.get("maxItems").asInt()
                        : Math.min(maxItems, node.get("maxItems").asInt());
            }
            if (format == null && node.path("format").isTextual()) {
                format = node.get("format").asText();
            }
            maximum = bound(maximum, node.path("maximum"), node.path("exclusiveMaximum"), true);
            minimum = bound(minimum, node.path("minimum"), node.path("exclusiveMinimum"), false);
            if (description.isEmpty() && node.path("description").isTextual()) {
                description = node.get("description").asText().strip();
            }
            return this;
        }

        /** Notes that a part lies too deep to be read ({@link Lowering#MAX_NESTING}). */
        void tooDeep() {
            tooDeep = true;
        }

        private void kinds(JsonNode type) {
            if (type == null) {
                return;
            }
            Set<Kind> named = EnumSet.noneOf(Kind.class);
            List<JsonNode> names = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(names::add);
            } else {
                names.add(type);
            }
            boolean any = false;
            for (JsonNode name : names) {
                String text = name.asText();
                Kind kind = Kind.of(Lowering.standardType(text));
                if (kind != null) {
                    named.add(kind);
                } else if (text.equals("null")) {
                    nullNamed = true;
                } else {
                    any = true; // "any", or a type name no draft knows: it allows every kind
                }
            }
            if (any) {
                return;
            }
            if (named.contains(Kind.NUMBER)) {
                named.add(Kind.INTEGER);
            }
            if (kinds == null) {
                kinds = named;
            } else {
                kinds.retainAll(named);
            }
        }

        private void values(JsonNode node) {
            List<JsonNode> allowed = null;
            if (node.has("const")) {
                allowed = List.of(node.get("const"));
            } else if (node.path("enum").isArray()) {
                allowed = new ArrayList<>();
                node.get("enum").forEach(allowed::add);
            }
            if (allowed == null) {
                return;
            }
            if (values == null) {
                values = new ArrayList<>(allowed);
            } else {
                Set<JsonNode> both = new HashSet<>(allowed);
                values.removeIf(value -> !both.contains(value));
            }
        }

        private void items(SchemaRef part, JsonNode node) {
            JsonNode itemsNode = node.get("items");
            JsonNode prefix = node.get("prefixItems");
            if (prefix != null && prefix.isArray()) {
                if (prefixItems.isEmpty()) {
                    for (int i = 0; i < prefix.size(); i++) {
                        prefixItems.add(part.child("prefixItems", String.valueOf(i)));
                    }
                }
                restItems(part, "items", itemsNode);
            } else if (itemsNode != null && itemsNode.isArray()) {
                if (prefixItems.isEmpty()) {
                    for (int i = 0; i < itemsNode.size(); i++) {
                        prefixItems.add(part.child("items", String.valueOf(i)));
                    }
                }
                restItems(part, "additionalItems", node.get("additionalItems"));
            } else {
                restItems(part, "items", itemsNode);
            }
        }

        private void restItems(SchemaRef part, String keyword, JsonNode value) {
            if (value == null) {
                return;
            }
            if (value.isObject() && items == null) {
                items = part.child(keyword);
            }
            noMoreItems |= value.isBoolean() && !value.asBoolean();
        }

        private static final BigDecimal FAR = BigDecimal.TEN.pow(1000);

        /**
         * The tighter of {@code current} and the integer bound a schema gives: {@code maximum} (exclusive when
         * draft-04's boolean {@code exclusiveMaximum} is true, draft-04 Validation §5.1.2) and a numeric
         * {@code exclusiveMaximum} (draft-06 and later), or their {@code minimum} counterparts. A bound beyond
         * &plusmn;10^1000, or one the parser read as an infinite double, counts as &plusmn;10^1000.
         */
        private static BigInteger bound(BigInteger current, JsonNode inclusive, JsonNode exclusive, boolean upper) {
            BigInteger result = current;
            boolean draft4Exclusive = exclusive.isBoolean() && exclusive.booleanValue();
            for (JsonNode value : List.of(inclusive, exclusive)) {
                if (!value.isNumber()) {
                    continue;
                }
                BigDecimal limit = value.isFloatingPointNumber() && Double.isInfinite(value.doubleValue())
                        ? (value.doubleValue() > 0 ? FAR : FAR.negate())
                        : value.decimalValue().max(FAR.negate()).min(FAR);
                boolean strict = value == exclusive || draft4Exclusive;
                BigInteger candidate = upper
                        ? limit.setScale(0, strict ? RoundingMode.CEILING : RoundingMode.FLOOR).toBigIntegerExact()
                        : limit.setScale(0, strict ? RoundingMode.FLOOR : RoundingMode.CEILING).toBigIntegerExact();
                if (strict) {
                    candidate = upper ? candidate.subtract(BigInteger.ONE) : candidate.add(BigInteger.ONE);
                }
                if (result == null || (upper ? candidate.compareTo(result) < 0 : candidate.compareTo(result) > 0)) {
                    result = candidate;
                }
            }
            return result;
        }

        Shape build() {
            boolean nullable = kinds == null || nullNamed;
            boolean noMore = noMoreItems || maxItems != null && !prefixItems.isEmpty() && maxItems <= prefixItems.size();
            return new Shape(at, List.copyOf(parts), kinds, nullable, values, properties, required, additional,
                    closed, patterns, items, List.copyOf(prefixItems), noMore, List.copyOf(unions), format,
                    maximum, minimum, description, tooDeep);
        }
    }
}
