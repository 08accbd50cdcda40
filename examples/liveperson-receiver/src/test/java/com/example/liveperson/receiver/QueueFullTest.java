package com.example.liveperson.receiver;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * With the queue in memory full, a notification gets 503 (LivePerson sends it again) rather than a 200 for a
 * notification that could then be lost; sent again once there is room, it is dispatched once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "receiver.client-secret=" + Signing.SECRET,
    "receiver.memory.queue-capacity=1",
    "receiver.memory.dispatch-threads=1"})
@Import(RecordingHandler.Configuration.class)
class QueueFullTest {

    @LocalServerPort
    int port;

    @Autowired
    RecordingHandler handler;

    @Autowired
    Intake intake;

    @Test
    void aFullQueueAnswers503AndTheNotificationSentAgainIsDispatchedOnce() throws InterruptedException {
        ReceiverClient client = ReceiverClient.webhooks(port);
        byte[] first = Examples.named("content-event-text-plain-consumer.json").body();
        byte[] second = Examples.named("content-event-text-plain-agent-trailing-newline.json").body();
        byte[] third = Examples.named("ex-conversation-change-agent-assigned.json").body();

        handler.hold();
        assertEquals(200, client.postSigned(first).statusCode());
        handler.awaitEntered();
        assertEquals(200, client.postSigned(second).statusCode());
        HttpResponse<String> refused = client.postSigned(third);
        assertEquals(503, refused.statusCode());
        assertEquals("30", refused.headers().firstValue("Retry-After").orElse(null));
        assertEquals(2, intake.pending());

        handler.release();
        await().atMost(Duration.ofSeconds(20)).until(() -> intake.pending() == 0);
        assertEquals(200, client.postSigned(third).statusCode());
        await().atMost(Duration.ofSeconds(20)).until(() -> intake.pending() == 0);

        assertEquals(List.of("visitContentEvent", "visitContentEvent", "visitExConversationChangeNotification"),
                handler.methods());
    }
}
