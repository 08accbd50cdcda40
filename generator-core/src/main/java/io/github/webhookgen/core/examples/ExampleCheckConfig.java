package io.github.webhookgen.core.examples;

import io.github.webhookgen.core.archive.ArchiveLimits;
import io.github.webhookgen.core.archive.ArchiveSource;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything one examples check needs to know, besides the compiled classes.
 *
 * @param source the archive; the {@code .json} files in its {@code *_examples/} folders are checked
 * @param directories more folders of examples; every {@code .json} file in them, at any depth, is checked
 * @param excludes glob patterns ({@code _old/**}) of paths, inside the archive or a folder, that are not read
 * @param outputDirectory where generation wrote the sources; its manifest names the generated root type, visitor and
 *     dispatcher
 * @param limits bounds on the size of what is read
 */
public record ExampleCheckConfig(ArchiveSource source, List<Path> directories, List<String> excludes,
        Path outputDirectory, ArchiveLimits limits) {

    public ExampleCheckConfig {
        directories = List.copyOf(directories);
        excludes = List.copyOf(excludes);
    }

    public static ExampleCheckConfig of(ArchiveSource source, Path outputDirectory) {
        return new ExampleCheckConfig(source, List.of(), List.of(), outputDirectory, ArchiveLimits.DEFAULT);
    }

    public ExampleCheckConfig withDirectories(List<Path> folders) {
        return new ExampleCheckConfig(source, folders, excludes, outputDirectory, limits);
    }

    public ExampleCheckConfig withExcludes(List<String> patterns) {
        return new ExampleCheckConfig(source, directories, patterns, outputDirectory, limits);
    }
}
