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

/**
 * The small schema archives of our own under {@code src/test/resources/fixtures/}: each folder is an archive, with the
 * plugin's {@code dispatchRoot} and {@code changesPath}, and the type its example payloads ({@code *_examples/}) are
 * read as ({@code root}), in an optional {@code config.properties}. Their sources are generated in package
 * {@code golden.<case>}.
 */
final class Fixtures {

    private Fixtures() {}

    static List<String> names() {
        try (Stream<Path> folders = Files.list(resource("fixtures"))) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path folder(String name) {
        return resource("fixtures").resolve(name);
    }

    static String packageName(String name) {
        return "golden." + name;
    }

    /** The fixture's {@code config.properties}, empty when it has none (it is not a schema document). */
    static Properties config(String name) {
        Properties properties = new Properties();
        Path file = folder(name).resolve("config.properties");
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    /** The sources of a fixture, by path relative to the package folder; a fixture must generate without problems. */
    static SortedMap<String, String> generate(JacksonLine line, String name) {
        Path archive = folder(name);
        ArchiveSource source = new ArchiveSource.Directory(archive);
        Properties config = config(name);
        GeneratorConfig generatorConfig = GeneratorConfig.of(source, packageName(name), archive.resolve("unused"))
                .withJackson(line)
                .withDispatchRoot(DispatchRoot.of(config.getProperty("dispatchRoot"),
                        config.getProperty("changesPath")));
        Problems problems = new Problems();
        SortedMap<String, String> sources = Generator.generate(
                new ArchiveLoader(ArchiveLimits.DEFAULT).load(source, problems), generatorConfig, problems);
        assertEquals(List.of(), problems.all(), "fixture " + name + " must be clean");
        String packageFolder = packageName(name).replace('.', '/') + "/";
        SortedMap<String, String> relative = new TreeMap<>();
        sources.forEach((path, text) -> {
            assertTrue(path.startsWith(packageFolder), path);
            relative.put(path.substring(packageFolder.length()), text);
        });
        return relative;
    }

    /** Compiles a fixture's sources with every lint as an error, into {@code classes}; fails with javac's messages. */
    static void compile(String name, Map<String, String> sources, Path classes) throws IOException {
        String packageFolder = packageName(name).replace('.', '/') + "/";
        List<JavaFileObject> units = sources.entrySet().stream()
                .map(e -> (JavaFileObject) new Source(packageFolder + e.getKey(), e.getValue()))
                .toList();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Files.createDirectories(classes);
        List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17", "-proc:none",
                "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
        boolean compiled;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            compiled = javac.getTask(null, files, diagnostics, options, null, units).call();
        }
        String report = diagnostics.getDiagnostics().stream().map(Fixtures::describe)
                .collect(Collectors.joining("\n"));
        assertTrue(compiled && diagnostics.getDiagnostics().isEmpty(), report);
    }

    static Path resource(String name) {
        URL url = Fixtures.class.getResource("/" + name);
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
