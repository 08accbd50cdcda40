package io.github.webhookgen.cli;

import io.github.webhookgen.core.GenerationResult;
import io.github.webhookgen.core.Generator;
import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.archive.BundledArchive;
import io.github.webhookgen.core.diagnostics.GenerationFailedException;
import io.github.webhookgen.core.diagnostics.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code webhookgen generate}: the Maven plugin's {@code generate} goal outside Maven. The same inputs, the same
 * problem lines (with the archive's folder in front) and the same incremental run, through {@link Generator#run}.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = Webhookgen.Version.class,
        sortOptions = false,
        description = {"Generates Java records, sealed interfaces, enums and a dispatching visitor from a JSON Schema "
                + "archive into the output directory. Unchanged inputs touch no file; changed ones rewrite only the "
                + "changed files and delete the generated files that no schema yields any more."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:generated, or already up to date",
            "1:problems in the archive or the configuration, listed on the standard error; nothing was written",
            "2:bad usage: an unknown option, a missing or malformed value",
            "3:an internal error of webhookgen (the stack trace is printed)"})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = {"-a", "--archive"}, paramLabel = "<path>",
            description = "The schema archive: a directory or a .zip with the vendor's layout (webhooks/; "
                    + "webhooks_examples/ is not read). Default: the LivePerson webhook archive bundled with "
                    + "webhookgen.")
    Path archive;

    @Option(names = {"-p", "--package-name"}, required = true, paramLabel = "<name>",
            description = "The Java package of the generated types, for example com.example.webhooks.")
    String packageName;

    @Option(names = {"-o", "--output-directory"}, required = true, paramLabel = "<dir>",
            description = "Where the generated sources go. webhookgen owns the files it generated there, which its "
                    + "manifest lists, and leaves any other file alone.")
    Path outputDirectory;

    @Option(names = {"-x", "--exclude"}, paramLabel = "<glob>",
            description = "A glob pattern of archive paths not to read, for example '_old/**'. Repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--strict", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Whether a $ref that cannot be resolved is an error (the default). With --no-strict it is "
                    + "a warning and the value is typed as JsonNode: for vendor archives with broken references you "
                    + "cannot fix.")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ArchiveSource source = archive == null ? BundledArchive.locate() : ArchiveSource.of(archive);
        GeneratorConfig config = GeneratorConfig.of(source, packageName, outputDirectory)
                .withExcludes(excludes)
                .withStrict(strict);
        String root = source.fileRoot();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            GenerationResult result = new Generator().run(config);
            result.warnings().forEach(warning -> err.println(warning.under(root)));
            out.println(result.summary());
            return Webhookgen.OK;
        } catch (GenerationFailedException e) {
            for (Problem problem : e.problems()) {
                err.println(problem.under(root));
            }
            err.println(e.summary("--no-strict", "--exclude"));
            return Webhookgen.PROBLEMS;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
