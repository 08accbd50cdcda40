package io.github.webhookgen.corpus;

/**
 * One line a worker process writes to its standard output, as JSON: the stage it starts, the figures of a stage it
 * ended, or the end of the job. Exactly one part is set.
 *
 * @param stage the stage starting ({@code read}, {@code generate}, {@code compile}, {@code payloads})
 * @param generation the figures of generation
 * @param compilation the figures of compilation
 * @param payloads the figures of the payload round trips
 * @param done true on the job's last line
 * @param failure on the last line, what stopped the job outside the generators (the scratch folder), or null
 */
record WorkerMessage(String stage, Generation generation, Compilation compilation, PayloadRun payloads, boolean done,
        String failure) {

    /**
     * One job a worker reads from its standard input, as a JSON line.
     *
     * @param name the case's name
     * @param tool the generator to run on it
     */
    record Job(String name, Tool tool) {}
}
