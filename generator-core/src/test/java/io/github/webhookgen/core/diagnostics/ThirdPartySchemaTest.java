package io.github.webhookgen.core.diagnostics;

import static io.github.webhookgen.core.diagnostics.Runs.config;
import static io.github.webhookgen.core.diagnostics.Runs.failure;
import static io.github.webhookgen.core.diagnostics.Runs.lines;
import static io.github.webhookgen.core.diagnostics.Runs.success;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.GenerationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schemas written elsewhere, each reduced to a small fixture of the kind of thing public schemas do: references by
 * URI, anchors and plain-name identifiers, comments, duplicate keys, stray definitions, draft-03 inheritance,
 * vendor annotations. Each generates code that compiles, with a located warning where something is lost or guessed.
 * The expected lines are what a build prints; docs/bad-input.md quotes them.
 */
class ThirdPartySchemaTest {

    @TempDir
    Path dir;

    private Path archive(TestArchive archive) {
        return archive.writeFolder(dir.resolve("archive"));
    }

    private Path out() {
        return dir.resolve("out");
    }

    private String source(String type) throws IOException {
        return Files.readString(out().resolve("com/example/hooks/" + type + ".java"));
    }

    @Test
    void refsToAnAnchorAndToAPlainNameIdResolve() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Cart.json", """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "type": "object",
                  "properties": { "item": { "$ref": "#item" } },
                  "$defs": {
                    "Item": { "$anchor": "item", "type": "object", "properties": { "sku": { "type": "string" } } }
                  }
                }
                """).with("webhooks/Order.json", """
                {
                  "$schema": "http://json-schema.org/draft-07/schema#",
                  "type": "object",
                  "properties": { "product": { "$ref": "#product" } },
                  "definitions": {
                    "product": { "$id": "#product", "type": "object", "properties": { "id": { "type": "integer" } } }
                  }
                }
                """));

        GenerationResult result = success(config(archive, out()));

        assertEquals(List.of(), result.warnings());
        assertTrue(source("Cart").contains("public record Cart(Item item,"), source("Cart"));
        assertTrue(source("Order").contains("public record Order(Product product,"), source("Order"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void aRefByTheIdOfAnotherFileResolves() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Order.json", """
                {
                  "type": "object",
                  "properties": { "id": { "$ref": "https://example.test/schemas/id#/definitions/ID" } }
                }
                """).with("common/Identifiers.json", """
                {
                  "$id": "https://example.test/schemas/id",
                  "definitions": { "ID": { "type": "integer" } }
                }
                """));

        GenerationResult result = success(config(archive, out()));

        assertEquals(List.of(), result.warnings());
        assertTrue(source("Order").contains("public record Order(Long id,"), source("Order"));
    }

    @Test
    void aRelativeRefResolvesAgainstTheIdOfItsResource() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Order.json", """
                {
                  "$id": "https://example.test/orders/order",
                  "type": "object",
                  "properties": {
                    "lines": {
                      "$id": "https://example.test/lines/list",
                      "type": "array",
                      "items": { "$ref": "line" }
                    },
                    "self": { "$ref": "#" }
                  }
                }
                """).with("shared/Line.json", """
                { "$id": "https://example.test/lines/line", "type": "object",
                  "properties": { "qty": { "type": "integer" } } }
                """));

        GenerationResult result = success(config(archive, out()));

        assertEquals(List.of(), result.warnings());
        assertTrue(source("Order").contains("public record Order(List<Line> lines, Order self,"), source("Order"));
    }

    @Test
    void aRefToAUriOutsideTheArchiveIsPrintedAsWritten() {
        Path archive = archive(TestArchive.of("webhooks/Order.json", """
                {
                  "type": "object",
                  "properties": {
                    "id": { "$ref": "https://example.test/schemas/id#/definitions/ID" }
                  }
                }
                """));

        assertEquals("webhooks/Order.json:4:21: error: [UNRESOLVED_REF] $ref "
                + "\"https://example.test/schemas/id#/definitions/ID\": no schema in the archive is identified by "
                + "https://example.test/schemas/id (by its $id, or by a folder mapped with uriMappings) "
                + "(at #/properties/id/$ref)", lines(failure(config(archive, out()))));
    }

    @Test
    void aRefToAMetaschemaIsAnyJsonValue() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Plugin.json", """
                {
                  "type": "object",
                  "properties": { "settings": { "$ref": "http://json-schema.org/draft-07/schema#" } }
                }
                """));

        GenerationResult result = success(config(archive, out()));

        assertEquals(List.of(), result.warnings());
        assertTrue(source("Plugin").contains("public record Plugin(JsonNode settings,"), source("Plugin"));
    }

    @Test
    void urisMappedToAFolderNameItsFiles() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Order.json", """
                {
                  "type": "object",
                  "properties": {
                    "customer": { "$ref": "https://schemas.example.com/v1/Customer.json" }
                  }
                }
                """).with("published/Customer.json", """
                {
                  "$id": "https://schemas.example.com/v1/Customer.json",
                  "type": "object",
                  "properties": { "address": { "$ref": "common/Address.json" } }
                }
                """).with("published/common/Address.json", """
                { "type": "object", "properties": { "city": { "type": "string" } } }
                """));

        GenerationResult result = success(config(archive, out())
                .withUriMappings(Map.of("https://schemas.example.com/v1/", "published/")));

        assertEquals(List.of(), result.warnings());
        assertTrue(source("Order").contains("public record Order(Customer customer,"), source("Order"));
        assertTrue(source("Customer").contains("public record Customer(Address address,"), source("Customer"));
    }

    @Test
    void aPointerWithoutItsSlashIsReadAsAPointerWithAWarning() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Catalog.json", """
                {
                  "type": "object",
                  "properties": { "product": { "$ref": "#definitions/product" } },
                  "definitions": { "product": { "type": "object", "properties": { "id": { "type": "integer" } } } }
                }
                """));

        GenerationResult result = success(config(archive, out()));

        assertEquals("webhooks/Catalog.json:3:40: warning: [NON_STANDARD_KEYWORD] $ref \"#definitions/product\" has "
                + "a fragment that is neither a JSON pointer nor a plain name declared in webhooks/Catalog.json; read "
                + "as #/definitions/product (at #/properties/product/$ref)", lines(result.warnings()));
        assertTrue(source("Catalog").contains("public record Catalog(Product product,"), source("Catalog"));
    }

    @Test
    void commentsAndTrailingCommasAreReadWithAWarning() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Settings.json", """
                {
                  // written by hand
                  "type": "object",
                  "properties": {
                    "theme": { "type": "string" },
                  },
                }
                """));

        GenerationResult result = success(config(archive, out()));

        assertEquals("webhooks/Settings.json:2:3: warning: [NON_STANDARD_JSON] not standard JSON: a comment (the first "
                + "in this file); read leniently", lines(result.warnings()));
        assertTrue(source("Settings").contains("public record Settings(String theme,"), source("Settings"));
    }

    @Test
    void aDuplicateKeyTakesItsLastValueWithAWarning() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Item.json", """
                {
                  "type": "object",
                  "properties": {
                    "price": { "type": "string" },
                    "price": { "type": "number" }
                  }
                }
                """));

        GenerationResult result = success(config(archive, out()));

        assertEquals("webhooks/Item.json:5:5: warning: [NON_STANDARD_JSON] duplicate key \"price\"; the last value is "
                + "read (at #/properties/price)", lines(result.warnings()));
        assertTrue(source("Item").contains("public record Item(BigDecimal price,"), source("Item"));
    }

    @Test
    void aDefinitionThatIsNoSchemaIsSkippedWithAWarning() {
        Path archive = archive(TestArchive.of("webhooks/Types.json", """
                {
                  "$defs": {
                    "comment": "Types shared by the API",
                    "Money": { "type": "object", "properties": { "amount": { "type": "number" } } }
                  }
                }
                """));

        GenerationResult result = success(config(archive, out()));

        assertEquals("webhooks/Types.json:3:16: warning: [INVALID_SCHEMA] a member of '$defs' must be a schema (a JSON "
                + "object or a boolean), not a string; skipped (at #/$defs/comment)", lines(result.warnings()));
    }

    @Test
    void aPropertySchemaThatIsNoSchemaIsAWarningAndAJsonNode() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Odd.json", """
                {
                  "type": "object",
                  "properties": {
                    "size": 12
                  }
                }
                """));

        GenerationResult result = success(config(archive, out()));

        assertEquals("webhooks/Odd.json:4:13: warning: [INVALID_SCHEMA] a schema must be a JSON object or a boolean, "
                + "not a number; typed as JsonNode (at #/properties/size)", lines(result.warnings()));
        assertTrue(source("Odd").contains("public record Odd(JsonNode size,"), source("Odd"));
    }

    @Test
    void anEnumOfMoreValuesThanAGeneratedEnumHoldsIsAStringWithAWarning() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Theme.json", """
                {
                  "type": "object",
                  "properties": {
                    "icon": { "enum": [%s] },
                    "level": { "enum": [%s] }
                  }
                }
                """.formatted(values("icon-", 1_001), values("level-", 1_000))));

        GenerationResult result = success(config(archive, out()));

        assertEquals("webhooks/Theme.json:4:23: warning: [UNSUPPORTED_KEYWORD] an enum of 1001 values is more than the "
                + "generated Java enum holds (1000); typed as String (at #/properties/icon/enum)",
                lines(result.warnings()));
        assertTrue(source("Theme").contains("public record Theme(String icon, Level level,"), source("Theme"));
        assertTrue(source("Level").contains("LEVEL_999(\"level-999\")"), source("Level"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    /** {@code "prefix0", "prefix1", ...}: {@code count} JSON strings. */
    private static String values(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> "\"" + prefix + i + "\"").collect(Collectors.joining(", "));
    }

    @Test
    void draft03ExtendsGivesTheSubtypeItsParentsProperties() throws IOException {
        Path archive = archive(TestArchive.of("webhooks/Parent.json", """
                { "type": "object", "properties": { "name": { "type": "string" } } }
                """).with("webhooks/Child.json", """
                {
                  "type": "object",
                  "extends": { "$ref": "Parent.json" },
                  "properties": { "age": { "type": "integer" } }
                }
                """));

        GenerationResult result = success(config(archive, out()));

        assertEquals(List.of(), result.warnings());
        assertTrue(source("Child").contains("public record Child(Long age, String name,"), source("Child"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void annotationsAreSilentAlsoBesideARef() {
        Path archive = archive(TestArchive.of("webhooks/Config.json", """
                {
                  "$schema": "http://json-schema.org/draft-07/schema#",
                  "$id": "https://example.test/config.json",
                  "title": "Config",
                  "_metadata": { "owner": "platform" },
                  "x-generated": true,
                  "type": "object",
                  "properties": {
                    "mode": {
                      "$ref": "#/definitions/Mode",
                      "default": "fast",
                      "deprecated": true,
                      "markdownDescription": "The **mode**.",
                      "deprecationMessage": "Use speed."
                    },
                    "url": { "type": "string", "format": "uri", "examples": ["https://example.test"],
                             "errorMessage": "a URL", "readOnly": true, "$comment": "kept" }
                  },
                  "definitions": {
                    "Mode": { "enum": ["fast", "slow"], "enumDescriptions": ["Fast.", "Slow."],
                              "markdownEnumDescriptions": ["*Fast*", "*Slow*"] }
                  }
                }
                """));

        assertEquals(List.of(), success(config(archive, out())).warnings());
    }

    @Test
    void aWarningRepeatedInAFileIsPrintedOnceWithItsCount() {
        Path archive = archive(TestArchive.of("webhooks/Labels.json", """
                {
                  "type": "object",
                  "properties": {
                    "a": { "type": "object", "dependentSchemas": { "x-": {} } },
                    "b": { "type": "object", "dependentSchemas": { "x-": {} } },
                    "c": { "type": "object", "dependentSchemas": { "x-": {} } }
                  }
                }
                """));

        Report report = Report.of(success(config(archive, out())).warnings(), false);

        assertEquals(List.of("webhooks/Labels.json:4:50: warning: [UNSUPPORTED_KEYWORD] 'dependentSchemas' cannot be "
                + "expressed in the generated types; ignored (at #/properties/a/dependentSchemas; 3 times in this "
                + "file)"), report.lines().stream().map(Report.Line::toString).toList());
        assertEquals("webhookgen: 3 warnings in 1 file (-Dwebhookgen.verbose lists every occurrence)",
                report.summary("-Dwebhookgen.verbose"));
    }
}
