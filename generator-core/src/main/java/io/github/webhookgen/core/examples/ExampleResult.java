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
 * @param problems what is wrong with it, each naming the file with {@code root} in front; empty when it passed
 */
public record ExampleResult(String root, String path, String type, boolean roundTripped, boolean dispatched,
        List<String> calls, List<String> differences, List<Problem> problems) {

    public ExampleResult {
        calls = List.copyOf(calls);
        differences = List.copyOf(differences);
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return problems.isEmpty();
    }
}
