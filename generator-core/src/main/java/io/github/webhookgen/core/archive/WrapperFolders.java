package io.github.webhookgen.core.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the folders an archive is wrapped in: what zipping the archive's folder itself, rather than its content, puts
 * in front of every path ({@code archive/webhooks/...}).
 *
 * <p>The rule, applied to the schema documents only (so files that are not JSON, example folders, hidden files and
 * {@code __MACOSX/} never count): when every schema document lies under one top folder, and no schema document lies
 * directly in that folder, the folder is a wrapper and the archive is read from inside it; this repeats for a wrapper
 * inside a wrapper. A folder that holds schema documents itself, such as LivePerson's {@code webhooks/}, is part of the
 * layout and is kept, even when it is the only folder.
 */
final class WrapperFolders {

    private WrapperFolders() {}

    /** The wrapper folders of a directory archive, as a path prefix ({@code "archive/"}), or {@code ""}. */
    static String ofDirectory(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return of(walk.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .toList());
        } catch (IOException | UncheckedIOException e) {
            return ""; // reading the archive reports it
        }
    }

    /** The wrapper folders of a zip archive, as an entry name prefix ({@code "archive/"}), or {@code ""}. */
    static String ofZip(Path zip) {
        // The central directory lists the names without inflating anything.
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return of(Collections.list(file.entries()).stream()
                    .filter(entry -> !entry.isDirectory())
                    .map(ZipEntry::getName)
                    .map(name -> name.replace('\\', '/'))
                    .toList());
        } catch (IOException | RuntimeException e) {
            return ""; // not a zip, or a broken one: reading the archive reports it
        }
    }

    /** The wrapper folders of an archive with these file paths, as a prefix ending in {@code /}, or {@code ""}. */
    static String of(List<String> paths) {
        List<String> documents = paths.stream().filter(Archive::isSchemaDocument).toList();
        StringBuilder prefix = new StringBuilder();
        while (!documents.isEmpty()) {
            String top = topFolder(documents.get(0));
            boolean wrapper = top != null && documents.stream().allMatch(path -> top.equals(topFolder(path))
                    && path.indexOf('/', top.length() + 1) > 0);
            if (!wrapper) {
                break;
            }
            prefix.append(top).append('/');
            documents = documents.stream().map(path -> path.substring(top.length() + 1)).toList();
        }
        return prefix.toString();
    }

    /** The first folder of a path; null for a file at the top, and for a drive ({@code C:}), which is refused. */
    private static String topFolder(String path) {
        int slash = path.indexOf('/');
        return slash <= 0 || ArchiveLoader.escapesRoot(path.substring(0, slash)) ? null : path.substring(0, slash);
    }
}
