package io.github.webhookgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.example.lp.webhooks.AcceptStatusEvent;
import com.example.lp.webhooks.MessagingEventChange;
import com.example.lp.webhooks.MessagingEventNotification;
import com.example.lp.webhooks.Webhooks;
import com.example.lp.webhooks.WsNotificationMsg;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Integers the schemas allow and a {@code Long} does not hold exactly, in a notification: an integer beyond the long
 * range, and integers written with a fraction of zeros or an exponent (integers since draft-06). Each is read (the
 * value, or {@code null}), kept in {@code additionalProperties} as it arrived, written back as the same JSON tree, and
 * the notification is dispatched.
 */
class IntegersBeyondLongTest {

    private static final String EXAMPLE = "accept-status-event-aborted-consumer.json";

    @Test
    void anIntegerALongCannotHoldIsReadKeptAndWrittenBack() throws IOException {
        JsonNode tree = Trees.read(ExampleCorpus.bytes(EXAMPLE));
        Map<String, String> edits = Map.of("/body/changes/0/sequence", "12345678901234567890",
                "/body/changes/0/serverTimestamp", "1.712043571210e12",
                "/body/changes/0/event/sequenceList", "[8, 9.0, 1e20]");
        for (Map.Entry<String, String> edit : edits.entrySet()) {
            Pointers.replace(tree, edit.getKey(), Trees.read(edit.getValue()));
        }
        byte[] body = Trees.MAPPER.writeValueAsBytes(tree);

        for (WsNotificationMsg parsed : List.of(Webhooks.parse(body),
                JsonLine.current().newMapper().readValue(body, WsNotificationMsg.class))) {
            MessagingEventChange change = ((MessagingEventNotification) parsed).body().changes().get(0);
            assertNull(change.sequence());
            assertEquals(1712043571210L, change.serverTimestamp());
            AcceptStatusEvent event = (AcceptStatusEvent) change.event();
            assertEquals(Arrays.asList(8L, 9L, null), event.sequenceList());
            assertEquals(Set.of("sequence", "serverTimestamp"), change.additionalProperties().keySet());
            assertEquals(tree.at("/body/changes/0/sequence"), Trees.of(change.additionalProperties().get("sequence")));
            assertEquals(tree.at("/body/changes/0/event/sequenceList"),
                    Trees.of(event.additionalProperties().get("sequenceList")));
            assertEquals(tree, Trees.written(parsed));
        }
        RecordingVisitor visitor = new RecordingVisitor();
        Webhooks.dispatch(body, visitor);
        assertEquals(List.of("visitAcceptStatusEvent"), visitor.methods());
    }
}
