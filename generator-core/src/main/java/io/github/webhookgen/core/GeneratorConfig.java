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
 * Everything one run needs to know. {@link #of} gives the defaults; the {@code with...} methods change one value.
 *
 * @param source where the schemas are
 * @param packageName the Java package of the generated types
 * @param outputDirectory where the sources go; the generator owns the files it lists in its manifest there
 * @param dispatchRoot where the notifications start, for the generated visitor; {@link DispatchRoot#DEFAULT} for
 *     LivePerson's layout when the archive has it, and no visitor otherwise
 * @param limits bounds on the archive's size
 * @param excludes glob patterns ({@code _old/**}) of archive paths that are not read
 * @param strict whether a {@code $ref} that cannot be resolved is an error (true) or a warning that types the value as
 *     {@code JsonNode} (false)
 * @param jackson the Jackson line the generated code binds with
 * @param uriMappings URI prefixes mapped to archive folders, for archives whose files refer to each other by the URLs
 *     they are published at: with {@code https://schemas.example.com/v1/} mapped to {@code schemas/}, the file
 *     {@code schemas/a/B.json} is known by {@code https://schemas.example.com/v1/a/B.json} (its retrieval URI, 2020-12
 *     Core §9.1.1), so that both a {@code $ref} and an {@code $id} written with that URI name it. Folders use {@code /}
 *     separators; {@code ""} is the archive root.
 */
public record GeneratorConfig(ArchiveSource source, String packageName, Path outputDirectory,
        DispatchRoot dispatchRoot, ArchiveLimits limits, List<String> excludes, boolean strict, JacksonLine jackson,
        Map<String, String> uriMappings, boolean useTitleAsTypeName) {

    public GeneratorConfig {
        excludes = List.copyOf(excludes);
        uriMappings = Collections.unmodifiableSortedMap(new TreeMap<>(uriMappings));
    }

    public static GeneratorConfig of(ArchiveSource source, String packageName, Path outputDirectory) {
        return new GeneratorConfig(source, packageName, outputDirectory, DispatchRoot.DEFAULT,
                ArchiveLimits.DEFAULT, List.of(), true, JacksonLine.JACKSON_2, Map.of(), false);
    }

    public GeneratorConfig withPackageName(String value) {
        return new GeneratorConfig(source, value, outputDirectory, dispatchRoot, limits, excludes, strict, jackson,
                uriMappings, useTitleAsTypeName);
    }

    public GeneratorConfig withDispatchRoot(DispatchRoot value) {
        return new GeneratorConfig(source, packageName, outputDirectory, value, limits, excludes, strict, jackson,
                uriMappings, useTitleAsTypeName);
    }

    public GeneratorConfig withLimits(ArchiveLimits value) {
        return new GeneratorConfig(source, packageName, outputDirectory, dispatchRoot, value, excludes, strict,
                jackson, uriMappings, useTitleAsTypeName);
    }

    public GeneratorConfig withExcludes(List<String> patterns) {
        return new GeneratorConfig(source, packageName, outputDirectory, dispatchRoot, limits, patterns, strict,
                jackson, uriMappings, useTitleAsTypeName);
    }

    public GeneratorConfig withStrict(boolean value) {
        return new GeneratorConfig(source, packageName, outputDirectory, dispatchRoot, limits, excludes, value,
                jackson, uriMappings, useTitleAsTypeName);
    }

    public GeneratorConfig withJackson(JacksonLine value) {
        return new GeneratorConfig(source, packageName, outputDirectory, dispatchRoot, limits, excludes, strict, value,
                uriMappings, useTitleAsTypeName);
    }

    public GeneratorConfig withUriMappings(Map<String, String> prefixToFolder) {
        return new GeneratorConfig(source, packageName, outputDirectory, dispatchRoot, limits, excludes, strict,
                jackson, prefixToFolder, useTitleAsTypeName);
    }

    public GeneratorConfig withUseTitleAsTypeName(boolean value) {
        return new GeneratorConfig(source, packageName, outputDirectory, dispatchRoot, limits, excludes, strict,
                jackson, uriMappings, value);
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
