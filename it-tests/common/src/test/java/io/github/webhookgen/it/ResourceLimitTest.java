package io.github.webhookgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.example.lp.webhooks.MapElement;
import com.example.lp.webhooks.MessagingEventNotification;
import com.example.lp.webhooks.RichContentEvent;
import com.example.lp.webhooks.TextContentEvent;
import com.example.lp.webhooks.VerticalLayout;
import com.example.lp.webhooks.Webhooks;
import com.example.lp.webhooks.WsNotificationMsg;
import io.github.webhookgen.it.JsonLine.Failure;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile sizes: nesting far beyond what a notification needs, huge strings, names and numbers. Jackson's
 * {@code StreamReadConstraints} (defaults on Jackson 2: depth 1,000, strings 20,000,000 chars, names 50,000, numbers
 * 1,000 digits; on Jackson 3: depth 500, strings 100,000,000 chars, the same for names and numbers) stop them with a
 * {@code StreamConstraintsException} before the generated code recurses or allocates, so a body never ends in a
 * StackOverflowError or an OutOfMemoryError.
 *
 * <p>jackson-core before 2.15 has no such limits (names have one from 2.16): there the tests of a limit are skipped,
 * and what it lets through is read whole. Nesting is then limited only by the stack.
 */
class ResourceLimitTest {

    private static final JsonLine LINE = JsonLine.current();
    private static final JsonLine.ReadLimits LIMITS = LINE.readLimits();
    private static final int DEEP = 100_000;
    private static final int MAX_DEPTH = LIMITS.maxNestingDepth();
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
        assumeLimit(MAX_DEPTH, "nesting depth");
        Exception e = assertThrows(LINE.exception(Failure.STREAM_CONSTRAINTS), () -> Webhooks.parse(body));
        assertTrue(e.getMessage().startsWith("Document nesting depth (" + (MAX_DEPTH + 1)
                + ") exceeds the maximum allowed (" + MAX_DEPTH), e::getMessage);
        assertThrows(LINE.exception(Failure.STREAM_CONSTRAINTS),
                () -> LINE.newMapper().readValue(body.getBytes(StandardCharsets.UTF_8), WsNotificationMsg.class));
    }

    /**
     * The deepest structured content Jackson accepts still parses, dispatches and round-trips; one more level fails.
     * Without a limit, the depth of Jackson 2's default limit.
     */
    @Test
    void deepestAllowedStructuredContentRoundTrips() throws IOException {
        // Depth 5 reaches the event object; each vertical layout adds two (its object and its elements array).
        int levels = ((MAX_DEPTH == 0 ? 1_000 : MAX_DEPTH) - 6) / 2;
        String body = deepVerticals(levels);

        WsNotificationMsg parsed = Webhooks.parse(body);
        assertEquals(Trees.read(body), Trees.written(parsed));
        assertEquals(levels, ObjectGraph.instancesOf(parsed, VerticalLayout.class).size());
        RecordingVisitor visitor = new RecordingVisitor();
        Webhooks.dispatch(body, visitor);
        assertEquals(List.of("visitRichContentEvent"), visitor.methods());

        if (MAX_DEPTH > 0) {
            assertThrows(LINE.exception(Failure.STREAM_CONSTRAINTS), () -> Webhooks.parse(deepVerticals(levels + 1)));
        }
    }

    @Test
    void stringBeyondJacksonsLimitIsRejected() {
        int max = LIMITS.maxStringLength();
        assumeLimit(max, "string length");
        String huge = "x".repeat(max + 10_000_000);
        for (String body : List.of(textMessage(huge),
                "{\"type\":\"ms.MessagingEventNotification\",\"unknown\":\"" + huge + "\"}",
                MESSAGING + "{\"event\":{\"type\":\"" + huge + "\"}}]}}",
                "{\"type\":\"" + huge + "\"}")) {
            Exception e = assertThrows(LINE.exception(Failure.STREAM_CONSTRAINTS),
                    () -> Webhooks.parse(body.getBytes(StandardCharsets.UTF_8)));
            assertTrue(e.getMessage().matches("(?s)String value length \\(\\d+\\) exceeds the maximum allowed "
                    + "\\(" + max + ", from `StreamReadConstraints.getMaxStringLength\\(\\)`\\).*"), e::getMessage);
        }
    }

    @Test
    void fiveMegabyteStringRoundTrips() throws IOException {
        String large = "é\u2603y".repeat(5_000_000 / 3);
        String body = textMessage(large);

        WsNotificationMsg parsed = Webhooks.parse(body.getBytes(StandardCharsets.UTF_8));
        assertEquals(Trees.read(body), Trees.written(parsed));
        RecordingVisitor visitor = new RecordingVisitor();
        Webhooks.dispatch(body, visitor);
        assertEquals(large, ((TextContentEvent) visitor.calls().get(0).argument()).message());
    }

    @Test
    void propertyNameBeyondJacksonsLimitIsRejected() {
        int max = LIMITS.maxNameLength();
        assumeLimit(max, "name length");
        String body = "{\"type\":\"ms.MessagingEventNotification\",\"" + "n".repeat(max + 10_000) + "\":1}";
        Exception e = assertThrows(LINE.exception(Failure.STREAM_CONSTRAINTS), () -> Webhooks.parse(body));
        assertTrue(e.getMessage().startsWith("Name length (" + (max + 10_000) + ") exceeds the maximum allowed ("
                + max), e::getMessage);
    }

    @Test
    void numberBeyondJacksonsLimitIsRejected() {
        int max = LIMITS.maxNumberLength();
        assumeLimit(max, "number length");
        for (String body : List.of(MESSAGING + "{\"sequence\":" + "9".repeat(max + 1) + "}]}}",
                MESSAGING + "{\"unknown\":" + "9".repeat(max + 1) + "}]}}",
                RICH + "{\"type\":\"map\",\"la\":0." + "1".repeat(max + 500) + "}}}]}}",
                RICH + "{\"la\":1" + "0".repeat(max + 500) + "e3,\"type\":\"map\"}}}]}}")) {
            Exception e = assertThrows(LINE.exception(Failure.STREAM_CONSTRAINTS), () -> Webhooks.parse(body));
            assertTrue(e.getMessage().startsWith("Number value length"), e::getMessage);
        }
    }

    /** What jackson-core before 2.15 lets through, the generated code reads whole. */
    @Test
    void withoutReadLimitsLongValuesAreReadWhole() throws IOException {
        assumeTrue(LIMITS.maxStringLength() == 0 && LIMITS.maxNameLength() == 0 && LIMITS.maxNumberLength() == 0,
                () -> LINE + " has read limits");
        String huge = "x".repeat(30_000_000);
        String name = "n".repeat(60_000);
        String digits = "9".repeat(1_001);
        String body = "{\"type\":\"ms.MessagingEventNotification\",\"" + name + "\":" + digits + ",\"body\":"
                + "{\"changes\":[{\"event\":{\"type\":\"RichContentEvent\",\"content\":{\"type\":\"map\",\"la\":0."
                + digits + ",\"lo\":1}}},{\"event\":{\"type\":\"ContentEvent\",\"contentType\":\"text/plain\","
                + "\"message\":\"" + huge + "\"}}]}}";

        MessagingEventNotification parsed = (MessagingEventNotification) Webhooks.parse(body);
        assertEquals(Trees.read(body), Trees.written(parsed));
        assertEquals(digits, LINE.json(parsed.additionalProperties().get(name)));
        RichContentEvent rich = (RichContentEvent) parsed.body().changes().get(0).event();
        assertEquals(new BigDecimal("0." + digits), ((MapElement) rich.content()).la());
        assertEquals(huge, ((TextContentEvent) parsed.body().changes().get(1).event()).message());
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

    private static void assumeLimit(int limit, String what) {
        assumeTrue(limit > 0, () -> LINE + " has no limit on the " + what);
    }

    private static String deepVerticals(int levels) {
        return RICH + "{\"type\":\"vertical\",\"elements\":[".repeat(levels) + "]}".repeat(levels) + "}}]}}";
    }

    private static String textMessage(String message) {
        return MESSAGING + "{\"event\":{\"type\":\"ContentEvent\",\"contentType\":\"text/plain\",\"message\":\""
                + message + "\"}}]}}";
    }
}
