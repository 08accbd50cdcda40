package io.github.webhookgen.corpus;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The input folders under {@code src/test/resources/fixtures}, as the tests see them on disk. */
final class Fixtures {

    private Fixtures() {}

    static Path folder(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
