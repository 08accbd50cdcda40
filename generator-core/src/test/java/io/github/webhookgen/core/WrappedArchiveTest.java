package io.github.webhookgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.archive.ArchiveSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled LivePerson archive zipped or copied with one extra top folder ({@code archive/webhooks/...}, what zipping
 * the archive's folder itself gives) generates the same files as the archive itself, the visitor and the entry points
 * included.
 */
class WrappedArchiveTest {

    private static final String PACKAGE = "com.example.lp";
    private static final String VISITOR = "com/example/lp/WebhookVisitor.java";
    private static final String ENTRY_POINTS = "com/example/lp/Webhooks.java";

    @TempDir
    Path temp;

    private Map<String, String> expected;

    @BeforeEach
    void generateFromTheArchiveItself() throws IOException {
        GenerationResult result = new Generator().run(config(ArchiveSource.of(bundledArchive()),
                temp.resolve("plain")));
        expected = contents(temp.resolve("plain"));
        assertEquals(List.of(), result.warnings());
        assertTrue(expected.containsKey(VISITOR) && expected.containsKey(ENTRY_POINTS), expected.keySet()::toString);
    }

    @Test
    void aZipWithOneExtraTopFolderGeneratesTheSameFiles() throws IOException {
        Path zip = temp.resolve("webhooks.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> file : files(bundledArchive()).entrySet()) {
                entry(out, "archive/" + file.getKey(), file.getValue());
            }
            // What the macOS archive utility adds beside it, and a note of the user's.
            entry(out, "__MACOSX/archive/webhooks/._WsNotificationMsg.json", new byte[] {0, 5, 22, 7});
            entry(out, "README.txt", "LivePerson webhook schemas".getBytes(StandardCharsets.UTF_8));
        }

        new Generator().run(config(ArchiveSource.of(zip), temp.resolve("zipped")));

        assertEquals(expected, contents(temp.resolve("zipped")));
    }

    @Test
    void aFolderWithOneExtraTopFolderGeneratesTheSameFiles() throws IOException {
        Path folder = temp.resolve("unpacked");
        for (Map.Entry<String, byte[]> file : files(bundledArchive()).entrySet()) {
            Path target = folder.resolve("archive").resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        Files.writeString(folder.resolve(".DS_Store"), "");

        new Generator().run(config(ArchiveSource.of(folder), temp.resolve("copied")));

        assertEquals(expected, contents(temp.resolve("copied")));
    }

    @Test
    void switchingToTheWrappedArchiveDeletesNothing() throws IOException {
        Path zip = temp.resolve("webhooks.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> file : files(bundledArchive()).entrySet()) {
                entry(out, "json_schemas/" + file.getKey(), file.getValue());
            }
        }

        GenerationResult result = new Generator().run(config(ArchiveSource.of(zip), temp.resolve("plain")));

        assertTrue(result.upToDate(), result::summary);
        assertEquals(expected, contents(temp.resolve("plain")));
    }

    private static GeneratorConfig config(ArchiveSource source, Path out) {
        return GeneratorConfig.of(source, PACKAGE, out);
    }

    /** The archive of the schemas module, as set by the build, or found from this module's folder. */
    static Path bundledArchive() {
        String configured = System.getProperty("webhookgen.bundled.archive");
        Path archive = configured == null || configured.isBlank()
                ? Path.of("..", "schemas", "src", "main", "archive")
                : Path.of(configured);
        assertTrue(Files.isRegularFile(archive.resolve("webhooks/WsNotificationMsg.json")), "no archive at " + archive);
        return archive;
    }

    private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    /** Every file under {@code root}, examples included, by relative path. */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).sorted().forEach(file -> {
                try {
                    files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }

    /**
     * Every generated file and the manifest, by relative path, as text; the manifest without the line that names
     * where the archive is, which differs by design.
     */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        files(root).forEach((path, bytes) -> contents.put(path, new String(bytes, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^archive .*\n", "")));
        return contents;
    }
}
