package io.github.webhookgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.archive.ArchiveLimits;
import io.github.webhookgen.core.archive.ArchiveLoader;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.lower.DispatchRoot;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
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

    static List<Arguments> cases() throws IOException {
        try (Stream<Path> folders = Files.list(resource("fixtures"))) {
            List<String> names = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .toList();
            return Stream.of(JacksonLine.values())
                    .flatMap(line -> names.stream().map(name -> Arguments.of(line, name)))
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void generatedSourcesEqualTheGoldenFiles(JacksonLine line, String name) throws IOException {
        SortedMap<String, String> generated = generate(line, name);
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
        generate(line, name).forEach((file, text) -> text.lines().forEach(sourceLine -> assertTrue(
                sourceLine.length() <= 120, name + "/" + file + " has a line of " + sourceLine.length() + ": "
                        + sourceLine)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void generatedSourcesCompileWithoutWarnings(JacksonLine line, String name) throws IOException {
        String packageFolder = "golden/" + name + "/";
        List<JavaFileObject> units = generate(line, name).entrySet().stream()
                .map(e -> (JavaFileObject) new Source(packageFolder + e.getKey(), e.getValue()))
                .toList();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17", "-proc:none",
                "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());

        boolean compiled;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            compiled = javac.getTask(null, files, diagnostics, options, null, units).call();
        }

        String report = diagnostics.getDiagnostics().stream().map(GoldenFilesTest::describe)
                .collect(Collectors.joining("\n"));
        assertTrue(compiled && diagnostics.getDiagnostics().isEmpty(), report);
    }

    /** The sources of a fixture, by path relative to the package folder. */
    private static SortedMap<String, String> generate(JacksonLine line, String name) {
        Path archive = resource("fixtures").resolve(name);
        ArchiveSource source = new ArchiveSource.Directory(archive);
        GeneratorConfig config = GeneratorConfig.of(source, "golden." + name, archive.resolve("unused"))
                .withJackson(line)
                .withDispatchRoot(dispatchRoot(archive));
        Problems problems = new Problems();
        SortedMap<String, String> sources = Generator.generate(
                new ArchiveLoader(ArchiveLimits.DEFAULT).load(source, problems), config, problems);
        assertEquals(List.of(), problems.all(), "fixture " + name + " must be clean");
        String packageFolder = "golden/" + name + "/";
        SortedMap<String, String> relative = new TreeMap<>();
        sources.forEach((path, text) -> {
            assertTrue(path.startsWith(packageFolder), path);
            relative.put(path.substring(packageFolder.length()), text);
        });
        return relative;
    }

    /**
     * The dispatch root of a fixture: the plugin's parameters {@code dispatchRoot} and {@code changesPath} in its
     * {@code config.properties} (not a schema document, so the archive does not read it), or the default.
     */
    private static DispatchRoot dispatchRoot(Path archive) {
        Path file = archive.resolve("config.properties");
        if (!Files.isRegularFile(file)) {
            return DispatchRoot.DEFAULT;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DispatchRoot.of(properties.getProperty("dispatchRoot"), properties.getProperty("changesPath"));
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
        return resource("golden");
    }

    private static Path resource(String name) {
        URL url = GoldenFilesTest.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalStateException("no " + name + " folder on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        String file = diagnostic.getSource() == null ? "" : diagnostic.getSource().getName() + ":";
        return file + diagnostic.getLineNumber() + ": " + diagnostic.getKind().name().toLowerCase(Locale.ROOT) + ": "
                + diagnostic.getMessage(Locale.ROOT);
    }

    /** A generated source file, compiled from memory. */
    private static final class Source extends SimpleJavaFileObject {

        private final String text;

        Source(String path, String text) {
            super(URI.create("memory:///" + path), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
