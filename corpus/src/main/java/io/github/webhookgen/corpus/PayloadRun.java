package io.github.webhookgen.corpus;

import java.util.List;

/**
 * The case's payloads read into the root type and written back with a plain mapper.
 *
 * @param read payloads read without an exception
 * @param roundTripped payloads written back as the same JSON tree (see {@link TreeComparison})
 * @param failures one per payload that was not round-tripped
 */
record PayloadRun(int read, int roundTripped, List<Failure> failures) {

    PayloadRun {
        failures = List.copyOf(failures);
    }

    /** Where a payload's round trip stopped. */
    enum Stage {
        /** Reading threw: Jackson's message (or the generated code's exception). */
        READ,
        /** Writing the value read threw. */
        WRITE,
        /** The JSON written back differs: the first differing JSON pointer. */
        COMPARE
    }

    /**
     * @param payload the payload's name
     * @param stage where it failed
     * @param kind the kind of failure, the same across payloads and cases: the exception's message shape
     *     ({@link MessageShapes}), or the kind of difference ({@link TreeComparison.Difference#kind})
     * @param message the exception's message, or what differs
     * @param pointer for {@link Stage#COMPARE}, the JSON pointer of the first difference ({@code ""} for the root)
     */
    record Failure(String payload, Stage stage, String kind, String message, String pointer) {}
}
