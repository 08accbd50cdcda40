package io.github.webhookgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.lp.webhooks.Webhooks;
import com.example.lp.webhooks.WsNotificationMsg;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many threads parse, write and dispatch the examples at once through one shared mapper of the tested line and
 * through the static reader of {@link Webhooks}; every result equals the one computed on a single thread beforehand.
 */
class ConcurrentDispatchTest {

    private static final int THREADS = 8;
    private static final int ITERATIONS = 2_000;

    /** What one example gives on a single thread: the parsed value, its JSON, and the visitor calls. */
    private record Outcome(WsNotificationMsg parsed, String written, List<RecordingVisitor.Call> calls) {}

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void concurrentResultsEqualSingleThreadedResults() throws Exception {
        JsonLine.Mapper shared = JsonLine.current().newMapper();
        List<byte[]> bodies = new ArrayList<>(ExampleCorpus.all().values());
        List<String> names = new ArrayList<>(ExampleCorpus.all().keySet());
        List<Outcome> expected = new ArrayList<>();
        for (byte[] body : bodies) {
            expected.add(outcome(JsonLine.current().newMapper(), body));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> workers = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int offset = t * bodies.size() / THREADS;
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < ITERATIONS; i++) {
                        int example = (offset + i) % bodies.size();
                        Outcome actual = outcome(shared, bodies.get(example));
                        assertEquals(expected.get(example), actual, () -> names.get(example));
                    }
                    return ITERATIONS;
                }));
            }
            start.countDown();
            int done = 0;
            for (Future<Integer> worker : workers) {
                try {
                    done += worker.get();
                } catch (ExecutionException e) {
                    throw new AssertionError("a worker failed", e.getCause());
                }
            }
            assertEquals(THREADS * ITERATIONS, done);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome outcome(JsonLine.Mapper mapper, byte[] body) throws IOException {
        WsNotificationMsg parsed = mapper.readValue(body, WsNotificationMsg.class);
        String written = mapper.writeValueAsString(parsed);
        RecordingVisitor visitor = new RecordingVisitor();
        Webhooks.dispatch(body, visitor);
        RecordingVisitor fromParsed = new RecordingVisitor();
        Webhooks.dispatch(parsed, fromParsed);
        assertEquals(visitor.calls(), fromParsed.calls());
        return new Outcome(parsed, written, visitor.calls());
    }
}
