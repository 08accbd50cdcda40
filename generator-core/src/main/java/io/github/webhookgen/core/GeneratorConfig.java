package io.github.webhookgen.core;

import io.github.webhookgen.core.archive.ArchiveLimits;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.lower.DispatchRoot;
import java.nio.file.Path;

/**
 * Everything one run needs to know.
 *
 * @param source where the schemas are
 * @param packageName the Java package of the generated types
 * @param outputDirectory where the sources go; the generator owns the files it lists in its manifest there
 * @param dispatchRoot where the notifications start, for the generated visitor
 * @param limits bounds on the archive's size
 */
public record GeneratorConfig(ArchiveSource source, String packageName, Path outputDirectory,
        DispatchRoot dispatchRoot, ArchiveLimits limits) {

    public static GeneratorConfig of(ArchiveSource source, String packageName, Path outputDirectory) {
        return new GeneratorConfig(source, packageName, outputDirectory, DispatchRoot.LIVEPERSON,
                ArchiveLimits.DEFAULT);
    }

    /** Whether {@code name} is a valid Java package name (dot-separated identifiers, no keywords). */
    public static boolean isValidPackageName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (String part : name.split("\\.", -1)) {
            if (!javax.lang.model.SourceVersion.isIdentifier(part) || javax.lang.model.SourceVersion.isKeyword(part)) {
                return false;
            }
        }
        return true;
    }
}
