package io.github.webhookgen.corpus;

/**
 * One generator's figures on one case; the parts are null from the stage on that was not reached.
 *
 * @param tool the generator
 * @param generation what it generated
 * @param compilation javac's verdict, when sources were generated
 * @param payloads the round trips, when the sources compiled
 * @param interrupted why the run stopped before its end (a timeout, the worker's exit), with the stage it was in;
 *     null when it ran to the end
 */
record ToolResult(Tool tool, Generation generation, Compilation compilation, PayloadRun payloads,
        String interrupted) {

    boolean generated() {
        return generation != null && generation.generated();
    }

    boolean compiled() {
        return compilation != null && compilation.compiled();
    }

    /** Whether the root is a declared type: a record, union, enum or tuple. */
    boolean rootTyped() {
        return generation != null && generation.rootKind().typed();
    }

    /**
     * Whether the generated root holds a typed value: not any JSON value, nor a list or map of them (a list of records
     * or a string is typed; {@code JsonNode}, {@code List<JsonNode>}, jsonschema2pojo's {@code Object} or class
     * without properties is not).
     */
    boolean rootHoldsTypes() {
        return generated() && generation.rootCause() == null && generation.rootKind() != RootKind.UNTYPED
                && generation.rootKind() != RootKind.EMPTY_CLASS && generation.rootKind() != RootKind.NONE;
    }
}
