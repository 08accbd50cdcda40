package io.github.webhookgen.core.archive;

import java.nio.file.Path;

/** Where the schemas come from: a directory, or a zip file (optionally only the entries under a prefix). */
public sealed interface ArchiveSource {

    /** A folder on disk holding the archive's layout. */
    record Directory(Path path) implements ArchiveSource {}

    /**
     * A zip file; entries under {@code prefix} (for example {@code lp-webhook-schemas/} inside a jar) are read
     * with the prefix removed.
     */
    record Zip(Path path, String prefix) implements ArchiveSource {}

    /** A directory or a zip file, whichever {@code path} is. */
    static ArchiveSource of(Path path) {
        return java.nio.file.Files.isDirectory(path) ? new Directory(path) : new Zip(path, "");
    }

    /** How to name the source in messages. */
    default String describe() {
        if (this instanceof Zip zip && !zip.prefix().isEmpty()) {
            return zip.path() + "!/" + zip.prefix();
        }
        return this instanceof Directory d ? d.path().toString() : ((Zip) this).path().toString();
    }
}
