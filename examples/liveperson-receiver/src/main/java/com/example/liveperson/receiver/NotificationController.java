package com.example.liveperson.receiver;

import com.example.liveperson.webhooks.WebhookSignature;
import com.example.liveperson.webhooks.Webhooks;
import com.example.liveperson.webhooks.WsNotificationMsg;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;

/**
 * The webhook endpoint, {@code POST /liveperson/webhooks}, for every event type LivePerson sends. In order:
 *
 * <ol>
 *   <li>a body larger than {@code receiver.max-body-size}: 413;
 *   <li>{@code x-liveperson-signature} missing or not the HMAC of the raw body with the client secret: 401;
 *   <li>a body that is not a notification: 400. That is a body the generated code cannot read as a
 *       {@code WsNotificationMsg} (not JSON, not an object, a value of the wrong JSON type, more than one value), or
 *       an object whose {@code type} the archive does not declare that lacks the envelope's
 *       {@code "kind": "notification"};
 *   <li>the notification cannot be taken for dispatch now (the queue is full, the database does not answer): 503, and
 *       LivePerson sends it again;
 *   <li>otherwise 200, at once: the changes are dispatched off the request thread.
 * </ol>
 *
 * <p>Nothing is dispatched for any answer but 200. LivePerson counts every answer but 200 and 201 as a failure and
 * retries; its timeouts are 5 seconds, and it may disable an app that takes longer than 2.5 seconds over 2 minutes.
 */
@RestController
class NotificationController {

    /** The path to register with LivePerson, for every event type. */
    static final String PATH = "/liveperson/webhooks";

    private static final Logger log = LoggerFactory.getLogger(NotificationController.class);

    private final WebhookSignature signature;
    private final Intake intake;
    private final int maxBodySize;

    NotificationController(WebhookSignature signature, Intake intake, ReceiverProperties properties) {
        this.signature = signature;
        this.intake = intake;
        this.maxBodySize = (int) Math.min(Integer.MAX_VALUE - 1, properties.maxBodySize().toBytes());
    }

    @PostMapping(PATH)
    ResponseEntity<String> receive(InputStream in,
            @RequestHeader(name = WebhookSignature.HEADER, required = false) String signatureHeader)
            throws IOException {
        byte[] body = in.readNBytes(maxBodySize + 1);
        if (body.length > maxBodySize) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, "the body is larger than " + maxBodySize + " bytes");
        }
        WebhookSignature.Result checked = signature.check(body, signatureHeader);
        if (!checked.isValid()) {
            log.warn("refused a request: signature {}", checked);
            return answer(HttpStatus.UNAUTHORIZED, "signature " + checked);
        }
        WsNotificationMsg notification;
        try {
            notification = Webhooks.parse(body);
        } catch (JacksonException e) {
            log.warn("refused a signed body that is not a notification: {}", e.getMessage());
            return answer(HttpStatus.BAD_REQUEST, "not a notification: " + e.getMessage());
        }
        if (notification instanceof WsNotificationMsg.Unknown unknown && !isEnvelope(unknown)) {
            log.warn("refused a signed body that is not a notification: no \"kind\": \"notification\"");
            return answer(HttpStatus.BAD_REQUEST, "not a notification: no \"kind\": \"notification\"");
        }
        if (!intake.offer(body, notification)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                    .contentType(MediaType.TEXT_PLAIN).body("busy; send it again\n");
        }
        return ResponseEntity.ok().build();
    }

    /**
     * Whether a notification of a type the archive does not declare is one at all: every notification has
     * {@code "kind": "notification"} (the envelope of LivePerson's schema), whatever its {@code type}.
     */
    private static boolean isEnvelope(WsNotificationMsg.Unknown unknown) {
        return unknown.json().path("kind").asString("").equals("notification");
    }

    private static ResponseEntity<String> answer(HttpStatus status, String reason) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(reason + "\n");
    }
}
