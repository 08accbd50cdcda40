package io.github.webhookgen.bench;

import bench.ours.ExConversationChangeNotification;
import bench.ours.MessagingEventNotification;
import bench.ours.Webhooks;
import bench.ours.WsNotificationMsg;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A diagnostic, not a comparison: does our decoder pay for where the discriminator sits? In 97 of the 103 bundled
 * examples the top-level {@code "type"} is the last property. The entry point ({@code ours}) finds it at the end of
 * the body before parsing; a plain mapper's {@code readValue} ({@code oursPlainMapper}, what a framework calls) has
 * only the parser, so the generated root union buffers the properties before {@code "type"} (here: all of them) and
 * replays them to the record it names. Both corpora here are the examples re-serialised without whitespace;
 * {@code asIs} keeps the property order, {@code typeFirst} moves the top-level {@code "type"} to the front (the same
 * JSON object). The Jackson tree and the raw token pass do not care about order and are the controls.
 * {@code oursRootKnown} takes the root union out altogether: the notification type of each body is looked up before
 * timing and the body is read straight into that record with {@code readerFor(MessagingEventNotification.class)} (an
 * oracle no real endpoint has), then dispatched with the generated {@code Webhooks.dispatch(WsNotificationMsg,
 * visitor)}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DiscriminatorOrderBenchmark {

    @Param({"asIs", "typeFirst"})
    public String order;

    private static final ObjectReader PLAIN = new ObjectMapper().readerFor(WsNotificationMsg.class);

    private byte[][] bodies;
    private ObjectReader[] readers;

    @Setup
    public void load() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Corpus corpus = Corpus.load();
        bodies = new byte[corpus.notifications()][];
        readers = new ObjectReader[bodies.length];
        for (int i = 0; i < bodies.length; i++) {
            JsonNode tree = mapper.readTree(corpus.bodies().get(i));
            bodies[i] = mapper.writeValueAsBytes(order.equals("typeFirst") ? typeFirst(mapper, tree) : tree);
            readers[i] = mapper.readerFor(switch (tree.path("type").asText("")) {
                case "ms.MessagingEventNotification" -> MessagingEventNotification.class;
                case "cqm.ExConversationChangeNotification" -> ExConversationChangeNotification.class;
                default -> WsNotificationMsg.class;
            });
        }
    }

    private static JsonNode typeFirst(ObjectMapper mapper, JsonNode tree) {
        if (!(tree instanceof ObjectNode object) || !object.has("type")) {
            return tree;
        }
        ObjectNode reordered = mapper.createObjectNode();
        reordered.set("type", object.get("type"));
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!field.getKey().equals("type")) {
                reordered.set(field.getKey(), field.getValue());
            }
        }
        return reordered;
    }

    @Benchmark
    public void ours(Blackhole blackhole) throws IOException {
        OursHandler handler = new OursHandler(new Sink.Consuming(blackhole));
        for (byte[] body : bodies) {
            handler.handle(body);
        }
    }

    @Benchmark
    public void oursPlainMapper(Blackhole blackhole) throws IOException {
        OursHandler handler = new OursHandler(new Sink.Consuming(blackhole));
        for (byte[] body : bodies) {
            Webhooks.dispatch((WsNotificationMsg) PLAIN.readValue(body), handler);
        }
    }

    @Benchmark
    public void oursRootKnown(Blackhole blackhole) throws IOException {
        OursHandler handler = new OursHandler(new Sink.Consuming(blackhole));
        for (int i = 0; i < bodies.length; i++) {
            WsNotificationMsg notification = readers[i].readValue(bodies[i]);
            Webhooks.dispatch(notification, handler);
        }
    }

    @Benchmark
    public int rawTokens() throws IOException {
        int tokens = 0;
        for (byte[] body : bodies) {
            tokens += RawTokens.count(body);
        }
        return tokens;
    }

    @Benchmark
    public void jacksonTree(Blackhole blackhole) throws IOException {
        JacksonTreeHandler handler = new JacksonTreeHandler(new Sink.Consuming(blackhole));
        for (byte[] body : bodies) {
            handler.handle(body);
        }
    }
}
