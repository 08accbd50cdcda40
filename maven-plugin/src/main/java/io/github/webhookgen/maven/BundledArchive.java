package io.github.webhookgen.maven;

import io.github.webhookgen.core.archive.ArchiveSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Finds the LivePerson webhook archive that ships with the plugin, inside the schemas jar (or its classes folder). */
final class BundledArchive {

    static final String PREFIX = "lp-webhook-schemas/";
    private static final String ROOT = PREFIX + "webhooks/WsNotificationMsg.json";

    private BundledArchive() {}

    static ArchiveSource locate() {
        URL root = BundledArchive.class.getClassLoader().getResource(ROOT);
        if (root == null) {
            throw new IllegalStateException("the bundled archive " + ROOT + " is not on the plugin's classpath");
        }
        try {
            if ("jar".equals(root.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                return new ArchiveSource.Zip(Path.of(connection.getJarFileURL().toURI()), PREFIX);
            }
            Path file = Path.of(root.toURI());
            return new ArchiveSource.Directory(file.getParent().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
