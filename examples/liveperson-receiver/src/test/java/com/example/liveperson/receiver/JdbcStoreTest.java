package com.example.liveperson.receiver;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.liveperson.receiver.Examples.Example;
import com.example.liveperson.webhooks.MessagingEventChange;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The receiver with the JDBC store, on H2 in its PostgreSQL mode, over real HTTP: notifications are stored before the
 * 200 and dispatched from the table, once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "receiver.client-secret=" + Signing.SECRET,
    "receiver.store=jdbc",
    "receiver.jdbc.poll-interval=50ms",
    "receiver.jdbc.max-attempts=3",
    "spring.datasource.url=jdbc:h2:mem:jdbc-store-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@Import(RecordingHandler.Configuration.class)
class JdbcStoreTest {

    private static final String TEXT = "content-event-text-plain-consumer.json";

    @LocalServerPort
    int port;

    @Autowired
    RecordingHandler handler;

    @Autowired
    Intake intake;

    @Autowired
    DataSource dataSource;

    private ReceiverClient client;
    private JdbcTemplate jdbc;

    @BeforeEach
    void startAfresh() {
        client = ReceiverClient.webhooks(port);
        jdbc = new JdbcTemplate(dataSource);
        handler.release();
        awaitDispatched();
        handler.clear();
        jdbc.update("DELETE FROM webhook_seen_key");
    }

    private void awaitDispatched() {
        await().atMost(Duration.ofSeconds(20)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> intake.pending() == 0);
    }

    private int stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM webhook_inbox", Integer.class);
    }

    static List<Example> examples() {
        return Examples.all();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsStoredAndEachOfItsChangesDispatchedOnceInOrder(Example example) {
        assertEquals(200, client.postSigned(example.body()).statusCode());
        awaitDispatched();

        assertEquals(example.expectedCalls(), handler.methods());
        assertEquals(0, stored());
    }

    @Test
    void theNotificationIsStoredBeforeThe200() throws InterruptedException {
        handler.hold();
        assertEquals(200, client.postSigned(Examples.named(TEXT).body()).statusCode());
        handler.awaitEntered();

        // Answered, not dispatched yet: the row is there, committed
        assertEquals(1, stored());
        assertEquals(List.of(), handler.methods());

        handler.release();
        awaitDispatched();
        assertEquals(List.of("visitContentEvent"), handler.methods());
        assertEquals(0, stored());
    }

    @Test
    void aReplayIsDroppedByTheStoredKey() {
        byte[] body = Examples.named(TEXT).body();
        assertEquals(200, client.postSigned(body).statusCode());
        awaitDispatched();
        assertEquals(200, client.postSigned(body).statusCode());
        awaitDispatched();

        assertEquals(List.of("visitContentEvent"), handler.methods());
        assertEquals(List.of("message/5491244f-e462-4c63-bf4e-faf4b2d3e7b5/0"),
                jdbc.queryForList("SELECT change_key FROM webhook_seen_key", String.class));
    }

    @Test
    void aFailedDispatchIsTriedAgainAndOnlyTheChangesNotCompletedReachTheHandlerAgain() {
        // Two changes: the first completes and the second fails, then the second fails again, then completes
        handler.plan(true, false, false, true);
        assertEquals(200, client.postSigned(Examples.named("messaging-event-notification-several-content-events.json")
                .body()).statusCode());
        awaitDispatched();

        assertEquals(List.of("visitContentEvent", "visitContentEvent"), handler.methods());
        assertEquals(List.of(0L, 1L), handler.calls().stream()
                .map(call -> ((MessagingEventChange) call.change()).sequence()).toList());
        assertEquals(0, stored());
        assertEquals(2, jdbc.queryForObject("SELECT COUNT(*) FROM webhook_seen_key", Integer.class));
    }

    @Test
    void aNotificationThatKeepsFailingIsParkedWithItsError() {
        handler.plan(false, false, false);
        assertEquals(200, client.postSigned(Examples.named(TEXT).body()).statusCode());

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT attempts FROM webhook_inbox", Integer.class) == 3);
        assertEquals(0, intake.pending());
        assertEquals(List.of(), handler.methods());
        assertEquals("java.lang.IllegalStateException: the handler fails, as planned by the test",
                jdbc.queryForObject("SELECT last_error FROM webhook_inbox", String.class));

        // An operator sets attempts back to 0: it is dispatched
        jdbc.update("UPDATE webhook_inbox SET attempts = 0");
        awaitDispatched();
        assertEquals(List.of("visitContentEvent"), handler.methods());
        assertEquals(0, stored());
    }

    @Test
    void aBadSignatureStoresNothing() {
        assertEquals(401, client.post(Examples.named(TEXT).body(), "sha1=AAAAAAAAAAAAAAAAAAAAAAAAAAA=").statusCode());
        assertEquals(0, stored());
    }
}
