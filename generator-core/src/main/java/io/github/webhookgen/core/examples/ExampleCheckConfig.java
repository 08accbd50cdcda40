package io.github.webhookgen.core.examples;

import io.github.webhookgen.core.archive.ArchiveLimits;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.lower.DispatchRoot;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one examples check needs to know, besides the compiled classes. {@link #of} gives the defaults; the
 * {@code with...} methods change one value.
 *
 * @param source the archive; the {@code .json} files in its {@code *_examples/} folders are checked
 * @param directories more folders of examples; every {@code .json} file in them, at any depth, is checked
 * @param excludes glob patterns ({@code _old/**}) of paths, inside the archive or a folder, that are not read
 * @param outputDirectory where generation wrote the sources; its manifest names the generated root type, visitor and
 *     dispatcher
 * @param limits bounds on the size of what is read
 * @param dispatchRoot the schema the examples are validated against, as generation was given it:
 *     {@link DispatchRoot#DEFAULT} for LivePerson's {@code webhooks/WsNotificationMsg.json}
 * @param uriMappings URI prefixes mapped to archive folders, as generation was given them, so that the validator
 *     resolves references as the generator does
 * @param strict whether a value the schemas do not allow fails the check ({@code true}) or is a warning
 *     ({@code false}, the default)
 */
public record ExampleCheckConfig(ArchiveSource source, List<Path> directories, List<String> excludes,
        Path outputDirectory, ArchiveLimits limits, DispatchRoot dispatchRoot, Map<String, String> uriMappings,
        boolean strict) {

    public ExampleCheckConfig {
        directories = List.copyOf(directories);
        excludes = List.copyOf(excludes);
        uriMappings = Collections.unmodifiableSortedMap(new TreeMap<>(uriMappings));
    }

    public static ExampleCheckConfig of(ArchiveSource source, Path outputDirectory) {
        return new ExampleCheckConfig(source, List.of(), List.of(), outputDirectory, ArchiveLimits.DEFAULT,
                DispatchRoot.DEFAULT, Map.of(), false);
    }

    public ExampleCheckConfig withDirectories(List<Path> folders) {
        return new ExampleCheckConfig(source, folders, excludes, outputDirectory, limits, dispatchRoot, uriMappings,
                strict);
    }

    public ExampleCheckConfig withExcludes(List<String> patterns) {
        return new ExampleCheckConfig(source, directories, patterns, outputDirectory, limits, dispatchRoot,
                uriMappings, strict);
    }

    public ExampleCheckConfig withDispatchRoot(DispatchRoot value) {
        return new ExampleCheckConfig(source, directories, excludes, outputDirectory, limits, value, uriMappings,
                strict);
    }

    public ExampleCheckConfig withUriMappings(Map<String, String> prefixToFolder) {
        return new ExampleCheckConfig(source, directories, excludes, outputDirectory, limits, dispatchRoot,
                prefixToFolder, strict);
    }

    public ExampleCheckConfig withStrict(boolean value) {
        return new ExampleCheckConfig(source, directories, excludes, outputDirectory, limits, dispatchRoot,
                uriMappings, value);
    }
}
