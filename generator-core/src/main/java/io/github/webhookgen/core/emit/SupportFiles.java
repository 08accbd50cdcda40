package io.github.webhookgen.core.emit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The code every generated package needs whatever its schemas, such as {@code Json}: written once as ordinary Java in
 * this repository (per Jackson line in {@code support/jackson2} and {@code support/jackson3}, and the check of
 * LivePerson's signature header in {@code support/liveperson}), compiled and tested there, and copied into the user's
 * package by putting that package in its {@code package} declaration.
 */
final class SupportFiles {

    /** The check of LivePerson's signature header, among the generator's resources; it needs no Jackson. */
    static final String LIVEPERSON_SIGNATURE = "support/liveperson/WebhookSignature.java";

    /** The package the support sources are written in. */
    private static final String SOURCE_PACKAGE = "package io.github.webhookgen.support;\n";

    private SupportFiles() {}

    /** The text of a support source, moved to {@code packageName}, with a header saying where it comes from. */
    static String copy(String resource, String packageName, String header) {
        String text = read(resource);
        int declaration = text.indexOf(SOURCE_PACKAGE);
        if (declaration < 0) {
            throw new IllegalStateException(resource + " is not in " + SOURCE_PACKAGE.strip());
        }
        String moved = packageName.isEmpty() ? "" : "package " + packageName + ";\n";
        return "// " + header + "\n" + moved + text.substring(declaration + SOURCE_PACKAGE.length());
    }

    private static String read(String resource) {
        try (InputStream in = SupportFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the generator's resources lack " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
