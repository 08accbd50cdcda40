package io.github.webhookgen.core.diagnostics;

import static io.github.webhookgen.core.diagnostics.Runs.config;
import static io.github.webhookgen.core.diagnostics.Runs.failure;
import static io.github.webhookgen.core.diagnostics.Runs.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.GenerationResult;
import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.archive.ArchiveLimits;
import io.github.webhookgen.core.archive.ArchiveLoader;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.lower.DispatchRoot;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Archives and settings the generator must refuse: nothing to read, hostile zips, oversized input, bad encodings, a bad
 * package name, an output directory it cannot write. Paths under the test's temporary folder print as {@code <tmp>}.
 */
class ArchiveInputProblemTest {

    private static final String SCHEMA = """
            { "type": "object", "properties": { "x": { "type": "string" } } }""";

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    /** The lines a build prints, with the temporary folder written {@code <tmp>} and {@code /} between folders. */
    private String printed(List<Problem> problems) {
        return lines(problems).replace(dir.toString(), "<tmp>").replace(File.separatorChar, '/');
    }

    private static GeneratorConfig limited(Path archive, Path out, ArchiveLimits limits) {
        return GeneratorConfig.of(ArchiveSource.of(archive), Runs.PACKAGE, out).withLimits(limits);
    }

    // ---- nothing to read ----

    @Test
    void aFolderWithoutSchemasIsAnEmptyArchive() throws IOException {
        Path archive = Files.createDirectories(dir.resolve("schemas"));

        assertEquals("<tmp>/schemas: error: [EMPTY_ARCHIVE] the archive holds no schema document (*.json outside "
                + "*_examples/ folders)", printed(failure(config(archive, out()))));
    }

    @Test
    void aZipWithoutEntriesIsAnEmptyArchive() {
        Path zip = new TestArchive().writeZip(dir.resolve("schemas.zip"));

        assertEquals("<tmp>/schemas.zip: error: [EMPTY_ARCHIVE] the archive holds no schema document (*.json outside "
                + "*_examples/ folders)", printed(failure(config(zip, out()))));
    }

    @Test
    void aZipOfExamplesOnlyIsAnEmptyArchive() {
        Path zip = TestArchive.of("webhooks_examples/created.json", "{}").with("README.md", "# schemas")
                .writeZip(dir.resolve("schemas.zip"));

        assertEquals("<tmp>/schemas.zip: error: [EMPTY_ARCHIVE] the archive holds no schema document (*.json outside "
                + "*_examples/ folders)", printed(failure(config(zip, out()))));
    }

    @Test
    void aPathThatIsNeitherAFolderNorAZipIsUnreadable() throws IOException {
        Path text = Files.writeString(dir.resolve("schemas.txt"), "not a zip");

        assertEquals("<tmp>/schemas.txt: error: [ARCHIVE_UNREADABLE] cannot read the archive: neither a directory nor "
                + "a zip file: <tmp>/schemas.txt", printed(failure(config(text, out()))));
    }

    @Test
    void aMissingPathIsUnreadable() {
        Path missing = dir.resolve("no-such-schemas");

        assertEquals("<tmp>/no-such-schemas: error: [ARCHIVE_UNREADABLE] cannot read the archive: no such file: "
                + "<tmp>/no-such-schemas", printed(failure(config(missing, out()))));
    }

    @Test
    void aCorruptZipIsUnreadable() throws IOException {
        byte[] zip = Files.readAllBytes(TestArchive.of("webhooks/A.json", SCHEMA).writeZip(dir.resolve("good.zip")));
        byte[] corrupt = Arrays.copyOf(zip, 40);
        Path archive = Files.write(dir.resolve("corrupt.zip"), corrupt);

        List<Problem> problems = failure(config(archive, out()));

        assertEquals(ProblemCode.ARCHIVE_UNREADABLE, Runs.only(problems, ProblemCode.ARCHIVE_UNREADABLE).code());
        assertTrue(printed(problems).startsWith("<tmp>/corrupt.zip: error: [ARCHIVE_UNREADABLE] cannot read the "
                + "archive: "), printed(problems));
    }

    // ---- hostile zips ----

    @ParameterizedTest
    @ValueSource(strings = {"../evil.json", "/etc/evil.json", "webhooks/../../evil.json", "C:/evil.json",
        "..\\evil.json"})
    void anEntryThatEscapesTheArchiveRootIsRefused(String entry) {
        Path zip = TestArchive.of(entry, SCHEMA).with("webhooks/Good.json", SCHEMA).writeZip(dir.resolve("evil.zip"));

        List<Problem> problems = failure(config(zip, out()));

        assertEquals(entry.replace('\\', '/') + ": error: [UNSAFE_ENTRY] zip entry path escapes the archive root; "
                + "refused", printed(problems));
        assertFalse(Files.exists(out()), "nothing may be written");
    }

    @Test
    void aZipBombIsRefusedAtTheLimit() throws IOException {
        Path zip = TestArchive.writeZipBomb(dir.resolve("bomb.zip"), "webhooks/Bomb.json", 64L << 20);
        assertTrue(Files.size(zip) < 1 << 20, "64 MiB of zeros deflate to " + Files.size(zip) + " bytes");

        List<Problem> problems = failure(limited(zip, out(), new ArchiveLimits(1 << 20, 4 << 20, 100)));

        assertEquals("webhooks/Bomb.json: error: [ENTRY_TOO_LARGE] entry inflates to more than the limit of 1048576 "
                + "bytes for one document; refused", printed(problems));
    }

    /**
     * The loader stops inflating at the limit: the bomb is cut off well past the limit, so a loader that read the
     * whole entry would fail on the cut (as the second load, with a limit beyond the cut, shows) instead of refusing
     * the entry.
     */
    @Test
    void aZipBombIsNotReadPastTheLimit() throws IOException {
        byte[] bomb = Files.readAllBytes(TestArchive.writeZipBomb(dir.resolve("bomb.zip"), "webhooks/Bomb.json",
                64L << 20));
        Path cut = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(bomb, bomb.length / 2));
        ArchiveSource source = ArchiveSource.of(cut);

        Problems withinLimit = new Problems();
        new ArchiveLoader(new ArchiveLimits(1 << 20, 4 << 20, 100)).load(source, withinLimit);
        Problems pastTheCut = new Problems();
        new ArchiveLoader(new ArchiveLimits(128 << 20, 128 << 20, 100)).load(source, pastTheCut);

        assertEquals(List.of(ProblemCode.ENTRY_TOO_LARGE), withinLimit.all().stream().map(Problem::code).toList());
        assertEquals(List.of(ProblemCode.ARCHIVE_UNREADABLE), pastTheCut.all().stream().map(Problem::code).toList());
    }

    @Test
    void aZipWithTooManyEntriesIsRefused() {
        TestArchive archive = new TestArchive();
        for (int i = 0; i < 11; i++) {
            archive.with("webhooks/T" + i + ".json", SCHEMA);
        }
        Path zip = archive.writeZip(dir.resolve("many.zip"));

        List<Problem> problems = failure(limited(zip, out(), new ArchiveLimits(1 << 20, 4 << 20, 10)));

        assertEquals("<tmp>/many.zip: error: [ENTRY_TOO_LARGE] the zip has more than 10 entries", printed(problems));
    }

    // ---- oversized input ----

    @Test
    void anOversizedDocumentIsRefused() {
        Path archive = TestArchive.of("webhooks/Big.json", "{\"description\": \"" + "x".repeat(2000) + "\"}")
                .writeFolder(dir.resolve("schemas"));

        List<Problem> problems = failure(limited(archive, out(), new ArchiveLimits(1024, 1 << 20, 100)));

        assertEquals("webhooks/Big.json: error: [ENTRY_TOO_LARGE] entry is 2019 bytes, more than the limit of 1024 "
                + "bytes for one document; refused", printed(problems));
    }

    @Test
    void anOversizedArchiveIsRefused() {
        String document = "{\"description\": \"" + "x".repeat(600) + "\"}";
        Path zip = TestArchive.of("webhooks/A.json", document).with("webhooks/B.json", document)
                .with("webhooks/C.json", document).writeZip(dir.resolve("schemas.zip"));

        List<Problem> problems = failure(limited(zip, out(), new ArchiveLimits(1024, 1500, 100)));

        assertEquals("webhooks/C.json: error: [ENTRY_TOO_LARGE] the archive's documents add up to 1857 bytes with "
                + "this one, more than the limit of 1500 bytes in all; refused", printed(problems));
    }

    // ---- encodings ----

    @Test
    void aFileThatIsNotUtf8IsReadAsWindows1252WithTheOffsetOfTheFirstBadByte() throws IOException {
        byte[] latin1 = "{\"description\": \"café\", \"properties\": {\"a\": {}}}"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path archive = new TestArchive().withBytes("webhooks/Latin.json", latin1).writeFolder(dir.resolve("schemas"));

        GenerationResult result = Runs.success(config(archive, out()));

        assertEquals("webhooks/Latin.json: warning: [NOT_UTF8] the file is not UTF-8 (first invalid byte at offset "
                + "20); read as windows-1252, save it as UTF-8", printed(result.warnings()));
        assertTrue(Files.readString(out().resolve("com/example/hooks/Latin.java")).contains("café"));
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = SCHEMA.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = Arrays.copyOf(bom, bom.length + text.length);
        System.arraycopy(text, 0, withBom, bom.length, text.length);
        Path archive = new TestArchive().withBytes("webhooks/Bom.json", withBom).writeFolder(dir.resolve("schemas"));

        assertEquals(List.of(), Runs.success(config(archive, out())).warnings());
    }

    // ---- configuration and output ----

    @ParameterizedTest
    @ValueSource(strings = {"com.example.class", "1hooks", "com..hooks", "com.example-hooks", ""})
    void aPackageNameThatIsNotAJavaPackageIsRefusedBeforeAnythingIsRead(String packageName) {
        GeneratorConfig config = GeneratorConfig.of(ArchiveSource.of(dir.resolve("no-such-schemas")), packageName,
                out());

        assertEquals("configuration: error: [INVALID_CONFIG] packageName \"" + packageName + "\" is not a valid Java "
                + "package name", printed(failure(config)));
    }

    @Test
    void anOutputDirectoryThatIsAFileCannotBeWritten() throws IOException {
        Path archive = TestArchive.of("webhooks/A.json", SCHEMA).writeFolder(dir.resolve("schemas"));
        Path output = Files.writeString(dir.resolve("out"), "a file");

        assertEquals("<tmp>/out: error: [OUTPUT_FAILED] cannot write the generated sources: <tmp>/out exists and is "
                + "not a directory", printed(failure(config(archive, output))));
    }

    @Test
    void anOutputDirectoryBelowAFileCannotBeWritten() throws IOException {
        Path archive = TestArchive.of("webhooks/A.json", SCHEMA).writeFolder(dir.resolve("schemas"));
        Path output = Files.writeString(dir.resolve("target"), "a file").resolve("generated-sources");

        assertEquals("<tmp>/target/generated-sources: error: [OUTPUT_FAILED] cannot write the generated sources: "
                + "<tmp>/target/generated-sources: Not a directory", printed(failure(config(archive, output))));
    }
}
