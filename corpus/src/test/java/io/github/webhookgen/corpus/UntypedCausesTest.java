package io.github.webhookgen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.webhookgen.core.schema.SchemaRef;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class UntypedCausesTest {

    private static final String NODE = "com.fasterxml.jackson.databind.JsonNode";

    private static final String SCHEMA = """
            {
              // comments are read, as the generator reads them
              "properties": {
                "free": {},
                "yes": true,
                "choice": {"oneOf": [{"type": "string"}, {"type": "string", "format": "email"}]},
                "mixed": {"type": ["string", "number", "null"]},
                "patterns": {"type": "object", "patternProperties": {"^x-": {"type": "string"}}},
                "open": {"type": "object"},
                "bare": {"type": "array"},
                "tuple": {"type": "array", "items": [{"type": "string"}]},
                "broken": {"$ref": "Missing.json"},
                "objects": {"enum": [{"a": 1}, {"b": 2}]},
                "conditional": {"if": {"type": "string"}, "then": {"minLength": 1}},
                "typeInAllOf": {"allOf": [{"minLength": 1}]},
                "vendor": {"type": "any"},
                "text": "not a schema"
              },
            }""";

    private final UntypedCauses causes = new UntypedCauses(new TreeMap<>(Map.of("a.json",
            SCHEMA.getBytes(StandardCharsets.UTF_8))));

    @Test
    void eachShapeOfUntypedSchemaHasItsCause() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("free", "no type (no constraint on the value)"),
                Map.entry("yes", "true schema"),
                Map.entry("choice", "oneOf/anyOf without a usable discriminator"),
                Map.entry("mixed", "several JSON types (\"type\": [number, string])"),
                Map.entry("patterns", "object with patternProperties only"),
                Map.entry("open", "object without properties"),
                Map.entry("bare", "array without items"),
                Map.entry("tuple", "array with tuple items (\"items\": [...])"),
                Map.entry("broken", "$ref not followed (cannot be resolved, a cycle, or a meta-schema)"),
                Map.entry("objects", "enum or const of objects, arrays or null"),
                Map.entry("conditional", "no type, only 'if'"),
                Map.entry("typeInAllOf", "no type beside allOf"),
                Map.entry("vendor", "\"type\": \"any\""),
                Map.entry("text", "not a schema"));
        expected.forEach((name, cause) -> assertEquals(cause,
                causes.of(NODE, new SchemaRef("a.json", "/properties/" + name)), name));
    }

    @Test
    void listsAndMapsAreNamedByTheirElementsFromTheJavaType() {
        assertEquals("list of: map of: no type (no constraint on the value)", causes.of(
                "java.util.List<java.util.Map<java.lang.String, " + NODE + ">>",
                new SchemaRef("a.json", "/properties/free")));
    }

    @Test
    void anArrayOrObjectThatSaysNothingOfItsElementsIsTheListOrMapItself() {
        assertEquals("array without items", causes.of("java.util.List<" + NODE + ">",
                new SchemaRef("a.json", "/properties/bare")));
        assertEquals("list of: object without properties", causes.of(
                "java.util.List<java.util.Map<java.lang.String, " + NODE + ">>",
                new SchemaRef("a.json", "/properties/open")));
    }

    @Test
    void aSchemaThatIsNotThereSaysSo() {
        assertEquals("schema not found", causes.of(NODE, new SchemaRef("a.json", "/definitions/none")));
        assertEquals("schema not found", causes.of(NODE, new SchemaRef("b.json", "")));
    }
}
