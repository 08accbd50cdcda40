package io.github.webhookgen.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.webhookgen.core.Generator;
import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.archive.ArchiveSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Type names keep the letters of every script, so a generated file may be called {@code Größe.java}. A JVM started
 * under a POSIX locale on Linux cannot put such a name in a path; the run must then stop with an error that says what
 * to do, before anything is written, rather than with a stack trace or half of the files.
 */
class FileNameEncodingTest {

    @TempDir
    Path dir;

    @Test
    void aFileNameTheJvmCannotWriteIsAnErrorBeforeAnythingIsWritten() throws IOException, InterruptedException {
        // A zip, whose entry names are UTF-8 whatever the locale: a folder's would be read mangled already.
        Path archive = TestArchive.of("webhooks/größe.json", """
                { "type": "object", "properties": { "x": { "type": "string" } } }
                """).writeZip(dir.resolve("archive.zip"));
        Path out = dir.resolve("out");
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PosixLocaleRun.class.getName(), archive.toString(),
                out.toString()).redirectErrorStream(true);
        child.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
        child.environment().put("LC_ALL", "C");

        Process process = child.start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .toList();
        process.waitFor();

        assumeFalse(lines.get(0).equals("UTF-8"), "this platform writes UTF-8 file names under any locale");
        assertEquals(List.of(lines.get(0), out + ": error: [OUTPUT_FAILED] cannot write com/example/hooks/Größe.java: "
                + "this JVM's file name encoding, " + lines.get(0) + ", cannot represent it; run the build under a "
                + "UTF-8 locale, for example with LC_ALL=C.UTF-8"), lines);
        assertFalse(Files.exists(out), "nothing is written");
    }

    /** Runs the generator in a JVM of its own, and prints its file name encoding and its problems in UTF-8. */
    static final class PosixLocaleRun {

        public static void main(String[] args) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.println(System.getProperty("sun.jnu.encoding"));
            GeneratorConfig config = GeneratorConfig.of(ArchiveSource.of(Path.of(args[0])), Runs.PACKAGE,
                    Path.of(args[1]));
            try {
                new Generator().run(config);
            } catch (GenerationFailedException e) {
                e.problems().forEach(out::println);
            }
        }
    }
}
