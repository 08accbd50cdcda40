package com.example.liveperson.receiver;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.liveperson.webhooks.ContentEvent;
import com.example.liveperson.webhooks.MessagingEventBody;
import com.example.liveperson.webhooks.MessagingEventChange;
import com.example.liveperson.webhooks.MessagingEventNotification;
import com.example.liveperson.webhooks.TextContentEvent;
import com.example.liveperson.webhooks.WebhookVisitor;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MemoryIntakeTest {

    private static MessagingEventNotification text(String dialogId, long sequence) {
        MessagingEventChange change = new MessagingEventChange(sequence, "o", null, null, null, null,
                new TextContentEvent("hello", null), null, dialogId, null, null, null);
        return new MessagingEventNotification(new MessagingEventBody(List.of(change), null, null, null));
    }

    @Test
    void theNotificationsOfAConversationAreDispatchedInTheOrderTheyArrived() {
        Map<String, List<Long>> dispatched = new ConcurrentHashMap<>();
        WebhookVisitor handler = new WebhookVisitor() {
            @Override
            public void visitContentEvent(ContentEvent event, MessagingEventChange change) {
                dispatched.computeIfAbsent(change.dialogId(), d -> new ArrayList<>()).add(change.sequence());
            }
        };
        MemoryIntake intake = new MemoryIntake(10_000, 4, new MemorySeenKeys(10_000, Duration.ofHours(1),
                Clock.systemUTC()), handler, Duration.ofSeconds(5));
        intake.start();
        for (long sequence = 0; sequence < 200; sequence++) {
            for (int dialog = 0; dialog < 12; dialog++) {
                assertTrue(intake.offer(new byte[0], text("dialog-" + dialog, sequence)));
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> intake.pending() == 0);
        intake.stop();

        assertEquals(12, dispatched.size());
        List<Long> inOrder = LongStream.range(0, 200).boxed().toList();
        dispatched.forEach((dialog, sequences) -> assertEquals(inOrder, sequences, dialog));
    }

    @Test
    void afterStopNothingIsTaken() {
        MemoryIntake intake = new MemoryIntake(10, 1, new MemorySeenKeys(10, Duration.ofHours(1), Clock.systemUTC()),
                new WebhookVisitor() {}, Duration.ofSeconds(1));
        assertFalse(intake.offer(new byte[0], text("d", 1)));
        intake.start();
        assertTrue(intake.offer(new byte[0], text("d", 1)));
        intake.stop();
        assertFalse(intake.offer(new byte[0], text("d", 2)));
    }
}
