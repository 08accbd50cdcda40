package io.github.webhookgen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.webhookgen.core.archive.Archive;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.schema.SchemaParser;
import io.github.webhookgen.core.schema.SchemaRef;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UntypedCausesTest {

    private static final String SCHEMA = """
            {
              "allOf": [{"$ref": "#/definitions/Base"}],
              "properties": {
                "free": {},
                "yes": true,
                "choice": {"oneOf": [{"type": "string"}, {"type": "string", "format": "email"}]},
                "mixed": {"type": ["string", "number", "null"]},
                "patterns": {"type": "object", "patternProperties": {"^x-": {"type": "string"}}},
                "open": {"type": "object"},
                "dictionary": {"additionalProperties": {"description": "anything"}},
                "bare": {"type": "array"},
                "tuple": {"type": "array", "items": [{"type": "string"}]},
                "nested": {"type": "array", "items": {"type": "array", "items": {"oneOf": [{}, {"type": "string"}]}}},
                "broken": {"$ref": "Missing.json"},
                "numbers": {"enum": [1, 2]},
                "conditional": {"if": {"type": "string"}, "then": {"minLength": 1}},
                "itemsOnly": {"items": {"type": "string"}},
                "typeInAllOf": {"allOf": [{"type": "array"}], "items": {"type": "string"}},
                "vendor": {"type": "any"}
              },
              "definitions": {
                "Base": {"properties": {"inherited": {"$ref": "#/definitions/Loose"}}},
                "Loose": {"description": "no type here"}
              }
            }""";

    private final UntypedCauses causes = new UntypedCauses(new SchemaParser().parse(Archive.of("test",
            Map.of("a.json", SCHEMA.getBytes(StandardCharsets.UTF_8))), new Problems()));

    @Test
    void eachShapeOfUntypedSchemaHasItsCause() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("free", "no type (no constraint on the value)"),
                Map.entry("yes", "true schema"),
                Map.entry("choice", "oneOf/anyOf without a usable discriminator"),
                Map.entry("mixed", "several JSON types (\"type\": [number, string])"),
                Map.entry("patterns", "object with patternProperties only"),
                Map.entry("open", "object without properties"),
                Map.entry("dictionary", "map of: no type (no constraint on the value)"),
                Map.entry("bare", "array without items"),
                Map.entry("tuple", "array with tuple items (\"items\": [...])"),
                Map.entry("nested", "list of: list of: oneOf/anyOf without a usable discriminator"),
                Map.entry("broken", "$ref that cannot be resolved (or a $ref cycle)"),
                Map.entry("numbers", "enum or const of values that are not all strings"),
                Map.entry("conditional", "no type, only 'if'"),
                Map.entry("itemsOnly", "no type, only 'items'"),
                Map.entry("typeInAllOf", "no type beside allOf (allOf without properties)"),
                Map.entry("vendor", "\"type\": \"any\""));
        expected.forEach((name, cause) -> assertEquals(cause, causes.of(causes.property(new SchemaRef("a.json", ""),
                name)), name));
    }

    @Test
    void aPropertyIsFoundInTheSchemasIncludedWithAllOfThroughTheirReferences() {
        SchemaRef inherited = causes.property(new SchemaRef("a.json", ""), "inherited");

        assertEquals(new SchemaRef("a.json", "/definitions/Base/properties/inherited"), inherited);
        assertEquals("no type (no constraint on the value)", causes.of(inherited));
        assertNull(causes.property(new SchemaRef("a.json", ""), "absent"));
    }
}
