package io.github.webhookgen.core.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.diagnostics.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first stage: which files of a directory or zip become schema documents, under which paths, in which order. */
class ArchiveLoaderTest {

    @TempDir
    Path temp;

    private final Problems problems = new Problems();

    @Test
    void readsEveryJsonFileOfADirectoryByRelativePath() throws IOException {
        Path root = folder("webhooks/A.json", "webhooks/events/B.json", "Top.json");

        Archive archive = load(new ArchiveSource.Directory(root));

        assertEquals(List.of("Top.json", "webhooks/A.json", "webhooks/events/B.json"), paths(archive));
        assertArrayEquals(bytes("webhooks/events/B.json"), archive.documents().get("webhooks/events/B.json"));
        assertTrue(problems.all().isEmpty(), problems.all()::toString);
    }

    @Test
    void skipsExampleFoldersHiddenFoldersAndFilesThatAreNotJson() throws IOException {
        Path root = folder("webhooks/A.json", "webhooks_examples/a.json", "webhooks/Nested_examples/b.json",
                ".git/config.json", "__MACOSX/webhooks/._A.json", "README.md", "webhooks/A.json.bak");

        assertEquals(List.of("webhooks/A.json"), paths(load(new ArchiveSource.Directory(root))));
    }

    @Test
    void readsAZipInSortedOrderWhateverTheOrderOfItsEntries() throws IOException {
        Path zip = zip("webhooks/Z.json", "webhooks/A.json", "M.json", "webhooks_examples/x.json");

        Archive archive = load(new ArchiveSource.Zip(zip, ""));

        assertEquals(List.of("M.json", "webhooks/A.json", "webhooks/Z.json"), paths(archive));
        assertArrayEquals(bytes("webhooks/Z.json"), archive.documents().get("webhooks/Z.json"));
    }

    @Test
    void readsAZipWithFolderEntriesAndBackslashSeparators() throws IOException {
        Path zip = temp.resolve("windows.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("webhooks/"));
            out.closeEntry();
            entry(out, "webhooks\\A.json");
        }

        assertEquals(List.of("webhooks/A.json"), paths(load(new ArchiveSource.Zip(zip, ""))));
    }

    @Test
    void readsOnlyTheEntriesUnderAPrefixWithThePrefixRemoved() throws IOException {
        Path jar = zip("lp-webhook-schemas/webhooks/A.json", "lp-webhook-schemas/webhooks_examples/e.json",
                "other/webhooks/B.json", "META-INF/x.json");

        Archive archive = load(new ArchiveSource.Zip(jar, "lp-webhook-schemas/"));

        assertEquals(List.of("webhooks/A.json"), paths(archive));
        assertArrayEquals(bytes("lp-webhook-schemas/webhooks/A.json"), archive.documents().get("webhooks/A.json"));
    }

    @Test
    void excludesPathsMatchingAGlob() throws IOException {
        Path root = folder("webhooks/A.json", "_old/webhooks/A.json", "_old/B.json", "webhooks/Draft1.json",
                "webhooks/deep/Draft2.json");

        Archive archive = new ArchiveLoader(ArchiveLimits.DEFAULT, List.of("_old/**", "webhooks/Draft*.json"))
                .load(new ArchiveSource.Directory(root), problems);

        assertEquals(List.of("webhooks/A.json", "webhooks/deep/Draft2.json"), paths(archive));
    }

    @Test
    void excludesApplyToZipEntriesAfterThePrefixIsRemoved() throws IOException {
        Path jar = zip("p/webhooks/A.json", "p/_old/A.json");

        Archive archive = new ArchiveLoader(ArchiveLimits.DEFAULT, List.of("_old/**"))
                .load(new ArchiveSource.Zip(jar, "p/"), problems);

        assertEquals(List.of("webhooks/A.json"), paths(archive));
    }

    @Test
    void aPathIsADirectoryOrAZipWhicheverItIs() throws IOException {
        Path root = folder("A.json");
        Path zip = zip("A.json");

        assertEquals(new ArchiveSource.Directory(root), ArchiveSource.of(root));
        assertEquals(new ArchiveSource.Zip(zip, ""), ArchiveSource.of(zip));
        assertEquals(zip + "!/lp/", new ArchiveSource.Zip(zip, "lp/").describe());
        assertEquals(paths(load(ArchiveSource.of(root))), paths(load(ArchiveSource.of(zip))));
    }

    @Test
    void aFolderAroundTheWholeArchiveIsReadAsItsRootWhateverLiesBesideIt() throws IOException {
        String[] wrapped = {"archive/webhooks/A.json", "archive/webhooks/events/B.json",
            "archive/webhooks_examples/a.json", "__MACOSX/archive/webhooks/._A.json", "archive/.DS_Store", "README.txt",
            "archive/notes.md"};
        Path folder = folder(wrapped);
        Path zip = zip(wrapped);

        ArchiveSource fromFolder = ArchiveSource.of(folder);
        ArchiveSource fromZip = ArchiveSource.of(zip);

        assertEquals(new ArchiveSource.Directory(folder.resolve("archive")), fromFolder);
        assertEquals(new ArchiveSource.Zip(zip, "archive/"), fromZip);
        assertEquals(List.of("webhooks/A.json", "webhooks/events/B.json"), paths(load(fromFolder)));
        assertEquals(List.of("webhooks/A.json", "webhooks/events/B.json"), paths(load(fromZip)));
        assertEquals(zip + "!/archive/", fromZip.fileRoot());
    }

    @Test
    void aFolderThatHoldsSchemaDocumentsItselfIsPartOfTheLayout() throws IOException {
        Path onlyWebhooks = folder("webhooks/A.json", "webhooks/B.json", "README.txt");
        Path withExamples = zip("webhooks/A.json", "webhooks_examples/a.json");

        assertEquals(new ArchiveSource.Directory(onlyWebhooks), ArchiveSource.of(onlyWebhooks));
        assertEquals(new ArchiveSource.Zip(withExamples, ""), ArchiveSource.of(withExamples));
        assertEquals(List.of("webhooks/A.json", "webhooks/B.json"), paths(load(ArchiveSource.of(onlyWebhooks))));
    }

    @Test
    void whichFoldersAreWrappers() {
        assertEquals("archive/",
                WrapperFolders.of(List.of("archive/webhooks/A.json", "archive/webhooks_examples/a.json")));
        assertEquals("a/b/", WrapperFolders.of(List.of("a/b/webhooks/A.json", "a/b/common/C.json")));
        assertEquals("schemas/", WrapperFolders.of(List.of("schemas/v1/A.json", "schemas/v1/B.json")));
        assertEquals("archive/", WrapperFolders.of(List.of("archive/webhooks/A.json", "webhooks_examples/a.json",
                "LICENSE", "archive/.git/config.json")));
        assertEquals("", WrapperFolders.of(List.of("webhooks/A.json")), "a folder of schemas");
        assertEquals("", WrapperFolders.of(List.of("archive/Common.json", "archive/webhooks/A.json")),
                "a schema beside the folders");
        assertEquals("", WrapperFolders.of(List.of("archive/webhooks/A.json", "Top.json")), "a schema at the top");
        assertEquals("", WrapperFolders.of(List.of("archive/webhooks/A.json", "other/webhooks/B.json")), "two folders");
        assertEquals("", WrapperFolders.of(List.of("C:/webhooks/A.json")), "a drive is no folder");
        assertEquals("", WrapperFolders.of(List.of("README.txt")), "no schema at all");
    }

    @Test
    void anEntryThatClimbsOutOfTheArchiveIsNotRead() throws IOException {
        Path zip = zip("../evil.json", "webhooks/A.json");

        Archive archive = load(new ArchiveSource.Zip(zip, ""));

        assertEquals(List.of("webhooks/A.json"), paths(archive));
        assertTrue(problems.hasErrors());
    }

    @Test
    void theArchiveNameIsTheSourceDescription() throws IOException {
        Path root = folder("A.json");

        Archive archive = load(new ArchiveSource.Directory(root));

        assertEquals(root.toString(), archive.name());
        assertFalse(problems.hasErrors());
    }

    @Test
    void theExamplesLoaderReadsOnlyTheJsonFilesOfExampleFolders() throws IOException {
        Path root = folder("webhooks/A.json", "webhooks_examples/a.json", "webhooks_examples/deep/b.json",
                "v2/events_examples/c.json", "webhooks_examples/notes.md", "webhooks_examples/.hidden.json",
                "__MACOSX/webhooks_examples/._a.json");

        Archive examples = ArchiveLoader.examples(ArchiveLimits.DEFAULT, List.of())
                .load(new ArchiveSource.Directory(root), problems);

        assertEquals(List.of("v2/events_examples/c.json", "webhooks_examples/a.json", "webhooks_examples/deep/b.json"),
                paths(examples));
        assertArrayEquals(bytes("webhooks_examples/a.json"), examples.documents().get("webhooks_examples/a.json"));
        assertFalse(problems.hasErrors());
    }

    @Test
    void theExamplesLoaderReadsAZipUnderItsPrefixAndHonoursExcludes() throws IOException {
        Path jar = zip("lp/webhooks/A.json", "lp/webhooks_examples/e.json", "lp/webhooks_examples/broken.json",
                "other/webhooks_examples/f.json");

        Archive examples = ArchiveLoader.examples(ArchiveLimits.DEFAULT, List.of("**/broken.json"))
                .load(new ArchiveSource.Zip(jar, "lp/"), problems);

        assertEquals(List.of("webhooks_examples/e.json"), paths(examples));
    }

    @Test
    void anArchiveWithoutExamplesIsNoProblemForTheExamplesLoader() throws IOException {
        Path root = folder("webhooks/A.json");

        Archive examples = ArchiveLoader.examples(ArchiveLimits.DEFAULT, List.of())
                .load(new ArchiveSource.Directory(root), problems);

        assertEquals(List.of(), paths(examples));
        assertEquals(List.of(), problems.all());
    }

    @Test
    void theJsonFilesLoaderReadsEveryJsonFileOfAFolder() throws IOException {
        Path root = folder("captured/a.json", "b.json", "webhooks_examples/c.json", "notes.txt", ".cache/d.json");

        Archive files = ArchiveLoader.jsonFiles(ArchiveLimits.DEFAULT, List.of())
                .load(new ArchiveSource.Directory(root), problems);

        assertEquals(List.of("b.json", "captured/a.json", "webhooks_examples/c.json"), paths(files));
    }

    @Test
    void theExamplesLoaderRefusesWhatTheSchemaLoaderRefuses() throws IOException {
        Path zip = zip("../webhooks_examples/evil.json", "webhooks_examples/ok.json");

        Archive examples = ArchiveLoader.examples(ArchiveLimits.DEFAULT, List.of())
                .load(new ArchiveSource.Zip(zip, ""), problems);

        assertEquals(List.of("webhooks_examples/ok.json"), paths(examples));
        assertEquals(List.of("../webhooks_examples/evil.json"),
                problems.all().stream().map(p -> p.location().file()).toList());
    }

    private Archive load(ArchiveSource source) {
        return new ArchiveLoader(ArchiveLimits.DEFAULT).load(source, problems);
    }

    private static List<String> paths(Archive archive) {
        return List.copyOf(archive.documents().keySet());
    }

    /** Distinct content per path, so that a test can tell which file was read. */
    private static byte[] bytes(String path) {
        return ("{\"description\": \"" + path + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private Path folder(String... paths) throws IOException {
        Path root = Files.createTempDirectory(temp, "archive");
        for (String path : paths) {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes(path));
        }
        return root;
    }

    private Path zip(String... paths) throws IOException {
        Path zip = Files.createTempFile(temp, "archive", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String path : paths) {
                entry(out, path);
            }
        }
        return zip;
    }

    private static void entry(ZipOutputStream out, String name) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes(name.replace('\\', '/')));
        out.closeEntry();
    }
}
