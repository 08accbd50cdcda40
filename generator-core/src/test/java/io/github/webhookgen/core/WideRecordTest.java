package io.github.webhookgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.archive.ArchiveLimits;
import io.github.webhookgen.core.archive.ArchiveLoader;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.Problems;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A record of 900 properties of every kind a decoder reads differently (integers, enums, unions by kind, properties
 * without a type, lists of enums, date-times, records, decimals): its decoder is more code than one method may hold,
 * so it reads the properties a slice per method, and the sources compile and read and write back a payload.
 */
class WideRecordTest {

    private static final int PROPERTIES = 900;
    private static final String PACKAGE = "wide";

    @TempDir
    Path archive;
    @TempDir
    Path classes;

    @ParameterizedTest
    @EnumSource(JacksonLine.class)
    void aRecordWithMoreCodeThanOneMethodHoldsCompilesAndRoundTrips(JacksonLine line) throws Exception {
        Files.writeString(archive.resolve("Wide.json"), schema());
        Problems problems = new Problems();
        ArchiveSource source = new ArchiveSource.Directory(archive);
        SortedMap<String, String> sources = Generator.generate(
                new ArchiveLoader(ArchiveLimits.DEFAULT).load(source, problems),
                GeneratorConfig.of(source, Fixtures.packageName(PACKAGE), archive.resolve("unused")).withJackson(line),
                problems);
        assertEquals(List.of(), problems.all());
        String codec = sources.get("golden/wide/WideCodec.java");
        assertTrue(codec.contains("boolean read8(") && !codec.contains("boolean read9("), "9 slices of 100");

        SortedMap<String, String> relative = new TreeMap<>();
        sources.forEach((path, text) -> relative.put(path.substring("golden/wide/".length()), text));
        Fixtures.compile(PACKAGE, relative, classes);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> wide = loader.loadClass(Fixtures.packageName(PACKAGE) + ".Wide");
            String json = payload();
            if (line == JacksonLine.JACKSON_2) {
                var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
                assertEquals(mapper.readTree(json), mapper.readTree(mapper.writeValueAsString(
                        mapper.readValue(json, wide))));
            } else {
                var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
                assertEquals(mapper.readTree(json), mapper.readTree(mapper.writeValueAsString(
                        mapper.readValue(json, wide))));
            }
        }
    }

    /** The schema of property {@code i}: eight kinds in turn. */
    private static String property(int i) {
        return switch (i % 8) {
            case 0 -> "{\"type\": \"integer\"}";
            case 1 -> "{\"$ref\": \"#/definitions/Level\"}";
            case 2 -> "{\"type\": [\"string\", \"integer\"]}";
            case 3 -> "{\"$ref\": \"#/definitions/Loose\"}";
            case 4 -> "{\"type\": \"array\", \"items\": {\"$ref\": \"#/definitions/Level\"}}";
            case 5 -> "{\"type\": \"string\", \"format\": \"date-time\"}";
            case 6 -> "{\"$ref\": \"#/definitions/Point\"}";
            default -> "{\"type\": \"number\"}";
        };
    }

    /** A value of property {@code i}, some of which its Java type does not hold exactly. */
    private static String value(int i) {
        return switch (i % 8) {
            case 0 -> i % 16 == 0 ? "1.0" : String.valueOf(i);
            case 1 -> i % 16 == 1 ? "\"loud\"" : "\"warn\"";
            case 2 -> i % 16 == 2 ? "\"two\"" : "2";
            case 3 -> i % 16 == 3 ? "true" : "{\"note\": \"n\"}";
            case 4 -> "[\"off\", \"warn\"]";
            case 5 -> "\"2024-02-29T12:00:00Z\"";
            case 6 -> "{\"x\": 1, \"y\": 2}";
            default -> "2.50";
        };
    }

    private static String schema() {
        StringBuilder properties = new StringBuilder();
        for (int i = 0; i < PROPERTIES; i++) {
            properties.append(i == 0 ? "" : ",\n").append("\"p").append(i).append("\": ").append(property(i));
        }
        return """
                {"type": "object", "properties": {%s},
                 "definitions": {
                   "Level": {"enum": ["off", "warn", "error"]},
                   "Loose": {"properties": {"note": {"type": "string"}}},
                   "Point": {"type": "object", "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}}}
                 }}""".formatted(properties);
    }

    private static String payload() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < PROPERTIES; i++) {
            json.append(i == 0 ? "" : ", ").append("\"p").append(i).append("\": ").append(value(i));
        }
        return json.append(", \"undeclared\": [1]}").toString();
    }
}
