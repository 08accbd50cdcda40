package io.github.webhookgen.it;

import java.nio.file.Path;

/** Where the bundled archive's sources are; surefire passes the path in {@code webhookgen.archive}. */
final class Archive {

    private Archive() {}

    static Path root() {
        String path = System.getProperty("webhookgen.archive");
        if (path == null) {
            throw new IllegalStateException("system property webhookgen.archive is not set (run through Maven)");
        }
        return Path.of(path);
    }

    static Path examples() {
        return root().resolve("webhooks_examples");
    }
}
