package io.github.webhookgen.core.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The LivePerson webhook archive that ships with webhookgen: the resources of the {@code webhookgen-lp-schemas} jar
 * (or its classes folder), which the Maven plugin and the command line have on their classpath.
 */
public final class BundledArchive {

    /** The folder of the archive inside the jar. */
    private static final String PREFIX = "lp-webhook-schemas/";
    private static final String ROOT = PREFIX + "webhooks/WsNotificationMsg.json";

    private BundledArchive() {}

    /**
     * Where the archive is: the jar, read from {@code lp-webhook-schemas/}, or the folder it was built into.
     *
     * @throws IllegalStateException when {@code webhookgen-lp-schemas} is not on the classpath of this class
     */
    public static ArchiveSource locate() {
        URL root = BundledArchive.class.getClassLoader().getResource(ROOT);
        if (root == null) {
            throw new IllegalStateException("the bundled archive " + ROOT + " is not on the classpath");
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
