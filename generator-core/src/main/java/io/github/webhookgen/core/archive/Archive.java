package io.github.webhookgen.core.archive;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The schema documents of an archive, by archive-relative path ({@code /} separators), in sorted order.
 *
 * <p>Only JSON files outside example folders ({@code *_examples/}) are schema documents. A loader of examples
 * ({@link ArchiveLoader#examples}) gives an archive of the example documents instead.
 *
 * @param name how to refer to the archive in messages (a path or an artifact)
 * @param documents raw bytes of each document
 */
public record Archive(String name, SortedMap<String, byte[]> documents) {

    public Archive {
        documents = Collections.unmodifiableSortedMap(new TreeMap<>(documents));
    }

    public static Archive of(String name, Map<String, byte[]> documents) {
        return new Archive(name, new TreeMap<>(documents));
    }

    /** Whether an archive entry is a schema document: a {@code .json} file not under an examples folder. */
    static boolean isSchemaDocument(String path) {
        return isJsonFile(path) && Arrays.stream(path.split("/")).noneMatch(s -> s.endsWith("_examples"));
    }

    /** Whether an archive entry is an example: a {@code .json} file under an examples folder ({@code *_examples/}). */
    static boolean isExample(String path) {
        return isJsonFile(path) && Arrays.stream(path.split("/")).anyMatch(s -> s.endsWith("_examples"));
    }

    /** Whether an entry is a {@code .json} file that no tool left behind (hidden files, macOS's {@code __MACOSX/}). */
    static boolean isJsonFile(String path) {
        return path.endsWith(".json")
                && Arrays.stream(path.split("/")).noneMatch(s -> s.startsWith(".") || s.equals("__MACOSX"));
    }
}
