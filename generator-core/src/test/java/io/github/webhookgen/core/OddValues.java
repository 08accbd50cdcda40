package io.github.webhookgen.core;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

/**
 * The values {@link SchemaMutator} puts into schemas: keyword values of the wrong JSON type, broken references, odd
 * names, unknown keywords, {@code $schema} URIs and malformed identifiers. Values are JSON text, read when used.
 */
final class OddValues {

    private OddValues() {}

    /** For each keyword, values of a JSON type (or shape) it does not take, as JSON text. */
    static final Map<String, List<String>> WRONG_TYPES = Map.ofEntries(
            entry("type", List.of("5", "true", "{}", "[]", "[1, {}]", "\"objekt\"", "\"\"", "[[\"string\"]]")),
            entry("properties", List.of("[]", "\"x\"", "3", "true", "[{\"type\": \"string\"}]",
                    "{\"a\": 1, \"b\": \"s\", \"c\": [], \"d\": null}")),
            entry("required", List.of("\"x\"", "{}", "[1, null, {}]", "true", "[\"nowhere\", \"nowhere\"]", "3")),
            entry("enum", List.of("{}", "\"a\"", "3", "[]", "true", "[[1], {\"a\": 1}]")),
            entry("const", List.of("[1, 2]", "{\"a\": [1]}", "[]", "{}")),
            entry("items", List.of("\"s\"", "3", "[1, \"x\"]", "[]", "true", "[[]]")),
            entry("prefixItems", List.of("{}", "\"s\"", "3", "[1, null]", "[]")),
            entry("additionalItems", List.of("\"no\"", "3", "[]", "[{}]")),
            entry("$ref", List.of("3", "[]", "{}", "true", "{\"$ref\": \"#\"}", "[\"#\"]", "-0.5")),
            entry("additionalProperties", List.of("\"no\"", "3", "[]", "[{}]", "\"false\"")),
            entry("patternProperties", List.of("[]", "\"x\"", "3", "{\"[\": {\"type\": \"string\"}}",
                    "{\"(\": 3, \"\\\\\": {}}", "{\"^a\": \"s\"}")),
            entry("oneOf", List.of("{}", "[]", "\"x\"", "[1, \"a\"]", "[null]", "{\"type\": \"string\"}", "[[]]")),
            entry("anyOf", List.of("{}", "[]", "\"x\"", "[1, \"a\"]", "[null]", "{\"type\": \"string\"}", "[true]")),
            entry("allOf", List.of("[1]", "{}", "\"x\"", "[[]]", "[]", "[null, \"s\"]", "[false]")),
            entry("not", List.of("3", "[]", "\"x\"")),
            entry("extends", List.of("\"x\"", "3", "[1]", "[[]]")),
            entry("definitions", List.of("[]", "\"x\"", "3", "{\"a\": 1, \"b\": [], \"c\": null}")),
            entry("$defs", List.of("[]", "\"x\"", "3", "{\"a\": \"s\", \"b\": true}")),
            entry("description", List.of("3", "{}", "[\"a\"]", "true", "{\"en\": \"text\"}")),
            entry("title", List.of("3", "{}", "[\"a\"]", "false")),
            entry("format", List.of("5", "[]", "{}", "true", "\"date-time-ish\"")),
            entry("default", List.of("{\"a\": [1, {}]}", "[null]", "\"\"")),
            entry("$schema", List.of("3", "{}", "[]", "true")),
            entry("$id", List.of("3", "{}", "[]", "true")),
            entry("id", List.of("3", "{}", "[]", "true")),
            entry("$anchor", List.of("3", "{}", "[]", "true")),
            entry("javaType", List.of("3", "{}", "\"\"", "\"java.lang.\"", "\"int\"", "\"List<\"", "\"a b\"")),
            entry("existingJavaType", List.of("3", "[]", "\"\"", "\"java.util.List<\"", "\"void\"", "\"1x.Y\"")),
            entry("javaName", List.of("3", "\"\"", "\"class\"", "\"1x\"", "[]", "\"a-b\"")),
            entry("javaEnumNames", List.of("{}", "[1]", "\"x\"", "[\"\", \"\"]", "[\"class\", \"1\"]")),
            entry("javaInterfaces", List.of("\"x\"", "[1]", "[\"not a name\"]", "{}", "[\"java.io.Serializable\"]")));

    /** References that name nothing, or nothing that is a schema, or are no URI reference at all. */
    static final List<String> BROKEN_REFS = List.of(
            "Missing.json", "missing/Deeper.json#/definitions/X", "../../../outside.json", "/etc/passwd",
            "file:///etc/passwd", "https://example.test/nowhere.json", "urn:example:nowhere",
            "jar:file:x.jar!/A.json", "#/properties/noSuchProperty", "#/definitions/NoSuch", "#/$defs/NoSuch",
            "#/definitions", "#/required", "#/properties", "#/enum/0", "#/type", "#/description", "#/0",
            "http://[bad", "::", "%zz", "a b.json", " ", "", "#%", "#%zz", "\\\\server\\share.json",
            "C:\\schemas\\A.json", "https://", "http://exa mple.test/", "#/definitions/a b", "\u0000", "#\u0000",
            "#foo", "#noSuchAnchor", "#1bad", "#a b", "##", "#/properties/a~2b", "#/properties/~", "#/definitions/~1",
            "#/~", "#~0", "#/properties/%7E", "#/definitions/%2F", "#/properties//", "#//", "?query", "#?",
            "..", ".", "./", "/", "//", "Missing.json#anchor", "#/items/-1", "#/allOf/99", "#/oneOf/-");

    /** Names a person would not give a property, a definition or an enum value, but schemas in the wild do. */
    static final List<String> ODD_NAMES = List.of(
            "", " ", "_", "__", "$", "$ref", "$$", "-", "--", "1", "123abc", "1st", "0x1F", "-1", "3.14", "1e3",
            "class", "int", "enum", "record", "var", "yield", "sealed", "permits", "non-sealed", "goto", "const",
            "true", "false", "null", "assert", "strictfp", "native", "transient", "volatile", "this", "super",
            "String", "Object", "Integer", "Double", "StringBuilder", "NumberFormatException", "List", "Map",
            "Override", "Deprecated", "Record", "Enum", "Class", "JsonNode",
            "JsonProperty", "JsonCreator", "Json", "Webhooks", "WebhookVisitor", "WebhookSignature", "Unknown",
            "Builder", "Optional", "BigDecimal", "OffsetDateTime", "getClass", "hashCode", "toString", "equals",
            "wait", "notify", "clone", "finalize", "values", "valueOf", "ordinal", "name", "additionalProperties",
            "builder", "of", "java", "com", "Größe", "ÄÖÜ", "Ελληνικά", "имя", "Имя", "Հայերեն", "שם", "اسم",
            "नाम", "নাম", "ਨਾਮ", "பெயர்", "ชื่อ", "ຊື່", "სახელი", "이름", "なまえ", "ナマエ", "名前", "名字", "ስም",
            "ᏚᏙᎥ", "ᠨᠡᠷᠡ", "མིང་", "ꦗꦤꦺꦴ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "😀", "👩‍👩‍👧‍👦", "🇫🇷", "a😀b", "e\u0301", "\u200b",
            "\u200d", "\u200e", "\u202e", "\u00a0", "\ufeff", "Ω", "µ", "ſ", "İ", "ı", "ǅ", "Ⅻ", "①", "٣", "߀",
            "\t", "\n", "a\u0000b", "tab\tname", "line\nbreak", "quote\"", "back\\slash", "slash/name",
            "tilde~name", "~0", "~1", "#", "%20", "a b", "a.b", "a-b", "a:b", "a@b", "a/b~c", "*/", "/*", "<T>",
            "List<String>", "java.lang.String", "com.example", "..", ".", "...", "x".repeat(60));

    /**
     * File names a type may be named after: keywords, names of the generated package's own classes, digits, other
     * scripts, spaces and punctuation, names that differ from a sibling's only by case, and names the archive does not
     * read as a schema.
     */
    static final List<String> FILE_NAMES = List.of(
            "class.json", "Record.json", "Json.json", "Webhooks.json", "WebhookVisitor.json", "Object.json",
            "String.json", "1.json", "1st.json", "-.json", "_.json", "$.json", "größe.json", "名前.json", "ǅ.json",
            "a b.json", "a%20b.json", "a#b.json", "a?b.json", "v1.2.json", "my-schema.v2.json", "UPPER.json",
            "upper.json", "😀.json", ".json", "..json", "x".repeat(200) + ".json", "A.JSON", "A.json.bak", "A",
            "e\u0301.json", "\u00e9.json");

    /** Names of 300 characters or more: long enough that a type named after one cannot be a file name. */
    static final List<String> LONG_NAMES = List.of("x".repeat(300), "Ab".repeat(150), "é".repeat(300),
            "名".repeat(300), "a-".repeat(200));

    /**
     * Names that differ only by case or punctuation, or that become the same identifier once normalised: each group
     * is added as sibling properties or definitions, or as values of one enum.
     */
    static final List<List<String>> CLASHING_NAMES = List.of(
            List.of("name", "Name", "NAME", "nAmE"),
            List.of("first-name", "first_name", "first.name", "firstName", "first name", "FirstName", "FIRST_NAME",
                    "first--name", "first__name", "first$name"),
            List.of("a1", "a_1", "a-1", "A1", "a 1"),
            List.of("", " ", "_", "-", "$", "__", "\u200b"),
            List.of("class", "Class", "_class", "class_", "CLASS", "klass"),
            List.of("Größe", "größe", "GRÖSSE", "Groesse", "grösse"),
            List.of("é", "e\u0301", "É", "E\u0301"),
            List.of("ǅ", "ǆ", "Ǆ", "dž"),
            List.of("value", "Value", "value_", "_value", "VALUE", "values"),
            List.of("type", "Type", "TYPE", "@type", "$type", "_type"),
            List.of("1", "01", "1.0", "+1", "-1", "١"));

    /** Long names that differ only at their end. */
    static final List<List<String>> CLASHING_LONG_NAMES = List.of(
            List.of("x".repeat(300) + "a", "x".repeat(300) + "A", "x".repeat(300) + "-a"),
            List.of("名".repeat(300), "名".repeat(300) + "_"));

    /** Keywords no draft defines, or defines as something the generated types cannot express. */
    static final List<String> UNKNOWN_KEYWORDS = List.of(
            "x-vendor", "x-😀", "x-" + "k".repeat(300), "then", "else", "if", "$dynamicRef", "$recursiveRef",
            "$dynamicAnchor", "$recursiveAnchor", "unevaluatedProperties", "unevaluatedItems", "dependentSchemas",
            "dependencies", "Properties", "additionalproperties", "ONEOF", "$Ref", "REQUIRED", "Type", "$comment", "",
            "$", "\u0000", "readOnly", "discriminator", "nullable", "x-nullable", "$vocabulary", "contentSchema",
            "unknownKeyword", "propertyNames", "contains", "minContains", "examples", "deprecated", "definition",
            "$def", "schema", "ref", "$id ", " $ref");

    /** Values for unknown keywords: every JSON type, and the shapes known keywords take. */
    static final List<String> ANY_VALUES = List.of(
            "{}", "[]", "\"s\"", "3", "true", "null", "{\"type\": \"object\"}", "{\"$ref\": \"#\"}", "[{}]",
            "{\"propertyName\": \"type\", \"mapping\": {\"a\": \"#\"}}", "{\"a\": {\"type\": \"string\"}}",
            "[\"type\"]", "-1e400", "12345678901234567890123456789");

    /**
     * {@code format} values: those that choose a Java type ({@code date}, {@code date-time}, the integer formats
     * beyond {@code long}), others that drafts and OpenAPI define, and spellings nobody defines.
     */
    static final List<String> FORMATS = List.of(
            "date", "date-time", "uint64", "int128", "uint128", "int64", "int32", "uint32", "time", "duration",
            "uuid", "uri", "email", "double", "float", "decimal", "unix-time", "utc-millisec", "Date", "DATE-TIME", "",
            " date", "date-time ");

    /**
     * Values for {@code minimum}, {@code maximum} and their exclusive forms, as JSON text: bounds within and beyond the
     * {@code long} range, fractions, exponents, numbers beyond a double, draft-04's booleans, and other JSON types.
     */
    static final List<String> BOUNDS = List.of(
            "0", "-1", "1.5", "-0.0", "1E+2", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
            "-9223372036854775809", "18446744073709551615", "340282366920938463463374607431768211455", "1e19",
            "-1e19", "1e400", "-1e400", "true", "false", "\"100\"", "null", "[]");

    /**
     * Values a schema fixes with {@code const} or lists in an {@code enum}, by kind, as JSON text: strings (dates among
     * them), integers within and beyond {@code long}, other numbers, booleans and null, objects and arrays.
     */
    static final Map<String, List<String>> LISTED_VALUES = Map.of(
            "strings", List.of("\"a\"", "\"\"", "\"on\"", "\"2024-02-29\"", "\"2024-02-30\"",
                    "\"2024-01-01T00:00:00Z\"", "\"2016-12-31T23:59:60Z\"", "\"not a date\"", "\"1\"",
                    "\"true\""),
            "integers", List.of("0", "1", "-1", "1.0", "-0", "1e3", "9223372036854775807", "9223372036854775808",
                    "-9223372036854775809", "12345678901234567890123"),
            "numbers", List.of("2.5", "0.1", "-1.5e-3", "1e400", "3.141592653589793238462643383279"),
            "others", List.of("true", "false", "null", "{}", "[]", "[1]", "{\"a\": 1}"));

    /**
     * Schemas at the edges of what a schema can say, as JSON text: every value or none, only {@code null}, an empty
     * object or array that allows nothing more, an empty list of values, of parts or of branches.
     */
    static final List<String> EDGE_SCHEMAS = List.of(
            "{}", "true", "false", "{\"not\": {}}", "{\"type\": \"null\"}", "{\"enum\": []}", "{\"enum\": [null]}",
            "{\"const\": null}", "{\"type\": \"object\", \"additionalProperties\": false}",
            "{\"type\": \"object\", \"properties\": {}}", "{\"type\": \"array\", \"items\": false}",
            "{\"type\": \"array\", \"maxItems\": 0}", "{\"allOf\": []}", "{\"anyOf\": []}", "{\"oneOf\": []}",
            "{\"allOf\": [{}]}", "{\"oneOf\": [{}]}", "{\"oneOf\": [true, false]}", "{\"anyOf\": [{\"type\": \"null\"}]}",
            "{\"type\": [\"null\"]}", "{\"type\": \"object\", \"properties\": {\"a\": false}, \"required\": [\"a\"]}",
            "{\"type\": \"string\", \"enum\": [1, 2]}", "{\"type\": \"integer\", \"const\": \"one\"}",
            "{\"$ref\": \"#\", \"type\": \"string\"}", "{\"items\": {}, \"properties\": {\"a\": {}}}");

    /** {@code $schema} values: every draft, none we know, and values that are no URI. */
    static final List<String> SCHEMA_URIS = List.of(
            "http://json-schema.org/draft-03/schema#", "http://json-schema.org/draft-04/schema#",
            "http://json-schema.org/draft-06/schema#", "http://json-schema.org/draft-07/schema#",
            "https://json-schema.org/draft/2019-09/schema", "https://json-schema.org/draft/2020-12/schema",
            "http://json-schema.org/schema#", "https://example.test/meta/custom", "", "draft-07", "urn:x",
            "http://json-schema.org/draft-04/schema", "https://json-schema.org/draft/2020-12/schema#", "://");

    /** Identifiers ({@code $id}, {@code id}) that are not what a draft allows, or no URI at all. */
    static final List<String> MALFORMED_IDS = List.of(
            "http://[bad", "::", "%zz", " ", "#/pointer/like", "#", "", "a b", "urn:", "https://example.test/a#frag",
            "#1bad", "\u0000", "https://", "..", "/", "//host", "?q", "C:\\id.json", "名前");

    /** Plain names ({@code $anchor}) that are not what 2019-09 and later allow. */
    static final List<String> MALFORMED_ANCHORS = List.of("1bad", "a b", "#x", "", "a/b", "-", "😀", "a#b", "%20");
}
