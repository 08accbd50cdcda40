package io.github.webhookgen.core.examples;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.diagnostics.ProblemCode;
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
 * What an examples check found: one result per example, in path order, the problems that kept it from checking at
 * all (no generated classes, no Jackson on the classpath, an unreadable archive), and the problem that kept it from
 * validating the examples against the schemas.
 *
 * @param rootType the generated type the examples were read into (fully qualified), or null when not known
 * @param jackson the line of Jackson the project's classes were checked with, {@code "2"} or {@code "3"}, or null
 * @param visitorMethods every method of the generated visitor, sorted; empty when no dispatcher was generated
 * @param results one per example, sorted by file
 * @param setupProblems problems that stopped the check before any example was read
 * @param validated whether the examples were validated against the archive's schemas
 * @param schemaProblems why the examples were not validated against the schemas (one problem), or which keywords of
 *     the schemas they were not validated against
 */
public record ExampleReport(String rootType, String jackson, List<String> visitorMethods, List<ExampleResult> results,
        List<Problem> setupProblems, boolean validated, List<Problem> schemaProblems) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ExampleReport {
        visitorMethods = List.copyOf(visitorMethods);
        results = List.copyOf(results);
        setupProblems = List.copyOf(setupProblems);
        schemaProblems = List.copyOf(schemaProblems);
    }

    static ExampleReport notChecked(List<Problem> problems) {
        return new ExampleReport(null, null, List.of(), List.of(), problems, false, List.of());
    }

    /**
     * Whether the check failed: a problem kept it from running, an example did not pass, or, with {@code strict}, an
     * example has a value the schemas do not allow or the examples could not be validated.
     */
    public boolean hasErrors() {
        return Stream.concat(setupProblems.stream(), schemaProblems.stream()).anyMatch(Problem::isError)
                || results.stream().anyMatch(r -> !r.passed());
    }

    /** How many examples have a value the schemas do not allow. */
    public long notValid() {
        return results.stream().filter(r -> !r.schemaViolations().isEmpty()).count();
    }

    /** Whether there was anything to check. */
    public boolean hasExamples() {
        return !results.isEmpty();
    }

    /**
     * Every problem: setup first, then why the examples were not validated, then each example's, in file order; file
     * names have their folder in front.
     */
    public List<Problem> problems() {
        return Stream.of(setupProblems.stream(), schemaProblems.stream(),
                results.stream().flatMap(r -> r.problems().stream())).flatMap(s -> s).toList();
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
        long notValid = notValid();
        if (!validated) {
            line.append(", not validated against the schemas (listed above)");
        } else if (notValid > 0) {
            line.append(", ").append(notValid).append(" with values the schemas do not allow (")
                    .append(problems().stream().anyMatch(p -> p.code() == ProblemCode.EXAMPLE_NOT_VALID && p.isError())
                            ? "strict" : "kept")
                    .append("; listed above)");
        }
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
        if (failed == 0 && schemaProblems.stream().anyMatch(Problem::isError)) {
            return validated
                    ? "webhookgen: the examples are not validated against every keyword of the schemas (strict), "
                            + "listed above"
                    : "webhookgen: the examples cannot be validated against the schemas (strict), listed above";
        }
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
     *   "validated" : true,
     *   "notValid" : 1,
     *   "visitorCalls" : { "visitContentEvent" : 1, "visitUnknownWsNotificationMsg" : 0 },
     *   "results" : [ {
     *     "source" : "/home/me/archive/",
     *     "file" : "webhooks_examples/a.json",
     *     "type" : "MessagingEventNotification",
     *     "roundTripped" : true,
     *     "dispatched" : true,
     *     "calls" : [ "visitContentEvent" ],
     *     "differences" : [ ],
     *     "schemaViolations" : [ {
     *       "pointer" : "/body/changes/0/state",
     *       "line" : 3,
     *       "column" : 21,
     *       "keyword" : "enum",
     *       "message" : "does not have a value in the enumeration [\"OPEN\", \"CLOSE\"]",
     *       "schema" : "webhooks/State.json#/properties/state/enum"
     *     } ],
     *     "problems" : [ "...: warning: [EXAMPLE_NOT_VALID] ..." ]
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
        report.put("validated", validated);
        report.put("notValid", notValid());
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
            ArrayNode violations = entry.putArray("schemaViolations");
            for (SchemaViolation violation : result.schemaViolations()) {
                ObjectNode item = violations.addObject();
                item.put("pointer", violation.pointer());
                item.put("line", violation.line());
                item.put("column", violation.column());
                item.put("keyword", violation.keyword());
                item.put("message", violation.message());
                item.put("schema", violation.schema());
            }
            ArrayNode problems = entry.putArray("problems");
            result.problems().forEach(p -> problems.add(p.toString()));
        }
        ArrayNode problems = report.putArray("problems");
        Stream.concat(setupProblems.stream(), schemaProblems.stream()).forEach(p -> problems.add(p.toString()));
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
