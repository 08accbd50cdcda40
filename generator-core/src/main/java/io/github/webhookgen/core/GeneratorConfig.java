package io.github.webhookgen.core;

import io.github.webhookgen.core.archive.ArchiveLimits;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.lower.DispatchRoot;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one run needs to know.
 *
 * @param source where the schemas are
 * @param packageName the Java package of the generated types
 * @param outputDirectory where the sources go; the generator owns the files it lists in its manifest there
 * @param dispatchRoot where the notifications start, for the generated visitor
 * @param limits bounds on the archive's size
 * @param excludes glob patterns ({@code _old/**}) of archive paths that are not read
 * @param strict whether a {@code $ref} that cannot be resolved is an error (true) or a warning that types the value as
 *     {@code JsonNode} (false)
 * @param uriMappings URI prefixes mapped to archive folders, for archives whose files refer to each other by the URLs
 *     they are published at: with {@code https://schemas.example.com/v1/} mapped to {@code schemas/}, the file
 *     {@code schemas/a/B.json} is known by {@code https://schemas.example.com/v1/a/B.json} (its retrieval URI, 2020-12
 *     Core §9.1.1), so that both a {@code $ref} and an {@code $id} written with that URI name it. Folders use {@code /}
 *     separators; {@code ""} is the archive root.
 */
public record GeneratorConfig(ArchiveSource source, String packageName, Path outputDirectory,
        DispatchRoot dispatchRoot, ArchiveLimits limits, List<String> excludes, boolean strict,
        Map<String, String> uriMappings) {

    public GeneratorConfig {
        excludes = List.copyOf(excludes);
        uriMappings = Collections.unmodifiableSortedMap(new TreeMap<>(uriMappings));
    }

    public static GeneratorConfig of(ArchiveSource source, String packageName, Path outputDirectory) {
        return new GeneratorConfig(source, packageName, outputDirectory, DispatchRoot.LIVEPERSON,
                ArchiveLimits.DEFAULT, List.of(), true, Map.of());
    }

    public GeneratorConfig withExcludes(List<String> patterns) {
        return new GeneratorConfig(source, packageName, outputDirectory, dispatchRoot, limits, patterns, strict,
                uriMappings);
    }

    public GeneratorConfig withStrict(boolean value) {
        return new GeneratorConfig(source, packageName, outputDirectory, dispatchRoot, limits, excludes, value,
                uriMappings);
    }

    public GeneratorConfig withUriMappings(Map<String, String> prefixToFolder) {
        return new GeneratorConfig(source, packageName, outputDirectory, dispatchRoot, limits, excludes, strict,
                prefixToFolder);
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
