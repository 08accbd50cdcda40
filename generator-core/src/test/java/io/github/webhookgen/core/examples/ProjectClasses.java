package io.github.webhookgen.core.examples;

import io.github.webhookgen.core.Generator;
import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.InlineSchemas;
import io.github.webhookgen.core.archive.ArchiveLimits;
import io.github.webhookgen.core.archive.ArchiveLoader;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.JavaCompilation;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.write.Manifest;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A user's project in miniature, as a build sees it after compiling: an archive, the sources generated from it, their
 * classes, and a class loader of those classes and one line of Jackson only, whose parent is the platform class
 * loader (as the Maven plugin builds it: the test's own classes and jars are not visible).
 */
public final class ProjectClasses {

    /** The jars of Jackson 2 on the test classpath (databind, core, annotations). */
    public static final Predicate<String> JACKSON_2 = jar -> jar.contains("com/fasterxml/jackson/core/");

    /** The jars of Jackson 3 on the test classpath, with the annotations it shares with Jackson 2. */
    public static final Predicate<String> JACKSON_3 =
            jar -> jar.contains("tools/jackson/core/") || jar.contains("com/fasterxml/jackson/core/jackson-annotations");

    public static final String PACKAGE = "com.example.hooks";

    /**
     * A small webhook archive: a union of two notification kinds, changes with a union of two events, an integer, a
     * decimal and an enum, plus {@code examples} (path, JSON, path, JSON, ...).
     */
    public static Path archive(Path root, String... examples) {
        InlineSchemas.write(root,
                "webhooks/WsNotificationMsg.json", "{'oneOf': [{'$ref': 'Messaging.json'}, {'$ref': 'State.json'}]}",
                "webhooks/Messaging.json", """
                        {'type': 'object', 'required': ['type'], 'properties': {
                          'type': {'enum': ['ms.Messaging']},
                          'body': {'type': 'object', 'properties': {
                            'changes': {'type': 'array', 'items': {'$ref': 'Change.json'}}}}}}""",
                "webhooks/Change.json", """
                        {'type': 'object', 'properties': {
                          'sequence': {'type': 'integer'},
                          'event': {'oneOf': [{'$ref': 'Text.json'}, {'$ref': 'Accept.json'}]}}}""",
                "webhooks/Text.json", """
                        {'type': 'object', 'required': ['type'], 'properties': {
                          'type': {'enum': ['Text']}, 'message': {'type': 'string'}, 'score': {'type': 'number'}}}""",
                "webhooks/Accept.json", """
                        {'type': 'object', 'required': ['type'], 'properties': {
                          'type': {'enum': ['Accept']}, 'status': {'enum': ['ACCEPT', 'READ']}}}""",
                "webhooks/State.json", """
                        {'type': 'object', 'required': ['type'], 'properties': {
                          'type': {'enum': ['cqm.State']},
                          'body': {'type': 'object', 'properties': {
                            'changes': {'type': 'array', 'items': {'type': 'object', 'properties': {
                              'state': {'type': 'string'}}}}}}}}""");
        for (int i = 0; i < examples.length; i += 2) {
            InlineSchemas.write(root, examples[i], examples[i + 1]);
        }
        return root;
    }

    /**
     * The sources generated from {@link #archive} and their classes, compiled once for all tests of this run (in a
     * temporary folder deleted when the run ends). The examples of an archive do not change what is generated, so any
     * archive with these schemas can be checked against them.
     *
     * @param sources the output directory of the generation, with its manifest
     * @param classes the compiled classes
     */
    public record Compiled(Path sources, Path classes) {

        /** A new class loader of the classes and Jackson 2; close it after use. */
        public URLClassLoader loader() {
            return ProjectClasses.loader(classes, jars(JACKSON_2));
        }
    }

    /**
     * An output directory like {@link #compiled()}'s whose manifest says its sources were generated from
     * {@code archive}: for archives of other schema files but the same shapes as the compiled classes, which
     * {@code ExampleCheck} would otherwise refuse as examples of another archive.
     */
    public static Path generatedFrom(Path archive) {
        try {
            Path copy = Files.createTempDirectory("webhookgen-generated");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(copy)));
            String manifest = Files.readString(compiled().sources().resolve(Manifest.FILE_NAME));
            String schemas = Manifest.schemasOf(new ArchiveLoader(ArchiveLimits.DEFAULT, List.of())
                    .load(ArchiveSource.of(archive), new Problems()));
            Files.writeString(copy.resolve(Manifest.FILE_NAME),
                    manifest.replaceFirst("(?m)^schemas .*$", "schemas " + schemas));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Compiled compiled;

    public static synchronized Compiled compiled() {
        if (compiled == null) {
            try {
                Path root = Files.createTempDirectory("webhookgen-project");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
                Path sources = root.resolve("generated-sources");
                new Generator().run(GeneratorConfig.of(ArchiveSource.of(archive(root.resolve("archive"))), PACKAGE,
                        sources));
                JavaCompilation.assertCompiles(sources, root.resolve("classes"), classpath(jars(JACKSON_2)));
                compiled = new Compiled(sources, root.resolve("classes"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return compiled;
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    /** The jars of the test classpath that {@code which} accepts. */
    public static List<Path> jars(Predicate<String> which) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> which.test(entry.replace('\\', '/')))
                .map(Path::of)
                .toList();
    }

    public static String classpath(List<Path> entries) {
        return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    /** A class loader of {@code classes} and {@code jars}, and nothing else but the platform's classes. */
    public static URLClassLoader loader(Path classes, List<Path> jars) {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(classes.toUri().toURL());
            for (Path jar : jars) {
                urls.add(jar.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private ProjectClasses() {}
}
