package io.github.webhookgen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.webhookgen.bench.Sink.Kind;
import java.io.IOException;

/** Variant (c): no generated classes; a Jackson tree and a hand-written dispatch on {@code type} and {@code event.type}. */
final class JacksonTreeHandler {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Sink sink;

    JacksonTreeHandler(Sink sink) {
        this.sink = sink;
    }

    void handle(byte[] body) throws IOException {
        JsonNode root = MAPPER.readTree(body);
        switch (root.path("type").asText("")) {
            case "ms.MessagingEventNotification" -> {
                for (JsonNode change : root.path("body").path("changes")) {
                    JsonNode event = change.path("event");
                    sink.accept(kindOf(event), event, change);
                }
            }
            case "cqm.ExConversationChangeNotification" -> {
                for (JsonNode change : root.path("body").path("changes")) {
                    sink.accept(Kind.EX_CONVERSATION_CHANGE, change, change);
                }
            }
            default -> sink.accept(Kind.UNKNOWN_NOTIFICATION, root, null);
        }
    }

    private static Kind kindOf(JsonNode event) {
        return switch (event.path("type").asText("")) {
            case "ContentEvent" -> Kind.CONTENT_EVENT;
            case "RichContentEvent" -> Kind.RICH_CONTENT_EVENT;
            case "AcceptStatusEvent" -> Kind.ACCEPT_STATUS_EVENT;
            case "ChatStateEvent" -> Kind.CHAT_STATE_EVENT;
            default -> Kind.UNKNOWN_EVENT;
        };
    }
}
