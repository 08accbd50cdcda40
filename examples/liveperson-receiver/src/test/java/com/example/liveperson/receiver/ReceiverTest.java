package com.example.liveperson.receiver;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.example.liveperson.binding.EchoController;
import com.example.liveperson.receiver.Examples.Example;
import com.example.liveperson.webhooks.WebhookSignature;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The receiver with its default store in memory, over real HTTP on the loopback interface: what it answers, and what
 * its handler is called with.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "receiver.client-secret=" + Signing.SECRET)
@Import({RecordingHandler.Configuration.class, EchoController.class})
@ExtendWith(OutputCaptureExtension.class)
class ReceiverTest {

    private static final String TEXT = "content-event-text-plain-consumer.json";

    @LocalServerPort
    int port;

    @Autowired
    RecordingHandler handler;

    @Autowired
    MemorySeenKeys seenKeys;

    @Autowired
    Intake intake;

    private ReceiverClient client;

    @BeforeEach
    void startAfresh() {
        client = ReceiverClient.webhooks(port);
        awaitDispatched();
        handler.release();
        handler.clear();
        seenKeys.clear();
    }

    private void awaitDispatched() {
        await().atMost(Duration.ofSeconds(20)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> intake.pending() == 0);
    }

    static List<Example> examples() {
        return Examples.all();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsAcceptedAndEachOfItsChangesDispatchedOnceInOrder(Example example) {
        HttpResponse<String> response = client.postSigned(example.body());

        assertEquals(200, response.statusCode(), response.body());
        awaitDispatched();
        assertEquals(example.expectedCalls(), handler.methods());
        // Written and read again, so that numbers are read into the same kind of node as the example's
        assertEquals(dispatchedJson(example), handler.calls().stream()
                .map(call -> Examples.JSON.readTree(Examples.JSON.writeValueAsBytes(call.change()))).toList());
    }

    /** What each call must carry, in order: the changes of the notification, or the whole unknown notification. */
    private static List<JsonNode> dispatchedJson(Example example) {
        JsonNode tree = example.tree();
        if (example.expectedCalls().equals(List.of("visitUnknownWsNotificationMsg"))) {
            return List.of(tree);
        }
        List<JsonNode> changes = new ArrayList<>();
        tree.path("body").path("changes").forEach(change -> {
            if (!change.isNull()) {
                changes.add(change);
            }
        });
        return changes;
    }

    /** An example, and the calls its replay still makes: those of the changes without a key. */
    static Stream<Arguments> replays() {
        return Stream.of(
                arguments(TEXT, List.of()),
                arguments("rich-content-event-link-preview.json", List.of()),
                arguments("accept-status-event-read-agent.json", List.of()),
                arguments("accept-status-event-accept-consumer-without-sequence.json", List.of()),
                arguments("messaging-event-unknown-event-type.json", List.of()),
                arguments("messaging-event-notification-several-content-events.json", List.of()),
                arguments("ex-conversation-change-agent-assigned.json", List.of()),
                arguments("ex-conversation-change-several-changes.json", List.of()),
                arguments("chat-state-event-composing-consumer.json", List.of("visitChatStateEvent")),
                arguments("messaging-event-notification-mixed-event-kinds.json", List.of("visitChatStateEvent")),
                arguments("notification-unknown-type-ms-online-event-distribution.json",
                        List.of("visitUnknownWsNotificationMsg")),
                // No metaDataLastUpdateTs: no key
                arguments("ex-conversation-change-main-closed-by-consumer-post-survey-active.json",
                        List.of("visitExConversationChangeNotification")));
    }

    @ParameterizedTest
    @MethodSource("replays")
    void aReplayIsDroppedSaveTheChangesThatHaveNoKey(String name, List<String> replayed) {
        Example example = Examples.named(name);
        assertEquals(200, client.postSigned(example.body()).statusCode());
        awaitDispatched();
        assertEquals(example.expectedCalls(), handler.methods());
        handler.clear();

        assertEquals(200, client.postSigned(example.body()).statusCode());
        awaitDispatched();
        assertEquals(replayed, handler.methods());
    }

    @Test
    void aDuplicateThatArrivesWhileTheOriginalIsQueuedIsDroppedToo() throws InterruptedException {
        byte[] body = Examples.named(TEXT).body();
        handler.hold();
        assertEquals(200, client.postSigned(body).statusCode());
        handler.awaitEntered();
        assertEquals(200, client.postSigned(body).statusCode());
        handler.release();

        awaitDispatched();
        assertEquals(List.of("visitContentEvent"), handler.methods());
    }

    @Test
    void aDeleteAfterTheLastUpsertIsNotADuplicateThoughItCarriesTheSameTimestamp() {
        for (String name : List.of("ex-conversation-change-closed-timeout-csat-skipped.json",
                "ex-conversation-change-delete.json")) {
            assertEquals(200, client.postSigned(Examples.named(name).body()).statusCode());
        }
        awaitDispatched();
        assertEquals(List.of("visitExConversationChangeNotification", "visitExConversationChangeNotification"),
                handler.methods());
    }

    @ParameterizedTest
    @EnumSource(Signing.Form.class)
    void everySignatureFormLivePersonDocumentsIsAccepted(Signing.Form form) {
        byte[] body = Examples.named(TEXT).body();
        HttpResponse<String> response = client.post(body, Signing.sign(body, Signing.SECRET, form));

        assertEquals(200, response.statusCode(), response.body());
        awaitDispatched();
        assertEquals(List.of("visitContentEvent"), handler.methods());
    }

    @Test
    void hexDigitsMayBeUpperCase() {
        byte[] body = Examples.named(TEXT).body();
        String signature = Signing.sign(body, Signing.SECRET, Signing.Form.SHA256_HEX);
        String upper = "sha256=" + signature.substring("sha256=".length()).toUpperCase(Locale.ROOT);

        assertEquals(200, client.post(body, upper).statusCode());
    }

    /** A signature header that does not match the body sent, and why. */
    static Stream<Arguments> badSignatures() {
        byte[] body = Examples.named(TEXT).body();
        String text = new String(body, StandardCharsets.UTF_8);
        byte[] otherBody = text.replaceFirst("\"CONSUMER\"", "\"CONSUMEr\"").getBytes(StandardCharsets.UTF_8);
        byte[] compact = Examples.JSON.writeValueAsBytes(Examples.JSON.readTree(body));
        String valid = Signing.sign(body);
        return Stream.of(
                arguments("none", null),
                arguments("empty", ""),
                arguments("another secret", Signing.sign(body, "another-secret", Signing.Form.SHA1_BASE64)),
                arguments("of a body one byte apart", Signing.sign(otherBody)),
                arguments("of the same JSON with other whitespace", Signing.sign(compact)),
                arguments("truncated", valid.substring(0, valid.length() - 4)),
                arguments("another algorithm", "sha512=" + valid.substring("sha1=".length())),
                arguments("without its algorithm", valid.substring("sha1=".length())),
                arguments("garbage", "let me in"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSignatures")
    void aMissingOrWrongSignatureGets401AndNothingIsDispatched(String why, String signature) {
        HttpResponse<String> response = client.post(Examples.named(TEXT).body(), signature);

        assertEquals(401, response.statusCode(), response.body());
        assertEquals(0, intake.pending());
        assertEquals(List.of(), handler.methods());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{", "[]", "null", "42", "\"notification\"", "{}", "{\"kind\":\"req\"}",
            "{\"kind\":\"notification\",\"type\":\"ms.MessagingEventNotification\",\"body\":{\"changes\":{}}}",
            "{\"kind\":\"notification\",\"type\":\"ms.MessagingEventNotification\",\"body\":{\"changes\":[]}} {}",
            "{\"kind\":\"notification\",\"type\":\"cqm.ExConversationChangeNotification\",\"body\":{\"changes\":"
                    + "[{\"type\":\"UPSERT\",\"result\":{\"convId\":7}}]}}"})
    void aSignedBodyThatIsNotANotificationGets400AndNothingIsDispatched(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = client.postSigned(body);

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("not a notification"), response.body());
        assertEquals(0, intake.pending());
        assertEquals(List.of(), handler.methods());
    }

    @Test
    void aBodyOverTheLimitGets413() {
        byte[] body = new byte[1024 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');

        assertEquals(413, client.postSigned(body).statusCode());
        assertEquals(List.of(), handler.methods());
    }

    @Test
    void theSecretIsNeverLogged(CapturedOutput output) {
        byte[] body = Examples.named(TEXT).body();
        client.postSigned(body);
        client.post(body, Signing.sign(body, "another-secret", Signing.Form.SHA256_HEX));
        client.postSigned("{".getBytes(StandardCharsets.UTF_8));
        awaitDispatched();

        assertTrue(output.getAll().contains("refused a request: signature MISMATCH"), output.getAll());
        assertFalse(output.getAll().contains(Signing.SECRET));
    }

    @Autowired
    ReceiverProperties properties;

    @Autowired
    WebhookSignature signature;

    @Test
    void theSecretIsLeftOutOfWhatTheSettingsAndTheCheckPrint() {
        assertEquals(Signing.SECRET, properties.clientSecret());
        assertFalse(properties.toString().contains(Signing.SECRET), properties.toString());
        assertFalse(signature.toString().contains(Signing.SECRET), signature.toString());
    }
}
