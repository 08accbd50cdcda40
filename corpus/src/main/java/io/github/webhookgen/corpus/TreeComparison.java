package io.github.webhookgen.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a payload with what was written back, as JSON trees: objects by their set of properties (order does not
 * matter, as in JSON), arrays element by element, strings and booleans exactly, and numbers by value within their
 * kind: an integer ({@code 1}) and a decimal ({@code 1.0}) differ, while {@code 1.50}, {@code 1.5} and {@code 15e-1}
 * are the same decimal. Numbers are read exactly (big integers and decimals), never through a {@code double}.
 */
final class TreeComparison {

    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final int SNIPPET = 80;

    private TreeComparison() {}

    /**
     * The first place where two JSON texts differ.
     *
     * @param pointer JSON pointer of the value that differs ({@code ""} for the whole document)
     * @param kind what kind of change it is, without the values: {@code property dropped (explicit null)},
     *     {@code string became number}, {@code decimal value changed}
     * @param message what was expected and what was found there
     */
    record Difference(String pointer, String kind, String message) {}

    /**
     * Reads JSON as this comparison does.
     *
     * @throws IOException when the text is not one well-formed JSON value
     */
    static JsonNode read(byte[] json) throws IOException {
        JsonNode tree = EXACT.readTree(json);
        if (tree == null || tree.isMissingNode()) {
            throw new IOException("no JSON value (empty content)");
        }
        return tree;
    }

    /**
     * The first difference between {@code expected} and {@code actual}, in the order of {@code expected}'s
     * properties, then properties only {@code actual} has; empty when they are the same JSON.
     *
     * @throws IOException when either is not well-formed JSON
     */
    static Optional<Difference> firstDifference(byte[] expected, String actual) throws IOException {
        JsonNode written;
        try {
            written = EXACT.readTree(actual);
        } catch (JsonProcessingException e) {
            throw new IOException("what was written back is not JSON: " + e.getOriginalMessage(), e);
        }
        return firstDifference(read(expected), written, "");
    }

    static Optional<Difference> firstDifference(JsonNode expected, JsonNode actual, String pointer) {
        if (expected.getNodeType() != actual.getNodeType()) {
            return differs(pointer, expected, actual);
        }
        if (expected.isObject()) {
            for (Map.Entry<String, JsonNode> property : expected.properties()) {
                String at = pointer + "/" + escape(property.getKey());
                JsonNode other = actual.get(property.getKey());
                if (other == null) {
                    String kind = property.getValue().isNull() ? "property dropped (explicit null)" : "property dropped";
                    return Optional.of(new Difference(at, kind, "expected " + snippet(property.getValue())
                            + ", found no property"));
                }
                Optional<Difference> inside = firstDifference(property.getValue(), other, at);
                if (inside.isPresent()) {
                    return inside;
                }
            }
            for (Map.Entry<String, JsonNode> property : actual.properties()) {
                if (!expected.has(property.getKey())) {
                    String kind = property.getValue().isNull() ? "property added (null)" : "property added";
                    return Optional.of(new Difference(pointer + "/" + escape(property.getKey()), kind,
                            "expected no property, found " + snippet(property.getValue())));
                }
            }
            return Optional.empty();
        }
        if (expected.isArray()) {
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                Optional<Difference> inside = firstDifference(expected.get(i), actual.get(i), pointer + "/" + i);
                if (inside.isPresent()) {
                    return inside;
                }
            }
            if (expected.size() != actual.size()) {
                return Optional.of(new Difference(pointer, "array length changed", "expected " + expected.size()
                        + " elements, found " + actual.size()));
            }
            return Optional.empty();
        }
        if (expected.isNumber()) {
            return sameNumber(expected, actual) ? Optional.empty() : differs(pointer, expected, actual);
        }
        return expected.equals(actual) ? Optional.empty() : differs(pointer, expected, actual);
    }

    private static boolean sameNumber(JsonNode expected, JsonNode actual) {
        if (expected.isIntegralNumber() != actual.isIntegralNumber()) {
            return false;
        }
        return expected.isIntegralNumber()
                ? expected.bigIntegerValue().equals(actual.bigIntegerValue())
                : expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }

    private static Optional<Difference> differs(String pointer, JsonNode expected, JsonNode actual) {
        String from = kind(expected);
        String to = kind(actual);
        String kind = from.equals(to) ? from + " value changed" : from + " became " + to;
        return Optional.of(new Difference(pointer, kind, "expected " + snippet(expected) + ", found "
                + snippet(actual)));
    }

    /** The JSON type of a value, numbers told apart as integer or decimal. */
    private static String kind(JsonNode node) {
        if (node.isNumber()) {
            return node.isIntegralNumber() ? "integer" : "decimal";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String snippet(JsonNode node) {
        String text = node.toString();
        return text.length() <= SNIPPET ? text : text.substring(0, SNIPPET) + "...";
    }

    /** A JSON pointer reference token (RFC 6901 section 4): {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
