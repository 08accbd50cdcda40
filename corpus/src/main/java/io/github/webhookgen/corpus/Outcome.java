package io.github.webhookgen.corpus;

/** How a generator's run on one case ended. */
enum Outcome {
    /** Sources were generated (webhookgen: no error problem, warnings allowed). */
    GENERATED,
    /** webhookgen stopped with error problems: something the schema's author must fix. */
    ERRORS,
    /** The generator threw: an exception or error that is not a reported problem (jsonschema2pojo: any exception). */
    CRASH
}
