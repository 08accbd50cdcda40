package io.github.webhookgen.core.diagnostics;

import static io.github.webhookgen.core.diagnostics.Runs.config;
import static io.github.webhookgen.core.diagnostics.Runs.failure;
import static io.github.webhookgen.core.diagnostics.Runs.success;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.GenerationResult;
import io.github.webhookgen.core.Generator;
import io.github.webhookgen.core.write.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run that fails leaves the output of the last good run exactly as it was: every file with the same bytes and the
 * same modification time, the same manifest, and no temporary file beside them.
 */
class FailedRunKeepsOutputTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path dir;

    /** A good archive: a record, an enum and a discriminated union across two folders. */
    private static TestArchive good() {
        return TestArchive.of("webhooks/Order.json", """
                {
                  "type": "object",
                  "properties": {
                    "status": { "enum": ["open", "closed"] },
                    "customer": { "$ref": "../common/Customer.json" },
                    "event": { "$ref": "Event.json" }
                  }
                }
                """).with("common/Customer.json", """
                { "type": "object", "properties": { "name": { "type": "string" } } }
                """).with("webhooks/Event.json", """
                {
                  "oneOf": [
                    { "type": "object", "properties": { "type": { "const": "created" } } },
                    { "type": "object", "properties": { "type": { "const": "deleted" } } }
                  ]
                }
                """);
    }

    /** Each way of breaking the good archive: given the folder it was written to, the archive path to run on. */
    static Stream<Named<BiFunction<Path, Path, Path>>> breakages() {
        return Stream.of(
                Named.of("malformed JSON", (archive, scratch) -> write(archive, "webhooks/Event.json", "{ \"a\": [")),
                Named.of("unresolved $ref", (archive, scratch) -> write(archive, "common/Customer.json",
                        "{ \"type\": \"object\", \"properties\": { \"a\": { \"$ref\": \"Address.json\" } } }")),
                Named.of("$ref to a pointer that points at nothing", (archive, scratch) -> write(archive,
                        "webhooks/Event.json", "{ \"$ref\": \"#/definitions/Missing\" }")),
                Named.of("$ref to a URI outside the archive", (archive, scratch) -> write(archive,
                        "common/Customer.json", "{ \"$ref\": \"https://example.test/schemas/customer\" }")),
                Named.of("missing archive", (archive, scratch) -> scratch.resolve("no-such-archive")),
                Named.of("empty archive", (archive, scratch) -> mkdirs(scratch.resolve("empty"))),
                Named.of("unsafe zip entry", (archive, scratch) -> good().with("../evil.json", "{}")
                        .writeZip(scratch.resolve("evil.zip"))));
    }

    @ParameterizedTest
    @MethodSource("breakages")
    void aFailedRunChangesNothing(BiFunction<Path, Path, Path> breakage) throws IOException {
        Path archive = good().writeFolder(dir.resolve("archive"));
        Path out = dir.resolve("out");
        GenerationResult first = success(config(archive, out));
        assertTrue(first.written() > 3, first.summary());
        touchAll(out);
        Map<String, String> before = snapshot(out);

        Path broken = breakage.apply(archive, Files.createDirectories(dir.resolve("scratch")));
        failure(config(broken, out));

        assertEquals(before, snapshot(out));
        GenerationResult again = success(config(good().writeFolder(dir.resolve("archive")), out));
        assertTrue(again.upToDate(), "the manifest of the good run still vouches for its output: " + again.summary());
    }

    /**
     * A run that fails while writing (a folder stands where a new type's file goes), after its changed files were
     * written aside, undoes all of it, and its closing line is true. {@code OutputWriterTest} fails a write later,
     * while files are moved into place.
     */
    @Test
    void aRunThatFailsWhileWritingLeavesTheLastGoodOutputAsItWas() throws IOException {
        Path archive = good().writeFolder(dir.resolve("archive"));
        Path out = dir.resolve("out");
        success(config(archive, out));
        // A new file sorted last among the types, so that the others are written before the write fails
        write(archive, "webhooks/Order.json", Files.readString(archive.resolve("webhooks/Order.json"))
                .replace("\"status\"", "\"note\": { \"type\": \"string\" }, \"status\""));
        write(archive, "webhooks/Zone.json", "{ \"type\": \"object\", \"properties\": { \"id\": {} } }");
        Path zone = out.resolve(Runs.PACKAGE.replace('.', '/')).resolve("Zone.java");
        Files.createDirectories(zone);
        Files.writeString(zone.resolve("notes.txt"), "a folder of someone else's where a generated file goes\n");
        touchAll(out);
        Map<String, String> before = snapshot(out);

        GenerationFailedException failure = assertThrows(GenerationFailedException.class,
                () -> new Generator().run(config(archive, out)));

        assertEquals(before, snapshot(out));
        Problem problem = Runs.only(failure.problems(), ProblemCode.OUTPUT_FAILED);
        assertEquals(out + ": error: [OUTPUT_FAILED] cannot write the generated sources: " + zone + ": a folder or "
                + "link is where the file goes", problem.toString());
        assertTrue(failure.outputUnchanged());
        assertEquals("webhookgen: 1 error(s), listed above; nothing was generated and the previous sources are "
                + "unchanged", failure.summary());
    }

    private static Path write(Path archive, String path, String text) {
        return write(archive, path, text, StandardCharsets.UTF_8);
    }

    private static Path write(Path archive, String path, String text, Charset charset) {
        try {
            Files.writeString(archive.resolve(path), text, charset);
            return archive;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path mkdirs(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dates every file far back, so that a file rewritten with the same bytes still shows. */
    private static void touchAll(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
    }

    /** Every file and folder under {@code root}: a file by its modification time and the hash of its bytes. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                entries.put(name, Files.isDirectory(path) ? "folder"
                        : Files.getLastModifiedTime(path) + " " + Hashing.of(Files.readAllBytes(path)));
            }
        }
        assertTrue(entries.keySet().stream().noneMatch(name -> name.endsWith(".tmp")), entries.keySet()::toString);
        assertTrue(entries.containsKey(".webhookgen-manifest"), entries.keySet()::toString);
        return entries;
    }
}
