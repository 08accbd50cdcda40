package io.github.webhookgen.core.examples;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webhookgen.core.diagnostics.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an examples check found: one result per example, in path order, and the problems that kept it from checking
 * at all (no generated classes, no Jackson on the classpath, an unreadable archive).
 *
 * @param rootType the generated type the examples were read into (fully qualified), or null when not known
 * @param jackson the line of Jackson the project's classes were checked with, {@code "2"} or {@code "3"}, or null
 * @param visitorMethods every method of the generated visitor, sorted; empty when no dispatcher was generated
 * @param results one per example, sorted by file
 * @param setupProblems problems that stopped the check before any example was read
 */
public record ExampleReport(String rootType, String jackson, List<String> visitorMethods, List<ExampleResult> results,
        List<Problem> setupProblems) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ExampleReport {
        visitorMethods = List.copyOf(visitorMethods);
        results = List.copyOf(results);
        setupProblems = List.copyOf(setupProblems);
    }

    static ExampleReport notChecked(List<Problem> problems) {
        return new ExampleReport(null, null, List.of(), List.of(), problems);
    }

    /** Whether the check failed: a problem kept it from running, or an example did not pass. */
    public boolean hasErrors() {
        return setupProblems.stream().anyMatch(Problem::isError) || results.stream().anyMatch(r -> !r.passed());
    }

    /** Whether there was anything to check. */
    public boolean hasExamples() {
        return !results.isEmpty();
    }

    /** Every problem, setup first, then each example's, in file order; file names have their folder in front. */
    public List<Problem> problems() {
        return Stream.concat(setupProblems.stream(), results.stream().flatMap(r -> r.problems().stream())).toList();
    }

    /** How many times each visitor method was called over all examples, by name; methods never called count 0. */
    public SortedMap<String, Integer> calls() {
        SortedMap<String, Integer> counts = new TreeMap<>();
        visitorMethods.forEach(method -> counts.put(method, 0));
        results.forEach(r -> r.calls().forEach(method -> counts.merge(method, 1, Integer::sum)));
        return counts;
    }

    /** The one line a build logs. */
    public String summary() {
        if (!setupProblems.isEmpty()) {
            return "webhookgen: the examples were not checked";
        }
        if (results.isEmpty()) {
            return "webhookgen: no examples to check (no .json file in the archive's *_examples/ folders or in the "
                    + "example directories)";
        }
        long roundTripped = results.stream().filter(ExampleResult::roundTripped).count();
        long failed = results.stream().filter(r -> !r.passed()).count();
        StringBuilder line = new StringBuilder("webhookgen: checked ").append(results.size())
                .append(results.size() == 1 ? " example" : " examples").append(" as ").append(simpleName(rootType))
                .append(" with Jackson ").append(jackson).append(": ").append(roundTripped).append(" round-tripped");
        if (!visitorMethods.isEmpty()) {
            long dispatched = results.stream().filter(ExampleResult::dispatched).count();
            line.append(", ").append(dispatched).append(" dispatched");
        }
        line.append(", ").append(failed).append(" failed");
        if (!visitorMethods.isEmpty()) {
            line.append("; visitor calls: ").append(calls().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    /** The one line a failed check ends with. */
    public String failureSummary() {
        if (!setupProblems.isEmpty()) {
            return "webhookgen: the examples cannot be checked: " + setupProblems.size() + " error(s), listed above";
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        return "webhookgen: " + failed + " of " + results.size() + " examples failed the check, listed above";
    }

    /**
     * The report as JSON, with a stable order and {@code \n} line endings:
     * <pre>{@code
     * {
     *   "rootType" : "com.example.webhooks.WsNotificationMsg",
     *   "jackson" : "2",
     *   "examples" : 2,
     *   "failed" : 1,
     *   "visitorCalls" : { "visitContentEvent" : 1, "visitUnknownWsNotificationMsg" : 0 },
     *   "results" : [ {
     *     "source" : "/home/me/archive/",
     *     "file" : "webhooks_examples/a.json",
     *     "type" : "MessagingEventNotification",
     *     "roundTripped" : true,
     *     "dispatched" : true,
     *     "calls" : [ "visitContentEvent" ],
     *     "differences" : [ ],
     *     "problems" : [ ]
     *   }, ... ],
     *   "problems" : [ ]
     * }
     * }</pre>
     */
    public String json() {
        ObjectNode report = JSON.createObjectNode();
        report.put("rootType", rootType);
        report.put("jackson", jackson);
        report.put("examples", results.size());
        report.put("failed", results.stream().filter(r -> !r.passed()).count());
        ObjectNode counts = report.putObject("visitorCalls");
        calls().forEach(counts::put);
        ArrayNode list = report.putArray("results");
        for (ExampleResult result : results) {
            ObjectNode entry = list.addObject();
            entry.put("source", result.root());
            entry.put("file", result.path());
            entry.put("type", result.type());
            entry.put("roundTripped", result.roundTripped());
            entry.put("dispatched", result.dispatched());
            ArrayNode calls = entry.putArray("calls");
            result.calls().forEach(calls::add);
            ArrayNode differences = entry.putArray("differences");
            result.differences().forEach(differences::add);
            ArrayNode problems = entry.putArray("problems");
            result.problems().forEach(p -> problems.add(p.toString()));
        }
        ArrayNode problems = report.putArray("problems");
        setupProblems.forEach(p -> problems.add(p.toString()));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(report) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("a tree of strings and numbers always prints", e);
        }
    }

    /**
     * Writes {@link #json()} to {@code file} in UTF-8, creating its folder.
     *
     * @throws IOException when the folder or the file cannot be written
     */
    public void write(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Files.writeString(file, json(), StandardCharsets.UTF_8);
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
