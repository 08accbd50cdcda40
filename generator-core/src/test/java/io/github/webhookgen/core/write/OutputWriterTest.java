package io.github.webhookgen.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing touches only what changed, deletes only what it generated before, and knows when it is up to date. */
class OutputWriterTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

    @TempDir
    Path temp;

    private Path out;
    private OutputWriter writer;

    @BeforeEach
    void createWriter() {
        out = temp.resolve("generated-sources");
        writer = new OutputWriter(out);
    }

    @Test
    void theFirstWriteCreatesEveryFileAndAManifest() throws IOException {
        SortedMap<String, String> sources = sources("p/A.java", "class A {}\n", "p/q/B.java", "class B {}\n");

        OutputWriter.Outcome outcome = writer.write(sources, "f1");

        assertEquals(new OutputWriter.Outcome(2, 0, 0), outcome);
        assertEquals("class A {}\n", Files.readString(out.resolve("p/A.java")));
        assertEquals("class B {}\n", Files.readString(out.resolve("p/q/B.java")));
        assertTrue(Files.isRegularFile(out.resolve(Manifest.FILE_NAME)));
        assertEquals(2, writer.generatedFileCount());
        assertEquals(List.of(Manifest.FILE_NAME, "p/A.java", "p/q/B.java"), files());
    }

    @Test
    void theManifestListsTheHashOfEveryFileUnderTheFingerprint() throws IOException {
        writer.write(sources("p/A.java", "class A {}\n"), "f1");

        Manifest manifest = Manifest.read(out);

        assertEquals("f1", manifest.fingerprint());
        assertEquals(new TreeMap<>(Map.of("p/A.java", Hashing.of("class A {}\n".getBytes(StandardCharsets.UTF_8)))),
                manifest.files());
    }

    @Test
    void writingTheSameContentAgainKeepsEveryTimestamp() throws IOException {
        SortedMap<String, String> sources = sources("p/A.java", "class A {}\n", "p/q/B.java", "class B {}\n");
        writer.write(sources, "f1");
        age("p/A.java", "p/q/B.java");

        OutputWriter.Outcome outcome = writer.write(sources, "f2");

        assertEquals(new OutputWriter.Outcome(0, 2, 0), outcome);
        assertEquals(LONG_AGO, modified("p/A.java"));
        assertEquals(LONG_AGO, modified("p/q/B.java"));
    }

    @Test
    void changedContentRewritesOnlyThatFile() throws IOException {
        writer.write(sources("p/A.java", "class A {}\n", "p/B.java", "class B {}\n"), "f1");
        age("p/A.java", "p/B.java");

        SortedMap<String, String> changed = sources("p/A.java", "class A {}\n", "p/B.java", "class B { }\n");

        OutputWriter.Outcome outcome = writer.write(changed, "f2");

        assertEquals(new OutputWriter.Outcome(1, 1, 0), outcome);
        assertEquals(LONG_AGO, modified("p/A.java"));
        assertNotEquals(LONG_AGO, modified("p/B.java"));
        assertEquals("class B { }\n", Files.readString(out.resolve("p/B.java")));
    }

    @Test
    void filesThePreviousRunGeneratedAndThisOneDoesNotAreDeletedWithTheirEmptyFolders() throws IOException {
        writer.write(sources("p/A.java", "class A {}\n", "p/q/B.java", "class B {}\n", "p/r/s/C.java", "class C {}\n"),
                "f1");

        OutputWriter.Outcome outcome = writer.write(sources("p/A.java", "class A {}\n"), "f2");

        assertEquals(new OutputWriter.Outcome(0, 1, 2), outcome);
        assertEquals(List.of(Manifest.FILE_NAME, "p/A.java"), files());
        assertFalse(Files.exists(out.resolve("p/q")));
        assertFalse(Files.exists(out.resolve("p/r")));
        assertEquals(1, writer.generatedFileCount());
    }

    @Test
    void filesTheGeneratorDidNotWriteAreNeverTouched() throws IOException {
        Files.createDirectories(out.resolve("p"));
        Files.writeString(out.resolve("p/Manual.java"), "class Manual {}\n");
        Files.writeString(out.resolve("p/Old.java"), "class Old {}\n");
        Files.writeString(out.resolve("notes.txt"), "mine\n");
        age("p/Manual.java", "p/Old.java", "notes.txt");
        writer.write(sources("p/A.java", "class A {}\n"), "f1");

        writer.write(sources("q/B.java", "class B {}\n"), "f2");

        assertEquals(List.of(Manifest.FILE_NAME, "notes.txt", "p/Manual.java", "p/Old.java", "q/B.java"), files());
        assertEquals(LONG_AGO, modified("p/Manual.java"));
        assertEquals(LONG_AGO, modified("p/Old.java"));
        assertEquals(LONG_AGO, modified("notes.txt"));
        assertEquals("mine\n", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void theManifestRecordsTheEntryPointsAndTheWriterReadsThemBack() throws IOException {
        EntryPoints entryPoints = new EntryPoints("p.Root", "p.Visitor", "p.Entry");

        writer.write(sources("p/Root.java", "class Root {}\n"), "f1", List.of(), entryPoints);

        assertEquals(Optional.of(entryPoints), writer.entryPoints());
        assertEquals(List.of("# Written by webhookgen: what it generated here. Do not edit.", "fingerprint f1",
                "root p.Root", "visitor p.Visitor", "dispatcher p.Entry"),
                Files.readAllLines(out.resolve(Manifest.FILE_NAME)).subList(0, 5));
        assertTrue(writer.isUpToDate("f1"));
    }

    @Test
    void withoutAManifestOrARootThereAreNoEntryPoints() throws IOException {
        assertEquals(Optional.empty(), writer.entryPoints());

        writer.write(sources("p/A.java", "class A {}\n"), "f1");

        assertEquals(Optional.empty(), writer.entryPoints());
        Files.writeString(out.resolve(Manifest.FILE_NAME), "fingerprint f\nroot p.A\nfile 00 p/A.java\n");
        assertEquals(Optional.of(new EntryPoints("p.A", null, null)), writer.entryPoints());
    }

    @Test
    void aManifestEntryOutsideTheOutputDirectoryIsNeverDeleted() throws IOException {
        Path outside = Files.writeString(temp.resolve("precious.txt"), "keep me\n");
        Files.createDirectories(out);
        Files.writeString(out.resolve(Manifest.FILE_NAME), "fingerprint f0\nfile 00 ../precious.txt\n");

        writer.write(sources("p/A.java", "class A {}\n"), "f1");

        assertEquals("keep me\n", Files.readString(outside));
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        writer.write(sources("p/A.java", "class A {}\n"), "f1");
        writer.write(sources("p/A.java", "class A { int x; }\n"), "f2");

        assertEquals(List.of(Manifest.FILE_NAME, "p/A.java"), files());
    }

    @Test
    void aWriteThatFailsWhileMovingFilesIntoPlaceUndoesEveryMove() throws IOException {
        writer.write(sources("p/A.java", "class A {}\n", "p/B.java", "class B {}\n", "p/Old.java", "class Old {}\n"),
                "f1");
        age("p/A.java", "p/B.java", "p/Old.java", Manifest.FILE_NAME);
        Map<String, String> before = snapshot();
        // Written aside under a short temporary name, the last file fails only when it is moved to its own name, after
        // A.java was replaced and New.java placed in a new folder.
        String tooLong = "p/" + "Z".repeat(300) + ".java";

        assertThrows(IOException.class, () -> writer.write(sources("n/New.java", "class New {}\n", "p/A.java",
                "class A { int x; }\n", "p/B.java", "class B {}\n", tooLong, "class Z {}\n"), "f2"));

        assertEquals(before, snapshot());
        assertTrue(writer.isUpToDate("f1"));
    }

    @Test
    void aWriteThatFailsWhileWritingFilesAsideLeavesNothingBehind() throws IOException {
        writer.write(sources("p/A.java", "class A {}\n"), "f1");
        Files.writeString(out.resolve("q"), "a file where the generated folder q goes\n");
        age("p/A.java", Manifest.FILE_NAME, "q");
        Map<String, String> before = snapshot();

        assertThrows(IOException.class, () -> writer.write(sources("p/A.java", "class A { int x; }\n", "p/B.java",
                "class B {}\n", "q/C.java", "class C {}\n"), "f2"));

        assertEquals(before, snapshot());
    }

    @Test
    void aFolderWhereAFileGoesFailsTheWriteAndIsLeftAlone() throws IOException {
        writer.write(sources("p/A.java", "class A {}\n"), "f1");
        Files.createDirectories(out.resolve("p/B.java"));
        Files.writeString(out.resolve("p/B.java/mine.txt"), "mine\n");
        age("p/A.java", Manifest.FILE_NAME, "p/B.java/mine.txt");
        Map<String, String> before = snapshot();

        IOException failure = assertThrows(IOException.class, () -> writer.write(sources("p/A.java",
                "class A { int x; }\n", "p/B.java", "class B {}\n"), "f2"));

        assertEquals(out.resolve("p/B.java") + ": a folder or link is where the file goes", failure.getMessage());
        assertEquals(before, snapshot());
    }

    @Test
    void theTemporaryFilesOfAWriteCutShortAreDeletedByTheNextWriteThatSucceeds() throws IOException {
        writer.write(sources("p/A.java", "class A {}\n", "q/B.java", "class B {}\n"), "f1");
        // what a JVM killed while writing leaves: a file aside for p/A.java, the old q/B.java moved aside
        Files.writeString(out.resolve("p/.webhookgen-0f8fad5b-d9cb-469f-a165-70867728950e.tmp"), "class A { int");
        Files.move(out.resolve("q/B.java"), out.resolve("q/.webhookgen-7c9e6679-7425-40de-944b-e07fc1f90ae7.tmp"));
        Files.writeString(out.resolve("p/.webhookgen-notes.tmp"), "not one of ours\n");
        assertFalse(writer.isUpToDate("f1"));

        writer.write(sources("p/A.java", "class A { int x; }\n", "q/B.java", "class B {}\n"), "f1");

        assertEquals(List.of(Manifest.FILE_NAME, "p/.webhookgen-notes.tmp", "p/A.java", "q/B.java"), files());
        assertTrue(writer.isUpToDate("f1"));
    }

    @Test
    void newAndReplacedFilesAndTheManifestGetThePermissionsOfAnOrdinaryNewFile() throws IOException {
        assumeTrue(out.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        writer.write(sources("p/A.java", "class A {}\n"), "f1");

        writer.write(sources("p/A.java", "class A { int x; }\n", "p/B.java", "class B {}\n"), "f2");

        // Whatever the umask is: what it gives a file created the ordinary way, in the same folders.
        Set<PosixFilePermission> ordinary = Files.getPosixFilePermissions(Files.write(out.resolve("p/Ordinary.txt"),
                new byte[0]));
        assertEquals(ordinary, Files.getPosixFilePermissions(Files.write(out.resolve("ordinary.txt"), new byte[0])));
        assertEquals(ordinary, Files.getPosixFilePermissions(out.resolve("p/A.java")), "replaced");
        assertEquals(ordinary, Files.getPosixFilePermissions(out.resolve("p/B.java")), "new");
        assertEquals(ordinary, Files.getPosixFilePermissions(out.resolve(Manifest.FILE_NAME)), "manifest");
    }

    @Test
    void isUpToDateOnlyWithTheSameFingerprintAndEveryFileAsWritten() throws IOException {
        assertFalse(writer.isUpToDate("f1"), "no manifest yet");

        writer.write(sources("p/A.java", "class A {}\n", "p/B.java", "class B {}\n"), "f1");

        assertTrue(writer.isUpToDate("f1"));
        assertFalse(writer.isUpToDate("f2"));
    }

    @Test
    void isNotUpToDateAfterAGeneratedFileIsEditedByHand() throws IOException {
        writer.write(sources("p/A.java", "class A {}\n", "p/B.java", "class B {}\n"), "f1");

        Files.writeString(out.resolve("p/B.java"), "class B { /* mine */ }\n");

        assertFalse(writer.isUpToDate("f1"));
    }

    @Test
    void isNotUpToDateAfterAGeneratedFileIsDeletedByHand() throws IOException {
        writer.write(sources("p/A.java", "class A {}\n", "p/B.java", "class B {}\n"), "f1");

        Files.delete(out.resolve("p/A.java"));

        assertFalse(writer.isUpToDate("f1"));
    }

    @Test
    void isNotUpToDateWhenTheLastRunGeneratedNothing() throws IOException {
        writer.write(new TreeMap<>(), "f1");

        assertFalse(writer.isUpToDate("f1"));
    }

    private static SortedMap<String, String> sources(String... pathsAndTexts) {
        SortedMap<String, String> sources = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            sources.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return sources;
    }

    private void age(String... paths) throws IOException {
        for (String path : paths) {
            Files.setLastModifiedTime(out.resolve(path), LONG_AGO);
        }
    }

    private FileTime modified(String path) throws IOException {
        return Files.getLastModifiedTime(out.resolve(path));
    }

    /**
     * Every file and folder under the output directory: a file by its modification time and its bytes. No temporary
     * file is among them.
     */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path path : walk.toList()) {
                String name = out.relativize(path).toString().replace('\\', '/');
                entries.put(name, Files.isDirectory(path) ? "folder"
                        : Files.getLastModifiedTime(path) + " " + Files.readString(path));
            }
        }
        assertTrue(entries.keySet().stream().noneMatch(name -> name.endsWith(".tmp")), entries.keySet()::toString);
        return entries;
    }

    /** Every file under the output directory, by relative path, sorted. */
    private List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
