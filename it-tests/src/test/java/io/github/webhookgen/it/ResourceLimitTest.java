package io.github.webhookgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.lp.webhooks.MessagingEventNotification;
import com.example.lp.webhooks.TextContentEvent;
import com.example.lp.webhooks.VerticalLayout;
import com.example.lp.webhooks.Webhooks;
import com.example.lp.webhooks.WsNotificationMsg;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile sizes: nesting far beyond what a notification needs, huge strings, names and numbers. Jackson's
 * {@link StreamReadConstraints} (defaults: depth 1,000, strings 20,000,000 chars, names 50,000, numbers 1,000 digits)
 * stop them with a {@link StreamConstraintsException} before the generated code recurses or allocates, so a body
 * never ends in a StackOverflowError or an OutOfMemoryError.
 */
class ResourceLimitTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int DEEP = 100_000;
    private static final int MAX_DEPTH = StreamReadConstraints.DEFAULT_MAX_DEPTH;
    private static final String MESSAGING = "{\"type\":\"ms.MessagingEventNotification\",\"body\":{\"changes\":[";
    private static final String RICH = MESSAGING + "{\"event\":{\"type\":\"RichContentEvent\",\"content\":";

    static Stream<String> deepBodies() {
        String arrays = "[".repeat(DEEP) + "]".repeat(DEEP);
        String objects = "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP);
        return Stream.of(
                "{\"type\":\"ms.MessagingEventNotification\",\"unknown\":" + arrays + "}",
                "{\"unknown\":" + objects + ",\"type\":\"ms.MessagingEventNotification\"}",
                MESSAGING + "{\"unknown\":" + arrays + "}]}}",
                MESSAGING + "{\"event\":{\"type\":\"ContentEvent\",\"unknown\":" + objects + "}}]}}",
                "{\"type\":\"ms.NotDeclared\",\"unknown\":" + arrays + "}",
                "{\"unknown\":" + objects + "}",
                RICH + "{\"type\":\"vertical\",\"elements\":[".repeat(DEEP) + "{}" + "]}".repeat(DEEP) + "}}]}}",
                RICH + "{\"elements\":[".repeat(DEEP) + "{}" + "],\"type\":\"vertical\"}".repeat(DEEP) + "}}]}}",
                RICH + "{\"type\":\"horizontal\",\"elements\":[{\"type\":\"vertical\",\"elements\":[".repeat(DEEP / 2)
                        + "]}]}".repeat(DEEP / 2) + "}}]}}");
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("deepBodies")
    void deepNestingStopsAtJacksonsDepthLimit(String body) {
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class, () -> Webhooks.parse(body));
        assertTrue(e.getMessage().startsWith("Document nesting depth (1001) exceeds the maximum allowed (1000"),
                e::getMessage);
        assertThrows(StreamConstraintsException.class,
                () -> MAPPER.readValue(body.getBytes(StandardCharsets.UTF_8), WsNotificationMsg.class));
    }

    /** The deepest structured content Jackson accepts still parses, dispatches and round-trips; one more level fails. */
    @Test
    void deepestAllowedStructuredContentRoundTrips() throws IOException {
        // Depth 5 reaches the event object; each vertical layout adds two (its object and its elements array).
        int levels = (MAX_DEPTH - 6) / 2;
        String body = deepVerticals(levels);

        WsNotificationMsg parsed = Webhooks.parse(body);
        assertEquals(MAPPER.readTree(body), MAPPER.readTree(MAPPER.writeValueAsString(parsed)));
        assertEquals(levels, ObjectGraph.instancesOf(parsed, VerticalLayout.class).size());
        RecordingVisitor visitor = new RecordingVisitor();
        Webhooks.dispatch(body, visitor);
        assertEquals(List.of("visitRichContentEvent"), visitor.methods());

        assertThrows(StreamConstraintsException.class, () -> Webhooks.parse(deepVerticals(levels + 1)));
    }

    @Test
    void stringBeyondJacksonsLimitIsRejected() {
        String huge = "x".repeat(30_000_000);
        for (String body : List.of(textMessage(huge),
                "{\"type\":\"ms.MessagingEventNotification\",\"unknown\":\"" + huge + "\"}",
                MESSAGING + "{\"event\":{\"type\":\"" + huge + "\"}}]}}",
                "{\"type\":\"" + huge + "\"}")) {
            StreamConstraintsException e = assertThrows(StreamConstraintsException.class,
                    () -> Webhooks.parse(body.getBytes(StandardCharsets.UTF_8)));
            assertTrue(e.getMessage().matches("(?s)String value length \\(\\d+\\) exceeds the maximum allowed "
                    + "\\(20000000, from `StreamReadConstraints.getMaxStringLength\\(\\)`\\).*"), e::getMessage);
        }
    }

    @Test
    void fiveMegabyteStringRoundTrips() throws IOException {
        String large = "é\u2603y".repeat(5_000_000 / 3);
        String body = textMessage(large);

        WsNotificationMsg parsed = Webhooks.parse(body.getBytes(StandardCharsets.UTF_8));
        assertEquals(MAPPER.readTree(body), MAPPER.readTree(MAPPER.writeValueAsBytes(parsed)));
        RecordingVisitor visitor = new RecordingVisitor();
        Webhooks.dispatch(body, visitor);
        assertEquals(large, ((TextContentEvent) visitor.calls().get(0).argument()).message());
    }

    @Test
    void propertyNameBeyondJacksonsLimitIsRejected() {
        String body = "{\"type\":\"ms.MessagingEventNotification\",\"" + "n".repeat(60_000) + "\":1}";
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class, () -> Webhooks.parse(body));
        assertTrue(e.getMessage().startsWith("Name length (60000) exceeds the maximum allowed (50000"), e::getMessage);
    }

    @Test
    void numberBeyondJacksonsLimitIsRejected() {
        for (String body : List.of(MESSAGING + "{\"sequence\":" + "9".repeat(1_001) + "}]}}",
                MESSAGING + "{\"unknown\":" + "9".repeat(1_001) + "}]}}",
                RICH + "{\"type\":\"map\",\"la\":0." + "1".repeat(1_500) + "}}}]}}",
                RICH + "{\"la\":1" + "0".repeat(1_500) + "e3,\"type\":\"map\"}}}]}}")) {
            StreamConstraintsException e = assertThrows(StreamConstraintsException.class, () -> Webhooks.parse(body));
            assertTrue(e.getMessage().startsWith("Number value length"), e::getMessage);
        }
    }

    @Test
    void manyChangesAreFine() throws IOException {
        int count = 100_000;
        String change = "{\"sequence\":1,\"event\":{\"type\":\"ChatStateEvent\",\"chatState\":\"COMPOSING\"}}";
        String body = MESSAGING + String.join(",", Collections.nCopies(count, change)) + "]}}";

        MessagingEventNotification parsed = (MessagingEventNotification) Webhooks.parse(body);
        assertEquals(count, parsed.body().changes().size());
        RecordingVisitor visitor = new RecordingVisitor();
        Webhooks.dispatch(parsed, visitor);
        assertEquals(count, visitor.calls().size());
    }

    private static String deepVerticals(int levels) {
        return RICH + "{\"type\":\"vertical\",\"elements\":[".repeat(levels) + "]}".repeat(levels) + "}}]}}";
    }

    private static String textMessage(String message) {
        return MESSAGING + "{\"event\":{\"type\":\"ContentEvent\",\"contentType\":\"text/plain\",\"message\":\""
                + message + "\"}}]}}";
    }
}
