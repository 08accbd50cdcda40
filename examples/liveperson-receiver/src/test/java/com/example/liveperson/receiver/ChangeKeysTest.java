package com.example.liveperson.receiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.liveperson.webhooks.AcceptStatus;
import com.example.liveperson.webhooks.AcceptStatusEvent;
import com.example.liveperson.webhooks.ChatState;
import com.example.liveperson.webhooks.ChatStateEvent;
import com.example.liveperson.webhooks.ExConversationChange;
import com.example.liveperson.webhooks.ExConversationChangeNotification;
import com.example.liveperson.webhooks.MessagingEvent;
import com.example.liveperson.webhooks.MessagingEventChange;
import com.example.liveperson.webhooks.MessagingEventNotification;
import com.example.liveperson.webhooks.Webhooks;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeKeysTest {

    private static MessagingEventChange messaging(String example) {
        return ((MessagingEventNotification) Webhooks.parse(Examples.named(example).body())).body().changes().get(0);
    }

    private static ExConversationChange conversation(String example) {
        return ((ExConversationChangeNotification) Webhooks.parse(Examples.named(example).body())).body().changes()
                .get(0);
    }

    private static MessagingEventChange change(Long sequence, String dialogId, String conversationId,
            String originatorId, MessagingEvent event) {
        return new MessagingEventChange(sequence, originatorId, null, null, null, null, event, conversationId,
                dialogId, null, null, null);
    }

    @Test
    void aMessagingEventIsKeyedByDialogAndSequence() {
        assertEquals("message/5491244f-e462-4c63-bf4e-faf4b2d3e7b5/0",
                ChangeKeys.of(messaging("content-event-text-plain-consumer.json")));
        assertEquals("message/5491244f-e462-4c63-bf4e-faf4b2d3e7b5/1",
                ChangeKeys.of(messaging("accept-status-event-read-agent.json")));
        assertEquals("message/5327d758-fccd-5c28-8310-96a13c6e6856/23",
                ChangeKeys.of(messaging("messaging-event-unknown-event-type.json")));
        assertEquals("message/Qcjw2zspE9VkcMT4wZuhUA/1",
                ChangeKeys.of(messaging("content-event-text-plain-post-survey-question-quick-replies.json")));
    }

    @Test
    void withoutADialogIdTheConversationIdStandsIn() {
        assertEquals("message/c/4", ChangeKeys.of(change(4L, null, "c", "o", null)));
        assertNull(ChangeKeys.of(change(4L, null, null, "o", null)));
    }

    @Test
    void anAcceptStatusEventWithoutSequenceIsKeyedAsAReceipt() {
        assertEquals("receipt/5a0d4c3e-8e1b-4f3a-9f6d-2b7c8e1d0a95/"
                        + "45b7a957369a46b5bb9fa4dc7c556a54e4d8c0b00f9a7ebc9d8d67a35580c77e/ACCEPT/3",
                ChangeKeys.of(messaging("accept-status-event-accept-consumer-without-sequence.json")));
        assertEquals("receipt/d/o/READ/4%2C5", ChangeKeys.of(change(null, "d", null, "o",
                new AcceptStatusEvent(AcceptStatus.READ, List.of(4L, 5L)))));
        assertNull(ChangeKeys.of(change(null, "d", null, "o", new AcceptStatusEvent(AcceptStatus.UNKNOWN,
                List.of(4L)))));
    }

    @Test
    void aChatStateEventHasNoKey() {
        assertNull(ChangeKeys.of(messaging("chat-state-event-composing-consumer.json")));
        assertNull(ChangeKeys.of(change(null, "d", "c", "o", new ChatStateEvent(ChatState.COMPOSING))));
    }

    @Test
    void aConversationChangeIsKeyedByConversationTimestampAndType() {
        String upsert = ChangeKeys.of(conversation("ex-conversation-change-closed-timeout-csat-skipped.json"));
        String delete = ChangeKeys.of(conversation("ex-conversation-change-delete.json"));

        assertEquals("conversation/dc1d313c-52f5-5ea3-91fa-62e71b4afa46/1712049581502/UPSERT", upsert);
        assertEquals("conversation/dc1d313c-52f5-5ea3-91fa-62e71b4afa46/1712049581502/DELETE", delete);
        assertNull(ChangeKeys.of(conversation(
                "ex-conversation-change-main-closed-by-consumer-post-survey-active.json")));
    }

    @Test
    void idsAreEncodedSoThatNoSlashMakesTwoKeysEqual() {
        String a = ChangeKeys.of(change(1L, "a/1", null, "o", null));
        String b = ChangeKeys.of(change(1L, "a", null, "o", null));

        assertEquals("message/a%2F1/1", a);
        assertNotEquals(a, b);
    }

    @Test
    void aLongKeyIsHashed() {
        String key = ChangeKeys.of(change(1L, "d".repeat(300), null, "o", null));

        assertTrue(key.matches("sha256/[0-9a-f]{64}"), key);
        assertNotEquals(key, ChangeKeys.of(change(2L, "d".repeat(300), null, "o", null)));
    }
}
