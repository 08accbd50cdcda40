package io.github.webhookgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.webhookgen.core.existing.Identified;
import io.github.webhookgen.core.existing.Money;
import io.github.webhookgen.core.existing.Priced;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fixture {@code jsonschema2pojo}: one schema written for jsonschema2pojo, with its keywords {@code javaType} (a
 * declared type's name, and an existing class on a string and an integer), {@code existingJavaType} (a class of the
 * user's, also through a {@code $ref}, a generic map and list, and a union branch), {@code javaName},
 * {@code javaEnumNames} and {@code javaInterfaces} (plain and generic, on a record and an enum). Its golden files and
 * round trip are checked with the other fixtures; here, compiled on each Jackson line, the classes have the names and
 * types the keywords ask for, and a payload reads into the user's classes.
 */
class Jsonschema2pojoFixtureTest {

    private static final String FIXTURE = "jsonschema2pojo";
    private static final String PACKAGE = Fixtures.packageName(FIXTURE) + ".";

    @TempDir
    Path classes;

    @ParameterizedTest
    @EnumSource(JacksonLine.class)
    void theKeywordsGiveTheNamesAndTypesTheyAskFor(JacksonLine line) throws Exception {
        Map<String, String> sources = Fixtures.generate(line, FIXTURE);
        // No type for the schemas that name an existing class (Money twice, the map, the list)
        assertEquals(List.of("Destination.java", "DestinationCodec.java", "Json.java", "OrderState.java",
                "PurchaseOrder.java", "PurchaseOrderCodec.java", "Reference.java", "ReferenceCodec.java"),
                List.copyOf(sources.keySet()));
        Fixtures.compile(FIXTURE, sources, classes);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> order = loader.loadClass(PACKAGE + "PurchaseOrder");
            assertEquals(List.of(
                    "id: java.util.UUID",
                    "total: " + Money.class.getName(),
                    "refund: " + Money.class.getName(),
                    "priceBySku: java.util.Map<java.lang.String, " + Money.class.getName() + ">",
                    "quantities: java.util.List<java.lang.Integer>",
                    "discountPercent: java.lang.Integer",
                    "state: " + PACKAGE + "OrderState",
                    "destination: " + PACKAGE + "Destination",
                    "reference: " + PACKAGE + "Reference",
                    "additionalProperties: java.util.Map<java.lang.String, " + jsonNode(line) + ">"),
                    components(order));
            assertEquals(List.of(Identified.class.getName(), Priced.class.getName() + "<" + Money.class.getName()
                    + ">"), Arrays.stream(order.getGenericInterfaces()).map(Type::getTypeName).toList());

            Class<?> state = loader.loadClass(PACKAGE + "OrderState");
            assertEquals(List.of("OPEN", "DISPATCHED", "HELD", "UNKNOWN"),
                    Arrays.stream(state.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
            assertEquals(List.of(PACKAGE + "Json$Valued", "io.github.webhookgen.core.existing.Coded"),
                    Arrays.stream(state.getInterfaces()).map(Class::getName).toList());
            assertEquals(List.of("city: java.lang.String", "zip: java.lang.String",
                    "additionalProperties: java.util.Map<java.lang.String, " + jsonNode(line) + ">"),
                    components(loader.loadClass(PACKAGE + "Destination")));

            Object read = read(line, Fixtures.folder(FIXTURE).resolve("api_examples/order-full.json"), order);
            Identified identified = assertInstanceOf(Identified.class, read);
            assertEquals(UUID.fromString("0b6a4c8e-3f1d-4e5a-9c2b-7d8e9f0a1b2c"), identified.id());
            assertEquals(new Money(new BigDecimal("42.5"), "EUR"), ((Priced<?>) read).total());
            assertEquals(Map.of("A-100", new Money(new BigDecimal("12.5"), "EUR"),
                    "B-200", new Money(new BigDecimal("30"), "EUR")), accessor(read, "priceBySku"));
            assertEquals(Arrays.asList(1, 2, null), accessor(read, "quantities"));
            assertEquals(15, accessor(read, "discountPercent"));
            assertEquals("HELD", ((Enum<?>) accessor(read, "state")).name());
            Object reference = accessor(read, "reference");
            assertEquals(PACKAGE + "Reference$OfString", reference.getClass().getName());
            assertEquals(UUID.fromString("9f8e7d6c-5b4a-4321-8fed-cba987654321"), accessor(reference, "value"));

            Object minimal = read(line, Fixtures.folder(FIXTURE).resolve("api_examples/order-minimal.json"), order);
            assertNull(accessor(minimal, "refund"), "an explicit null stays in additionalProperties");
            assertEquals(1234567L, accessor(accessor(minimal, "reference"), "value"));
        }
    }

    private static String jsonNode(JacksonLine line) {
        return line == JacksonLine.JACKSON_2 ? "com.fasterxml.jackson.databind.JsonNode"
                : "tools.jackson.databind.JsonNode";
    }

    private static List<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .map(c -> c.getName() + ": " + c.getGenericType().getTypeName())
                .toList();
    }

    private static Object accessor(Object record, String component) throws ReflectiveOperationException {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(component)) {
                return c.getAccessor().invoke(record);
            }
        }
        throw new AssertionError(record.getClass() + " has no component " + component);
    }

    private static Object read(JacksonLine line, Path example, Class<?> type) throws Exception {
        String json = Files.readString(example);
        return line == JacksonLine.JACKSON_2
                ? new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, type)
                : tools.jackson.databind.json.JsonMapper.builder().build().readValue(json, type);
    }
}
