package io.github.webhookgen.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.webhookgen.core.GenerationResult;
import io.github.webhookgen.core.Generator;
import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.archive.ArchiveSource;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** Runs the whole pipeline, {@link Generator#run}, the way the Maven plugin does, and picks out its problems. */
final class Runs {

    static final String PACKAGE = "com.example.hooks";

    private Runs() {}

    /** The default configuration, for an archive that is a folder or a zip, written to {@code output}. */
    static GeneratorConfig config(Path archive, Path output) {
        return GeneratorConfig.of(ArchiveSource.of(archive), PACKAGE, output);
    }

    /** The problems of a run that must fail. */
    static List<Problem> failure(GeneratorConfig config) {
        return assertThrows(GenerationFailedException.class, () -> new Generator().run(config)).problems();
    }

    /** The result of a run that must succeed. */
    static GenerationResult success(GeneratorConfig config) {
        try {
            return new Generator().run(config);
        } catch (GenerationFailedException e) {
            return fail("the run failed:\n" + e.getMessage());
        }
    }

    /** The one problem with {@code code}; fails when there is none or several. */
    static Problem only(List<Problem> problems, ProblemCode code) {
        List<Problem> found = problems.stream().filter(p -> p.code() == code).toList();
        assertEquals(1, found.size(), () -> "expected one " + code + " in " + lines(problems));
        return found.get(0);
    }

    static List<Problem> all(List<Problem> problems, Predicate<Problem> which) {
        return problems.stream().filter(which).toList();
    }

    /** Asserts every part of a problem but the message. */
    static void assertProblem(Problem problem, ProblemCode code, Severity severity, String file, String pointer,
            int line, int column) {
        assertAll(problem.toString(),
                () -> assertEquals(code, problem.code(), "code"),
                () -> assertEquals(severity, problem.severity(), "severity"),
                () -> assertEquals(file, problem.location().file(), "file"),
                () -> assertEquals(pointer, problem.location().pointer(), "pointer"),
                () -> assertEquals(line, problem.location().line(), "line"),
                () -> assertEquals(column, problem.location().column(), "column"));
    }

    static String lines(List<Problem> problems) {
        return String.join("\n", problems.stream().map(Problem::toString).toList());
    }
}
