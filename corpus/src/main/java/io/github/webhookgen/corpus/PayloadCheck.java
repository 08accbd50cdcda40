package io.github.webhookgen.corpus;

import io.github.webhookgen.corpus.CorpusCase.Payload;
import io.github.webhookgen.corpus.PayloadRun.Failure;
import io.github.webhookgen.corpus.PayloadRun.Stage;
import io.github.webhookgen.corpus.TreeComparison.Difference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads each payload into the root type with a plain mapper, writes the value back with the same mapper, and compares
 * the two JSON trees.
 */
final class PayloadCheck {

    private static final int MESSAGE = 600;

    private PayloadCheck() {}

    static PayloadRun run(JacksonLine.PlainMapper mapper, String rootType, List<Payload> payloads) {
        int read = 0;
        int roundTripped = 0;
        List<Failure> failures = new ArrayList<>();
        for (Payload payload : payloads) {
            Object value;
            try {
                value = mapper.read(payload.json(), rootType);
            } catch (Exception | StackOverflowError e) {
                failures.add(failure(mapper, payload, Stage.READ, e));
                continue;
            }
            read++;
            String written;
            try {
                written = mapper.write(value);
            } catch (Exception | StackOverflowError e) {
                failures.add(failure(mapper, payload, Stage.WRITE, e));
                continue;
            }
            try {
                Optional<Difference> difference = TreeComparison.firstDifference(payload.json(), written);
                if (difference.isPresent()) {
                    failures.add(new Failure(payload.name(), Stage.COMPARE, difference.get().kind(),
                            difference.get().message(), difference.get().pointer()));
                } else {
                    roundTripped++;
                }
            } catch (IOException e) {
                failures.add(new Failure(payload.name(), Stage.COMPARE, MessageShapes.of(e.getMessage()),
                        e.getMessage(), null));
            }
        }
        return new PayloadRun(read, roundTripped, failures);
    }

    private static Failure failure(JacksonLine.PlainMapper mapper, Payload payload, Stage stage, Throwable e) {
        String message = mapper.message(e).replaceAll("\\s+", " ").strip();
        if (message.length() > MESSAGE) {
            message = message.substring(0, MESSAGE) + "...";
        }
        return new Failure(payload.name(), stage, MessageShapes.of(message), message, mapper.pointer(e));
    }
}
