package io.github.webhookgen.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where the bundled archive is ({@code -Dwebhookgen.bench.archive}, else the path the build recorded), and the versions built in. */
final class BenchPaths {

    private BenchPaths() {}

    /** The archive root, holding {@code webhooks/} (schemas) and {@code webhooks_examples/} (the corpus). */
    static Path archive() {
        String path = System.getProperty("webhookgen.bench.archive", built("archive"));
        Path archive = Path.of(path).toAbsolutePath().normalize();
        if (!Files.isDirectory(archive.resolve("webhooks"))) {
            throw new IllegalStateException("no webhooks/ folder under " + archive
                    + "; pass -Dwebhookgen.bench.archive=<path to schemas/src/main/archive>");
        }
        return archive;
    }

    /** A value the build recorded in {@code bench.properties}: the archive path and the versions under test. */
    static String built(String key) {
        try (InputStream in = BenchPaths.class.getResourceAsStream("bench.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path schemas() {
        return archive().resolve("webhooks");
    }

    static Path examples() {
        return archive().resolve("webhooks_examples");
    }
}
