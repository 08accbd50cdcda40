package io.github.webhookgen.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The loop of a worker process: reads jobs from its input, one JSON line each, runs them with a {@link CaseRunner},
 * and writes the stages and figures to its output as JSON lines ({@link WorkerMessage}). The supervisor kills a
 * worker whose job outlives its timeout and starts another, so that a case that hangs or exhausts the JVM cannot stop
 * the run.
 */
final class Worker {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, CorpusCase> cases = new HashMap<>();
    private final CaseRunner runner;

    Worker(CaseSource source, CaseRunner runner) throws IOException {
        source.cases().forEach(c -> cases.put(c.name(), c));
        this.runner = runner;
    }

    /** Serves jobs until the input ends. */
    void serve(InputStream in, PrintStream out) throws IOException {
        BufferedReader jobs = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = jobs.readLine(); line != null; line = jobs.readLine()) {
            WorkerMessage.Job job = JSON.readValue(line, WorkerMessage.Job.class);
            CorpusCase corpusCase = cases.get(job.name());
            String failure = null;
            if (corpusCase == null) {
                failure = "no case named " + job.name();
            } else {
                try {
                    runner.run(corpusCase, job.tool(), new Listener(out));
                } catch (IOException | RuntimeException e) {
                    // Outside the generators (the scratch folder, the class loader): the job ends, the worker goes on.
                    failure = Crashes.describe(e);
                }
            }
            send(out, new WorkerMessage(null, null, null, null, true, failure));
        }
    }

    private static void send(PrintStream out, WorkerMessage message) {
        try {
            out.println(JSON.writeValueAsString(message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    /** Writes each stage and its figures as they come. */
    private record Listener(PrintStream out) implements CaseRunner.Listener {
        @Override
        public void stage(String stage) {
            send(out, new WorkerMessage(stage, null, null, null, false, null));
        }

        @Override
        public void generated(Generation generation) {
            send(out, new WorkerMessage(null, generation, null, null, false, null));
        }

        @Override
        public void compiled(Compilation compilation) {
            send(out, new WorkerMessage(null, null, compilation, null, false, null));
        }

        @Override
        public void payloads(PayloadRun payloads) {
            send(out, new WorkerMessage(null, null, null, payloads, false, null));
        }
    }
}
