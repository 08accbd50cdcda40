package io.github.webhookgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.lp.webhooks.ChatStateEvent;
import com.example.lp.webhooks.ExConversationChangeNotification;
import com.example.lp.webhooks.MessagingEventNotification;
import com.example.lp.webhooks.TextContentEvent;
import com.example.lp.webhooks.Webhooks;
import com.example.lp.webhooks.WsNotificationMsg;
import io.github.webhookgen.it.JsonLine.Failure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wherever a discriminator sits in its object (first, last, in between), every way of reading gives the same result:
 * {@code Webhooks.parse} reading a body that ends with its {@code type} straight into that kind of notification, a
 * plain mapper going through the root union, the union resuming at a discriminator that comes first, or
 * replaying the properties read ahead of it. A discriminator may repeat only with the same value; otherwise which kind
 * of object it is would depend on the occurrence read, and the object is rejected.
 */
class DiscriminatorPlacementTest {

    private static final JsonLine LINE = JsonLine.current();
    private static final JsonLine.Mapper MAPPER = LINE.newMapper();

    private static final String CHANGE = "{\"sequence\":3,\"originatorId\":\"a1\",\"serverTimestamp\":1712041477310,"
            + "\"event\":%s,\"conversationId\":\"c1\",\"dialogId\":\"c1\"}";
    private static final String TEXT_EVENT = "{\"type\":\"ContentEvent\",\"message\":\"hi\",\"contentType\":\"text/plain\"}";

    private static String messaging(String before, String after) {
        return "{" + before + "\"kind\":\"notification\",\"body\":{\"changes\":[" + CHANGE.formatted(TEXT_EVENT)
                + "]}" + after + "}";
    }

    /** The same messaging notification with its {@code type} in every place, and with every kind of spacing. */
    static Stream<String> placements() {
        String type = "\"type\":\"ms.MessagingEventNotification\"";
        return Stream.of(
                messaging("", "," + type),
                messaging("", " ,\n\t" + type.replace(":", " : ") + " \r\n "),
                messaging(type + ",", ""),
                "{\"kind\":\"notification\"," + type + ",\"body\":{\"changes\":[" + CHANGE.formatted(TEXT_EVENT) + "]}}",
                // Escapes in the name or the value: the end of the body is not looked at, the union finds it
                messaging("", ",\"typ\\u0065\":\"ms.MessagingEventNotification\""),
                messaging("", ",\"type\":\"ms.MessagingEventNotificatio\\u006e\""),
                // The same value twice
                messaging(type + ",", "," + type),
                // What ends the body only looks like a type: the last property of a nested object, the inside of a
                // string
                messaging(type + ",", "").replace("]}", "],\"type\":\"cqm.ExConversationChangeNotification\"}"),
                messaging(type + ",", ",\"note\":\"x\\\",\\\"type\\\":\\\"cqm.ExConversationChangeNotification\""));
    }

    @ParameterizedTest
    @MethodSource("placements")
    void everyPlacementReadsTheSameNotification(String body) throws IOException {
        WsNotificationMsg expected = Webhooks.parse(messaging("", ",\"type\":\"ms.MessagingEventNotification\""));
        assertInstanceOf(MessagingEventNotification.class, expected);
        for (WsNotificationMsg actual : List.of(Webhooks.parse(body), Webhooks.parse(bytes(body)),
                MAPPER.readValue(body, WsNotificationMsg.class))) {
            assertEquals(expected.getClass(), actual.getClass(), body);
            MessagingEventNotification notification = (MessagingEventNotification) actual;
            assertEquals(TextContentEvent.class, notification.body().changes().get(0).event().getClass(), body);
            assertEquals("hi", ((TextContentEvent) notification.body().changes().get(0).event()).message());
            assertEquals(Trees.read(body), Trees.written(actual), "written back as it came: " + body);
        }
    }

    @Test
    void aBodyEndingWithTheOtherKindIsReadAsThatKind() throws IOException {
        String body = "{\"kind\":\"notification\",\"body\":{\"changes\":[]},\"type\":\"cqm.ExConversationChangeNotification\"}";
        assertInstanceOf(ExConversationChangeNotification.class, Webhooks.parse(body));
        assertInstanceOf(ExConversationChangeNotification.class, MAPPER.readValue(body, WsNotificationMsg.class));
    }

    @Test
    void anUndeclaredTypeAtTheEndIsUnknown() throws IOException {
        String body = messaging("", ",\"type\":\"ms.SomethingNew\"");
        WsNotificationMsg.Unknown unknown = assertInstanceOf(WsNotificationMsg.Unknown.class, Webhooks.parse(body));
        assertEquals("ms.SomethingNew", unknown.discriminator());
        assertEquals(Trees.read(body), Trees.of(unknown.json()));
    }

    /** Repeats of a discriminator with another value, at the root, in an event and in a nested union. */
    static Stream<String> conflicts() {
        String messagingType = "\"type\":\"ms.MessagingEventNotification\"";
        String otherType = "\"type\":\"cqm.ExConversationChangeNotification\"";
        String chatState = "{\"type\":\"ChatStateEvent\",\"chatState\":\"COMPOSING\",\"type\":\"AcceptStatusEvent\"}";
        String content = "{\"type\":\"ContentEvent\",\"contentType\":\"text/plain\",\"message\":\"hi\","
                + "\"contentType\":\"hosted/file\"}";
        String contentThenType = "{\"type\":\"ContentEvent\",\"contentType\":\"text/plain\",\"message\":\"hi\","
                + "\"type\":\"ChatStateEvent\"}";
        String unknownContent = "{\"type\":\"ContentEvent\",\"contentType\":\"text/new\",\"contentType\":\"text/newer\"}";
        return Stream.of(
                // The first occurrence picks one kind, the last (which the end of the body shows) another
                messaging(otherType + ",", "," + messagingType),
                messaging(messagingType + ",", "," + otherType),
                messaging("\"type\":null,", "," + messagingType),
                messaging(messagingType + ",", ",\"type\":null"),
                messaging("\"type\":42,", "," + messagingType),
                messaging("\"type\":\"ms.SomethingNew\",", "," + messagingType),
                "{\"kind\":\"notification\"," + messagingType + ",\"body\":{\"changes\":[" + CHANGE.formatted(chatState)
                        + "]}," + messagingType + "}",
                messaging("", "," + messagingType).replace(TEXT_EVENT, content),
                messaging("", "," + messagingType).replace(TEXT_EVENT, contentThenType),
                messaging("", "," + messagingType).replace(TEXT_EVENT, unknownContent));
    }

    @ParameterizedTest
    @MethodSource("conflicts")
    void aDiscriminatorRepeatedWithAnotherValueIsRejectedByEveryReader(String body) {
        for (Executable read : List.<Executable>of(() -> Webhooks.parse(body), () -> Webhooks.parse(bytes(body)),
                () -> MAPPER.readValue(body, WsNotificationMsg.class))) {
            Exception e = assertThrows(LINE.exception(Failure.JACKSON), read::run, body);
            // A first occurrence that is not a string fails as such when the record reads it; one that is another
            // string than the value that chose the record (the last, for a body read by its end) fails as that
            assertTrue(e.getMessage().contains("repeats with a different value")
                    || e.getMessage().contains("as for the kind of object being read")
                    || e.getMessage().startsWith("Expected a string, found VALUE_NUMBER_INT"), e.getMessage());
        }
    }

    @Test
    void aRecordReadOnItsOwnChecksItsDiscriminatorToo() throws IOException {
        String event = "{\"type\":\"ChatStateEvent\",\"chatState\":\"COMPOSING\"}";
        assertEquals("ChatStateEvent", MAPPER.readValue(event, ChatStateEvent.class).type());
        String repeated = "{\"type\":\"ChatStateEvent\",\"chatState\":\"COMPOSING\",\"type\":\"ChatStateEvent\"}";
        assertEquals("ChatStateEvent", MAPPER.readValue(repeated, ChatStateEvent.class).type());
        assertThrows(LINE.exception(Failure.JACKSON), () -> MAPPER.readValue(
                "{\"type\":\"ChatStateEvent\",\"chatState\":\"COMPOSING\",\"type\":\"Other\"}", ChatStateEvent.class));
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface Executable {
        void run() throws IOException;
    }
}
