package io.github.webhookgen.corpus;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in-process with the JDK's javac: {@code --release 17 -Xlint:all}, no annotation
 * processing, class files into a folder.
 */
final class SourceCompiler {

    /** Diagnostics of each kind kept in the result; the counts are complete. */
    private static final int KEPT = 20;
    private static final List<String> OPTIONS = List.of("--release", "17", "-Xlint:all", "-proc:none",
            "-Xmaxerrs", "10000", "-Xmaxwarns", "100000");

    private final JavaCompiler javac;

    SourceCompiler() {
        this.javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler: run with a JDK, not a JRE");
        }
    }

    /**
     * @param sources source text by path ({@code corpus/generated/Foo.java})
     * @param classpath the jars the sources use
     * @param classes where the class files go
     * @throws IOException when the class folder cannot be used
     */
    Compilation compile(SortedMap<String, String> sources, List<Path> classpath, Path classes) throws IOException {
        long start = System.nanoTime();
        if (sources.isEmpty()) {
            // Nothing generated (jsonschema2pojo's Object root): nothing to compile, and javac refuses no sources.
            return new Compilation(true, 0, 0, Map.of(), List.of(), 0);
        }
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        boolean compiled;
        try (StandardJavaFileManager files = javac.getStandardFileManager(collector, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
            List<JavaFileObject> units = new ArrayList<>();
            sources.forEach((path, text) -> units.add(new SourceText(path, text)));
            compiled = javac.getTask(new StringWriter(), files, collector, OPTIONS, null, units).call();
        } catch (RuntimeException | StackOverflowError e) {
            // javac itself failed on the sources (its own bug, or nesting too deep for its stack): a failed compilation.
            return new Compilation(false, 1, 0, Map.of(), List.of("javac: error: javac threw "
                    + Crashes.headline(e)), (System.nanoTime() - start) / 1_000_000);
        }
        int errors = 0;
        int warnings = 0;
        Map<String, Integer> warningCodes = new TreeMap<>();
        List<String> kept = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : collector.getDiagnostics()) {
            Diagnostic.Kind kind = diagnostic.getKind();
            if (kind == Diagnostic.Kind.ERROR) {
                if (++errors <= KEPT) {
                    kept.add(format(diagnostic));
                }
            } else if (kind == Diagnostic.Kind.WARNING || kind == Diagnostic.Kind.MANDATORY_WARNING) {
                warningCodes.merge(diagnostic.getCode(), 1, Integer::sum);
                if (++warnings <= KEPT) {
                    kept.add(format(diagnostic));
                }
            }
        }
        return new Compilation(compiled && errors == 0, errors, warnings, warningCodes, kept,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static String format(Diagnostic<? extends JavaFileObject> diagnostic) {
        String where = diagnostic.getSource() == null ? "javac"
                : diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber();
        String message = diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse("");
        return where + ": " + diagnostic.getKind().name().toLowerCase(Locale.ROOT) + ": " + message;
    }

    /** A source file held in memory. */
    private static final class SourceText extends SimpleJavaFileObject {
        private final String text;

        SourceText(String path, String text) {
            super(URI.create("string:///" + path), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
