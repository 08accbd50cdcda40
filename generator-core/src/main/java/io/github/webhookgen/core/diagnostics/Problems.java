package io.github.webhookgen.core.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the problems of one run. A stage reports everything it finds and keeps going; the pipeline
 * calls {@link #stopIfErrors()} between stages. It also knows where the run is ({@link #at}), for a failure that has
 * no place of its own.
 */
public final class Problems {

    private final List<Problem> reported = new ArrayList<>();
    /** The schema a stage works on, located only when a failure needs it; see {@link #at}. */
    private Supplier<Location> at;

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

    /**
     * Marks where the run is: the schema a stage is working on, located only when asked ({@link #where}). Cheap enough
     * to call for every schema: a stack overflow in a stage is reported at the place marked last, the deepest one the
     * stage reached.
     */
    public void at(Supplier<Location> where) {
        at = where;
    }

    /** The place {@link #at} marked last, or {@code otherwise} when nothing was marked. */
    public Location where(Location otherwise) {
        Supplier<Location> last = at;
        return last == null ? otherwise : last.get();
    }

    /** Ends the run with every problem found so far when any of them is an error. */
    public void stopIfErrors() {
        if (hasErrors()) {
            throw new GenerationFailedException(all());
        }
    }
}
