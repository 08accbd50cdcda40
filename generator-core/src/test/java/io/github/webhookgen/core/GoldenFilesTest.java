package io.github.webhookgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for the emitted source, on both Jackson lines. Each folder under {@code src/test/resources/fixtures/}
 * is a small schema archive (laid out like {@code webhooks/*.json}, with the plugin's {@code dispatchRoot} and
 * {@code changesPath} in an optional {@code config.properties}); its sources, generated in package
 * {@code golden.<case>}, must equal the files under {@code src/test/resources/golden/jackson<2|3>/<case>/} and compile
 * with {@code -Xlint:all -Werror}. The support classes {@code Json} and {@code WebhookSignature} are left out of the
 * comparison: they are copies of the support modules' sources, tested there.
 *
 * <p>To regenerate the golden files after an intended change to the output, run
 * {@code mvn -o test -pl generator-core -Dtest=GoldenFilesTest -Dwebhookgen.golden.update=true}, review the diff,
 * and check it in. The switch
 * rewrites changed files, adds new ones and deletes stale ones, and the comparison passes.
 */
class GoldenFilesTest {

    private static final boolean UPDATE = Boolean.getBoolean("webhookgen.golden.update");
    private static final String HOW_TO_UPDATE = " (if the change is intended: -Dwebhookgen.golden.update=true)";

    @TempDir
    Path classes;

    /** The support classes, copied rather than generated (SignatureSupportTest checks where the second goes). */
    private static final List<String> SUPPORT = List.of("Json.java", "WebhookSignature.java");

    static List<Arguments> cases() {
        List<String> names = Fixtures.names();
        return Stream.of(JacksonLine.values())
                .flatMap(line -> names.stream().map(name -> Arguments.of(line, name)))
                .toList();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void generatedSourcesEqualTheGoldenFiles(JacksonLine line, String name) throws IOException {
        SortedMap<String, String> generated = Fixtures.generate(line, name);
        generated.keySet().removeAll(SUPPORT);
        Path golden = goldenFolder().resolve("jackson" + line.number()).resolve(name);
        if (UPDATE) {
            update(golden, generated);
        }
        Map<String, String> expected = read(golden);
        assertEquals(expected.keySet(), generated.keySet(), "files of " + name + HOW_TO_UPDATE);
        expected.forEach((file, text) -> assertEquals(text, generated.get(file), name + "/" + file + HOW_TO_UPDATE));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void generatedLinesAreNoLongerThanAPersonWouldWriteThem(JacksonLine line, String name) {
        Fixtures.generate(line, name).forEach((file, text) -> text.lines().forEach(sourceLine -> assertTrue(
                sourceLine.length() <= 120, name + "/" + file + " has a line of " + sourceLine.length() + ": "
                        + sourceLine)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void generatedSourcesCompileWithoutWarnings(JacksonLine line, String name) throws IOException {
        Fixtures.compile(name, Fixtures.generate(line, name), classes);
    }

    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> list = Files.list(folder)) {
                for (Path file : list.filter(Files::isRegularFile).toList()) {
                    files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static void update(Path folder, SortedMap<String, String> generated) throws IOException {
        Files.createDirectories(folder);
        for (String stale : read(folder).keySet()) {
            if (!generated.containsKey(stale)) {
                Files.delete(folder.resolve(stale));
            }
        }
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path target = folder.resolve(file.getKey());
            if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(file.getValue())) {
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    /** The golden files in the source tree (set by the build), or their copy on the test classpath. */
    private static Path goldenFolder() {
        String configured = System.getProperty("webhookgen.golden.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        if (UPDATE) {
            throw new IllegalStateException("webhookgen.golden.update needs webhookgen.golden.dir, the source folder");
        }
        return Fixtures.resource("golden");
    }
}
