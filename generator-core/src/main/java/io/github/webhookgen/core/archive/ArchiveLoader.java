package io.github.webhookgen.core.archive;

import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.PathMatcher;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * First stage: reads the schema documents of a directory or zip into an {@link Archive}, within {@link ArchiveLimits}.
 * The same reading, with the same limits and the same refusal of unsafe zip entries, gives the examples check its
 * example documents ({@link #examples}, {@link #jsonFiles}).
 */
public final class ArchiveLoader {

    private final ArchiveLimits limits;
    private final List<PathMatcher> excludes;
    private final Predicate<String> selection;
    private final boolean schemas;

    public ArchiveLoader(ArchiveLimits limits, List<String> excludes) {
        this(limits, excludes, Archive::isSchemaDocument, true);
    }

    public ArchiveLoader(ArchiveLimits limits) {
        this(limits, List.of());
    }

    private ArchiveLoader(ArchiveLimits limits, List<String> excludes, Predicate<String> selection, boolean schemas) {
        this.limits = limits;
        this.excludes = excludes.stream().map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
        this.selection = selection;
        this.schemas = schemas;
    }

    /**
     * A loader of an archive's examples: the {@code .json} files in its {@code *_examples/} folders. An archive
     * without examples gives an empty {@link Archive}, which is not a problem.
     */
    public static ArchiveLoader examples(ArchiveLimits limits, List<String> excludes) {
        return new ArchiveLoader(limits, excludes, Archive::isExample, false);
    }

    /** A loader of every {@code .json} file of a folder (or zip); none at all is not a problem. */
    public static ArchiveLoader jsonFiles(ArchiveLimits limits, List<String> excludes) {
        return new ArchiveLoader(limits, excludes, Archive::isJsonFile, false);
    }

    private boolean wanted(String path) {
        return selection.test(path) && excludes.stream().noneMatch(m -> m.matches(Path.of(path)));
    }

    public Archive load(ArchiveSource source, Problems problems) {
        TreeMap<String, byte[]> documents = new TreeMap<>();
        String name = source.describe();
        try {
            if (source instanceof ArchiveSource.Directory dir) {
                readDirectory(dir.path(), documents, problems);
            } else {
                ArchiveSource.Zip zip = (ArchiveSource.Zip) source;
                readZip(zip.path(), zip.prefix(), documents, problems);
            }
        } catch (IOException e) {
            problems.error(ProblemCode.ARCHIVE_UNREADABLE, Location.of(name), "cannot read the archive: " + describe(e));
            return Archive.of(name, documents);
        }
        if (schemas && documents.isEmpty() && !problems.hasErrors()) {
            problems.error(ProblemCode.EMPTY_ARCHIVE, Location.of(name),
                    "the archive holds no schema document (*.json outside *_examples/ folders)");
        }
        return Archive.of(name, documents);
    }

    private void readDirectory(Path root, TreeMap<String, byte[]> documents, Problems problems) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("not a directory: " + root);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        long total = 0;
        for (Path file : files) {
            String path = root.relativize(file).toString().replace('\\', '/');
            if (!wanted(path)) {
                continue;
            }
            long size = Files.size(file);
            total += size;
            if (size > limits.maxEntryBytes() || total > limits.maxTotalBytes()) {
                problems.error(ProblemCode.ENTRY_TOO_LARGE, Location.of(path), tooLarge(size, total));
                return;
            }
            documents.put(path, Files.readAllBytes(file));
        }
    }

    private void readZip(Path zipFile, String prefix, TreeMap<String, byte[]> documents, Problems problems)
            throws IOException {
        if (!Files.isRegularFile(zipFile)) {
            throw new IOException("no such file: " + zipFile);
        }
        long total = 0;
        int entries = 0;
        boolean sawEntry = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zipFile))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                sawEntry = true;
                if (++entries > limits.maxEntries()) {
                    problems.error(ProblemCode.ENTRY_TOO_LARGE, Location.of(zipFile.toString()),
                            "the zip has more than " + limits.maxEntries() + " entries");
                    return;
                }
                String raw = entry.getName().replace('\\', '/');
                if (!raw.startsWith(prefix)) {
                    continue;
                }
                String path = raw.substring(prefix.length());
                if (escapesRoot(path)) {
                    problems.error(ProblemCode.UNSAFE_ENTRY, Location.of(raw),
                            "zip entry path escapes the archive root; refused");
                    continue;
                }
                if (entry.isDirectory() || !wanted(path)) {
                    continue;
                }
                byte[] bytes = readBounded(in, limits.maxEntryBytes());
                if (bytes == null) {
                    problems.error(ProblemCode.ENTRY_TOO_LARGE, Location.of(path),
                            "entry inflates to more than the limit of " + limits.maxEntryBytes()
                                    + " bytes for one document; refused");
                    return;
                }
                total += bytes.length;
                if (total > limits.maxTotalBytes()) {
                    problems.error(ProblemCode.ENTRY_TOO_LARGE, Location.of(path), tooLarge(bytes.length, total));
                    return;
                }
                documents.put(path, bytes);
            }
        } catch (ZipException e) {
            throw new IOException("not a valid zip file: " + zipFile + " (" + e.getMessage() + ")", e);
        }
        if (!sawEntry && !isEmptyZip(zipFile)) {
            throw new IOException("neither a directory nor a zip file: " + zipFile);
        }
    }

    /** Whether the file is a zip without entries: only the end-of-central-directory record, signature PK 5 6. */
    private static boolean isEmptyZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4);
            return java.util.Arrays.equals(start, new byte[] {'P', 'K', 5, 6});
        }
    }

    /** Reads at most {@code max} bytes, or returns null when the stream holds more (a zip bomb cannot get past this). */
    private static byte[] readBounded(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long count = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            count += n;
            if (count > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static boolean escapesRoot(String path) {
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private String tooLarge(long size, long total) {
        if (size > limits.maxEntryBytes()) {
            return "entry is " + size + " bytes, more than the limit of " + limits.maxEntryBytes()
                    + " bytes for one document; refused";
        }
        return "the archive's documents add up to " + total + " bytes with this one, more than the limit of "
                + limits.maxTotalBytes() + " bytes in all; refused";
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
