package io.github.webhookgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example payload of the fixtures (the files under a fixture's {@code *_examples/} folders) read as the
 * fixture's {@code root} type through the generated code and written back gives the same JSON tree, on both Jackson
 * lines, with a mapper as {@code new ObjectMapper()} and {@code JsonMapper.builder().build()} make it: the models
 * need no mapper configuration.
 */
class FixtureRoundTripTest {

    @TempDir
    Path classes;

    static List<Arguments> cases() {
        return Stream.of(JacksonLine.values())
                .flatMap(line -> Fixtures.names().stream()
                        .filter(name -> Fixtures.config(name).getProperty("root") != null)
                        .map(name -> Arguments.of(line, name)))
                .toList();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyExampleReadsAndWritesBackTheSameTree(JacksonLine line, String name) throws Exception {
        Fixtures.compile(name, Fixtures.generate(line, name), classes);
        List<Path> examples = examples(name);
        assertFalse(examples.isEmpty(), "fixture " + name + " has a root but no examples");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            String rootName = Fixtures.config(name).getProperty("root");
            Class<?> root = loader.loadClass(Fixtures.packageName(name) + "." + rootName);
            for (Path example : examples) {
                String json = Files.readString(example);
                String written = line == JacksonLine.JACKSON_2 ? Jackson2.roundTrip(json, root)
                        : Jackson3.roundTrip(json, root);
                assertEquals(line == JacksonLine.JACKSON_2 ? Jackson2.tree(json) : Jackson3.tree(json),
                        line == JacksonLine.JACKSON_2 ? Jackson2.tree(written) : Jackson3.tree(written),
                        () -> example + " written back as " + written);
            }
        }
    }

    private static List<Path> examples(String name) throws IOException {
        try (Stream<Path> files = Files.walk(Fixtures.folder(name))) {
            return files.filter(p -> p.getParent().getFileName().toString().endsWith("_examples"))
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    private static final class Jackson2 {

        private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
                new com.fasterxml.jackson.databind.ObjectMapper();

        static String roundTrip(String json, Class<?> type) throws IOException {
            return MAPPER.writeValueAsString(MAPPER.readValue(json, type));
        }

        static Object tree(String json) throws IOException {
            return MAPPER.readTree(json);
        }
    }

    private static final class Jackson3 {

        private static final tools.jackson.databind.json.JsonMapper MAPPER =
                tools.jackson.databind.json.JsonMapper.builder().build();

        static String roundTrip(String json, Class<?> type) {
            return MAPPER.writeValueAsString(MAPPER.readValue(json, type));
        }

        static Object tree(String json) {
            return MAPPER.readTree(json);
        }
    }
}
