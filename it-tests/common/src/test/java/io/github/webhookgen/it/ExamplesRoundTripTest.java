package io.github.webhookgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.lp.webhooks.AcceptStatusEvent;
import com.example.lp.webhooks.ChatStateEvent;
import com.example.lp.webhooks.ContentEvent;
import com.example.lp.webhooks.ExConversationChange;
import com.example.lp.webhooks.MessagingEvent;
import com.example.lp.webhooks.MessagingEventChange;
import com.example.lp.webhooks.RichContentEvent;
import com.example.lp.webhooks.WebhookVisitor;
import com.example.lp.webhooks.Webhooks;
import com.example.lp.webhooks.WsNotificationMsg;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled example through the generated classes: a lossless round trip with a plain mapper of the tested line,
 * and one visitor call per change, checked against what the raw JSON says the calls must be.
 */
class ExamplesRoundTripTest {

    private static final Set<String> MESSAGING_EVENTS =
            Set.of("ContentEvent", "RichContentEvent", "AcceptStatusEvent", "ChatStateEvent");

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(Archive.examples())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void roundTripsWithoutLoss(String example) throws IOException {
        JsonLine.Mapper mapper = JsonLine.current().newMapper();
        byte[] json = Files.readAllBytes(Archive.examples().resolve(example));

        WsNotificationMsg parsed = mapper.readValue(json, WsNotificationMsg.class);
        String written = mapper.writeValueAsString(parsed);

        assertEquals(Trees.read(json), Trees.read(written), () -> "written back as\n" + written);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void dispatchesOneCallPerChange(String example) throws IOException {
        byte[] json = Files.readAllBytes(Archive.examples().resolve(example));
        Recorder recorder = new Recorder();

        Webhooks.dispatch(json, recorder);

        assertEquals(expectedCalls(Trees.read(json)), recorder.calls);
    }

    /** What the raw JSON says the visitor must receive, worked out without the generated classes. */
    private static List<String> expectedCalls(JsonNode notification) {
        List<String> calls = new ArrayList<>();
        String type = notification.path("type").asText(null);
        JsonNode changes = notification.path("body").path("changes");
        if ("ms.MessagingEventNotification".equals(type)) {
            for (JsonNode change : changes) {
                String event = change.path("event").path("type").asText("");
                calls.add(MESSAGING_EVENTS.contains(event) ? "visit" + event + " " + change.path("dialogId").asText()
                        : "visitUnknownMessagingEvent " + event);
            }
        } else if ("cqm.ExConversationChangeNotification".equals(type)) {
            changes.forEach(change -> calls.add("visitExConversationChangeNotification "
                    + change.path("result").path("convId").asText()));
        } else {
            calls.add("visitUnknownWsNotificationMsg " + type);
        }
        return calls;
    }

    /** Records each call with the detail that shows it got the right change. */
    private static final class Recorder implements WebhookVisitor {
        final List<String> calls = new ArrayList<>();

        @Override
        public void visitContentEvent(ContentEvent event, MessagingEventChange change) {
            calls.add("visitContentEvent " + change.dialogId());
        }

        @Override
        public void visitRichContentEvent(RichContentEvent event, MessagingEventChange change) {
            calls.add("visitRichContentEvent " + change.dialogId());
        }

        @Override
        public void visitAcceptStatusEvent(AcceptStatusEvent event, MessagingEventChange change) {
            calls.add("visitAcceptStatusEvent " + change.dialogId());
        }

        @Override
        public void visitChatStateEvent(ChatStateEvent event, MessagingEventChange change) {
            calls.add("visitChatStateEvent " + change.dialogId());
        }

        @Override
        public void visitUnknownMessagingEvent(MessagingEvent.Unknown event, MessagingEventChange change) {
            calls.add("visitUnknownMessagingEvent " + (event == null || event.discriminator() == null ? ""
                    : event.discriminator()));
        }

        @Override
        public void visitExConversationChangeNotification(ExConversationChange change) {
            calls.add("visitExConversationChangeNotification " + change.result().convId());
        }

        @Override
        public void visitUnknownWsNotificationMsg(WsNotificationMsg.Unknown notification) {
            calls.add("visitUnknownWsNotificationMsg " + notification.discriminator());
        }
    }
}
