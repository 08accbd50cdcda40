package io.github.webhookgen.core.examples;

import io.github.webhookgen.core.diagnostics.Problem;
import java.util.List;

/**
 * What the examples check found for one example.
 *
 * @param root what goes in front of {@code path} to name the file outside its archive or folder
 * @param path the example's path inside its archive or folder, for example {@code webhooks_examples/foo.json}
 * @param type the generated class it was read into, named inside its package ({@code MessagingEventNotification},
 *     {@code WsNotificationMsg.Unknown}); null when it could not be read
 * @param roundTripped whether writing it back gave the same JSON
 * @param dispatched whether the generated entry points parsed it as a plain mapper does and dispatched it; false when
 *     no dispatcher was generated
 * @param calls the visitor methods that dispatching it called, in order
 * @param differences every difference the round trip made ({@code /pointer: before 12, after "12"}), the first 20
 * @param schemaViolations every value of it that the archive's schemas do not allow, in the order of the text; empty
 *     when it is valid, or when the schemas could not be loaded into the validator
 * @param problems what is wrong with it, each naming the file with {@code root} in front: the errors of the check,
 *     then one {@link io.github.webhookgen.core.diagnostics.ProblemCode#EXAMPLE_NOT_VALID} per schema violation (a
 *     warning, or an error with {@code strict}); empty when it passed and is valid
 */
public record ExampleResult(String root, String path, String type, boolean roundTripped, boolean dispatched,
        List<String> calls, List<String> differences, List<SchemaViolation> schemaViolations, List<Problem> problems) {

    public ExampleResult {
        calls = List.copyOf(calls);
        differences = List.copyOf(differences);
        schemaViolations = List.copyOf(schemaViolations);
        problems = List.copyOf(problems);
    }

    /** Whether it passed: no error among its problems (schema violations are warnings unless the check is strict). */
    public boolean passed() {
        return problems.stream().noneMatch(Problem::isError);
    }
}
