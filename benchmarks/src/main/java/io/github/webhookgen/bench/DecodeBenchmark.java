package io.github.webhookgen.bench;

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
 * Decoding and dispatch of the whole example corpus: one operation parses every bundled example and hands each
 * change to a handler. Notifications per second are ops/s times {@link Corpus#notifications()}; bytes per
 * notification come from {@code -prof gc} ({@code gc.alloc.rate.norm} divided by the same count). {@link Report}
 * does the arithmetic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeBenchmark {

    private byte[][] bodies;

    @Setup
    public void load() throws IOException {
        Corpus corpus = Corpus.load();
        bodies = corpus.array();
        DecodeCheck.verify(corpus);
    }

    /** (a) Our generated {@code Webhooks.dispatch} with a visitor. */
    @Benchmark
    public void ours(Blackhole blackhole) throws IOException {
        OursHandler handler = new OursHandler(new Sink.Consuming(blackhole));
        for (byte[] body : bodies) {
            handler.handle(body);
        }
    }

    /** (b) jsonschema2pojo's classes with the hand-written dispatch its users need. */
    @Benchmark
    public void jsonschema2pojo(Blackhole blackhole) throws IOException {
        Jsonschema2PojoHandler handler = new Jsonschema2PojoHandler(new Sink.Consuming(blackhole));
        for (byte[] body : bodies) {
            handler.handle(body);
        }
    }

    /** (c) A Jackson tree with a hand-written dispatch. */
    @Benchmark
    public void jacksonTree(Blackhole blackhole) throws IOException {
        JacksonTreeHandler handler = new JacksonTreeHandler(new Sink.Consuming(blackhole));
        for (byte[] body : bodies) {
            handler.handle(body);
        }
    }

    /** (d) Every token read, nothing decoded: the floor. */
    @Benchmark
    public int rawTokens() throws IOException {
        int tokens = 0;
        for (byte[] body : bodies) {
            tokens += RawTokens.count(body);
        }
        return tokens;
    }

    /** Makes sure every variant makes exactly the same handler calls on the corpus before anything is timed. */
    static final class DecodeCheck {
        private DecodeCheck() {}

        static void verify(Corpus corpus) throws IOException {
            for (int i = 0; i < corpus.notifications(); i++) {
                byte[] body = corpus.bodies().get(i);
                Sink.Recording ours = new Sink.Recording();
                Sink.Recording j2p = new Sink.Recording();
                Sink.Recording tree = new Sink.Recording();
                new OursHandler(ours).handle(body);
                new Jsonschema2PojoHandler(j2p).handle(body);
                new JacksonTreeHandler(tree).handle(body);
                if (!ours.calls.equals(j2p.calls) || !ours.calls.equals(tree.calls)) {
                    throw new IllegalStateException(corpus.names().get(i) + ": the variants disagree: ours "
                            + ours.calls + ", jsonschema2pojo " + j2p.calls + ", tree " + tree.calls);
                }
            }
        }

        static List<Sink.Kind> calls(Corpus corpus) throws IOException {
            Sink.Recording all = new Sink.Recording();
            OursHandler handler = new OursHandler(all);
            for (byte[] body : corpus.bodies()) {
                handler.handle(body);
            }
            return all.calls;
        }
    }
}
