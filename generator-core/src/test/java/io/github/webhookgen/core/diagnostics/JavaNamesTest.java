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
 * JSON names that are not Java names: keywords, names that are not identifiers, names in any script, symbols, names
 * that differ only in case or punctuation, names the generated code already uses, and the names jsonschema2pojo's
 * keywords ask for. Each gets a deterministic name derived from the schema (never a counter or a position), and the
 * generated code compiles with every lint as an error (docs/naming.md).
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
                .with("webhooks/None.json", OBJECT_WITH_X)
                .with("String.json", OBJECT_WITH_X)
                .with("Json.json", OBJECT_WITH_X)
                .writeFolder(dir.resolve("archive"));

        assertEquals(List.of(), success(config(archive, out())).warnings());

        assertEquals(List.of("AB", "BackgroundColor", "Default", "Json", "JsonSchema", "MyRole", "StringSchema", "T1st",
                "WebhooksClass", "WebhooksDecoder", "WebhooksNone"), generatedTypes());
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void typesAvoidTheNamesOfTheUsersClassesInTheGeneratedPackage() throws IOException {
        Path archive = TestArchive.of("webhooks/Order.json", """
                {
                  "type": "object",
                  "properties": {
                    "price": { "type": "object", "existingJavaType": "com.example.hooks.Money" },
                    "refund": { "$ref": "Money.json" }
                  }
                }
                """).with("webhooks/Money.json", OBJECT_WITH_X).writeFolder(dir.resolve("archive"));

        assertEquals(List.of(), success(config(archive, out())).warnings());

        assertEquals(List.of("Json", "Order", "WebhooksMoney"), generatedTypes());
        assertTrue(source("Order").contains("public record Order(Money price, WebhooksMoney refund,"),
                source("Order"));
        // The user's class, beside the generated ones
        Files.writeString(out().resolve("com/example/hooks/Money.java"), """
                package com.example.hooks;

                /** A class of the user's, in the package the types are generated into. */
                public record Money(java.math.BigDecimal amount, String currency) {}
                """);
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
    void typesAvoidTheJavaLangNamesTheSupportCodeUses() throws IOException {
        Path archive = TestArchive.of("webhooks/Reading.json", """
                {
                  "type": "object",
                  "properties": {
                    "value": { "javaType": "java.lang.Integer", "enum": [1, "one"] },
                    "double": %s,
                    "stringBuilder": %s
                  },
                  "definitions": { "NumberFormatException": %s, "IllegalArgumentException": %s }
                }
                """.formatted(OBJECT_WITH_X, OBJECT_WITH_X, OBJECT_WITH_X, OBJECT_WITH_X))
                .writeFolder(dir.resolve("archive"));

        List<Problem> warnings = success(config(archive, out())).warnings();

        // The javaType's name taken, the union is named after its property
        assertEquals(List.of("Json", "Reading", "ReadingDouble", "ReadingIllegalArgumentException",
                "ReadingNumberFormatException", "ReadingStringBuilder", "Value"), generatedTypes());
        assertEquals("webhooks/Reading.json:4:28: warning: [UNSUPPORTED_KEYWORD] javaType \"java.lang.Integer\": every "
                + "type is generated into the package com.example.hooks, so the package java.lang is ignored and only "
                + "the name Integer is used (at #/properties/value/javaType)\n"
                + "webhooks/Reading.json:4:28: warning: [NAME_CLASH] javaType names Integer, which the generated code "
                + "uses (ignoring case); named Value (at #/properties/value/javaType)", lines(warnings));
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
    void objectPropertiesWhoseNamesDifferOnlyInCaseGetTypesToldApartByTheirCase() throws IOException {
        Path archive = TestArchive.of("webhooks/User.json", """
                {
                  "type": "object",
                  "properties": {
                    "id": { "type": "object", "properties": { "value": { "type": "string" } } },
                    "ID": { "type": "object", "properties": { "value": { "type": "string" } } }
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        assertEquals("webhooks/User.json:5:11: warning: [NAME_CLASH] its Java type ID and Id, the type of "
                + "webhooks/User.json#/properties/id, differ only in case, so their source files would overwrite each "
                + "other on a case-insensitive file system; named IDUpperCase (at #/properties/ID)",
                lines(success(config(archive, out())).warnings()));
        assertEquals(List.of("IDUpperCase", "Id", "Json", "User"), generatedTypes());
        assertTrue(source("User").contains("public record User(Id id, IDUpperCase ID,"), source("User"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void namesInEveryScriptAreKept() throws IOException {
        Path archive = TestArchive.of("webhooks/größe.json", """
                {
                  "type": "object",
                  "properties": {
                    "größe": { "type": "integer" },
                    "名前": { "type": "string" },
                    "testПоле": { "type": "string" },
                    "sprache": { "enum": ["français", "日本語", "deutsch"] }
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        assertEquals(List.of(), success(config(archive, out())).warnings());

        assertEquals(List.of("Größe", "Json", "Sprache"), generatedTypes());
        assertTrue(source("Größe").contains(
                "public record Größe(Long größe, String 名前, String testПоле, Sprache sprache,"), source("Größe"));
        assertTrue(source("Sprache").contains("FRANÇAIS(\"français\")"), source("Sprache"));
        assertTrue(source("Sprache").contains("日本語(\"日本語\")"), source("Sprache"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void aPropertyInAScriptWithoutCaseHasTheNameOfItsType() throws IOException {
        Path archive = TestArchive.of("webhooks/Person.json", """
                {
                  "type": "object",
                  "properties": {
                    "名前": { "enum": ["山田", "田中"] },
                    "住所": { "type": "object", "properties": { "市": { "type": "string" } } }
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        assertEquals(List.of(), success(config(archive, out())).warnings());

        assertTrue(source("Person").contains("public record Person(名前 名前, 住所 住所,"), source("Person"));
        // The decoder's locals do not obscure the types (JLS 6.4.2): 名前::fromValue names the enum
        assertTrue(source("PersonCodec").contains("case \"名前\" -> 名前Value = Json.readEnum(p, ctxt, 名前::fromValue,"),
                source("PersonCodec"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void enumValuesMadeOfSymbolsAreNamedAfterThem() throws IOException {
        Path archive = TestArchive.of("webhooks/Filter.json", """
                {
                  "type": "object",
                  "properties": {
                    "op": { "enum": ["+", "-", "*", "/", ".", "<", ">=", "!=", ""] },
                    "level": { "enum": ["c++", "-1", "+1", "1.5", "a+b", "100%"] }
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        assertEquals(List.of(), success(config(archive, out())).warnings());

        assertEquals(List.of("PLUS", "MINUS", "ASTERISK", "SLASH", "DOT", "LESS_THAN", "GREATER_THAN_OR_EQUAL",
                "NOT_EQUAL", "EMPTY", "UNKNOWN"), constants("Op"));
        assertEquals(List.of("C_PLUS_PLUS", "MINUS_1", "PLUS_1", "V_1_5", "A_PLUS_B", "V_100_PERCENT", "UNKNOWN"),
                constants("Level"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void clashingMembersGetNamesFromHowTheyAreWritten() throws IOException {
        Path archive = TestArchive.of("webhooks/Page.json", """
                {
                  "type": "object",
                  "properties": {
                    "T": { "type": "string" },
                    "t": { "type": "string" },
                    "Next": { "type": "string" },
                    "next": { "type": "string" },
                    "max-size": { "type": "integer" },
                    "max_size": { "type": "integer" },
                    "maxSize": { "type": "integer" },
                    "phase": { "enum": ["SETUP", "setup", "on-hold", "onHold", "ON_HOLD"] }
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        assertEquals(List.of(), success(config(archive, out())).warnings());

        assertTrue(source("Page").contains("""
                public record Page(String T, String t, String Next, String next, Long maxSizeHyphen, Long max_size,
                        Long maxSize, Phase phase, Map<String, JsonNode> additionalProperties) {"""), source("Page"));
        assertEquals(List.of("SETUP", "setup", "on_hold", "onHold", "ON_HOLD", "UNKNOWN"), constants("Phase"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void aSchemaFileIsNamedWithoutItsSuffix() throws IOException {
        Path archive = TestArchive.of("webhooks/Question.schema.json", OBJECT_WITH_X)
                .with("webhooks/answer.schema.json", OBJECT_WITH_X)
                .writeFolder(dir.resolve("archive"));

        assertEquals(List.of(), success(config(archive, out())).warnings());

        assertEquals(List.of("Answer", "Json", "Question"), generatedTypes());
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void titlesNamePositionalTypesOnlyWhenAsked() throws IOException {
        Path archive = TestArchive.of("webhooks/Order.json", """
                {
                  "type": "object",
                  "title": "Purchase",
                  "properties": {
                    "payment": {
                      "oneOf": [
                        { "type": "string" },
                        { "title": "Card payment", "type": "object", "properties": { "last4": { "type": "string" } } }
                      ]
                    }
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        assertEquals(List.of(), success(config(archive, out())).warnings());
        assertEquals(List.of("Json", "Order", "Payment", "PaymentObject"), generatedTypes());
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));

        assertEquals(List.of(), success(config(archive, out()).withUseTitleAsTypeName(true)).warnings());
        assertEquals(List.of("CardPayment", "Json", "Order", "Payment"), generatedTypes());
        assertTrue(source("Payment").contains("permits Payment.OfString, CardPayment {"), source("Payment"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes2"));
    }

    @Test
    void jsonschema2pojoNamingKeywordsNameTypesComponentsAndConstants() throws IOException {
        Path archive = TestArchive.of("webhooks/order.json", """
                {
                  "type": "object",
                  "javaType": "com.example.hooks.PurchaseOrder",
                  "properties": {
                    "ts": { "type": "integer", "javaName": "createdAt" },
                    "ship_to": {
                      "type": "object",
                      "javaName": "destination",
                      "properties": { "line1": { "type": "string" } }
                    },
                    "state": {
                      "type": "string",
                      "javaType": "com.example.hooks.OrderState",
                      "enum": ["+", "-", "?"],
                      "javaEnumNames": ["OPEN", "CLOSED", "UNDECIDED"]
                    }
                  }
                }
                """).writeFolder(dir.resolve("archive"));

        assertEquals(List.of(), success(config(archive, out())).warnings());

        assertEquals(List.of("Destination", "Json", "OrderState", "PurchaseOrder"), generatedTypes());
        assertTrue(source("PurchaseOrder").contains(
                "public record PurchaseOrder(Long createdAt, Destination destination, OrderState state,"),
                source("PurchaseOrder"));
        assertTrue(java.util.regex.Pattern.compile("case \"ship_to\" ->\\s+destination =\\s")
                .matcher(source("PurchaseOrderCodec")).find(), source("PurchaseOrderCodec"));
        assertEquals(List.of("OPEN", "CLOSED", "UNDECIDED", "UNKNOWN"), constants("OrderState"));
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    @Test
    void aJavaTypeInAnotherPackageIsOneWarning() throws IOException {
        Path archive = TestArchive.of("webhooks/A.json", """
                { "type": "object", "javaType": "org.acme.Alpha", "properties": { "b": { "$ref": "B.json" } } }
                """)
                .with("webhooks/B.json", """
                        { "type": "object", "javaType": "org.acme.Beta", "properties": { "x": { "type": "string" } } }
                        """)
                .writeFolder(dir.resolve("archive"));

        assertEquals("webhooks/A.json:1:33: warning: [UNSUPPORTED_KEYWORD] javaType \"org.acme.Alpha\": every type "
                + "is generated into the package com.example.hooks, so the package org.acme is ignored and only the "
                + "name Alpha is used (the same for 1 more javaType) (at #/javaType)",
                lines(success(config(archive, out())).warnings()));
        assertEquals(List.of("Alpha", "Beta", "Json"), generatedTypes());
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    /** The constants of a generated enum, in order. */
    private List<String> constants(String type) throws IOException {
        return source(type).lines().map(String::strip)
                .filter(line -> line.matches("[\\p{L}\\p{N}_]+\\(.*\\)[,;]"))
                .map(line -> line.substring(0, line.indexOf('(')))
                .toList();
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
