package io.github.webhookgen.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A worker JVM seen from the supervisor: sends it a job, collects the figures it writes back, and kills it when the
 * job outlives its timeout. Its standard error (javac's and the generators' own output) is appended to a log file.
 */
final class WorkerProcess {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final OutputStream jobs;
    /** The worker's output lines; empty at the end of its output. */
    private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();

    private WorkerProcess(Process process) {
        this.process = process;
        this.jobs = process.getOutputStream();
        Thread reader = new Thread(this::readLines, "corpus-worker-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * @param command the worker's command line
     * @param log the file its standard error is appended to
     * @throws IOException when the process cannot start
     */
    static WorkerProcess start(List<String> command, Path log) throws IOException {
        return new WorkerProcess(new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start());
    }

    boolean alive() {
        return process.isAlive();
    }

    /**
     * Runs one job; a job that does not end within {@code timeout} kills the worker, and its result keeps the figures
     * of the stages that ended.
     *
     * @throws IOException when the job cannot be sent
     * @throws InterruptedException when the supervisor is interrupted while waiting
     */
    ToolResult run(WorkerMessage.Job job, Duration timeout) throws IOException, InterruptedException {
        jobs.write((JSON.writeValueAsString(job) + "\n").getBytes(StandardCharsets.UTF_8));
        jobs.flush();
        long deadline = System.nanoTime() + timeout.toNanos();
        String stage = "start";
        Generation generation = null;
        Compilation compilation = null;
        PayloadRun payloads = null;
        while (true) {
            Optional<String> line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                kill();
                return new ToolResult(job.tool(), generation, compilation, payloads,
                        "timeout after " + timeout.toSeconds() + " s in stage " + stage);
            }
            if (line.isEmpty()) {
                process.waitFor(10, TimeUnit.SECONDS);
                String code = process.isAlive() ? "no code" : "code " + process.exitValue();
                return new ToolResult(job.tool(), generation, compilation, payloads,
                        "the worker exited (" + code + ") in stage " + stage + "; see worker.log");
            }
            WorkerMessage message = JSON.readValue(line.get(), WorkerMessage.class);
            if (message.done()) {
                return new ToolResult(job.tool(), generation, compilation, payloads, message.failure());
            }
            if (message.stage() != null) {
                stage = message.stage();
            }
            generation = message.generation() != null ? message.generation() : generation;
            compilation = message.compilation() != null ? message.compilation() : compilation;
            payloads = message.payloads() != null ? message.payloads() : payloads;
        }
    }

    private void readLines() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(Optional.of(line));
            }
        } catch (IOException e) {
            // the worker was killed: its output ends here
        }
        lines.add(Optional.empty());
    }

    /** Kills the worker and waits for it to go. */
    void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
