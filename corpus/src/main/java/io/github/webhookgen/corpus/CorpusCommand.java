package io.github.webhookgen.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The corpus command: runs webhookgen, and jsonschema2pojo beside it, on every case of a folder of third-party
 * schemas and reports what each generates, compiles, reads and writes back. Usage and the meaning of every figure:
 * {@code docs/corpus.md}.
 */
@Command(name = "webhookgen-corpus", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measures webhookgen (and jsonschema2pojo) on a folder of third-party schemas and payloads: "
                + "generated, compiled, root typed, payloads read and round-tripped, untyped properties, warnings.")
public final class CorpusCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "The folder of cases.")
    private Path input;

    @Option(names = "--layout", paramLabel = "LAYOUT", description = "How INPUT holds its cases: ${COMPLETION-CANDIDATES}"
            + " (default: detected).")
    private Layout layout;

    @Option(names = "--out", paramLabel = "FOLDER", defaultValue = "corpus-results",
            description = "Where results.jsonl, summary.md, failures/ and worker.log go (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--collection", paramLabel = "NAME", description = "The collection's name in the results "
            + "(default: INPUT's folder name).")
    private String collection;

    @Option(names = "--revision", paramLabel = "REV", defaultValue = "",
            description = "The collection's version, e.g. its commit, recorded in the results.")
    private String revision;

    @Option(names = "--only", paramLabel = "NAME", split = ",", description = "Run only these cases.")
    private List<String> only = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Run only the first N cases (0: all).")
    private int limit;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Limit per generator and case; the worker is killed and restarted (default: ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    @Option(names = "--jackson", paramLabel = "LINE", defaultValue = "2",
            description = "The Jackson line of webhookgen's output: 2 (default: ${DEFAULT-VALUE}).")
    private String jackson;

    @Option(names = "--map-uri", paramLabel = "PREFIX=FOLDER", description = "An absolute URI prefix that stands for an "
            + "archive folder (empty for its root); before the layout's own, e.g. https://json.schemastore.org/=")
    private List<String> mapUri = new ArrayList<>();

    @Option(names = "--examples-folder", paramLabel = "NAME", defaultValue = "examples",
            description = "The payload folder of each case folder (default: ${DEFAULT-VALUE}).")
    private String examples;

    @Option(names = "--remotes", paramLabel = "FOLDER", description = "The test suite's remotes folder (default: "
            + "the first remotes/ found upwards from INPUT).")
    private Path remotes;

    @Option(names = "--jsonschema2pojo", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run jsonschema2pojo on the same cases (default: ${DEFAULT-VALUE}).")
    private boolean compare;

    @Option(names = "--worker-heap", paramLabel = "SIZE", defaultValue = "2g",
            description = "Maximum heap of the worker JVM (default: ${DEFAULT-VALUE}).")
    private String heap;

    @Option(names = "--resume", description = "Keep the cases already in the results file and run the rest.")
    private boolean resume;

    @Option(names = "--summary-only", description = "Rewrite summary.md from results.jsonl; run nothing.")
    private boolean summaryOnly;

    @Option(names = "--worker", hidden = true, description = "Serve jobs on standard input (the supervisor's worker).")
    private boolean worker;

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new CorpusCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isDirectory(input)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "INPUT " + input + " is not a folder");
        }
        Layout chosen = layout != null ? layout : Layout.detect(input, examples);
        UriMappings mappings = parseMappings().then(chosen.defaultMappings());
        JacksonLine line = jacksonLine();
        CaseSource source = chosen.open(input, mappings, examples, remotes);
        if (worker) {
            PrintStream protocol = System.out;
            System.setOut(System.err);
            new Worker(source, new CaseRunner(line, mappings)).serve(System.in, protocol);
            return 0;
        }
        String name = collection != null ? collection : input.toAbsolutePath().normalize().getFileName().toString();
        SummaryReport.RunInfo info = new SummaryReport.RunInfo(name, revision, input.toString(), chosen, line.name(),
                timeoutSeconds, 0);
        CorpusRun.Settings settings = new CorpusRun.Settings(out, Duration.ofSeconds(timeoutSeconds), compare, resume,
                workerCommand(), info);
        if (summaryOnly) {
            CorpusRun.summarize(settings);
            return 0;
        }
        PrintStream console = System.out;
        console.println("webhookgen-corpus: " + input + " as " + chosen + ", URI mappings " + mappings.all()
                + ", results in " + out);
        new CorpusRun(settings, console).run(select(source.cases()));
        return 0;
    }

    private UriMappings parseMappings() {
        try {
            return UriMappings.parse(mapUri);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--map-uri: " + e.getMessage());
        }
    }

    private JacksonLine jacksonLine() {
        try {
            return JacksonLine.named(jackson);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The cases {@code --only} and {@code --limit} keep, in order. */
    private List<CorpusCase> select(List<CorpusCase> cases) {
        List<CorpusCase> selected = cases;
        if (!only.isEmpty()) {
            Set<String> wanted = new LinkedHashSet<>(only);
            selected = cases.stream().filter(c -> wanted.contains(c.name())).toList();
            cases.forEach(c -> wanted.remove(c.name()));
            if (!wanted.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--only: no case named "
                        + String.join(", ", wanted));
            }
        }
        return limit > 0 && selected.size() > limit ? selected.subList(0, limit) : selected;
    }

    /** This JVM's java and class path, running this command as a worker with the same arguments. */
    private List<String> workerCommand() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                CorpusCommand.class.getName(), "--worker"));
        command.addAll(spec.commandLine().getParseResult().originalArgs());
        return command;
    }
}
