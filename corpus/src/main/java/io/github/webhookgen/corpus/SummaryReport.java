package io.github.webhookgen.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * The Markdown summary of a run ({@code summary.md}): totals side by side, then the kinds of failure and warning by
 * number of cases, then one row per case.
 */
final class SummaryReport {

    /** Rows shown in each table of kinds; the results file has all of them. */
    private static final int TOP = 25;

    /**
     * What the run was.
     *
     * @param collection the collection's name
     * @param revision its version (a commit), or empty
     * @param input the input folder as given
     * @param layout how it was read
     * @param jackson the Jackson line of webhookgen's output
     * @param timeoutSeconds the limit per generator and case
     * @param wallMillis wall time of the run, or 0 when the summary is rebuilt from a results file
     */
    record RunInfo(String collection, String revision, String input, Layout layout, String jackson,
            long timeoutSeconds, long wallMillis) {}

    private final List<CaseResult> results;
    private final StringBuilder out = new StringBuilder();

    private SummaryReport(List<CaseResult> results) {
        this.results = results;
    }

    static String markdown(RunInfo info, List<CaseResult> results) {
        return new SummaryReport(results).write(info);
    }

    private String write(RunInfo info) {
        long notRun = results.stream().filter(r -> r.unusable() != null).count();
        out.append("# Corpus run: ").append(info.collection())
                .append(info.revision().isEmpty() ? "" : " at " + info.revision()).append("\n\n");
        out.append("Input `").append(info.input()).append("`, layout ").append(info.layout()).append(", webhookgen's ")
                .append("output for Jackson ").append(info.jackson()).append(", timeout ").append(info.timeoutSeconds())
                .append(" s per generator and case. ").append(results.size()).append(" cases, ").append(notRun)
                .append(" not run");
        if (info.wallMillis() > 0) {
            out.append("; wall time ").append(minutes(info.wallMillis()));
        }
        out.append(".\n\n");
        totals();
        kinds();
        cases();
        return out.toString();
    }

    // ---- totals ----

    private void totals() {
        int payloads = sum(r -> true, CaseResult::payloads);
        out.append("## Totals\n\n| | webhookgen | jsonschema2pojo |\n|---|---:|---:|\n");
        row("Cases run", tool -> count(tool, run -> true), null);
        row("Generated", tool -> count(tool, ToolResult::generated), tool -> count(tool, run -> true));
        row("Stopped with errors (webhookgen)", tool -> count(tool, run -> is(run, Outcome.ERRORS)), null);
        row("Crashed (exception, stack overflow)", tool -> count(tool, run -> is(run, Outcome.CRASH)), null);
        row("Timed out", tool -> count(tool, run -> run.interrupted() != null
                && run.interrupted().startsWith("timeout")), null);
        row("Worker exited", tool -> count(tool, run -> run.interrupted() != null
                && run.interrupted().startsWith("the worker exited")), null);
        row("Compiled", tool -> count(tool, ToolResult::compiled), tool -> count(tool, run -> true));
        row("Compiled without warnings", tool -> count(tool, run -> run.compiled()
                && run.compilation().warnings() == 0), tool -> count(tool, run -> true));
        row("Root a declared type (record, union, enum or tuple)", tool -> count(tool, ToolResult::rootTyped),
                tool -> count(tool, run -> true));
        row("Root typed (not any JSON value, nor a list or map of them)", tool -> count(tool,
                ToolResult::rootHoldsTypes), tool -> count(tool, run -> true));
        out.append("| Payloads (well-formed JSON) | ").append(payloads).append(" | ").append(payloads).append(" |\n");
        row("Payloads of cases without compiled code (not tried)", tool -> sum(tool,
                run -> run.payloads() == null, CaseResult::payloads), tool -> payloads);
        row("Payloads read", tool -> payloads(tool, run -> true, PayloadRun::read), tool -> payloads);
        row("Payloads round-tripped exactly", tool -> payloads(tool, run -> true, PayloadRun::roundTripped),
                tool -> payloads);
        row("  of them through a typed root", tool -> payloads(tool, ToolResult::rootHoldsTypes,
                PayloadRun::roundTripped), tool -> payloads);
        row("Payloads of cases with a declared root type", tool -> sum(tool, ToolResult::rootTyped,
                CaseResult::payloads), null);
        row("  of them round-tripped exactly", tool -> payloads(tool, ToolResult::rootTyped,
                PayloadRun::roundTripped), tool -> sum(tool, ToolResult::rootTyped, CaseResult::payloads));
        row("Declared properties (reachable from the root)", tool -> generation(tool, Generation::properties),
                null);
        row("  of them untyped (JsonNode / Object)", tool -> generation(tool, Generation::untypedProperties),
                tool -> generation(tool, Generation::properties));
        row("Warning lines a user sees (webhookgen's folded report / jsonschema2pojo's log)",
                tool -> generation(tool, Generation::warnings), null);
        int generated = count(Tool.WEBHOOKGEN, ToolResult::generated);
        int generatedOther = count(Tool.JSONSCHEMA2POJO, ToolResult::generated);
        out.append("|   per generated case | ").append(average(generation(Tool.WEBHOOKGEN, Generation::warnings),
                        generated)).append(" | ")
                .append(average(generation(Tool.JSONSCHEMA2POJO, Generation::warnings), generatedOther))
                .append(" |\n");
        row("  cases with more than 5", tool -> count(tool, run -> run.generation() != null
                && run.generation().warnings() > 5), tool -> count(tool, run -> true));
        row("Warnings one by one (webhookgen: every occurrence)", tool -> generation(tool,
                Generation::warningOccurrences), null);
        out.append("| Time generating | ").append(minutes(millis(Tool.WEBHOOKGEN, true))).append(" | ")
                .append(minutes(millis(Tool.JSONSCHEMA2POJO, true))).append(" |\n");
        out.append("| Time compiling | ").append(minutes(millis(Tool.WEBHOOKGEN, false))).append(" | ")
                .append(minutes(millis(Tool.JSONSCHEMA2POJO, false))).append(" |\n");
        long skipped = results.stream().mapToLong(r -> r.skipped().size()).sum();
        out.append("\nExample files skipped (not JSON, not well-formed): ").append(skipped).append(".\n\n");
    }

    private void row(String title, Function<Tool, Integer> value, Function<Tool, Integer> whole) {
        out.append("| ").append(title).append(" |");
        for (Tool tool : Tool.values()) {
            out.append(' ').append(share(value.apply(tool), whole == null ? 0 : whole.apply(tool))).append(" |");
        }
        out.append('\n');
    }

    private static String average(int sum, int cases) {
        return cases == 0 ? "" : String.format(Locale.ROOT, "%.1f", (double) sum / cases);
    }

    private static String share(int value, int whole) {
        return whole <= 0 ? Integer.toString(value)
                : String.format(Locale.ROOT, "%d (%.1f%%)", value, 100.0 * value / whole);
    }

    private List<ToolResult> runs(Tool tool) {
        return results.stream().filter(r -> r.unusable() == null).map(r -> r.result(tool))
                .filter(run -> run != null).toList();
    }

    private int count(Tool tool, Predicate<ToolResult> test) {
        return (int) runs(tool).stream().filter(test).count();
    }

    private static boolean is(ToolResult run, Outcome outcome) {
        return run.generation() != null && run.generation().outcome() == outcome;
    }

    private int payloads(Tool tool, Predicate<ToolResult> test, ToIntFunction<PayloadRun> figure) {
        return runs(tool).stream().filter(test).filter(run -> run.payloads() != null)
                .mapToInt(run -> figure.applyAsInt(run.payloads())).sum();
    }

    private int sum(Tool tool, Predicate<ToolResult> test, ToIntFunction<CaseResult> figure) {
        return results.stream().filter(r -> r.unusable() == null && r.result(tool) != null && test.test(r.result(tool)))
                .mapToInt(figure).sum();
    }

    private int sum(Predicate<CaseResult> test, ToIntFunction<CaseResult> figure) {
        return results.stream().filter(r -> r.unusable() == null).filter(test).mapToInt(figure).sum();
    }

    private int generation(Tool tool, ToIntFunction<Generation> figure) {
        return runs(tool).stream().filter(run -> run.generation() != null)
                .mapToInt(run -> figure.applyAsInt(run.generation())).sum();
    }

    private long millis(Tool tool, boolean generating) {
        ToLongFunction<ToolResult> figure = generating
                ? run -> run.generation() == null ? 0 : run.generation().millis()
                : run -> run.compilation() == null ? 0 : run.compilation().millis();
        return runs(tool).stream().mapToLong(figure).sum();
    }

    private static String minutes(long millis) {
        return millis < 60_000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000.0)
                : String.format(Locale.ROOT, "%.1f min", millis / 60_000.0);
    }

    // ---- kinds of failure ----

    private void kinds() {
        for (Tool tool : Tool.values()) {
            if (runs(tool).isEmpty()) {
                continue;
            }
            String name = tool.label();
            Tally crashes = new Tally();
            Tally errors = new Tally();
            Tally compileErrors = new Tally();
            Tally compileWarnings = new Tally();
            Tally notRead = new Tally();
            Tally notRoundTripped = new Tally();
            Tally roots = new Tally();
            Tally untypedCauses = new Tally();
            Tally warningCodes = new Tally();
            Tally warningShapes = new Tally();
            Tally interrupted = new Tally();
            for (CaseResult result : results) {
                ToolResult run = result.unusable() == null ? result.result(tool) : null;
                if (run == null) {
                    continue;
                }
                String at = result.name();
                if (run.interrupted() != null) {
                    interrupted.add(MessageShapes.of(run.interrupted()), 1, at, at);
                }
                Generation generation = run.generation();
                if (generation == null) {
                    continue;
                }
                if (generation.crash() != null) {
                    crashes.add(Crashes.kind(generation.crash()), 1, at, at);
                }
                for (String error : generation.errors()) {
                    errors.add(problemShape(error), 1, at, at + ": " + error);
                }
                roots.add(generation.rootKind().name().toLowerCase(Locale.ROOT)
                        + (generation.rootCause() == null ? "" : ": " + generation.rootCause()), 1, at, at);
                generation.untypedCauses().forEach((cause, n) -> untypedCauses.add(cause, n, at,
                        at + " " + generation.untypedExamples().getOrDefault(cause, "")));
                generation.warningCodes().forEach((code, n) -> warningCodes.add(code, n, at, at));
                generation.warningShapes().forEach((shape, n) -> warningShapes.add(shape, n, at, at));
                Compilation compilation = run.compilation();
                if (compilation != null) {
                    if (!compilation.compiled() && !compilation.diagnostics().isEmpty()) {
                        String first = compilation.diagnostics().get(0);
                        compileErrors.add(MessageShapes.of(first.substring(first.indexOf(": ") + 2)), 1, at,
                                at + ": " + first);
                    }
                    compilation.warningCodes().forEach((code, n) -> compileWarnings.add(code, n, at, at));
                }
                if (run.payloads() != null) {
                    for (PayloadRun.Failure failure : run.payloads().failures()) {
                        Tally tally = failure.stage() == PayloadRun.Stage.COMPARE ? notRoundTripped : notRead;
                        String where = failure.pointer() == null ? "" : " at \"" + failure.pointer() + "\"";
                        tally.add(failure.stage() == PayloadRun.Stage.WRITE ? "write: " + failure.kind()
                                : failure.kind(), 1, at, at + " " + failure.payload() + where);
                    }
                }
            }
            out.append("## ").append(name).append(": kinds of failure and warning\n\n");
            table("Crashes", "exception and where it was thrown", crashes);
            table("Errors that stopped generation", "code and message", errors);
            table("Runs cut short", "why", interrupted);
            table("Compile failures", "first error", compileErrors);
            table("Compiler warnings", "javac code", compileWarnings);
            table("Payloads not read", "message", notRead);
            table("Payloads read but not written back the same", "first difference", notRoundTripped);
            table("What the root became", "root (and, when it is not a declared type, why)", roots);
            table("Why properties are untyped", "cause", untypedCauses);
            table("Warning lines by code", "code", warningCodes);
            table("Most frequent warning lines", "message", warningShapes);
        }
    }

    /** {@code [CODE] message shape} of a problem line as the plugin prints it. */
    static String problemShape(String line) {
        int open = line.indexOf(": [");
        int close = line.indexOf("] ", open + 1);
        if (open < 0 || close < 0) {
            return MessageShapes.of(line);
        }
        String message = line.substring(close + 2).replaceAll(" \\(at #[^)]*\\)$", "");
        return line.substring(open + 2, close + 1) + " " + MessageShapes.of(message);
    }

    private void table(String title, String column, Tally tally) {
        if (tally.isEmpty()) {
            return;
        }
        out.append("### ").append(title).append(tally.size() > TOP ? " (first " + TOP + " of " + tally.size()
                + ")" : "").append("\n\n| ").append(column).append(" | cases | count | example |\n|---|---:|---:|---|\n");
        for (Tally.Entry entry : tally.top(TOP)) {
            out.append("| ").append(code(entry.kind())).append(" | ").append(entry.cases().size()).append(" | ")
                    .append(entry.count()).append(" | ").append(cell(entry.example())).append(" |\n");
        }
        out.append('\n');
    }

    // ---- one row per case ----

    private void cases() {
        out.append("## Cases\n\n");
        out.append("Per generator: generation, compilation (warnings), root, payloads read / round-tripped of the "
                + "case's payloads, untyped properties of the declared ones, warning lines. `failures/<case>.txt` has "
                + "the details.\n\n");
        out.append("| case | payloads | webhookgen | jsonschema2pojo |\n|---|---:|---|---|\n");
        for (CaseResult result : results) {
            out.append("| ").append(cell(result.name())).append(" | ").append(result.payloads()).append(" | ");
            if (result.unusable() != null) {
                out.append("not run: ").append(cell(result.unusable())).append(" | |\n");
                continue;
            }
            out.append(brief(result.webhookgen(), result.payloads())).append(" | ")
                    .append(brief(result.jsonschema2pojo(), result.payloads())).append(" |\n");
        }
    }

    /** One generator's figures on one case, in a few words. */
    static String brief(ToolResult run, int payloads) {
        if (run == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        Generation generation = run.generation();
        if (generation != null) {
            parts.add(generation.outcome().name().toLowerCase(Locale.ROOT));
        }
        if (run.compilation() != null) {
            parts.add(run.compilation().compiled()
                    ? "compiled" + (run.compilation().warnings() > 0 ? " (" + run.compilation().warnings() + ")" : "")
                    : "not compiled");
        }
        if (generation != null && generation.generated()) {
            parts.add(generation.rootKind().name().toLowerCase(Locale.ROOT));
        }
        if (run.payloads() != null) {
            parts.add(run.payloads().read() + "/" + run.payloads().roundTripped() + " of " + payloads);
        }
        if (generation != null && generation.properties() > 0) {
            parts.add(generation.untypedProperties() + "/" + generation.properties() + " untyped");
        }
        if (generation != null && generation.warnings() > 0) {
            parts.add(generation.warnings() + " warnings");
        }
        if (run.interrupted() != null) {
            parts.add(run.interrupted().startsWith("timeout") ? "timeout" : "worker exited");
        }
        return String.join(", ", parts);
    }

    private static String code(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.contains("`") ? cell(flat) : "`" + flat.replace("|", "\\|") + "`";
    }

    private static String cell(String text) {
        return text.replaceAll("\\s+", " ").replace("|", "\\|");
    }
}
