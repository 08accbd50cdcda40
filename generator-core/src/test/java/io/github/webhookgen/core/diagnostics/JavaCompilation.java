package io.github.webhookgen.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources the way a user's build does, with every lint enabled and warnings as errors. */
public final class JavaCompilation {

    private JavaCompilation() {}

    /** Compiles every {@code .java} file under {@code sources} into {@code classes}; fails with javac's messages. */
    public static void assertCompiles(Path sources, Path classes) {
        assertCompiles(sources, classes, System.getProperty("java.class.path"));
    }

    /** The same, against {@code classpath} (entries separated by {@link java.io.File#pathSeparator}). */
    public static void assertCompiles(Path sources, Path classes, String classpath) {
        List<Diagnostic<? extends JavaFileObject>> reported = compile(sources, classes, classpath);
        assertTrue(reported.isEmpty(), () -> describe(reported));
    }

    /**
     * Compiles every {@code .java} file under {@code sources} into {@code classes} against {@code classpath}, with
     * every lint enabled and warnings as errors; returns what javac reported but notes, empty when it compiled.
     */
    public static List<Diagnostic<? extends JavaFileObject>> compile(Path sources, Path classes, String classpath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "tests need a JDK, not a JRE");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
                Stream<Path> walk = Files.walk(sources)) {
            Files.createDirectories(classes);
            List<Path> java = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17",
                    "-classpath", classpath, "-d", classes.toString());
            boolean compiled = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(java)).call();
            List<Diagnostic<? extends JavaFileObject>> reported = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                    .toList();
            assertTrue(compiled || !reported.isEmpty(), "javac failed without saying why");
            return reported;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What javac reported, one line per diagnostic. */
    public static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        return "javac reported:\n" + diagnostics.stream()
                .map(d -> (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                        + d.getKind().name().toLowerCase(java.util.Locale.ROOT) + ": " + d.getMessage(null))
                .collect(Collectors.joining("\n"));
    }
}
