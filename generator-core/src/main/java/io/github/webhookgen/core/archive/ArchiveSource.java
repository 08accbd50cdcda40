package io.github.webhookgen.core.archive;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the schemas come from: a directory, or a zip file (optionally only the entries under a prefix). */
public sealed interface ArchiveSource {

    /** A folder on disk holding the archive's layout. */
    record Directory(Path path) implements ArchiveSource {

        @Override
        public String describe() {
            return path.toString();
        }

        @Override
        public String fileRoot() {
            return path.toAbsolutePath() + File.separator;
        }
    }

    /**
     * A zip file; entries under {@code prefix} (for example {@code lp-webhook-schemas/} inside a jar) are read
     * with the prefix removed.
     */
    record Zip(Path path, String prefix) implements ArchiveSource {

        @Override
        public String describe() {
            return prefix.isEmpty() ? path.toString() : path + "!/" + prefix;
        }

        @Override
        public String fileRoot() {
            return describe() + (describe().endsWith("/") ? "" : "!/");
        }
    }

    /** A directory or a zip file, whichever {@code path} is. */
    static ArchiveSource of(Path path) {
        return Files.isDirectory(path) ? new Directory(path) : new Zip(path, "");
    }

    /** How to name the source in messages. */
    String describe();

    /**
     * What goes in front of an archive path to name the file outside the archive (a folder, or {@code archive.zip!/}),
     * so that a build log line leads to it.
     */
    String fileRoot();
}
