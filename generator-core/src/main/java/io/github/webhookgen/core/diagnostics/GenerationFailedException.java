package io.github.webhookgen.core.diagnostics;

import java.util.List;
import java.util.stream.Collectors;

/** Ends a run that found errors; carries every problem found, warnings included. */
public final class GenerationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public GenerationFailedException(List<Problem> problems) {
        super(problems.stream().filter(Problem::isError).map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
