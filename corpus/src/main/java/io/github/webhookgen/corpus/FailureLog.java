package io.github.webhookgen.corpus;

import java.util.List;
import java.util.Map;

/**
 * The per-case log of {@code failures/<case>.txt}: for each generator, the crash, the errors, every warning line, the
 * compiler's first diagnostics and every payload that was not round-tripped. Written for each case where either
 * generator has anything to report.
 */
final class FailureLog {

    private FailureLog() {}

    /** A file name for a case: its name with every character but letters, digits, {@code . _ -} replaced. */
    static String fileName(String caseName) {
        return caseName.replaceAll("[^A-Za-z0-9._-]", "_") + ".txt";
    }

    /** Whether the case has anything to report: a run that is not clean from generation to the last payload. */
    static boolean worthWriting(CaseResult result) {
        if (result.unusable() != null) {
            return true;
        }
        for (Tool tool : Tool.values()) {
            ToolResult run = result.result(tool);
            if (run == null) {
                continue;
            }
            if (!run.compiled() || run.interrupted() != null || run.compilation().warnings() > 0
                    || run.generation().warnings() > 0 || run.payloads() == null
                    || !run.payloads().failures().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    static String text(CaseResult result) {
        StringBuilder text = new StringBuilder();
        text.append("case ").append(result.name()).append(" (").append(result.collection()).append(", root ")
                .append(result.root()).append(")\n");
        text.append("payloads: ").append(result.payloads()).append(" read, ").append(result.skipped().size())
                .append(" skipped\n");
        result.skipped().forEach(s -> text.append("  skipped ").append(s.name()).append(": ").append(s.reason())
                .append('\n'));
        if (result.unusable() != null) {
            text.append("not run: ").append(result.unusable()).append('\n');
        }
        for (Tool tool : Tool.values()) {
            ToolResult run = result.result(tool);
            if (run != null) {
                append(text, run);
            }
        }
        return text.toString();
    }

    private static void append(StringBuilder text, ToolResult run) {
        text.append("\n== ").append(run.tool().label()).append('\n');
        if (run.interrupted() != null) {
            text.append("interrupted: ").append(run.interrupted()).append('\n');
        }
        Generation generation = run.generation();
        if (generation == null) {
            return;
        }
        text.append("generation: ").append(generation.outcome()).append(" in ").append(generation.millis())
                .append(" ms, ").append(generation.sources()).append(" sources, root ").append(generation.rootKind())
                .append(generation.rootType() == null ? "" : " " + generation.rootType()).append(", ")
                .append(generation.untypedProperties()).append(" of ").append(generation.properties())
                .append(" properties untyped\n");
        if (generation.rootCause() != null) {
            text.append("root is not a declared type: ").append(generation.rootCause()).append('\n');
        }
        generation.untypedCauses().forEach((cause, n) -> text.append("untyped properties: ").append(n).append(" x ")
                .append(cause).append(", e.g. ").append(generation.untypedExamples().get(cause)).append('\n'));
        if (generation.crash() != null) {
            text.append("crash: ").append(generation.crash()).append('\n');
        }
        lines(text, "errors", generation.errors());
        lines(text, "warnings", generation.warningLines());
        Compilation compilation = run.compilation();
        if (compilation != null) {
            text.append("compilation: ").append(compilation.compiled() ? "compiled" : "failed").append(" in ")
                    .append(compilation.millis()).append(" ms, ").append(compilation.errors()).append(" errors, ")
                    .append(compilation.warnings()).append(" warnings\n");
            for (Map.Entry<String, Integer> code : compilation.warningCodes().entrySet()) {
                text.append("  ").append(code.getValue()).append(" x ").append(code.getKey()).append('\n');
            }
            compilation.diagnostics().forEach(d -> text.append("  ").append(d).append('\n'));
        }
        PayloadRun payloads = run.payloads();
        if (payloads != null) {
            text.append("payloads: ").append(payloads.read()).append(" read, ").append(payloads.roundTripped())
                    .append(" round-tripped\n");
            for (PayloadRun.Failure failure : payloads.failures()) {
                text.append("  ").append(failure.payload()).append(": ").append(failure.stage())
                        .append(failure.pointer() == null ? "" : " at \"" + failure.pointer() + "\"").append(": ")
                        .append(failure.message()).append('\n');
            }
        }
    }

    private static void lines(StringBuilder text, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            text.append(title).append(" (").append(lines.size()).append("):\n");
            lines.forEach(line -> text.append("  ").append(line).append('\n'));
        }
    }
}
