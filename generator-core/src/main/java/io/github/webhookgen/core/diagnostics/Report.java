package io.github.webhookgen.core.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines a build prints for the problems of a run, the same for the Maven plugin and any other front end. Every
 * error gets its own line. A warning repeated in one file (the same code and message: the same keyword ignored, the
 * same reference broken) gets one line at its first place, with the number of times:
 *
 * <pre>
 * webhooks/Foo.json:12:7: warning: [UNSUPPORTED_KEYWORD] 'patternProperties' cannot be expressed in the generated
 *     types; ignored (at #/properties/x/patternProperties; 14 times in this file)
 * </pre>
 *
 * <p>and the run closes with {@link #summary()}. Verbose, every occurrence has its own line.
 */
public final class Report {

    /**
     * One printed line: a problem at its first place, and how often the same problem occurs in its file.
     *
     * @param problem the first occurrence, by {@link Problems#all()} order
     * @param times 1 or more
     */
    public record Line(Problem problem, int times) {

        public boolean isError() {
            return problem.isError();
        }

        /** The same line with its file named from {@code root}, see {@link Problem#under(String)}. */
        public Line under(String root) {
            return new Line(problem.under(root), times);
        }

        @Override
        public String toString() {
            return problem.print(times);
        }
    }

    private final List<Line> lines;
    private final int warnings;
    private final long files;
    private final boolean verbose;

    private Report(List<Line> lines, int warnings, long files, boolean verbose) {
        this.lines = List.copyOf(lines);
        this.warnings = warnings;
        this.files = files;
        this.verbose = verbose;
    }

    /**
     * The report of {@code problems}, in the order given ({@link Problems#all()} sorts them by file and line).
     *
     * @param verbose whether every occurrence of a warning gets its own line
     */
    public static Report of(List<Problem> problems, boolean verbose) {
        Map<Object, Integer> firstLine = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        for (Problem problem : problems) {
            if (problem.isError() || verbose) {
                lines.add(new Line(problem, 1));
                continue;
            }
            List<Object> key = List.of(problem.location().file(), problem.code(), problem.message());
            Integer index = firstLine.get(key);
            if (index == null) {
                firstLine.put(key, lines.size());
                lines.add(new Line(problem, 1));
            } else {
                lines.set(index, new Line(lines.get(index).problem(), lines.get(index).times() + 1));
            }
        }
        List<Problem> warnings = problems.stream().filter(p -> !p.isError()).toList();
        long files = warnings.stream().map(p -> p.location().file()).distinct().count();
        return new Report(lines, warnings.size(), files, verbose);
    }

    /** The lines to print, errors and warnings, in order. */
    public List<Line> lines() {
        return lines;
    }

    /**
     * The closing line when there were warnings, e.g. {@code webhookgen: 12 warnings in 5 files
     * (-Dwebhookgen.verbose lists every occurrence)}; empty when there were none. The hint is left out when every
     * occurrence is listed already.
     *
     * @param verboseOption how the caller's user asks for every occurrence: {@code -Dwebhookgen.verbose} in Maven,
     *     {@code --verbose} on the command line
     */
    public String summary(String verboseOption) {
        if (warnings == 0) {
            return "";
        }
        boolean folded = lines.stream().anyMatch(line -> line.times() > 1);
        return "webhookgen: " + count(warnings, "warning") + " in " + count(files, "file")
                + (folded && !verbose ? " (" + verboseOption + " lists every occurrence)" : "");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
