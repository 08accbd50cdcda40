package io.github.webhookgen.bench;

import bench.ours.Webhooks;
import bench.ours.WsNotificationMsg;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding and dispatch of the example corpus on both Jackson lines, side by side in one run: our generated code
 * through its entry point ({@code Webhooks.dispatch(body, visitor)}) and through a plain mapper's {@code readValue}
 * (what a framework such as Spring calls, then {@code Webhooks.dispatch(notification, visitor)}), a Jackson tree with
 * a hand-written dispatch, and the raw token pass of the same line. {@link Report} puts them in ratios: the entry
 * point against the raw token pass, the plain mapper against the tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JacksonLinesBenchmark {

    private static final ObjectReader PLAIN2 = new ObjectMapper().readerFor(WsNotificationMsg.class);

    private byte[][] bodies;

    @Setup
    public void load() throws IOException {
        Corpus corpus = Corpus.load();
        bodies = corpus.array();
        verify(corpus);
    }

    @Benchmark
    public void jackson2EntryPoint(Blackhole blackhole) throws IOException {
        OursHandler handler = new OursHandler(new Sink.Consuming(blackhole));
        for (byte[] body : bodies) {
            handler.handle(body);
        }
    }

    @Benchmark
    public void jackson2PlainMapper(Blackhole blackhole) throws IOException {
        OursHandler handler = new OursHandler(new Sink.Consuming(blackhole));
        for (byte[] body : bodies) {
            Webhooks.dispatch((WsNotificationMsg) PLAIN2.readValue(body), handler);
        }
    }

    @Benchmark
    public void jackson2Tree(Blackhole blackhole) throws IOException {
        JacksonTreeHandler handler = new JacksonTreeHandler(new Sink.Consuming(blackhole));
        for (byte[] body : bodies) {
            handler.handle(body);
        }
    }

    @Benchmark
    public int jackson2RawTokens() throws IOException {
        int tokens = 0;
        for (byte[] body : bodies) {
            tokens += RawTokens.count(body);
        }
        return tokens;
    }

    @Benchmark
    public void jackson3EntryPoint(Blackhole blackhole) {
        Sink sink = new Sink.Consuming(blackhole);
        for (byte[] body : bodies) {
            Jackson3Handlers.entryPoint(body, sink);
        }
    }

    @Benchmark
    public void jackson3PlainMapper(Blackhole blackhole) {
        Sink sink = new Sink.Consuming(blackhole);
        for (byte[] body : bodies) {
            Jackson3Handlers.plainMapper(body, sink);
        }
    }

    @Benchmark
    public void jackson3Tree(Blackhole blackhole) {
        Sink sink = new Sink.Consuming(blackhole);
        for (byte[] body : bodies) {
            Jackson3Handlers.tree(body, sink);
        }
    }

    @Benchmark
    public int jackson3RawTokens() {
        int tokens = 0;
        for (byte[] body : bodies) {
            tokens += Jackson3Handlers.rawTokens(body);
        }
        return tokens;
    }

    /** Every variant makes exactly the calls of the Jackson 2 entry point before anything is timed. */
    private static void verify(Corpus corpus) throws IOException {
        List<Sink.Kind> expected = DecodeBenchmark.DecodeCheck.calls(corpus);
        Sink.Recording plain2 = new Sink.Recording();
        Sink.Recording entry3 = new Sink.Recording();
        Sink.Recording plain3 = new Sink.Recording();
        Sink.Recording tree3 = new Sink.Recording();
        OursHandler handler2 = new OursHandler(plain2);
        for (byte[] body : corpus.bodies()) {
            Webhooks.dispatch((WsNotificationMsg) PLAIN2.readValue(body), handler2);
            Jackson3Handlers.entryPoint(body, entry3);
            Jackson3Handlers.plainMapper(body, plain3);
            Jackson3Handlers.tree(body, tree3);
        }
        for (Sink.Recording variant : List.of(plain2, entry3, plain3, tree3)) {
            if (!variant.calls.equals(expected)) {
                throw new IllegalStateException("a variant disagrees with the Jackson 2 entry point: " + variant.calls
                        + " instead of " + expected);
            }
        }
    }
}
