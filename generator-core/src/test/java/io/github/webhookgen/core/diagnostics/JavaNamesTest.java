package io.github.webhookgen.core.diagnostics;

import static io.github.webhookgen.core.diagnostics.Runs.config;
import static io.github.webhookgen.core.diagnostics.Runs.failure;
import static io.github.webhookgen.core.diagnostics.Runs.lines;
import static io.github.webhookgen.core.diagnostics.Runs.success;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON names that are not Java names: keywords, names that are not identifiers, names that differ only in case, and
 * names the generated code already uses. Each gets a deterministic name derived from its schema location (never a
 * counter), and the generated code compiles with every lint as an error.
 */
class JavaNamesTest {

    private static final String OBJECT_WITH_X = """
            { "type": "object", "properties": { "x": { "type": "string" } } }""";

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    private String source(String type) throws IOException {
        return Files.readString(out().resolve("com/example/hooks/" + type + ".java"));
    }

    /** The generated types a user reads: every file but the codecs beside them. */
    private List<String> generatedTypes() throws IOException {
        List<String> all = generatedFiles();
        List<String> types = all.stream().filter(name -> !name.endsWith("Codec")).toList();
        for (String type : types) {
            if (source(type).contains("using = " + type + "Codec.Decoder.class")) {
                assertTrue(all.contains(type + "Codec"), type + " has its codec beside it");
            }
        }
        return types;
    }

    private List<String> generatedFiles() throws IOException {
        try (Stream<Path> files = Files.list(out().resolve("com/example/hooks"))) {
            return files.map(p -> p.getFileName().toString().replace(".java", "")).sorted().toList();
        }
    }

    @Test
    void propertyNamesBecomeComponentNames() throws IOException {
        Path archive = TestArchive.of("webhooks/Style.json", """
                {
                  "type": "object",
                  "properties": {
                    "class": { "type": "string" },
                    "default": { "type": "string" },
                    "record": { "type": "string" },
                    "background-color": { "type": "string" },
                    "1st": { "type": "string" },
                    "__myRole": { "type": "string" },
                    "a b": { "type": "string" },
                    "id": { "type": "string" },
                    "ID": { "type": "string" },
                    "hashCode": { "type": "string" },
                    "e": { "type": "string" },
                    "p": { "type": "string" }
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        assertEquals(List.of(), success(config(archive, out())).warnings());

        assertTrue(source("Style").contains("""
                public record Style(String classValue, String defaultValue, String recordValue,
                        String backgroundColor, String v1st, String myRole, String aB, String id, String ID,
                        String hashCodeValue, String e, String p, Map<String, JsonNode> additionalProperties) {"""),
                source("Style"));
        assertTrue(source("StyleCodec").contains("case \"background-color\" -> backgroundColor = "),
                source("StyleCodec"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void fileNamesBecomeTypeNames() throws IOException {
        Path archive = TestArchive.of("webhooks/class.json", OBJECT_WITH_X)
                .with("webhooks/default.json", OBJECT_WITH_X)
                .with("webhooks/background-color.json", OBJECT_WITH_X)
                .with("webhooks/1st.json", OBJECT_WITH_X)
                .with("webhooks/__myRole.json", OBJECT_WITH_X)
                .with("webhooks/a b.json", OBJECT_WITH_X)
                .with("webhooks/Decoder.json", OBJECT_WITH_X)
                .with("String.json", OBJECT_WITH_X)
                .with("Json.json", OBJECT_WITH_X)
                .writeFolder(dir.resolve("archive"));

        assertEquals(List.of(), success(config(archive, out())).warnings());

        assertEquals(List.of("AB", "BackgroundColor", "Default", "Json", "JsonSchema", "MyRole", "StringSchema", "T1st",
                "WebhooksClass", "WebhooksDecoder"), generatedTypes());
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void typesNamedAfterPropertiesAvoidNamesTheGeneratedCodeUses() throws IOException {
        Path archive = TestArchive.of("webhooks/Form.json", """
                {
                  "type": "object",
                  "properties": {
                    "class": %s,
                    "string": %s,
                    "unknown": { "$ref": "Unknown.json" },
                    "event": { "$ref": "Event.json" }
                  }
                }
                """.formatted(OBJECT_WITH_X, OBJECT_WITH_X))
                .with("webhooks/Unknown.json", OBJECT_WITH_X)
                .with("webhooks/Event.json", """
                        {
                          "oneOf": [
                            {
                              "type": "object",
                              "properties": { "type": { "const": "a" }, "u": { "$ref": "Unknown.json" } }
                            },
                            { "type": "object", "properties": { "type": { "const": "b" } } }
                          ]
                        }
                        """)
                .writeFolder(dir.resolve("archive"));

        assertEquals(List.of(), success(config(archive, out())).warnings());

        assertEquals(List.of("AEvent", "BEvent", "Event", "Form", "FormClass", "FormString", "Json", "WebhooksUnknown"),
                generatedTypes());
        assertTrue(source("Form").contains("public record Form(FormClass classValue, FormString string, "
                + "WebhooksUnknown unknown, Event event,"), source("Form"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void typesWhoseFileNamesDifferOnlyInCaseAreQualifiedByTheirFolder() throws IOException {
        Path archive = TestArchive.of("orders/Foo.json", OBJECT_WITH_X)
                .with("payments/foo.json", OBJECT_WITH_X)
                .with("orders/Order.json", """
                        {
                          "type": "object",
                          "properties": { "a": { "$ref": "Foo.json" }, "b": { "$ref": "../payments/foo.json" } }
                        }
                        """)
                .writeFolder(dir.resolve("archive"));

        assertEquals(List.of(), success(config(archive, out())).warnings());

        assertEquals(List.of("Foo", "Json", "Order", "PaymentsFoo"), generatedTypes());
        assertTrue(source("Order").contains("public record Order(Foo a, PaymentsFoo b,"), source("Order"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void namesAreTheSameOnEveryRun() throws IOException {
        TestArchive archive = TestArchive.of("orders/Foo.json", OBJECT_WITH_X)
                .with("payments/foo.json", OBJECT_WITH_X)
                .with("class.json", OBJECT_WITH_X);
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");

        success(config(archive.writeFolder(dir.resolve("a")), first));
        success(config(archive.writeFolder(dir.resolve("b")), second));

        assertEquals(listing(first), listing(second));
        assertEquals(List.of(".webhookgen-manifest", "com/example/hooks/ClassSchema.java",
                "com/example/hooks/ClassSchemaCodec.java", "com/example/hooks/Foo.java", "com/example/hooks/FooCodec.java",
                "com/example/hooks/Json.java", "com/example/hooks/PaymentsFoo.java",
                "com/example/hooks/PaymentsFooCodec.java"), listing(first));
    }

    @Test
    void objectPropertiesWhoseNamesDifferOnlyInCaseAreAnErrorNotTwoFilesThatClash() {
        Path archive = TestArchive.of("webhooks/User.json", """
                {
                  "type": "object",
                  "properties": {
                    "id": { "type": "object", "properties": { "value": { "type": "string" } } },
                    "ID": { "type": "object", "properties": { "value": { "type": "string" } } }
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        assertEquals("webhooks/User.json:4:11: error: [INVALID_SCHEMA] its Java type WebhooksUserPropertiesId and "
                + "WebhooksUserPropertiesID, the type of webhooks/User.json#/properties/ID, differ only in case, so "
                + "their source files would overwrite each other on a case-insensitive file system; rename one of the "
                + "two (at #/properties/id)", lines(failure(config(archive, out()))));
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
