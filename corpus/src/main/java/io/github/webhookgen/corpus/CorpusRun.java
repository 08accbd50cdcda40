package io.github.webhookgen.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The supervisor: runs every case through a worker process, one generator at a time with a timeout each, and writes
 * {@code results.jsonl} (a line per case, as the case ends), {@code failures/<case>.txt}, {@code worker.log} and, at
 * the end, {@code summary.md}.
 */
final class CorpusRun {

    static final String RESULTS = "results.jsonl";
    static final String SUMMARY = "summary.md";
    static final String FAILURES = "failures";
    static final String WORKER_LOG = "worker.log";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param out the folder the results go to
     * @param timeout the limit per generator and case
     * @param compare whether jsonschema2pojo runs too
     * @param resume whether cases already in {@code results.jsonl} are kept and not run again
     * @param workerCommand the command line that starts a worker process
     * @param info what the run is, for the summary
     */
    record Settings(Path out, Duration timeout, boolean compare, boolean resume, List<String> workerCommand,
            SummaryReport.RunInfo info) {
        Settings {
            workerCommand = List.copyOf(workerCommand);
        }
    }

    private final Settings settings;
    private final PrintStream console;
    private WorkerProcess worker;

    CorpusRun(Settings settings, PrintStream console) {
        this.settings = settings;
        this.console = console;
    }

    /**
     * Runs the cases and writes the results.
     *
     * @throws IOException when the results cannot be written or a worker cannot start
     * @throws InterruptedException when interrupted while waiting for a worker
     */
    void run(List<CorpusCase> cases) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path out = settings.out();
        Files.createDirectories(out.resolve(FAILURES));
        Path resultsFile = out.resolve(RESULTS);
        Map<String, CaseResult> done = new HashMap<>();
        if (settings.resume() && Files.exists(resultsFile)) {
            read(resultsFile).forEach(r -> done.put(r.name(), r));
        } else {
            clear(out);
        }
        try {
            int index = 0;
            for (CorpusCase corpusCase : cases) {
                index++;
                if (done.containsKey(corpusCase.name())) {
                    continue;
                }
                CaseResult result = run(corpusCase);
                done.put(result.name(), result);
                Files.writeString(resultsFile, JSON.writeValueAsString(result) + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                if (FailureLog.worthWriting(result)) {
                    Files.writeString(out.resolve(FAILURES).resolve(FailureLog.fileName(result.name())),
                            FailureLog.text(result), StandardCharsets.UTF_8);
                }
                console.printf("[%d/%d] %s: %s%n", index, cases.size(), result.name(), brief(result));
            }
        } finally {
            if (worker != null) {
                worker.kill();
            }
        }
        List<CaseResult> ordered = cases.stream().map(c -> done.get(c.name())).toList();
        SummaryReport.RunInfo info = settings.info();
        SummaryReport.RunInfo timed = new SummaryReport.RunInfo(info.collection(), info.revision(), info.input(),
                info.layout(), info.jackson(), info.timeoutSeconds(), (System.nanoTime() - start) / 1_000_000);
        Files.writeString(out.resolve(SUMMARY), SummaryReport.markdown(timed, ordered), StandardCharsets.UTF_8);
        console.println("wrote " + out.resolve(SUMMARY) + ", " + resultsFile + " and " + out.resolve(FAILURES));
    }

    /** Rewrites {@code summary.md} from {@code results.jsonl}, without running anything. */
    static void summarize(Settings settings) throws IOException {
        List<CaseResult> results = read(settings.out().resolve(RESULTS));
        Files.writeString(settings.out().resolve(SUMMARY), SummaryReport.markdown(settings.info(), results),
                StandardCharsets.UTF_8);
    }

    static List<CaseResult> read(Path resultsFile) throws IOException {
        List<CaseResult> results = new ArrayList<>();
        for (String line : Files.readAllLines(resultsFile, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                results.add(JSON.readValue(line, CaseResult.class));
            }
        }
        return results;
    }

    private CaseResult run(CorpusCase corpusCase) throws IOException, InterruptedException {
        ToolResult webhookgen = null;
        ToolResult jsonschema2pojo = null;
        if (corpusCase.unusable() == null) {
            webhookgen = job(corpusCase, Tool.WEBHOOKGEN);
            jsonschema2pojo = settings.compare() ? job(corpusCase, Tool.JSONSCHEMA2POJO) : null;
        }
        SummaryReport.RunInfo info = settings.info();
        return new CaseResult(info.collection(), info.revision(), info.layout(), corpusCase.name(), corpusCase.root(),
                corpusCase.payloads().size(), corpusCase.skipped(), corpusCase.unusable(), webhookgen,
                jsonschema2pojo);
    }

    private ToolResult job(CorpusCase corpusCase, Tool tool) throws IOException, InterruptedException {
        if (worker == null || !worker.alive()) {
            worker = WorkerProcess.start(settings.workerCommand(), settings.out().resolve(WORKER_LOG));
        }
        try {
            return worker.run(new WorkerMessage.Job(corpusCase.name(), tool), settings.timeout());
        } catch (IOException e) {
            worker.kill();
            worker = null;
            return new ToolResult(tool, null, null, null, "the worker exited before the job (" + e.getMessage()
                    + "); see " + WORKER_LOG);
        }
    }

    private String brief(CaseResult result) {
        if (result.unusable() != null) {
            return "not run: " + result.unusable();
        }
        String text = "webhookgen " + SummaryReport.brief(result.webhookgen(), result.payloads());
        return result.jsonschema2pojo() == null ? text
                : text + " | jsonschema2pojo " + SummaryReport.brief(result.jsonschema2pojo(), result.payloads());
    }

    /** Removes the results of an earlier run in the same folder. */
    private static void clear(Path out) throws IOException {
        Files.deleteIfExists(out.resolve(RESULTS));
        Files.deleteIfExists(out.resolve(SUMMARY));
        Files.deleteIfExists(out.resolve(WORKER_LOG));
        try (Stream<Path> logs = Files.list(out.resolve(FAILURES))) {
            for (Path log : logs.sorted(Comparator.naturalOrder()).toList()) {
                Files.delete(log);
            }
        }
    }
}
