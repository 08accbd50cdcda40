package io.github.webhookgen.bench;

import bench.j2p.AcceptStatusEvent;
import bench.j2p.ChatStateEvent;
import bench.j2p.ExConversationChange;
import bench.j2p.ExConversationChangeNotification;
import bench.j2p.ExternalFileContentEvent;
import bench.j2p.HostedFileContentEvent;
import bench.j2p.MessagingEventChange;
import bench.j2p.MessagingEventNotification;
import bench.j2p.RichContentEvent;
import bench.j2p.SecureFormInvitationContentEvent;
import bench.j2p.SecureFormSubmissionContentEvent;
import bench.j2p.TextContentEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.webhookgen.bench.Sink.Kind;
import java.io.IOException;
import java.util.Map;

/**
 * Variant (b): what a user of jsonschema2pojo writes for the same schemas. jsonschema2pojo ignores {@code oneOf}: it
 * generates no class for the root {@code WsNotificationMsg}, for {@code MessagingEvent} or for {@code ContentEvent},
 * and types {@code MessagingEventChange.event} as {@code Object} (Jackson fills it with a {@code LinkedHashMap}).
 * So the user reads a tree to find the top-level {@code type}, binds it to the envelope class for that type, then
 * switches by hand on {@code event.type} (and on {@code contentType} for content events) and converts the event map
 * into the generated class for it, as its documentation and Q&amp;A threads suggest.
 */
final class Jsonschema2PojoHandler {

    /**
     * Unknown enum values throw {@code IllegalArgumentException} from the generated {@code fromValue} by default (the
     * {@code closeReason "TRANSFER"} example); a user who meets that turns this feature on.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .build();

    private final Sink sink;

    Jsonschema2PojoHandler(Sink sink) {
        this.sink = sink;
    }

    void handle(byte[] body) throws IOException {
        JsonNode root = MAPPER.readTree(body);
        switch (root.path("type").asText("")) {
            case "ms.MessagingEventNotification" ->
                    messaging(MAPPER.treeToValue(root, MessagingEventNotification.class));
            case "cqm.ExConversationChangeNotification" ->
                    exConversation(MAPPER.treeToValue(root, ExConversationChangeNotification.class));
            default -> sink.accept(Kind.UNKNOWN_NOTIFICATION, root, null);
        }
    }

    private void messaging(MessagingEventNotification notification) {
        if (notification.getBody() == null || notification.getBody().getChanges() == null) {
            return;
        }
        for (MessagingEventChange change : notification.getBody().getChanges()) {
            if (change == null || change.getEvent() == null) {
                continue;
            }
            if (!(change.getEvent() instanceof Map<?, ?> event)) {
                sink.accept(Kind.UNKNOWN_EVENT, change.getEvent(), change);
                continue;
            }
            switch (String.valueOf(event.get("type"))) {
                case "ContentEvent" -> sink.accept(Kind.CONTENT_EVENT, contentEvent(event), change);
                case "RichContentEvent" ->
                        sink.accept(Kind.RICH_CONTENT_EVENT, MAPPER.convertValue(event, RichContentEvent.class), change);
                case "AcceptStatusEvent" ->
                        sink.accept(Kind.ACCEPT_STATUS_EVENT, MAPPER.convertValue(event, AcceptStatusEvent.class), change);
                case "ChatStateEvent" ->
                        sink.accept(Kind.CHAT_STATE_EVENT, MAPPER.convertValue(event, ChatStateEvent.class), change);
                default -> sink.accept(Kind.UNKNOWN_EVENT, event, change);
            }
        }
    }

    /** {@code ContentEvent} is itself a {@code oneOf}, chosen by {@code contentType}; an unknown one stays a map. */
    private static Object contentEvent(Map<?, ?> event) {
        return switch (String.valueOf(event.get("contentType"))) {
            case "text/plain" -> MAPPER.convertValue(event, TextContentEvent.class);
            case "hosted/file" -> MAPPER.convertValue(event, HostedFileContentEvent.class);
            case "external/file" -> MAPPER.convertValue(event, ExternalFileContentEvent.class);
            case "forms/secure-invitation" -> MAPPER.convertValue(event, SecureFormInvitationContentEvent.class);
            case "forms/secure-submission" -> MAPPER.convertValue(event, SecureFormSubmissionContentEvent.class);
            default -> event;
        };
    }

    private void exConversation(ExConversationChangeNotification notification) {
        if (notification.getBody() == null || notification.getBody().getChanges() == null) {
            return;
        }
        for (ExConversationChange change : notification.getBody().getChanges()) {
            sink.accept(Kind.EX_CONVERSATION_CHANGE, change, change);
        }
    }
}
