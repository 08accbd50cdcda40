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
            return path.toAbsolutePath().normalize() + File.separator;
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

    /**
     * The archive at {@code path}, a directory or a zip file, read from inside the folders it is wrapped in: when every
     * schema document lies under one top folder that holds no schema document itself ({@code archive/webhooks/...},
     * what zipping the archive's folder rather than its content gives), that folder is the archive's root, and so on
     * for a folder inside it. Files that are not schema documents ({@code README.txt}, {@code __MACOSX/}, hidden files,
     * example folders) do not count. A folder that holds schema documents, such as {@code webhooks/}, is always kept.
     */
    static ArchiveSource of(Path given) {
        Path path = given.normalize(); // "proj/../schemas" is named "schemas" in every message
        if (Files.isDirectory(path)) {
            String wrappers = WrapperFolders.ofDirectory(path);
            return new Directory(wrappers.isEmpty() ? path : path.resolve(wrappers));
        }
        return new Zip(path, Files.isRegularFile(path) ? WrapperFolders.ofZip(path) : "");
    }

    /** How to name the source in messages. */
    String describe();

    /**
     * What goes in front of an archive path to name the file outside the archive (a folder, or {@code archive.zip!/}),
     * so that a build log line leads to it.
     */
    String fileRoot();
}
