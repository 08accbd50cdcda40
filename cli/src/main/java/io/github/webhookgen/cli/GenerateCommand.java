package io.github.webhookgen.cli;

import io.github.webhookgen.core.GenerationResult;
import io.github.webhookgen.core.Generator;
import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.JacksonLine;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.archive.BundledArchive;
import io.github.webhookgen.core.diagnostics.GenerationFailedException;
import io.github.webhookgen.core.diagnostics.Report;
import io.github.webhookgen.core.lower.DispatchRoot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Option(names = {"-j", "--jackson"}, required = true, paramLabel = "<2|3>", converter = JacksonLineConverter.class,
            description = "The Jackson line the generated code binds with: 2 (com.fasterxml.jackson, Spring Boot 3) "
                    + "or 3 (tools.jackson, Spring Boot 4). The Maven plugin reads it from the project's dependencies; "
                    + "here you say it.")
    JacksonLine jackson;

    @Option(names = "--dispatch-root", paramLabel = "<path[#pointer]>",
            description = "The union of messages the visitor dispatches: an archive path, optionally with # and a JSON "
                    + "pointer, for example events/Message.json or api.json#/definitions/Message. Default: "
                    + "webhooks/WsNotificationMsg.json when the archive has it; otherwise only the types are "
                    + "generated.")
    String dispatchRoot;

    @Option(names = "--changes-path", paramLabel = "<a.b>",
            description = "JSON property names separated by dots, from a message to its list of changes, for example "
                    + "body.changes: one visitor call per change. Without it, one call per message. Needs "
                    + "--dispatch-root.")
    String changesPath;

    @Option(names = "--uri-mapping", paramLabel = "<prefix>=<folder>", mapFallbackValue = "",
            description = "A URI prefix mapped to an archive folder, for archives whose files refer to each other by "
                    + "the URLs they are published at, for example https://schemas.example.com/v1/=schemas/. "
                    + "Repeatable.")
    Map<String, String> uriMappings = new LinkedHashMap<>();

    @Option(names = "--use-title-as-type-name",
            description = "Name a type after its schema's title when it would otherwise be named after its position "
                    + "(OrderObject, the object branch of a oneOf beside a string): \"title\": \"Card payment\" "
                    + "names it CardPayment. A title that is a sentence, or that another type's name takes, is not "
                    + "used. Off by default, since it renames types that code may already use.")
    boolean useTitleAsTypeName;

    @Option(names = {"-v", "--verbose"},
            description = "List every occurrence of each warning; by default a warning repeated in one file is printed "
                    + "once, at its first place, with the number of times.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ArchiveSource source = archive == null ? BundledArchive.locate() : ArchiveSource.of(archive);
        GeneratorConfig config = GeneratorConfig.of(source, packageName, outputDirectory)
                .withExcludes(excludes)
                .withStrict(strict)
                .withJackson(jackson)
                .withDispatchRoot(DispatchRoot.of(dispatchRoot, changesPath))
                .withUriMappings(uriMappings)
                .withUseTitleAsTypeName(useTitleAsTypeName);
        String root = source.fileRoot();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            GenerationResult result = new Generator().run(config);
            print(Report.of(result.warnings(), verbose), root, err);
            result.notes().forEach(out::println);
            out.println(result.summary());
            return Webhookgen.OK;
        } catch (GenerationFailedException e) {
            print(Report.of(e.problems(), verbose), root, err);
            err.println(e.summary("--no-strict", "--exclude"));
            return Webhookgen.PROBLEMS;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The problem lines, with the archive's folder in front so that a terminal or IDE leads to the file. */
    private static void print(Report report, String root, PrintWriter err) {
        report.lines().forEach(line -> err.println(line.under(root)));
        if (!report.summary("--verbose").isEmpty()) {
            err.println(report.summary("--verbose"));
        }
    }

    /** {@code 2} or {@code 3}, as the plugin's {@code jackson} parameter takes them. */
    static final class JacksonLineConverter implements picocli.CommandLine.ITypeConverter<JacksonLine> {
        @Override
        public JacksonLine convert(String value) {
            try {
                return JacksonLine.of(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not 2 or 3");
            }
        }
    }
}
