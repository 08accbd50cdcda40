package io.github.webhookgen.core.diagnostics;

import static io.github.webhookgen.core.diagnostics.Runs.config;
import static io.github.webhookgen.core.diagnostics.Runs.success;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.JacksonLine;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jsonschema2pojo's keywords as warnings: the ones the generated code does not support, each one located warning per
 * file that says what is done instead; values of {@code existingJavaType}, {@code javaType} and
 * {@code javaInterfaces} that are not Java types, ignored with a warning; those keywords beside a {@code $ref}; and
 * at run time, a value the user's class cannot read, and {@code java.time} on each Jackson line (docs/keywords.md).
 */
class Jsonschema2pojoKeywordsTest {

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    /** A generated source with its line breaks and indentation as single spaces. */
    private String source(String type) throws IOException {
        return Files.readString(out().resolve("com/example/hooks/" + type + ".java")).replaceAll("\\s+", " ");
    }

    private List<String> warnings(GeneratorConfig config) {
        return Report.of(success(config).warnings(), false).lines().stream().map(Report.Line::toString).toList();
    }

    @Test
    void unsupportedKeywordsAreOneLocatedWarningEachSayingWhatIsDoneInstead() throws IOException {
        Path archive = TestArchive.of("webhooks/Order.json", """
                {
                  "type": "object",
                  "extendsJavaClass": "com.example.Base",
                  "excludedFromEqualsAndHashCode": ["note"],
                  "deserializationClassProperty": "@class",
                  "properties": {
                    "placed": { "type": "string", "format": "date-time", "customDateTimePattern": "yyyy-MM-dd'T'HH:mm",
                      "customTimezone": "UTC", "formatDateTime": true },
                    "shipped": { "type": "string", "format": "date-time", "customDateTimePattern": "yyyy-MM-dd" },
                    "day": { "type": "string", "format": "date", "customDatePattern": "dd.MM.yyyy" },
                    "hour": { "type": "string", "format": "time", "customTimePattern": "HH:mm", "customPattern": "H" },
                    "state": { "enum": ["a", "b"], "javaEnums": [{ "name": "A" }, { "name": "B" }] },
                    "note": { "type": "string", "javaJsonView": "com.example.Views.Public", "javaOptional": true },
                    "scan": { "type": "string", "media": { "binaryEncoding": "base64" } },
                    "digits": { "type": "number", "integerDigits": 3, "fractionalDigits": 2 }
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        assertEquals(List.of(
                "webhooks/Order.json:3:23: warning: [UNSUPPORTED_KEYWORD] 'extendsJavaClass' (jsonschema2pojo) is not "
                        + "supported: a record cannot extend a class; javaInterfaces names interfaces it implements; "
                        + "ignored (at #/extendsJavaClass)",
                "webhooks/Order.json:4:36: warning: [UNSUPPORTED_KEYWORD] 'excludedFromEqualsAndHashCode' "
                        + "(jsonschema2pojo) is not supported: a record's equals and hashCode compare every component; "
                        + "ignored (at #/excludedFromEqualsAndHashCode)",
                "webhooks/Order.json:5:35: warning: [UNSUPPORTED_KEYWORD] 'deserializationClassProperty' "
                        + "(jsonschema2pojo) is not supported: the generated code never takes a class name from the "
                        + "JSON; a union chooses its branch by a property that each branch fixes with const or enum; "
                        + "ignored (at #/deserializationClassProperty)",
                "webhooks/Order.json:7:83: warning: [UNSUPPORTED_KEYWORD] 'customDateTimePattern' (jsonschema2pojo) is "
                        + "not supported: a date-time is read as RFC 3339 into an OffsetDateTime and written back as "
                        + "it arrived; ignored (at #/properties/placed/customDateTimePattern; 2 times in this file)",
                "webhooks/Order.json:8:25: warning: [UNSUPPORTED_KEYWORD] 'customTimezone' (jsonschema2pojo) is not "
                        + "supported: an OffsetDateTime keeps the offset it arrived with and is written back as it "
                        + "arrived; ignored (at #/properties/placed/customTimezone)",
                "webhooks/Order.json:8:50: warning: [UNSUPPORTED_KEYWORD] 'formatDateTime' (jsonschema2pojo) is not "
                        + "supported: a date-time is written back as it arrived; ignored "
                        + "(at #/properties/placed/formatDateTime)",
                "webhooks/Order.json:10:71: warning: [UNSUPPORTED_KEYWORD] 'customDatePattern' (jsonschema2pojo) is "
                        + "not supported: a date is read as an RFC 3339 full-date into a LocalDate, and other text is "
                        + "kept as written; ignored (at #/properties/day/customDatePattern)",
                "webhooks/Order.json:11:98: warning: [UNSUPPORTED_KEYWORD] 'customPattern' (jsonschema2pojo) is not "
                        + "supported: a date-time is read as RFC 3339 into an OffsetDateTime and a date into a "
                        + "LocalDate, written back as they arrived; other formats are strings, kept as written; "
                        + "ignored (at #/properties/hour/customPattern)",
                "webhooks/Order.json:11:72: warning: [UNSUPPORTED_KEYWORD] 'customTimePattern' (jsonschema2pojo) is "
                        + "not supported: values of format time are strings, kept as written; ignored "
                        + "(at #/properties/hour/customTimePattern)",
                "webhooks/Order.json:12:49: warning: [UNSUPPORTED_KEYWORD] 'javaEnums' (jsonschema2pojo) is not "
                        + "supported: enum constants are named after their values, or by javaEnumNames; ignored "
                        + "(at #/properties/state/javaEnums)",
                "webhooks/Order.json:13:49: warning: [UNSUPPORTED_KEYWORD] 'javaJsonView' (jsonschema2pojo) is not "
                        + "supported: the generated codecs read and write every property, whatever the Jackson view; "
                        + "ignored (at #/properties/note/javaJsonView)",
                "webhooks/Order.json:13:93: warning: [UNSUPPORTED_KEYWORD] 'javaOptional' (jsonschema2pojo) is not "
                        + "supported: an accessor returns the value, or null when the property is absent; ignored "
                        + "(at #/properties/note/javaOptional)",
                "webhooks/Order.json:14:42: warning: [UNSUPPORTED_KEYWORD] 'media' (jsonschema2pojo) is not "
                        + "supported: the value stays a String, exactly as written (existingJavaType \"byte[]\" reads "
                        + "base64 into bytes); ignored (at #/properties/scan/media)"),
                warnings(config(archive, out())));
        // Unsupported, the types stay as without the keywords; integerDigits and fractionalDigits only validate
        assertTrue(source("Order").contains("public record Order(OffsetDateTime placed, OffsetDateTime shipped, "
                + "LocalDate day, String hour, State state, String note, String scan, BigDecimal digits,"), source("Order"));
    }

    @Test
    void valuesThatAreNotJavaTypesAreWarningsAndTheSchemaIsLoweredAsWithoutThem() throws IOException {
        Path archive = TestArchive.of("webhooks/Order.json", """
                {
                  "type": "object",
                  "javaInterfaces": ["int", "java.util.List<", "com.example.Audited", 7],
                  "properties": {
                    "id": { "type": "string", "existingJavaType": "Uuid" },
                    "total": { "type": "object", "existingJavaType": "java.util.Map<String",
                      "properties": { "amount": { "type": "number" } } },
                    "count": { "type": "integer", "existingJavaType": 42 },
                    "tags": { "type": "array", "items": { "type": "string" }, "javaType": "java.util.Set<String>>" },
                    "score": { "type": "number", "existingJavaType": "double" }
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        assertEquals(List.of(
                "webhooks/Order.json:3:22: warning: [INVALID_SCHEMA] javaInterfaces entry \"int\" is not a Java type: "
                        + "an interface is a class type, not a primitive; ignored (at #/javaInterfaces/0)",
                "webhooks/Order.json:3:29: warning: [INVALID_SCHEMA] javaInterfaces entry \"java.util.List<\" is not a "
                        + "Java type: a name is missing at the end; ignored (at #/javaInterfaces/1)",
                "webhooks/Order.json:3:71: warning: [INVALID_SCHEMA] javaInterfaces entry 7 is not a Java type name (a "
                        + "string such as \"com.example.Money\"); ignored (at #/javaInterfaces/3)",
                "webhooks/Order.json:5:51: warning: [INVALID_SCHEMA] existingJavaType \"Uuid\" is not a Java type: Uuid "
                        + "has no package, and java.lang has no class of that name: write the class with its package, "
                        + "such as com.example.Uuid; ignored (at #/properties/id/existingJavaType)",
                "webhooks/Order.json:6:54: warning: [INVALID_SCHEMA] existingJavaType \"java.util.Map<String\" is not a "
                        + "Java type: '>' expected at the end; ignored (at #/properties/total/existingJavaType)",
                "webhooks/Order.json:8:55: warning: [INVALID_SCHEMA] existingJavaType 42 is not a Java type name (a "
                        + "string such as \"com.example.Money\"); ignored (at #/properties/count/existingJavaType)",
                "webhooks/Order.json:9:75: warning: [INVALID_SCHEMA] javaType \"java.util.Set<String>>\" is not a Java "
                        + "type: unexpected '>' at position 22; ignored (at #/properties/tags/javaType)"),
                warnings(config(archive, out())));
        // As without the values: a record for total, String, Long and a list; "double" is its box
        assertTrue(source("Order").contains("public record Order(String id, Total total, Long count, "
                + "List<String> tags, Double score, Map<String, JsonNode> additionalProperties)"
                + " implements Audited {"), source("Order"));
    }

    @Test
    void javaTypeBesideARefIsIgnoredWithAWarning() throws IOException {
        Path archive = TestArchive.of("webhooks/Order.json", """
                {
                  "type": "object",
                  "properties": {
                    "id": { "$ref": "#/definitions/id", "existingJavaType": "java.util.UUID" },
                    "kind": { "$ref": "#/definitions/kind", "javaType": "com.example.hooks.Kind" }
                  },
                  "definitions": {
                    "id": { "type": "string" },
                    "kind": { "enum": ["a", "b"] }
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        assertEquals(List.of(
                "webhooks/Order.json:4:61: warning: [UNSUPPORTED_KEYWORD] 'existingJavaType' beside $ref is ignored "
                        + "(the referenced schema applies as it is; put it on the referenced schema) "
                        + "(at #/properties/id/existingJavaType)",
                "webhooks/Order.json:5:57: warning: [UNSUPPORTED_KEYWORD] 'javaType' beside $ref is ignored (the "
                        + "referenced schema applies as it is; put it on the referenced schema) "
                        + "(at #/properties/kind/javaType)"),
                warnings(config(archive, out())));
        assertTrue(source("Order").contains("public record Order(String id, Kind kind,"), source("Order"));
    }

    private static final String DATED = """
            {
              "type": "object",
              "properties": {
                "id": { "type": "string", "existingJavaType": "java.util.UUID" },
                "day": { "type": "string", "format": "date", "existingJavaType": "java.time.LocalDate" }
              }
            }
            """;

    /** The classes generated from {@code schema} for {@code line}, compiled, in a loader beside the test's own. */
    private URLClassLoader compiled(JacksonLine line, String schema) throws IOException {
        Path archive = TestArchive.of("webhooks/Dated.json", schema).writeFolder(dir.resolve("archive"));
        assertEquals(List.of(), success(config(archive, out()).withJackson(line)).warnings());
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
        return new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void aValueTheClassCannotReadFailsWithJacksonsErrorAndPathOnJackson2() throws Exception {
        try (URLClassLoader loader = compiled(JacksonLine.JACKSON_2, DATED)) {
            Class<?> dated = loader.loadClass("com.example.hooks.Dated");
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var e = assertThrows(com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
                    () -> mapper.readValue("{\"id\": \"not-a-uuid\"}", dated));
            assertEquals("java.util.UUID", e.getTargetType().getName());
            assertEquals("com.example.hooks.Dated[\"id\"]", e.getPathReference());
        }
    }

    @Test
    void aValueTheClassCannotReadFailsWithJacksonsErrorAndPathOnJackson3() throws Exception {
        try (URLClassLoader loader = compiled(JacksonLine.JACKSON_3, DATED)) {
            Class<?> dated = loader.loadClass("com.example.hooks.Dated");
            var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
            var e = assertThrows(tools.jackson.databind.exc.InvalidFormatException.class,
                    () -> mapper.readValue("{\"id\": \"not-a-uuid\"}", dated));
            assertEquals("java.util.UUID", e.getTargetType().getName());
            assertEquals("com.example.hooks.Dated[\"id\"]", e.getPathReference());
        }
    }

    @Test
    void javaTimeNeedsTheJsr310ModuleOnJackson2() throws Exception {
        String json = "{\"id\":\"0b6a4c8e-3f1d-4e5a-9c2b-7d8e9f0a1b2c\",\"day\":\"2024-02-29\"}";
        try (URLClassLoader loader = compiled(JacksonLine.JACKSON_2, DATED)) {
            Class<?> dated = loader.loadClass("com.example.hooks.Dated");
            var plain = new com.fasterxml.jackson.databind.ObjectMapper();
            var e = assertThrows(com.fasterxml.jackson.databind.exc.InvalidDefinitionException.class,
                    () -> plain.readValue(json, dated));
            assertTrue(e.getMessage().contains("jackson-datatype-jsr310"), e.getMessage());
            assertEquals("com.example.hooks.Dated[\"day\"]", e.getPathReference());

            var withModule = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                    .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                    .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .build();
            Object read = withModule.readValue(json, dated);
            assertEquals(java.time.LocalDate.of(2024, 2, 29), dated.getMethod("day").invoke(read));
            assertEquals(json, withModule.writeValueAsString(read));
        }
    }

    @Test
    void javaTimeIsBuiltIntoJackson3() throws Exception {
        String json = "{\"id\":\"0b6a4c8e-3f1d-4e5a-9c2b-7d8e9f0a1b2c\",\"day\":\"2024-02-29\"}";
        try (URLClassLoader loader = compiled(JacksonLine.JACKSON_3, DATED)) {
            Class<?> dated = loader.loadClass("com.example.hooks.Dated");
            var plain = tools.jackson.databind.json.JsonMapper.builder().build();
            Object read = plain.readValue(json, dated);
            assertEquals(java.time.LocalDate.of(2024, 2, 29), dated.getMethod("day").invoke(read));
            assertEquals(json, plain.writeValueAsString(read));
        }
    }
}
