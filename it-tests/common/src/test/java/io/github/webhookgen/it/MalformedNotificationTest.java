package io.github.webhookgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.example.lp.webhooks.MapElement;
import com.example.lp.webhooks.MessageAudience;
import com.example.lp.webhooks.MessagingEventChange;
import com.example.lp.webhooks.MessagingEventNotification;
import com.example.lp.webhooks.RichContentEvent;
import com.example.lp.webhooks.Webhooks;
import com.example.lp.webhooks.WsNotificationMsg;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.webhookgen.it.JsonLine.Failure;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Notifications that are not what the schemas describe: each one fails with a Jackson exception that says where (the
 * JSON path of a type error, the line and column of a syntax error), and never with a NullPointerException,
 * ClassCastException or IllegalStateException.
 */
class MalformedNotificationTest {

    private static final JsonLine LINE = JsonLine.current();
    private static final JsonLine.Mapper MAPPER = LINE.newMapper();
    private static final String TEXT = "content-event-text-plain-consumer.json";
    private static final String BOT = "content-event-text-plain-bot-response-action-reason.json";
    private static final String CARD = "rich-content-event-nested-layouts-styled-card.json";
    private static final String CLOSED = "ex-conversation-change-closed-by-agent-csat-partially-filled.json";

    /** Example, where to put a value of the wrong JSON type, the value, and what the message must say. */
    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                arguments(TEXT, "/body", "[]", "Expected an object, found START_ARRAY"),
                arguments(TEXT, "/body/changes", "{}", "Expected an array, found START_OBJECT"),
                arguments(TEXT, "/body/changes/0", "\"change\"", "Expected an object, found VALUE_STRING"),
                arguments(TEXT, "/body/changes/0/sequence", "\"0\"", "Expected an integer, found VALUE_STRING"),
                arguments(TEXT, "/body/changes/0/sequence", "0.5", "Expected an integer, found VALUE_NUMBER_FLOAT"),
                arguments(TEXT, "/body/changes/0/dialogId", "42", "Expected a string, found VALUE_NUMBER_INT"),
                arguments(TEXT, "/body/changes/0/originatorMetadata", "[]", "Expected an object, found START_ARRAY"),
                arguments(TEXT, "/body/changes/0/originatorMetadata/role", "true", "Expected a string, found VALUE_TRUE"),
                arguments(TEXT, "/body/changes/0/event", "[]", "Expected object, found START_ARRAY"),
                arguments(TEXT, "/body/changes/0/event", "\"ContentEvent\"", "Expected object, found VALUE_STRING"),
                arguments(TEXT, "/body/changes/0/event/message", "{}", "Expected a string, found START_OBJECT"),
                arguments(BOT, "/body/changes/0/metadata", "{}", "Expected an array, found START_OBJECT"),
                arguments(BOT, "/body/changes/0/metadata/1/intents/0/confidenceScore", "\"1\"", "Expected a number"),
                arguments(BOT, "/body/changes/0/metadata/1/intents/2/confidence", "[]", "Expected string or number"),
                arguments(BOT, "/body/changes/0/metadata/1/businessCases/0", "7", "Expected a string"),
                arguments(CARD, "/body/changes/0/event/content", "42", "Expected string or object, found VALUE_NUMBER_INT"),
                arguments(CARD, "/body/changes/0/event/content/elements", "{}", "Expected an array, found START_OBJECT"),
                arguments(CARD, "/body/changes/0/event/content/elements/1/style/bold", "\"yes\"", "Expected a boolean"),
                arguments(CARD, "/body/changes/0/event/content/elements/3/elements/0/click/actions", "{}",
                        "Expected an array"),
                arguments(CARD, "/body/changes/0/event/content/elements/3/elements/0/click/actions/0/uri", "[]",
                        "Expected a string, found START_ARRAY"),
                arguments(CARD, "/body/changes/0/event/content/elements/3/elements/1/click/actions/0/la", "\"52.5\"",
                        "Expected a number, found VALUE_STRING"),
                arguments(CARD, "/body/changes/0/event/content/elements/4/la", "true", "Expected a number"),
                arguments(CLOSED, "/body/changes/0/result", "[]", "Expected an object, found START_ARRAY"),
                arguments(CLOSED, "/body/changes/0/result/conversationDetails/participants", "{}", "Expected an array"),
                arguments(CLOSED, "/body/changes/0/result/conversationDetails/dialogs/0/creationTs", "\"1712041161882\"",
                        "Expected an integer, found VALUE_STRING"),
                arguments(CLOSED, "/body/changes/0/result/conversationDetails/context/clientProperties/features", "{}",
                        "Expected an array, found START_OBJECT"),
                arguments(CLOSED, "/body/changes/0/result/conversationDetails/context/clientProperties/features/2", "3",
                        "Expected a string, found VALUE_NUMBER_INT"),
                arguments(CLOSED, "/body/changes/0/result/conversationDetails/csat/csatResolutionConfirmation", "\"true\"",
                        "Expected a boolean, found VALUE_STRING"));
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("wrongTypes")
    void wrongJsonTypeNamesItsPath(String example, String pointer, String value, String message) throws IOException {
        byte[] body = edited(example, pointer, Trees.read(value));

        Exception plain = assertThrows(LINE.exception(Failure.MISMATCHED_INPUT),
                () -> MAPPER.readValue(body, WsNotificationMsg.class));
        assertEquals(pointer, Pointers.of(plain), () -> "path of: " + plain.getMessage());
        assertTrue(plain.getMessage().contains(message), plain::getMessage);

        RecordingVisitor visitor = new RecordingVisitor();
        Exception dispatched =
                assertThrows(LINE.exception(Failure.MISMATCHED_INPUT), () -> Webhooks.dispatch(body, visitor));
        assertEquals(pointer, Pointers.of(dispatched));
        assertEquals(0, visitor.calls().size(), "no visitor call for a rejected body");
    }

    /** Every strict prefix of a notification is cut short somewhere: each one is a Jackson exception. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TEXT, CARD, CLOSED, "messaging-event-notification-mixed-event-kinds.json"})
    void everyTruncationIsAJacksonException(String example) {
        byte[] body = ExampleCorpus.bytes(example);
        int end = new String(body, StandardCharsets.UTF_8).stripTrailing().getBytes(StandardCharsets.UTF_8).length - 1;
        Map<String, Integer> kinds = new TreeMap<>();
        for (int length = 0; length < end; length++) {
            byte[] prefix = Arrays.copyOf(body, length);
            try {
                WsNotificationMsg parsed = MAPPER.readValue(prefix, WsNotificationMsg.class);
                fail("a prefix of " + length + " bytes parsed as " + parsed);
            } catch (Exception e) {
                if (!LINE.exception(Failure.JACKSON).isInstance(e)) {
                    throw new AssertionError("a prefix of " + length + " bytes: not a Jackson exception", e);
                }
                kinds.merge(e.getClass().getSimpleName(), 1, Integer::sum);
            }
        }
        // The empty body has no content to map; other prefixes end inside a value or cut a literal short ("tr").
        assertEquals(1, kinds.remove(LINE.exception(Failure.MISMATCHED_INPUT).getSimpleName()));
        assertEquals(Set.of(LINE.exception(Failure.END_OF_INPUT).getSimpleName(),
                LINE.exception(Failure.SYNTAX).getSimpleName()), kinds.keySet());
    }

    @Test
    void truncationSaysWhereTheInputEnded() {
        String body = new String(ExampleCorpus.bytes(TEXT), StandardCharsets.UTF_8);
        String cut = body.substring(0, body.indexOf("Hello from") + 5);

        Exception e = assertThrows(LINE.exception(Failure.END_OF_INPUT), () -> Webhooks.parse(cut));
        assertTrue(e.getMessage().startsWith("Unexpected end-of-input: was expecting closing quote for a string value"),
                e::getMessage);
        assertEquals(cut.lines().count(), LINE.location(e).line());
    }

    /** Text that is not JSON: Jackson's parser rejects it with the line and column of the first bad character. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{'type':'ms.MessagingEventNotification'}", "{type:\"x\"}", "{\"type\":\"x\",}",
            "{/*c*/\"type\":\"x\"}", "{\"type\":\"a\nb\"}", "{\"type\":\"x\",\"n\":NaN}", "{\"n\":01}",
            "{\"type\" \"x\"}", "{\"type\":\"x\"]", "{\"a\":[1,]}"})
    void syntaxErrorSaysLineAndColumn(String body) {
        Exception e = assertThrows(LINE.exception(Failure.SYNTAX), () -> Webhooks.parse(body));
        assertEquals(1, LINE.location(e).line(), e::getMessage);
        assertTrue(LINE.location(e).column() > 1, e::getMessage);
        if (LINE.messageNamesLineAndColumn()) {
            assertTrue(e.getMessage().contains("line: 1, column: " + LINE.location(e).column()), e::getMessage);
        }
    }

    @Test
    void invalidUtf8IsASyntaxError() {
        byte[] body = "{\"type\":\"?\"}".getBytes(StandardCharsets.UTF_8);
        body[9] = (byte) 0xFF;
        Exception e = assertThrows(LINE.exception(Failure.SYNTAX), () -> Webhooks.parse(body));
        assertTrue(e.getMessage().startsWith("Invalid UTF-8 start byte 0xff"), e::getMessage);
    }

    /** Bodies that are JSON but not an object. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[]", "[{\"type\":\"ms.MessagingEventNotification\"}]", "\"ms.MessagingEventNotification\"",
            "42", "true"})
    void nonObjectBodyIsRejected(String body) {
        Exception e = assertThrows(LINE.exception(Failure.MISMATCHED_INPUT), () -> Webhooks.parse(body));
        assertTrue(e.getMessage().startsWith("Expected object, found "), e::getMessage);
        assertEquals("", Pointers.of(e));
        assertThrows(LINE.exception(Failure.MISMATCHED_INPUT), () -> MAPPER.readValue(body, WsNotificationMsg.class));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\n\t "})
    void emptyBodyIsRejected(String body) {
        Exception e = assertThrows(LINE.exception(Failure.MISMATCHED_INPUT), () -> Webhooks.parse(body));
        assertTrue(e.getMessage().startsWith("No content to map due to end-of-input"), e::getMessage);
    }

    /** A plain mapper reads a JSON null as null, as for any type; the webhook entry points refuse it. */
    @Test
    void nullBodyIsRejectedByTheEntryPoints() throws IOException {
        assertNull(MAPPER.readValue("null", WsNotificationMsg.class));

        RecordingVisitor visitor = new RecordingVisitor();
        Exception e = assertThrows(LINE.exception(Failure.MISMATCHED_INPUT), () -> Webhooks.dispatch("null", visitor));
        assertEquals("Expected an object, found VALUE_NULL", LINE.originalMessage(e));
        assertThrows(LINE.exception(Failure.MISMATCHED_INPUT),
                () -> Webhooks.parse(" null ".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, visitor.calls().size());
    }

    /**
     * Content after the notification makes the body invalid JSON. A plain mapper stops reading before it on Jackson 2
     * and rejects it on Jackson 3 (their defaults of {@code FAIL_ON_TRAILING_TOKENS}).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"]", "}", "{}", "x", "null", ",{\"type\":\"ms.MessagingEventNotification\"}"})
    void trailingContentIsRejectedByTheEntryPoints(String trailing) throws IOException {
        String body = new String(ExampleCorpus.bytes(TEXT), StandardCharsets.UTF_8) + trailing;

        RecordingVisitor visitor = new RecordingVisitor();
        Exception e = assertThrows(LINE.exception(Failure.JACKSON), () -> Webhooks.dispatch(body, visitor));
        assertEquals(body.lines().count(), LINE.location(e).line(), e::getMessage);
        assertEquals(0, visitor.calls().size());
        if (LINE.plainMapperIgnoresTrailingContent()) {
            assertInstanceOf(MessagingEventNotification.class, MAPPER.readValue(body, WsNotificationMsg.class));
        } else {
            Exception plain = assertThrows(LINE.exception(Failure.JACKSON),
                    () -> MAPPER.readValue(body, WsNotificationMsg.class));
            assertEquals(body.lines().count(), LINE.location(plain).line(), plain::getMessage);
        }
    }

    @Test
    void whitespaceAfterTheNotificationIsFine() throws IOException {
        String body = new String(ExampleCorpus.bytes(TEXT), StandardCharsets.UTF_8) + " \r\n\t\n";
        assertInstanceOf(MessagingEventNotification.class, Webhooks.parse(body));
    }

    /** A decimal that BigDecimal cannot hold, before and after the union's discriminator (buffered, then streamed). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e9999999999", "-1e-9999999999", "1E+2147483648"})
    void decimalOutOfRangeIsAJacksonException(String number) {
        String tail = "\"lo\":1}}}]}}";
        for (String element : new String[] {"{\"type\":\"map\",\"la\":" + number + "," + tail,
                "{\"la\":" + number + ",\"type\":\"map\"," + tail}) {
            String body = "{\"type\":\"ms.MessagingEventNotification\",\"body\":{\"changes\":[{\"event\":"
                    + "{\"type\":\"RichContentEvent\",\"content\":" + element;
            Exception e = assertThrows(LINE.exception(Failure.INVALID_FORMAT), () -> Webhooks.parse(body));
            assertEquals("/body/changes/0/event/content/la", Pointers.of(e));
            assertTrue(e.getMessage().startsWith("Not a number a BigDecimal can hold"), e::getMessage);
            assertEquals(number, LINE.invalidValue(e));
        }
    }

    /**
     * BigDecimal has no negative zero, so {@code -0.0} reads as zero and is written as {@code 0.0}: the one number a
     * round trip changes (Jackson's tree reader reads both as doubles, and -0.0 and 0.0 are different doubles).
     */
    @Test
    void negativeZeroDecimalIsWrittenAsZero() throws IOException {
        String body = "{\"type\":\"ms.MessagingEventNotification\",\"body\":{\"changes\":[{\"event\":"
                + "{\"type\":\"RichContentEvent\",\"content\":{\"type\":\"map\",\"la\":-0.0,\"lo\":0}}}]}}";
        MessagingEventNotification parsed = (MessagingEventNotification) Webhooks.parse(body);
        MapElement map = (MapElement) ((RichContentEvent) parsed.body().changes().get(0).event()).content();

        assertEquals(0, map.la().compareTo(BigDecimal.ZERO));
        assertEquals("0.0", Trees.written(parsed).at("/body/changes/0/event/content/la").toString());
    }

    /** JSON leaves repeated property names to the reader; like Jackson, the last one wins and is written back. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"sequence\":null,\"sequence\":3", "\"sequence\":3,\"sequence\":null",
            "\"sequence\":1,\"sequence\":3", "\"messageAudience\":\"NOT_LISTED\",\"messageAudience\":\"ALL\"",
            "\"messageAudience\":\"ALL\",\"messageAudience\":\"NOT_LISTED\"", "\"x\":[1],\"x\":{\"y\":2}",
            "\"messageAudience\":null,\"messageAudience\":\"ALL\""})
    void repeatedPropertyRoundTripsAsItsLastValue(String properties) throws IOException {
        String body = "{\"type\":\"ms.MessagingEventNotification\",\"body\":{\"changes\":[{" + properties + "}]}}";
        WsNotificationMsg parsed = Webhooks.parse(body);

        JsonNode written = Trees.written(parsed);
        assertEquals(Trees.read(body), written);
        MessagingEventChange change = ((MessagingEventNotification) parsed).body().changes().get(0);
        if (properties.endsWith("\"sequence\":3")) {
            assertEquals(3L, change.sequence());
        }
        if (properties.endsWith("\"ALL\"")) {
            assertEquals(MessageAudience.ALL, change.messageAudience());
            assertEquals(Map.of(), change.additionalProperties());
        }
    }

    /** The JSON path of an error names the offending property even when it was read before the discriminator. */
    @Test
    void pathIsExactForPropertiesReadBeforeTheDiscriminator() throws IOException {
        String body = "{\"body\":{\"changes\":[{\"event\":{\"message\":7,\"contentType\":\"text/plain\","
                + "\"type\":\"ContentEvent\"}}]},\"type\":\"ms.MessagingEventNotification\"}";
        Exception e = assertThrows(LINE.exception(Failure.DATABIND), () -> Webhooks.parse(body));
        assertEquals("/body/changes/0/event/message", Pointers.of(e));
    }

    private static byte[] edited(String example, String pointer, JsonNode value) throws IOException {
        JsonNode tree = Trees.read(ExampleCorpus.bytes(example));
        return Trees.MAPPER.writeValueAsBytes(Pointers.replace(tree, pointer, value));
    }
}
