package io.github.webhookgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.example.lp.webhooks.ClickAction;
import com.example.lp.webhooks.ContentEvent;
import com.example.lp.webhooks.ConversationContext;
import com.example.lp.webhooks.MessagingEvent;
import com.example.lp.webhooks.MessagingEventChange;
import com.example.lp.webhooks.MessagingEventNotification;
import com.example.lp.webhooks.Metadata;
import com.example.lp.webhooks.StructuredElement;
import com.example.lp.webhooks.Webhooks;
import com.example.lp.webhooks.WsNotificationMsg;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A discriminator that is missing, null, not a string, or a value the archive does not declare is not an error: the
 * object becomes its union's Unknown variant, kept whole and written back unchanged, and the visitor's fallback (or,
 * below the event, the event's own method) receives it.
 */
class UnknownVariantTest {

    /** The discriminator's JSON after the edit, or {@code <absent>} for no discriminator property. */
    private static final List<String> DISCRIMINATORS = List.of("<absent>", "null", "42", "true", "{}", "[\"ContentEvent\"]",
            "\"\"", "\"NoSuchKind\"", "\"contentevent\"", "\" ContentEvent\"", "\"com.example.lp.webhooks.ContentEvent\"");

    /** The union, where one of its objects sits in an example, its discriminator property, and its Unknown class. */
    static Stream<Arguments> unions() {
        List<Arguments> cases = new ArrayList<>();
        addCases(cases, "content-event-text-plain-consumer.json", "", "type", WsNotificationMsg.Unknown.class);
        addCases(cases, "content-event-text-plain-consumer.json", "/body/changes/0/event", "type",
                MessagingEvent.Unknown.class);
        addCases(cases, "content-event-text-plain-consumer.json", "/body/changes/0/event", "contentType",
                ContentEvent.Unknown.class);
        addCases(cases, "rich-content-event-nested-layouts-styled-card.json", "/body/changes/0/event/content", "type",
                StructuredElement.Unknown.class);
        addCases(cases, "rich-content-event-nested-layouts-styled-card.json",
                "/body/changes/0/event/content/elements/3/elements/0/click/actions/0", "type", ClickAction.Unknown.class);
        addCases(cases, "content-event-text-plain-bot-response-action-reason.json", "/body/changes/0/metadata/1", "type",
                Metadata.Unknown.class);
        addCases(cases, "ex-conversation-change-closed-by-agent-csat-partially-filled.json",
                "/body/changes/0/result/conversationDetails/context", "type", ConversationContext.Unknown.class);
        return cases.stream();
    }

    private static void addCases(List<Arguments> cases, String example, String pointer, String property,
            Class<? extends Record> unknown) {
        String union = unknown.getName().substring(unknown.getPackageName().length() + 1);
        for (String discriminator : DISCRIMINATORS) {
            cases.add(arguments(union, example, pointer, property, discriminator, unknown));
        }
    }

    @ParameterizedTest(name = "{0} at {2}, {3} = {4}")
    @MethodSource("unions")
    void undeclaredDiscriminatorGivesTheUnknownVariant(String union, String example, String pointer, String property,
            String discriminator, Class<? extends Record> unknownType) throws IOException {
        JsonNode tree = Trees.read(ExampleCorpus.bytes(example));
        ObjectNode object = (ObjectNode) tree.at(pointer);
        JsonNode value = discriminator.equals("<absent>") ? null : Trees.read(discriminator);
        if (value == null) {
            object.remove(property);
        } else {
            object.set(property, value);
        }
        byte[] body = Trees.MAPPER.writeValueAsBytes(tree);

        WsNotificationMsg parsed = Webhooks.parse(body);

        List<? extends Record> unknowns = ObjectGraph.instancesOf(parsed, unknownType);
        assertEquals(1, unknowns.size(), () -> "Unknown variants in " + parsed);
        Record unknown = unknowns.get(0);
        assertEquals(value instanceof TextNode text ? text.textValue() : null, field(unknown, "discriminator"));
        assertEquals(object, Trees.of(field(unknown, "json")), "the Unknown variant keeps the whole object");
        assertEquals(tree, Trees.written(parsed), "and writes it back unchanged");

        RecordingVisitor visitor = new RecordingVisitor();
        Webhooks.dispatch(body, visitor);
        if (unknownType == WsNotificationMsg.Unknown.class) {
            assertEquals(List.of("visitUnknownWsNotificationMsg"), visitor.methods());
            assertSame(WsNotificationMsg.Unknown.class, visitor.calls().get(0).argument().getClass());
        } else if (unknownType == MessagingEvent.Unknown.class) {
            assertEquals(List.of("visitUnknownMessagingEvent"), visitor.methods());
            assertEquals(unknown, visitor.calls().get(0).argument());
            assertInstanceOf(MessagingEventChange.class, visitor.calls().get(0).change());
        } else {
            RecordingVisitor original = new RecordingVisitor();
            Webhooks.dispatch(ExampleCorpus.bytes(example), original);
            assertEquals(original.methods(), visitor.methods(), "an Unknown below the event does not change the call");
        }
    }

    @Test
    void unknownNotificationTypeInTheArchiveReachesTheFallback() throws IOException {
        for (String example : List.of("notification-unknown-type-aam-ex-conversation-change.json",
                "notification-unknown-type-ms-online-event-distribution.json")) {
            RecordingVisitor visitor = new RecordingVisitor();
            Webhooks.dispatch(ExampleCorpus.bytes(example), visitor);
            assertEquals(List.of("visitUnknownWsNotificationMsg"), visitor.methods(), example);
        }
    }

    @Test
    void unknownEventTypeInTheArchiveReachesTheFallback() throws IOException {
        RecordingVisitor visitor = new RecordingVisitor();
        Webhooks.dispatch(ExampleCorpus.bytes("messaging-event-unknown-event-type.json"), visitor);

        assertEquals(List.of("visitUnknownMessagingEvent"), visitor.methods());
        assertEquals("ReactionEvent", ((MessagingEvent.Unknown) visitor.calls().get(0).argument()).discriminator());
    }

    @Test
    void emptyObjectIsAnUnknownNotificationWithoutDiscriminator() throws IOException {
        WsNotificationMsg.Unknown unknown = assertInstanceOf(WsNotificationMsg.Unknown.class, Webhooks.parse("{}"));
        assertNull(unknown.discriminator());
        assertEquals(Trees.MAPPER.createObjectNode(), Trees.of(unknown.json()));
    }

    /**
     * A change without an event (absent or null) has nothing to dispatch on: today no visitor method is called for
     * it. Recorded here so that a change of that behaviour is deliberate.
     */
    @Test
    void changeWithoutEventReachesTheFallbackOnce() throws IOException {
        for (Function<ObjectNode, ObjectNode> edit : List.<Function<ObjectNode, ObjectNode>>of(
                change -> change.without("event"), change -> change.putNull("event"))) {
            JsonNode tree = Trees.read(ExampleCorpus.bytes("content-event-text-plain-consumer.json"));
            edit.apply((ObjectNode) tree.at("/body/changes/0"));
            RecordingVisitor visitor = new RecordingVisitor();

            Webhooks.dispatch(Trees.MAPPER.writeValueAsBytes(tree), visitor);

            assertEquals(List.of("visitUnknownMessagingEvent"), visitor.methods());
            assertNull(visitor.calls().get(0).argument());
            MessagingEventNotification parsed =
                    (MessagingEventNotification) Webhooks.parse(Trees.MAPPER.writeValueAsBytes(tree));
            assertNull(parsed.body().changes().get(0).event());
        }
    }

    private static Object field(Record record, String component) {
        try {
            return record.getClass().getMethod(component).invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
