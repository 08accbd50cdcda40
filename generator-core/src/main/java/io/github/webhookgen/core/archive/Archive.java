package io.github.webhookgen.core.archive;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The schema documents of an archive, by archive-relative path ({@code /} separators), in sorted order.
 *
 * <p>Only JSON files outside example folders ({@code *_examples/}) are schema documents.
 *
 * @param name how to refer to the archive in messages (a path or an artifact)
 * @param documents raw bytes of each schema document
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
        if (!path.endsWith(".json")) {
            return false;
        }
        for (String segment : path.split("/")) {
            if (segment.endsWith("_examples") || segment.startsWith(".") || segment.equals("__MACOSX")) {
                return false;
            }
        }
        return true;
    }
}
