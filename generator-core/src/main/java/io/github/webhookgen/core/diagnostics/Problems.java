package io.github.webhookgen.core.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one run. A stage reports everything it finds and keeps going; the pipeline
 * calls {@link #stopIfErrors()} between stages.
 */
public final class Problems {

    private final List<Problem> reported = new ArrayList<>();

    public void report(Problem problem) {
        reported.add(problem);
    }

    public void error(ProblemCode code, Location location, String message) {
        report(Problem.error(code, location, message));
    }

    public void warning(ProblemCode code, Location location, String message) {
        report(Problem.warning(code, location, message));
    }

    public boolean hasErrors() {
        return reported.stream().anyMatch(Problem::isError);
    }

    /** All problems so far, in a stable order: by file, then line, then pointer, then code. */
    public List<Problem> all() {
        return reported.stream()
                .sorted(Comparator.comparing((Problem p) -> p.location().file())
                        .thenComparingInt(p -> p.location().line())
                        .thenComparing(p -> p.location().pointer())
                        .thenComparing(Problem::code))
                .distinct()
                .toList();
    }

    /** Ends the run with every problem found so far when any of them is an error. */
    public void stopIfErrors() {
        if (hasErrors()) {
            throw new GenerationFailedException(all());
        }
    }
}
