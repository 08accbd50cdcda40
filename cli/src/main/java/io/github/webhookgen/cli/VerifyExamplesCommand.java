package io.github.webhookgen.cli;

import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.archive.BundledArchive;
import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.examples.ExampleCheck;
import io.github.webhookgen.core.examples.ExampleCheckConfig;
import io.github.webhookgen.core.examples.ExampleReport;
import io.github.webhookgen.core.lower.DispatchRoot;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code webhookgen verify-examples}: the Maven plugin's {@code verify-examples} goal outside Maven. The project's
 * compiled classes and Jackson come from {@code --classpath}, as {@code java -cp} takes them.
 */
@Command(name = "verify-examples", mixinStandardHelpOptions = true, versionProvider = Webhookgen.Version.class,
        sortOptions = false,
        description = {"Checks the archive's examples against the generated classes, compiled: every .json file in "
                + "the archive's *_examples/ folders and in the example directories is read into the generated root "
                + "type with a plain mapper of the project's Jackson, written back and compared, parsed by the "
                + "generated Webhooks.parse and dispatched to the generated visitor. Each example is also validated "
                + "against the archive's schemas: a value they do not allow, which the generated code keeps, is a "
                + "warning (an error with --strict)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every example passed (values the schemas do not allow are warnings), or there are none",
            "1:an example failed (with --strict, also one the schemas do not allow), or the check could not run; the "
                    + "problems are listed on the standard error",
            "2:bad usage: an unknown option, a missing or malformed value",
            "3:an internal error of webhookgen (the stack trace is printed)"})
final class VerifyExamplesCommand implements Callable<Integer> {

    @Option(names = {"-a", "--archive"}, paramLabel = "<path>",
            description = "The schema archive: a directory or a .zip; its *_examples/ folders are checked. Default: "
                    + "the LivePerson webhook archive bundled with webhookgen.")
    Path archive;

    @Option(names = {"-o", "--output-directory"}, required = true, paramLabel = "<dir>",
            description = "Where generate wrote the sources: its .webhookgen-manifest names the generated root "
                    + "type, visitor and dispatcher to check.")
    Path outputDirectory;

    @Option(names = {"-c", "--classpath", "--class-path"}, required = true, paramLabel = "<path>",
            description = "The compiled generated classes and the project's dependencies, Jackson included, as "
                    + "java -cp takes them (entries separated by '${sys:path.separator}'). Repeatable.")
    List<String> classpath = new ArrayList<>();

    @Option(names = {"-e", "--example-directory"}, paramLabel = "<dir>",
            description = "A folder of more examples: every .json file in it, at any depth, is checked. Repeatable.")
    List<Path> exampleDirectories = new ArrayList<>();

    @Option(names = {"-x", "--exclude"}, paramLabel = "<glob>",
            description = "A glob pattern of paths not to read, inside the archive and the example directories, "
                    + "for example 'webhooks_examples/known-broken-*.json'. Repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = {"-r", "--report-file"}, paramLabel = "<file>",
            description = "Where to write the report (JSON: per example, the type it was read into, the visitor "
                    + "methods called, the values the schemas do not allow and the problems found). Default: no "
                    + "report.")
    Path reportFile;

    @Option(names = "--strict", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Whether an example with a value the archive's schemas do not allow (an enum value they do "
                    + "not list, an unknown discriminator value) fails the check, and so does an archive the validator "
                    + "cannot load. Without it (the default, --no-strict) they are warnings: the generated code keeps "
                    + "such values, and vendor archives ship examples that deviate on purpose.")
    boolean strict;

    @Option(names = "--dispatch-root", paramLabel = "<path[#pointer]>",
            description = "The schema the examples are validated against, as generate's --dispatch-root. Default: "
                    + "webhooks/WsNotificationMsg.json when the archive has it.")
    String dispatchRoot;

    @Option(names = "--uri-mapping", paramLabel = "<prefix>=<folder>", mapFallbackValue = "",
            description = "A URI prefix mapped to an archive folder, as generate's --uri-mapping, so that the validator "
                    + "follows references written with the URLs the files are published at. Repeatable.")
    Map<String, String> uriMappings = new LinkedHashMap<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ArchiveSource source = archive == null ? BundledArchive.locate() : ArchiveSource.of(archive);
        ExampleCheckConfig config = ExampleCheckConfig.of(source, outputDirectory)
                .withDirectories(exampleDirectories)
                .withExcludes(excludes)
                .withDispatchRoot(DispatchRoot.of(dispatchRoot, null))
                .withUriMappings(uriMappings)
                .withStrict(strict);
        ExampleReport report;
        try (URLClassLoader classes = projectClasses()) {
            report = new ExampleCheck().run(config, classes);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Problem problem : report.problems()) {
            err.println(problem);
        }
        if (reportFile != null) {
            report.write(reportFile);
        }
        out.println(report.summary() + (reportFile != null && report.hasExamples() ? " -> " + reportFile : ""));
        if (report.hasErrors()) {
            err.println(report.failureSummary());
        }
        out.flush();
        err.flush();
        return report.hasErrors() ? Webhookgen.PROBLEMS : Webhookgen.OK;
    }

    /** The classpath given, over the platform's classes only: nothing of webhookgen's own jar. */
    private URLClassLoader projectClasses() {
        List<URL> urls = new ArrayList<>();
        classpath.stream()
                .flatMap(value -> Arrays.stream(value.split(File.pathSeparator)))
                .filter(entry -> !entry.isBlank())
                .forEach(entry -> {
                    try {
                        urls.add(Path.of(entry).toUri().toURL());
                    } catch (MalformedURLException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }
}
