package io.github.webhookgen.corpus;

import java.util.List;
import java.util.Map;

/**
 * javac's verdict on generated sources ({@code --release 17 -Xlint:all}).
 *
 * @param compiled whether javac reported no error
 * @param errors error diagnostics
 * @param warnings warning diagnostics (mandatory and lint warnings)
 * @param warningCodes warnings by javac diagnostic code ({@code compiler.warn.missing-explicit-ctor})
 * @param diagnostics the first errors and warnings, as {@code path:line: kind: message}
 * @param millis wall time of the compilation
 */
record Compilation(boolean compiled, int errors, int warnings, Map<String, Integer> warningCodes,
        List<String> diagnostics, long millis) {

    Compilation {
        warningCodes = Map.copyOf(warningCodes);
        diagnostics = List.copyOf(diagnostics);
    }
}
