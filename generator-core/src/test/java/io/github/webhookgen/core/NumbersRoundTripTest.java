package io.github.webhookgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.JavaCompilation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every number and date a schema allows is read, on both Jackson lines, through a plain mapper: the generated code of
 * the {@code numbers} fixture (whose sources {@link GoldenFilesTest} checks) reads payloads with values its Java types
 * cannot hold exactly, keeps their JSON in {@code additionalProperties} under the property's name, and writes back the
 * same JSON tree.
 */
class NumbersRoundTripTest {

    @TempDir
    static Path temp;

    private static final Map<JacksonLine, Generated> GENERATED = new EnumMap<>(JacksonLine.class);

    private static final String EXACT = """
            {"count": 5, "serial": 18446744073709551615, "total": 100000000000000000000, "debt": -5, "ratio": 1.50,
             "takenAt": "2024-01-02T03:04:05.123+05:30", "day": "2024-02-29", "status": "ok",
             "counts": [1, null, 5000000000], "serials": [18446744073709551615], "days": ["2024-01-02"],
             "limits": {"a": 1, "b": null}, "grid": [[1, 2], [], null], "history": {"x": ["2024-01-02T03:04:05Z"]},
             "statuses": [["ok", "failed"], null], "labels": [["a"]], "reading": 7,
             "readings": ["2024-01-02T03:04:05Z", ["ok"], 8, {"id": 1}],
             "sensors": [{"id": 1, "capacity": 9223372036854775807, "offset": -9223372036854775809,
                          "calibratedOn": "2024-01-02", "offsets": [[1], []]}],
             "undeclared": 1.0}""";

    @ParameterizedTest
    @EnumSource(JacksonLine.class)
    void exactValuesAreTypedAndOnlyUndeclaredPropertiesAreKept(JacksonLine line) throws Exception {
        Generated code = generated(line);
        Object measurement = code.roundTrip(EXACT);

        assertEquals(Set.of("undeclared"), extra(measurement).keySet());
        assertEquals(5L, get(measurement, "count"));
        assertEquals(new BigInteger("18446744073709551615"), get(measurement, "serial"));
        assertEquals(new BigInteger("100000000000000000000"), get(measurement, "total"));
        assertEquals(new BigDecimal("1.50"), get(measurement, "ratio"));
        assertEquals(OffsetDateTime.parse("2024-01-02T03:04:05.123+05:30"), get(measurement, "takenAt"));
        assertEquals(LocalDate.of(2024, 2, 29), get(measurement, "day"));
        assertEquals(code.status("OK"), get(measurement, "status"));
        assertEquals(Arrays.asList(1L, null, 5000000000L), get(measurement, "counts"));
        assertEquals(Arrays.asList(List.of(1L, 2L), List.of(), null), get(measurement, "grid"));
        assertEquals(Map.of("x", List.of(OffsetDateTime.parse("2024-01-02T03:04:05Z"))), get(measurement, "history"));
        assertEquals(Arrays.asList(List.of(code.status("OK"), code.status("FAILED")), null),
                get(measurement, "statuses"));
        assertEquals(7L, get(get(measurement, "reading"), "value"));
        Object sensor = ((List<?>) get(measurement, "sensors")).get(0);
        assertEquals(Map.of(), extra(sensor));
        assertEquals(Long.MAX_VALUE, get(sensor, "capacity"));
        assertEquals(new BigInteger("-9223372036854775809"), get(sensor, "offset"));
    }

    @ParameterizedTest
    @EnumSource(JacksonLine.class)
    void integersTheJavaTypeCannotHoldAreReadAndKeptAsTheyArrived(JacksonLine line) throws Exception {
        Generated code = generated(line);
        String json = """
                {"count": 9223372036854775808, "serial": 1e3, "total": 1.0, "debt": -0.0, "counts": [1, 2.0, 3],
                 "serials": [1e1000, 2], "limits": {"a": 1, "b": -9223372036854775809}}""";
        Object measurement = code.roundTrip(json);

        assertEquals(null, get(measurement, "count"));
        assertEquals(BigInteger.valueOf(1000), get(measurement, "serial"));
        assertEquals(BigInteger.ONE, get(measurement, "total"));
        assertEquals(BigInteger.ZERO, get(measurement, "debt"));
        assertEquals(List.of(1L, 2L, 3L), get(measurement, "counts"));
        assertEquals(Arrays.asList(null, BigInteger.TWO), get(measurement, "serials"));
        assertEquals(Arrays.asList(1L, null), new ArrayList<>(((Map<?, ?>) get(measurement, "limits")).values()));
        code.assertKept(json, measurement, "count", "serial", "total", "debt", "counts", "serials", "limits");
    }

    @ParameterizedTest
    @EnumSource(JacksonLine.class)
    void dateTimesAndDatesTheJavaTypeCannotHoldAreReadAndKeptAsTheyArrived(JacksonLine line) throws Exception {
        Generated code = generated(line);
        String json = """
                {"takenAt": "1990-12-31T23:59:60Z", "day": "2024-02-30", "status": "paused",
                 "days": ["2024-01-02", "02/01/2024"]}""";
        Object measurement = code.roundTrip(json);

        assertEquals(OffsetDateTime.parse("1990-12-31T23:59:59.999999999Z"), get(measurement, "takenAt"));
        assertEquals(null, get(measurement, "day"));
        assertEquals(code.status("UNKNOWN"), get(measurement, "status"));
        assertEquals(Arrays.asList(LocalDate.of(2024, 1, 2), null), get(measurement, "days"));
        code.assertKept(json, measurement, "takenAt", "day", "status", "days");

        for (String text : List.of("2024-01-02t03:04:05z", "2024-01-02T03:04:05+0000",
                "2024-01-02T03:04:05.1234567891Z", "2024-01-02T03:04:05.000Z")) {
            String one = "{\"takenAt\": \"" + text + "\"}";
            Object read = code.roundTrip(one);
            assertEquals(OffsetDateTime.parse("2024-01-02T03:04:05Z").toInstant().getEpochSecond(),
                    ((OffsetDateTime) get(read, "takenAt")).toInstant().getEpochSecond(), text);
            code.assertKept(one, read, "takenAt");
        }
    }

    @ParameterizedTest
    @EnumSource(JacksonLine.class)
    void aValueDeeperDownKeepsTheWholePropertyWhichStaysTyped(JacksonLine line) throws Exception {
        Generated code = generated(line);
        String json = """
                {"grid": [[1], [9223372036854775808, 2.0]], "reading": 1.0,
                 "history": {"x": ["2016-12-31T23:59:60+0000"], "y": ["2024-01-02T03:04:05Z"]},
                 "statuses": [["ok", "paused"]], "readings": [["paused"]], "labels": [["a"]]}""";
        Object measurement = code.roundTrip(json);

        assertEquals(List.of(List.of(1L), Arrays.asList(null, 2L)), get(measurement, "grid"));
        assertEquals(1L, get(get(measurement, "reading"), "value"));
        assertEquals(OffsetDateTime.parse("2016-12-31T23:59:59.999999999Z"),
                ((List<?>) ((Map<?, ?>) get(measurement, "history")).get("x")).get(0));
        assertEquals(List.of(List.of(code.status("OK"), code.status("UNKNOWN"))), get(measurement, "statuses"));
        assertEquals(List.of(code.status("UNKNOWN")), get(((List<?>) get(measurement, "readings")).get(0), "value"));
        code.assertKept(json, measurement, "grid", "reading", "history", "statuses", "readings");
    }

    @ParameterizedTest
    @EnumSource(JacksonLine.class)
    void aRecordInsideKeepsItsOwnAndTheEnclosingPropertyOnlyWhatIsItsOwn(JacksonLine line) throws Exception {
        Generated code = generated(line);
        String json = """
                {"readings": [{"id": 9223372036854775808, "offsets": [[1e19]]}, ["ok"], 3],
                 "sensors": [{"capacity": 1.0, "calibratedOn": "2024-13-01"}]}""";
        Object measurement = code.roundTrip(json);

        code.assertKept(json, measurement);
        Object inUnion = ((List<?>) get(measurement, "readings")).get(0);
        code.assertKept(code.member(json, "readings", 0), inUnion, "id", "offsets");
        code.assertKept(code.member(json, "sensors", 0), ((List<?>) get(measurement, "sensors")).get(0), "capacity",
                "calibratedOn");

        // The union's own branch after a record: the property keeps its JSON, the record still keeps its own
        String mixed = "{\"readings\": [{\"id\": 9223372036854775808}, 1e0]}";
        Object both = code.roundTrip(mixed);
        code.assertKept(mixed, both, "readings");
        code.assertKept(code.member(mixed, "readings", 0), ((List<?>) get(both, "readings")).get(0), "id");
    }

    @ParameterizedTest
    @EnumSource(JacksonLine.class)
    void aNumberWithAFractionWhereAnIntegerIsFails(JacksonLine line) throws Exception {
        Generated code = generated(line);
        for (String json : List.of("{\"count\": 1.5}", "{\"grid\": [[1e-3]]}", "{\"reading\": 0.5}")) {
            Exception e = assertThrows(Exception.class, () -> code.mapper.read(json, code.measurement), json);
            assertEquals("MismatchedInputException", e.getClass().getSimpleName(), json);
            assertTrue(e.getMessage().startsWith("Expected an integer, found VALUE_NUMBER_FLOAT"), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(JacksonLine.class)
    void aValueFixedBeyondTheLongRangeIsABigIntegerAndTellsUnionBranchesApart(JacksonLine line) throws Exception {
        Generated code = generated(line);
        String json = """
                {"scale": 1, "sample": {"width": 18446744073709551616, "value": 18446744073709551615}}""";
        Object measurement = code.roundTrip(json);

        assertEquals(BigInteger.ONE, get(measurement, "scale"));
        Object wide = get(measurement, "sample");
        assertEquals("WideSample", wide.getClass().getSimpleName());
        assertEquals(new BigInteger("18446744073709551616"), get(wide, "width"));
        assertEquals(new BigInteger("18446744073709551615"), get(wide, "value"));
        Object narrow = get(code.roundTrip("{\"sample\": {\"value\": 5, \"width\": 32}}"), "sample");
        assertEquals("NarrowSample", narrow.getClass().getSimpleName());
        assertEquals(32L, get(narrow, "width"));
        code.assertKept(json, measurement);
    }

    private static Object get(Object record, String component) throws ReflectiveOperationException {
        return record.getClass().getMethod(component).invoke(record);
    }

    private static Map<?, ?> extra(Object record) throws ReflectiveOperationException {
        return (Map<?, ?>) get(record, "additionalProperties");
    }

    /** The generated code of the {@code numbers} fixture on one line, compiled and loaded, and a plain mapper. */
    private record Generated(ClassLoader loader, String packageName, Class<?> measurement, PlainMapper mapper) {

        /** Reads {@code json} as a measurement and checks that writing it back gives the same JSON tree. */
        Object roundTrip(String json) throws Exception {
            Object value = mapper.read(json, measurement);
            assertEquals(mapper.tree(json), mapper.tree(mapper.write(value)), json);
            return value;
        }

        /**
         * Checks that {@code record} kept the JSON of exactly these properties, each writing the JSON tree a plain
         * mapper reads from {@code json}.
         */
        void assertKept(String json, Object record, String... properties) throws Exception {
            Map<?, ?> extra = extra(record);
            assertEquals(new TreeSet<>(List.of(properties)), new TreeSet<>(extra.keySet()), json);
            for (String property : properties) {
                assertEquals(mapper.member(mapper.tree(json), property), mapper.tree(mapper.write(extra.get(property))),
                        property);
            }
        }

        /** The JSON of element {@code index} of the array in property {@code name} of {@code json}. */
        String member(String json, String name, int index) throws Exception {
            return mapper.write(mapper.element(mapper.member(mapper.tree(json), name), index));
        }

        Object status(String constant) throws ReflectiveOperationException {
            return loader.loadClass(packageName + ".Status").getField(constant).get(null);
        }
    }

    /** A mapper of one Jackson line with no configuration, as a user's framework may well give it. */
    private interface PlainMapper {

        Object read(String json, Class<?> type) throws Exception;

        String write(Object value) throws Exception;

        Object tree(String json) throws Exception;

        Object member(Object tree, String name);

        Object element(Object tree, int index);

        static PlainMapper of(JacksonLine line) {
            return line == JacksonLine.JACKSON_2 ? new Jackson2() : new Jackson3();
        }
    }

    private static final class Jackson2 implements PlainMapper {
        private final com.fasterxml.jackson.databind.ObjectMapper mapper =
                new com.fasterxml.jackson.databind.ObjectMapper();

        @Override
        public Object read(String json, Class<?> type) throws Exception {
            return mapper.readValue(json, type);
        }

        @Override
        public String write(Object value) throws Exception {
            return mapper.writeValueAsString(value);
        }

        @Override
        public Object tree(String json) throws Exception {
            return mapper.readTree(json);
        }

        @Override
        public Object member(Object tree, String name) {
            return ((com.fasterxml.jackson.databind.JsonNode) tree).get(name);
        }

        @Override
        public Object element(Object tree, int index) {
            return ((com.fasterxml.jackson.databind.JsonNode) tree).get(index);
        }
    }

    private static final class Jackson3 implements PlainMapper {
        private final tools.jackson.databind.ObjectMapper mapper =
                tools.jackson.databind.json.JsonMapper.builder().build();

        @Override
        public Object read(String json, Class<?> type) {
            return mapper.readValue(json, type);
        }

        @Override
        public String write(Object value) {
            return mapper.writeValueAsString(value);
        }

        @Override
        public Object tree(String json) {
            return mapper.readTree(json);
        }

        @Override
        public Object member(Object tree, String name) {
            return ((tools.jackson.databind.JsonNode) tree).get(name);
        }

        @Override
        public Object element(Object tree, int index) {
            return ((tools.jackson.databind.JsonNode) tree).get(index);
        }
    }

    /** Generates the fixture for {@code line} once, compiles it with every lint, and loads it. */
    private static synchronized Generated generated(JacksonLine line) throws Exception {
        Generated known = GENERATED.get(line);
        if (known != null) {
            return known;
        }
        String packageName = "numbers.jackson" + line.number();
        Path sources = temp.resolve(line + "-sources");
        GenerationResult result = new Generator().run(GeneratorConfig.of(new ArchiveSource.Directory(fixture()),
                packageName, sources).withJackson(line));
        assertEquals(List.of(), result.warnings());
        Path classes = temp.resolve(line + "-classes");
        JavaCompilation.assertCompiles(sources, classes);
        ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                NumbersRoundTripTest.class.getClassLoader());
        Generated generated = new Generated(loader, packageName, loader.loadClass(packageName + ".Measurement"),
                PlainMapper.of(line));
        GENERATED.put(line, generated);
        return generated;
    }

    private static Path fixture() throws URISyntaxException {
        URL url = NumbersRoundTripTest.class.getResource("/fixtures/numbers");
        assertNotNull(url, "no fixture numbers");
        return Path.of(url.toURI());
    }
}
