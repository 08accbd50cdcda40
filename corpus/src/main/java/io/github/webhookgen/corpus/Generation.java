package io.github.webhookgen.corpus;

import java.util.List;
import java.util.Map;

/**
 * What one generator made of one case.
 *
 * @param outcome how generation ended
 * @param crash for {@link Outcome#CRASH}: the exception, its message and its first stack frames
 * @param errors for {@link Outcome#ERRORS}: the error problems, one line each as the Maven plugin prints them
 * @param warnings the number of warning lines a user sees: webhookgen's report, where a warning repeated in one file
 *     (the same code and message) is one line; jsonschema2pojo's logged warnings and errors
 * @param warningOccurrences webhookgen's warnings one by one, repeats included; jsonschema2pojo's log lines
 * @param warningCodes warning lines by problem code
 * @param warningShapes warning lines by message with the case's own values left out (see {@link MessageShapes})
 * @param warningLines every warning line a user sees
 * @param sources Java source files generated
 * @param rootKind what the root document became (see {@link RootKind})
 * @param rootType the canonical Java type payloads are read into, or null when there is none
 * @param rootCause for a webhookgen root that is not a declared type, why its values are untyped (see
 *     {@link UntypedCauses}), or null
 * @param properties declared properties of the types reachable from the root
 * @param untypedProperties those whose Java type holds any JSON value: {@code JsonNode} (webhookgen) or
 *     {@code Object} (jsonschema2pojo), alone or as the element of lists and maps, or a type declaring no property
 * @param untypedCauses webhookgen's untyped properties by cause ({@link UntypedCauses}); empty for jsonschema2pojo
 * @param untypedExamples for each cause, the schema of its first untyped property ({@code file#pointer})
 * @param millis wall time of generation
 */
record Generation(Outcome outcome, String crash, List<String> errors, int warnings, int warningOccurrences,
        Map<String, Integer> warningCodes,
        Map<String, Integer> warningShapes, List<String> warningLines, int sources, RootKind rootKind,
        String rootType, String rootCause, int properties, int untypedProperties, Map<String, Integer> untypedCauses,
        Map<String, String> untypedExamples, long millis) {

    Generation {
        errors = List.copyOf(errors);
        warningCodes = Map.copyOf(warningCodes);
        warningShapes = Map.copyOf(warningShapes);
        warningLines = List.copyOf(warningLines);
        untypedCauses = Map.copyOf(untypedCauses);
        untypedExamples = Map.copyOf(untypedExamples);
    }

    boolean generated() {
        return outcome == Outcome.GENERATED;
    }
}
