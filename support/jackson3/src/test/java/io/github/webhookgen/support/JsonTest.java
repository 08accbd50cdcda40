package io.github.webhookgen.support;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * {@link Json} on Jackson 3, through a plain {@code JsonMapper}: each reader runs as the deserializer of a probe type,
 * each writer as its serializer, the way the generated codecs call them.
 */
class JsonTest {

    private static final ObjectMapper PLAIN = JsonMapper.builder().build();

    /** The value a {@link Json.Reader} reads from {@code json}, read as a whole document by a plain mapper. */
    private static <T> T read(String json, Json.Reader<T> reader) {
        SimpleModule module = new SimpleModule().addDeserializer(Probe.class, new StdDeserializer<Probe>(Probe.class) {
            @Override
            public Probe deserialize(JsonParser p, DeserializationContext ctxt) {
                return new Probe(reader.read(p, ctxt));
            }
        });
        @SuppressWarnings("unchecked")
        T value = (T) JsonMapper.builder().addModule(module).build().readValue(json, Probe.class).value();
        return value;
    }

    /** What a {@link Json.Writer} writes for {@code value}. */
    private static <T> String write(T value, Json.Writer<T> writer) {
        SimpleModule module = new SimpleModule().addSerializer(Probe.class, new StdSerializer<Probe>(Probe.class) {
            @Override
            @SuppressWarnings("unchecked")
            public void serialize(Probe probe, JsonGenerator g, SerializationContext ctxt) {
                writer.write((T) probe.value(), g, ctxt);
            }
        });
        return JsonMapper.builder().addModule(module).build().writeValueAsString(new Probe(value));
    }

    private record Probe(Object value) {}

    @Test
    void scalarReadersAreStrictAboutJsonTypes() {
        assertEquals("a", read("\"a\"", Json::readString));
        assertEquals(Long.valueOf(7), JsonTest.<Long>read("7", Json::readLong));
        assertEquals(new BigDecimal("1.50"), read("1.50", Json::readDecimal));
        assertEquals(true, read("true", Json::readBoolean));

        MismatchedInputException string = assertThrows(MismatchedInputException.class,
                () -> read("1", Json::readString));
        assertTrue(string.getOriginalMessage().startsWith("Expected a string, found VALUE_NUMBER_INT"),
                string.getOriginalMessage());
        assertThrows(MismatchedInputException.class, () -> read("\"7\"", Json::readLong));
        assertThrows(MismatchedInputException.class, () -> read("1.5", Json::readLong));
        assertThrows(MismatchedInputException.class, () -> read("\"1\"", Json::readDecimal));
        assertThrows(MismatchedInputException.class, () -> read("\"true\"", Json::readBoolean));
    }

    @Test
    void aNumberBigDecimalCannotHoldFailsAsAJacksonException() {
        assertThrows(JacksonException.class, () -> read("1e9999999999", Json::readDecimal));
    }

    /** A class of the user's, as {@code existingJavaType} names one. */
    public record Money(BigDecimal amount, String currency) {}

    @Test
    void aGenericClassOfTheUsersIsReadThroughItsJavaTypeAndWrittenByItsRuntimeClass() {
        tools.jackson.databind.JavaType type = Json.javaType(new tools.jackson.core.type.TypeReference<Map<String, List<Money>>>() {});
        assertEquals("java.util.Map<java.lang.String,java.util.List<" + Money.class.getName() + ">>",
                type.toCanonical());
        Map<String, List<Money>> read = read("{\"a\": [{\"amount\": 1.50, \"currency\": \"EUR\"}]}",
                (p, c) -> c.readValue(p, type));
        assertEquals(Map.of("a", List.of(new Money(new BigDecimal("1.50"), "EUR"))), read);
        assertEquals("{\"a\":[{\"amount\":1.50,\"currency\":\"EUR\"}]}", write(read, Json::writeValue));
    }

    @Test
    void anOtherPropertyItsTypeDoesNotHoldExactlyIsKeptAsItArrived() {
        Map<String, Long> other = new HashMap<>();
        Map<String, JsonNode> extra = new HashMap<>();
        for (String[] member : new String[][] {{"a", "7"}, {"b", "12345678901234567890"}, {"c", "\"x\""}, {"d", "1e3"}}) {
            read(member[1], (p, c) -> {
                Json.readOther(p, c, member[0], Json::readLong, other, extra);
                return member[0];
            });
        }
        assertEquals(Map.of("a", 7L), other);
        assertEquals(Set.of("b", "c", "d"), extra.keySet());
        assertEquals(new BigInteger("12345678901234567890"), extra.get("b").bigIntegerValue());
        assertEquals(0, new BigDecimal("1e3").compareTo(extra.get("d").decimalValue()));
    }

    private enum Color implements Json.Valued {
        RED("red"),
        UNKNOWN(null);

        private final String value;

        Color(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }

        static Color fromValue(String value) {
            return "red".equals(value) ? RED : UNKNOWN;
        }
    }

    @Test
    void anEnumValueTheSchemaDoesNotListIsKeptAsText() {
        Map<String, JsonNode> extra = new HashMap<>();
        assertEquals(Color.RED, read("\"red\"", (p, c) -> Json.readEnum(p, c, Color::fromValue, Color.UNKNOWN, "c",
                extra)));
        assertEquals(Map.of(), extra);
        assertEquals(Color.UNKNOWN, read("\"blue\"", (p, c) -> Json.readEnum(p, c, Color::fromValue, Color.UNKNOWN,
                "c", extra)));
        assertEquals(Map.of("c", StringNode.valueOf("blue")), extra);
    }

    /** What a property reader returns, and the JSON it kept in {@code additionalProperties}. */
    private record Kept<T>(T value, Map<String, JsonNode> extra) {}

    /** Reads {@code json} with a property reader of property {@code n}. */
    private static <T> Kept<T> property(String json, PropertyReader<T> reader) {
        Map<String, JsonNode> extra = new LinkedHashMap<>();
        T value = read(json, (p, c) -> reader.read(p, c, "n", extra));
        return new Kept<>(value, extra);
    }

    @FunctionalInterface
    private interface PropertyReader<T> {
        T read(JsonParser p, DeserializationContext ctxt, String name, Map<String, JsonNode> extra);
    }

    /** The property's value, with the JSON kept as it arrived: the same tree a plain mapper reads. */
    private static <T> Kept<T> inexact(T value, String json) {
        return new Kept<>(value, Map.of("n", PLAIN.readTree(json)));
    }

    private static <T> Kept<T> exact(T value) {
        return new Kept<>(value, Map.of());
    }

    @Test
    void everyIntegerIsReadAndOnesALongCannotHoldKeepTheirJson() {
        assertEquals(exact(-9223372036854775808L), property("-9223372036854775808", Json::readLong));
        assertEquals(exact(0L), property("-0", Json::readLong));
        // Integers since draft-06: the value, and the JSON as it was written
        assertEquals(inexact(1L, "1.0"), property("1.0", Json::readLong));
        assertEquals(inexact(1000L, "1e3"), property("1e3", Json::readLong));
        assertEquals(inexact(1000L, "10.00e2"), property("10.00e2", Json::readLong));
        assertEquals(inexact(0L, "-0.0"), property("-0.0", Json::readLong));
        assertEquals(inexact(Long.MAX_VALUE, "9223372036854775807.0"), property("9223372036854775807.0",
                Json::readLong));
        // Beyond the long range: null, and the JSON
        assertEquals(inexact(null, "9223372036854775808"), property("9223372036854775808", Json::readLong));
        assertEquals(inexact(null, "-9223372036854775809"), property("-9223372036854775809", Json::readLong));
        assertEquals(inexact(null, "9223372036854775808.0"), property("9223372036854775808.0", Json::readLong));
        assertEquals(inexact(null, "1e19"), property("1e19", Json::readLong));
        assertEquals(null, property("1e999999999", Json::readLong).value());

        MismatchedInputException fraction = assertThrows(MismatchedInputException.class,
                () -> property("1.5", Json::readLong));
        assertTrue(fraction.getOriginalMessage().startsWith("Expected an integer, found VALUE_NUMBER_FLOAT"),
                fraction.getOriginalMessage());
        assertThrows(MismatchedInputException.class, () -> property("1e-3", Json::readLong));
        assertThrows(MismatchedInputException.class, () -> property("\"1\"", Json::readLong));
    }

    @Test
    void aBigIntegerHoldsEveryIntegerUpToAThousandDigits() {
        String max = "18446744073709551615";
        assertEquals(exact(new BigInteger(max)), property(max, Json::readBigInteger));
        String digits = "9".repeat(1000);
        assertEquals(exact(new BigInteger(digits)), property(digits, Json::readBigInteger));
        assertEquals(inexact(BigInteger.valueOf(1000), "1e3"), property("1e3", Json::readBigInteger));
        // Beyond the double range: Jackson's tree reader would read an infinite double; the JSON keeps its digits
        assertEquals(new Kept<>(BigInteger.TEN.pow(999), Map.of("n", DecimalNode.valueOf(new BigDecimal("1e999")))),
                property("1e999", Json::readBigInteger));
        assertEquals(new Kept<>(null, Map.of("n", DecimalNode.valueOf(new BigDecimal("1e1000")))),
                property("1e1000", Json::readBigInteger));
        assertEquals(null, property("-1e999999999", Json::readBigInteger).value());
        assertThrows(MismatchedInputException.class, () -> property("0.5", Json::readBigInteger));
        assertEquals("18446744073709551615", write(new BigInteger(max), Json::writeBigInteger));
    }

    @Test
    void aDateTimeIsReadLenientlyAndKeepsItsTextWhenItWouldPrintDifferently() {
        assertEquals(exact(OffsetDateTime.parse("2024-01-02T03:04:05Z")),
                property("\"2024-01-02T03:04:05Z\"", Json::readDateTime));
        assertEquals(exact(OffsetDateTime.parse("2024-01-02T03:04:05.123456789+05:30")),
                property("\"2024-01-02T03:04:05.123456789+05:30\"", Json::readDateTime));
        assertEquals(inexact(OffsetDateTime.parse("2024-01-02T03:04:05Z"), "\"2024-01-02T03:04:05.000Z\""),
                property("\"2024-01-02T03:04:05.000Z\"", Json::readDateTime));
        assertEquals(inexact(OffsetDateTime.parse("2024-01-02T03:04:05Z"), "\"2024-01-02T03:04:05-00:00\""),
                property("\"2024-01-02T03:04:05-00:00\"", Json::readDateTime));
        // A leap second (RFC 3339 §5.7): the last nanosecond before the next minute, at any offset
        assertEquals(inexact(OffsetDateTime.parse("1990-12-31T23:59:59.999999999Z"), "\"1990-12-31T23:59:60Z\""),
                property("\"1990-12-31T23:59:60Z\"", Json::readDateTime));
        assertEquals(inexact(OffsetDateTime.parse("1990-12-31T15:59:59.999999999-08:00"),
                "\"1990-12-31T15:59:60.5-08:00\""), property("\"1990-12-31T15:59:60.5-08:00\"", Json::readDateTime));
        // Lower case (§5.6), a space, an offset without its colon, more than nine fraction digits
        assertEquals(inexact(OffsetDateTime.parse("2024-01-02T03:04:05Z"), "\"2024-01-02t03:04:05z\""),
                property("\"2024-01-02t03:04:05z\"", Json::readDateTime));
        assertEquals(inexact(OffsetDateTime.parse("2024-01-02T03:04:05Z"), "\"2024-01-02 03:04:05Z\""),
                property("\"2024-01-02 03:04:05Z\"", Json::readDateTime));
        assertEquals(inexact(OffsetDateTime.parse("2024-01-02T03:04:05Z"), "\"2024-01-02T03:04:05+0000\""),
                property("\"2024-01-02T03:04:05+0000\"", Json::readDateTime));
        assertEquals(inexact(OffsetDateTime.parse("2024-01-02T03:04:05-05:30"), "\"2024-01-02T03:04:05-0530\""),
                property("\"2024-01-02T03:04:05-0530\"", Json::readDateTime));
        assertEquals(inexact(OffsetDateTime.parse("2024-01-02T03:04:05.123456789Z"),
                "\"2024-01-02T03:04:05.123456789999Z\""),
                property("\"2024-01-02T03:04:05.123456789999Z\"", Json::readDateTime));
        // Text that is no date-time is valid where format only annotates: null, and the text
        for (String text : List.of("yesterday", "", "2024-02-30T00:00:00Z", "2024-01-02T24:00:00Z",
                "2024-01-02T03:04:05+19:00", "2024-01-02")) {
            assertEquals(inexact(null, "\"" + text + "\""), property("\"" + text + "\"", Json::readDateTime), text);
        }
        assertThrows(MismatchedInputException.class, () -> property("20240102", Json::readDateTime));
        assertEquals("\"1990-12-31T23:59:59.999999999Z\"",
                write(OffsetDateTime.parse("1990-12-31T23:59:59.999999999Z"), Json::writeDateTime));
    }

    @Test
    void aDateIsAFullDateAndOtherTextKeepsItsJson() {
        assertEquals(exact(LocalDate.of(2024, 2, 29)), property("\"2024-02-29\"", Json::readDate));
        assertEquals(inexact(null, "\"2023-02-29\""), property("\"2023-02-29\"", Json::readDate));
        assertEquals(inexact(null, "\"2024-1-2\""), property("\"2024-1-2\"", Json::readDate));
        assertEquals(inexact(null, "\"2024-01-02T00:00:00Z\""), property("\"2024-01-02T00:00:00Z\"", Json::readDate));
        assertEquals("\"2024-02-29\"", write(LocalDate.of(2024, 2, 29), Json::writeDate));
    }

    @Test
    void theArrayOrDictionaryOfAPropertyIsKeptWholeWhenAnElementIsInexact() {
        String exactList = "[1,null,5000000000,-3]";
        assertEquals(exact(Arrays.asList(1L, null, 5000000000L, -3L)),
                property(exactList, (p, c, n, e) -> Json.readList(p, c, Json::readLong, n, e)));
        // Elements before the inexact one are written as Jackson's tree reader reads them
        String list = "[1,null,5000000000,9223372036854775808,2.0,3]";
        assertEquals(inexact(Arrays.asList(1L, null, 5000000000L, null, 2L, 3L), list),
                property(list, (p, c, n, e) -> Json.readList(p, c, Json::readLong, n, e)));
        String serials = "[18446744073709551615,1e2]";
        assertEquals(inexact(List.of(new BigInteger("18446744073709551615"), BigInteger.valueOf(100)), serials),
                property(serials, (p, c, n, e) -> Json.readList(p, c, Json::readBigInteger, n, e)));

        String times = "{\"b\":null,\"c\":\"1990-12-31T23:59:60Z\",\"d\":\"2024-01-02T03:04:05Z\"}";
        Map<String, OffsetDateTime> expected = new LinkedHashMap<>();
        expected.put("b", null);
        expected.put("c", OffsetDateTime.parse("1990-12-31T23:59:59.999999999Z"));
        expected.put("d", OffsetDateTime.parse("2024-01-02T03:04:05Z"));
        assertEquals(inexact(expected, times),
                property(times, (p, c, n, e) -> Json.readMap(p, c, Json::readDateTime, n, e)));
        assertEquals(exact(Map.of("x", LocalDate.of(2024, 1, 2))),
                property("{\"x\":\"2024-01-02\"}", (p, c, n, e) -> Json.readMap(p, c, Json::readDate, n, e)));

        DatabindException inList = assertThrows(DatabindException.class,
                () -> property("[1,1.5]", (p, c, n, e) -> Json.readList(p, c, Json::readLong, n, e)));
        assertEquals(1, inList.getPath().get(0).getIndex());
    }

    @Test
    void anEnumValueTheSchemaDoesNotListKeepsTheWholeArray() {
        Json.Reader<Color> color = (p, c) -> Json.readEnum(p, c, Color::fromValue, Color.UNKNOWN);
        String json = "[\"red\",null,\"blue\",\"red\"]";
        assertEquals(inexact(Arrays.asList(Color.RED, null, Color.UNKNOWN, Color.RED), json),
                property(json, (p, c, n, e) -> Json.readList(p, c, color, n, e)));
        assertEquals(exact(List.of(Color.RED)),
                property("[\"red\"]", (p, c, n, e) -> Json.readList(p, c, color, n, e)));
    }

    /** {@code readBuffered} of a list of lists of integers. */
    private static List<List<Long>> grid(JsonParser p, DeserializationContext ctxt, String name,
            Map<String, JsonNode> extra) {
        return Json.readBuffered(p, ctxt, (p1, c1) -> Json.readList(p1, c1, (p2, c2) -> Json.readList(p2, c2,
                Json::readLong)), name, extra);
    }

    @Test
    void aPropertyWithAnInexactValueDeeperDownIsReadFromACopyAndKeepsIt() {
        assertEquals(exact(List.of(List.of(1L), List.of(2L, 3L))), property("[[1],[2,3]]", JsonTest::grid));
        String big = "[[1],[2,123456789012345678901234567890,\"x\"],[]]";
        MismatchedInputException text = assertThrows(MismatchedInputException.class, () -> property(big,
                JsonTest::grid));
        assertEquals(1, ((DatabindException) text).getPath().get(0).getIndex());
        String beyond = "[[1],[2,123456789012345678901234567890,-100000000000000000000],[]]";
        assertEquals(inexact(List.of(List.of(1L), Arrays.asList(2L, null, null), List.of()), beyond),
                property(beyond, JsonTest::grid));
        // A decimal in the copy keeps its digits
        String decimals = "[[2.000000000000000000001]]";
        assertEquals(exact(List.of(List.of(new BigDecimal("2.000000000000000000001")))), property(decimals,
                (p, c, n, e) -> Json.readBuffered(p, c, (p1, c1) -> Json.readList(p1, c1, (p2, c2) -> Json.readList(p2,
                        c2, Json::readDecimal)), n, e)));
        // A scalar (a union's integer branch) is read in place
        assertEquals(inexact(1L, "1.0"), property("1.0", (p, c, n, e) -> Json.readBuffered(p, c, Json::readLong, n,
                e)));
        assertEquals(exact(7L), property("7", (p, c, n, e) -> Json.readBuffered(p, c, Json::readLong, n, e)));
    }

    /**
     * Reads {@code {"inner": [[...]], "after": [[...]]}} as a record with a list-of-lists property would: {@code inner}
     * keeps its JSON in the record's own map.
     */
    private static Map<String, JsonNode> record(JsonParser p, DeserializationContext ctxt) {
        Map<String, JsonNode> own = new LinkedHashMap<>();
        for (String name = Json.firstField(p, Map.class); name != null; name = p.nextName()) {
            p.nextToken();
            grid(p, ctxt, name, own);
        }
        return own;
    }

    @Test
    void aRecordInsideKeepsItsOwnJsonAndTheEnclosingPropertyOnlyWhatIsItsOwn() {
        String records = "[{\"inner\":[[9223372036854775808]]},{\"inner\":[[1]]}]";
        Kept<List<Map<String, JsonNode>>> read = property(records, (p, c, n, e) -> Json.readBuffered(p, c,
                (p1, c1) -> Json.readList(p1, c1, JsonTest::record), n, e));
        assertEquals(Map.of(), read.extra());
        assertEquals(List.of(Map.of("inner", PLAIN.readTree("[[9223372036854775808]]")), Map.of()), read.value());

        // An inexact value of the enclosing property before and after a record's own: kept, once
        String mixed = "[[10000000000000000000],{\"inner\":[[1],[10000000000000000000]]},[2]]";
        Json.Reader<Object> either = (p, c) -> p.currentToken() == JsonToken.START_OBJECT ? record(p, c)
                : Json.readList(p, c, Json::readLong);
        Kept<List<Object>> both = property(mixed, (p, c, n, e) -> Json.readBuffered(p, c,
                (p1, c1) -> Json.readList(p1, c1, either), n, e));
        assertEquals(Map.of("n", PLAIN.readTree(mixed)), both.extra());
        assertEquals(Map.of("inner", PLAIN.readTree("[[1],[10000000000000000000]]")), both.value().get(1));
        String after = "[{\"inner\":[[10000000000000000000]]},[10000000000000000000]]";
        assertEquals(Map.of("n", PLAIN.readTree(after)), property(after, (p, c, n, e) -> Json.readBuffered(p, c,
                (p1, c1) -> Json.readList(p1, c1, either), n, e)).extra());
    }

    @Test
    void aPropertyOfAnotherShapeThanItsTypeIsKeptAsItArrived() {
        Map<String, JsonNode> extra = new HashMap<>();
        assertEquals(List.of(1L, 2L), read("[1,2]", (p, c) -> Json.readOrKeep(p, c, "ids", extra,
                (q, qc, name, kept) -> Json.readList(q, qc, Json::readLong))));
        assertEquals(Map.of(), extra);
        assertNull(read("{\"a\":[1,\"x\"]}", (p, c) -> Json.readOrKeep(p, c, "ids", extra,
                (q, qc, name, kept) -> Json.readList(q, qc, Json::readLong))));
        assertEquals(Map.of("ids", PLAIN.readTree("{\"a\":[1,\"x\"]}")), extra);
        assertEquals(Color.UNKNOWN, read("\"blue\"", (p, c) -> Json.readOrKeep(p, c, "color", extra,
                (q, qc, name, kept) -> Json.readEnum(q, qc, Color::fromValue, Color.UNKNOWN, name, kept))));
        assertEquals(PLAIN.readTree("\"blue\""), extra.get("color"));
    }

    @Test
    void aFixedPropertyWithAnotherValueKeepsItAndReadsAsTheConstant() {
        Map<String, JsonNode> extra = new HashMap<>();
        assertEquals("a", read("\"a\"", (p, c) -> Json.readFixed(p, c, "a", "kind", extra)));
        assertEquals(Map.of(), extra);
        assertEquals("a", read("\"b\"", (p, c) -> Json.readFixed(p, c, "a", "kind", extra)));
        assertEquals(Map.of("kind", StringNode.valueOf("b")), extra);

        BigInteger big = new BigInteger("18446744073709551616");
        extra.clear();
        assertEquals(big, read("18446744073709551616", (p, c) -> Json.readFixed(p, c, big, "width", extra)));
        assertEquals(Map.of(), extra);
        assertEquals(big, read("1.8446744073709551616e19", (p, c) -> Json.readFixed(p, c, big, "width", extra)));
        assertEquals(Map.of("width", PLAIN.readTree("1.8446744073709551616e19")), extra);
    }

    @Test
    void listsAndMapsKeepNullsAndNameThePathOfAFailure() {
        assertEquals(Arrays.asList(1L, null, 3L), read("[1,null,3]", (p, c) -> Json.readList(p, c, Json::readLong)));
        Map<String, Long> map = read("{\"a\":1,\"b\":null}", (p, c) -> Json.readMap(p, c, Json::readLong));
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("a", 1L);
        expected.put("b", null);
        assertEquals(expected, map);

        DatabindException inList = assertThrows(DatabindException.class,
                () -> read("[1,\"x\"]", (p, c) -> Json.readList(p, c, Json::readLong)));
        assertEquals(1, inList.getPath().get(0).getIndex());
        DatabindException inMap = assertThrows(DatabindException.class,
                () -> read("{\"a\":{\"b\":\"x\"}}", (p, c) -> Json.readMap(p, c, (p2, c2) -> Json.readMap(p2, c2,
                        Json::readLong))));
        assertEquals("a", inMap.getPath().get(0).getPropertyName());
        assertEquals("b", inMap.getPath().get(1).getPropertyName());
        assertThrows(MismatchedInputException.class, () -> read("{}", (p, c) -> Json.readList(p, c, Json::readLong)));
        assertThrows(MismatchedInputException.class, () -> read("[]", (p, c) -> Json.readMap(p, c, Json::readLong)));
    }

    /** What {@code discriminate} found, and the rest of the object read on from there as a tree. */
    private record Scan(String value, boolean buffered, JsonNode whole) {}

    private static Scan scan(String json, String property) {
        return read(json, (p, c) -> {
            Json.Discriminated found = Json.discriminate(null, p, c, property, false);
            ObjectNode whole = Json.readUnknown(found.prefix(), found.live(), c, found.atValue(), property);
            return new Scan(found.value(), found.prefix() != null, whole);
        });
    }

    @Test
    void theDiscriminatorIsFoundWhereverItIsAndOnlyWhatPrecedesItIsBuffered() {
        String first = "{\"type\":\"a\",\"x\":1,\"y\":[2]}";
        String middle = "{\"x\":1,\"type\":\"a\",\"y\":[2]}";
        String last = "{\"x\":1,\"y\":[2],\"type\":\"a\"}";
        assertEquals(new Scan("a", false, PLAIN.readTree(first)), scan(first, "type"));
        assertEquals(new Scan("a", true, PLAIN.readTree(middle)), scan(middle, "type"));
        assertEquals(new Scan("a", true, PLAIN.readTree(last)), scan(last, "type"));
    }

    @Test
    void aMissingOrNonStringDiscriminatorHasNoValueAndTheObjectIsKept() {
        String absent = "{\"x\":1}";
        String number = "{\"type\":1,\"x\":2}";
        assertEquals(new Scan(null, true, PLAIN.readTree(absent)), scan(absent, "type"));
        assertEquals(new Scan(null, false, PLAIN.readTree(number)), scan(number, "type"));
        assertEquals(new Scan(null, true, PLAIN.readTree("{}")), scan("{}", "type"));
    }

    @Test
    void aDiscriminatorMayRepeatOnlyWithTheSameValue() {
        assertEquals("a", scan("{\"type\":\"a\",\"type\":\"a\"}", "type").value());
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> scan("{\"type\":\"a\",\"x\":1,\"type\":\"b\"}", "type"));
        assertTrue(e.getOriginalMessage().startsWith("Property \"type\" repeats with a different value"),
                e.getOriginalMessage());

        assertEquals("a", read("\"a\"", (p, c) -> Json.readDiscriminator(p, c, "a", null)));
        assertEquals("a", read("\"a\"", (p, c) -> Json.readDiscriminator(p, c, "a", "a")));
        MismatchedInputException repeat = assertThrows(MismatchedInputException.class,
                () -> read("{\"type\":\"b\"}", (p, c) -> {
                    p.nextToken();
                    p.nextToken();
                    return Json.readDiscriminator(p, c, "b", "a");
                }));
        assertTrue(repeat.getOriginalMessage().startsWith("Property \"type\" repeats"), repeat.getOriginalMessage());
        MismatchedInputException other = assertThrows(MismatchedInputException.class,
                () -> read("{\"type\":\"b\"}", (p, c) -> {
                    p.nextToken();
                    p.nextToken();
                    return Json.readDiscriminator(p, c, "a", null);
                }));
        assertEquals("Property \"type\" is \"b\", not \"a\" as for the kind of object being read; it chooses the "
                + "kind of object, so every occurrence must have the same value", other.getOriginalMessage());
    }

    @Test
    void anIntegerDiscriminatorBeyondTheLongRangeIsReadAsABigInteger() {
        BigInteger big = new BigInteger("9223372036854775808");
        assertEquals(big, read("9223372036854775808", (p, c) -> Json.readDiscriminator(p, c, big, null)));
        assertEquals(big, read("9.223372036854775808e18", (p, c) -> Json.readDiscriminator(p, c, big, big)));
        MismatchedInputException other = assertThrows(MismatchedInputException.class,
                () -> read("{\"v\":1}", (p, c) -> {
                    p.nextToken();
                    p.nextToken();
                    return Json.readDiscriminator(p, c, big, null);
                }));
        assertEquals("Property \"v\" is 1, not 9223372036854775808 as for the kind of object being read; it chooses "
                + "the kind of object, so every occurrence must have the same value", other.getOriginalMessage());
    }

    @Test
    void theReplayOfWhatWasReadAheadHandsTheLiveParserOnAtTheDiscriminator() {
        List<String> seen = read("{\"x\":1,\"type\":\"a\",\"y\":2}", (p, c) -> {
            Json.Discriminated found = Json.discriminate(null, p, c, "type", false);
            assertTrue(found.atValue());
            assertSame(p, found.live());
            List<String> names = new java.util.ArrayList<>();
            for (String name = Json.firstField(found.prefix(), Object.class); name != null;
                    name = found.prefix().nextName()) {
                found.prefix().nextToken();
                found.prefix().skipChildren();
                names.add("ahead:" + name);
            }
            names.add("live:" + p.currentName() + "=" + p.getString());
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                names.add("live:" + name);
            }
            assertEquals(JsonToken.END_OBJECT, p.currentToken());
            return names;
        });
        assertEquals(List.of("ahead:x", "live:type=a", "live:y"), seen);
    }

    @Test
    void theLastMemberIsReadFromTheEndOfTheText() {
        assertEquals("t", Json.lastMember("{\"a\":{\"type\":\"x\"},\"type\":\"t\"}", "type"));
        assertEquals("t", Json.lastMember("{ \"type\" : \"t\" }\n".getBytes(StandardCharsets.UTF_8), "type"));
        assertEquals("t", Json.lastMember("{\"type\":\"t\"}", "type"));
        // The last member of a nested object, a string that only looks like one, escapes and other names: not found
        assertNull(Json.lastMember("{\"a\":{\"type\":\"x\"}}", "type"));
        assertNull(Json.lastMember("{\"a\":\"\\\",\\\"type\\\":\\\"x\"}", "type"));
        assertNull(Json.lastMember("{\"type\":\"t\\u0041\"}", "type"));
        assertNull(Json.lastMember("{\"kind\":\"t\"}", "type"));
        assertNull(Json.lastMember("[\"type\",\"t\"]", "type"));
        assertNull(Json.lastMember("", "type"));
    }

    @Test
    void writersWriteNullsInsideContainersAndRefuseAnUnknownConstant() {
        assertEquals("[1,null]", write(Arrays.asList(1L, null), (v, g, s) -> Json.writeList(v, g, s, Json::writeLong)));
        Map<String, String> map = new LinkedHashMap<>();
        map.put("a", "x");
        map.put("b", null);
        assertEquals("{\"a\":\"x\",\"b\":null}", write(map, (v, g, s) -> Json.writeMap(v, g, s, Json::writeString)));
        assertEquals("\"red\"", write(Color.RED, Json::writeValued));
        DatabindException e = assertThrows(DatabindException.class, () -> write(Color.UNKNOWN,
                Json::writeValued));
        assertTrue(e.getOriginalMessage().contains("additionalProperties"), e.getOriginalMessage());
        assertEquals("1.50", write(new BigDecimal("1.50"), Json::writeDecimal));
        assertEquals("false", write(false, Json::writeBoolean));
    }

    @Test
    void extraPropertiesAreWrittenAsTheyArrived() {
        Map<String, JsonNode> extra = new LinkedHashMap<>();
        extra.put("z", PLAIN.readTree("[1,{\"a\":null}]"));
        extra.put("a", PLAIN.readTree("null"));
        String written = write(extra, (v, g, s) -> {
            g.writeStartObject();
            Json.writeExtra(v, g, s);
            g.writeEndObject();
        });
        assertEquals("{\"z\":[1,{\"a\":null}],\"a\":null}", written);
        assertEquals(Map.of(), Json.copyExtra(null));
        assertThrows(UnsupportedOperationException.class, () -> Json.copyExtra(extra).put("b", null));
    }

    @Test
    void aFixedValueMayBeAbsentButNotAnotherValue() {
        assertDoesNotThrow(() -> Json.checkFixed(null, "a", "kind"));
        assertDoesNotThrow(() -> Json.checkFixed("a", "a", "kind"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Json.checkFixed("b", "a", "kind"));
        assertEquals("\"kind\" is fixed to a by the schema, not b", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Json.checkFixed(2L, 1L, "v"));
    }
}
