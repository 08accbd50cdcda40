package io.github.webhookgen.corpus;

import java.io.IOException;
import java.util.List;
import java.util.SortedMap;

/**
 * One case of a collection: a root schema document, the archive it is generated from, and the example payloads read
 * through the generated root type.
 *
 * @param name the case's name in reports, unique in its collection ({@code package}, {@code ref.json#3})
 * @param root archive path of the root schema document ({@code schema.json}, {@code package.json})
 * @param archive the schema documents of the case, read when the case runs
 * @param payloads the example payloads that are well-formed JSON, in name order
 * @param skipped the example files that are not read, with the reason
 * @param unusable why the case cannot run (no root document, several candidates), or null when it can
 */
record CorpusCase(String name, String root, Archive archive, List<Payload> payloads, List<Skipped> skipped,
        String unusable) {

    CorpusCase {
        payloads = List.copyOf(payloads);
        skipped = List.copyOf(skipped);
    }

    static CorpusCase unusable(String name, List<Payload> payloads, List<Skipped> skipped, String reason) {
        return new CorpusCase(name, "", () -> {
            throw new IOException(reason);
        }, payloads, skipped, reason);
    }

    /** The schema documents of a case by archive path; reading them may take a folder walk, so it is deferred. */
    @FunctionalInterface
    interface Archive {
        SortedMap<String, byte[]> documents() throws IOException;
    }

    /**
     * An example payload.
     *
     * @param name its path inside the case ({@code examples/order.json}) or its description
     * @param json its bytes, well-formed JSON
     */
    record Payload(String name, byte[] json) {}

    /**
     * An example that is not read.
     *
     * @param name its path inside the case
     * @param reason why: not a JSON file ({@code .yaml}), or not well-formed JSON (Jackson's message)
     */
    record Skipped(String name, String reason) {}
}
