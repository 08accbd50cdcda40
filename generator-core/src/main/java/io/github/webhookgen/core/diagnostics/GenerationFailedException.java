package io.github.webhookgen.core.diagnostics;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Ends a run that found errors; carries every problem found, warnings included. */
public final class GenerationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final Set<ProblemCode> BROKEN_REFS =
            EnumSet.of(ProblemCode.UNRESOLVED_REF, ProblemCode.BAD_POINTER, ProblemCode.REF_CYCLE);

    private final transient List<Problem> problems;
    private final boolean outputUnchanged;

    /** A failed run that left the output directory as the last good run left it. */
    public GenerationFailedException(List<Problem> problems) {
        this(problems, true);
    }

    /**
     * @param problems every problem found, warnings included
     * @param outputUnchanged whether the output directory is as the last good run left it; false when writing failed
     *     and could not be undone
     */
    public GenerationFailedException(List<Problem> problems, boolean outputUnchanged) {
        super(problems.stream().filter(Problem::isError).map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.outputUnchanged = outputUnchanged;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Whether the output directory is as the last good run left it (false only when writing could not be undone). */
    public boolean outputUnchanged() {
        return outputUnchanged;
    }

    /**
     * The one line a Maven build fails with: how many errors, and, when references are broken, how to generate the
     * rest anyway, in the plugin's parameters.
     */
    public String summary() {
        return summary("<strict>false</strict>", "<excludes>");
    }

    /**
     * The one line a run fails with, naming the settings that generate the rest anyway as the caller spells them.
     *
     * @param notStrict how to turn {@code strict} off, for example {@code <strict>false</strict>} or {@code --no-strict}
     * @param excludes how to leave files out, for example {@code <excludes>} or {@code --exclude}
     */
    public String summary(String notStrict, String excludes) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        boolean brokenRefs = errors.stream().anyMatch(p -> BROKEN_REFS.contains(p.code()));
        if (!outputUnchanged) {
            return "webhookgen: " + errors.size() + " error(s), listed above; the output directory holds some of the "
                    + "new sources and could not be brought back to the previous ones: delete it and run again";
        }
        return "webhookgen: " + errors.size() + " error(s), listed above; nothing was generated and the previous "
                + "sources are unchanged" + (brokenRefs ? ". For an archive whose references you cannot fix, "
                + notStrict + " generates the rest, and " + excludes + " leaves files out" : "");
    }
}
