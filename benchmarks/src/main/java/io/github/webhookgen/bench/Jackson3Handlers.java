package io.github.webhookgen.bench;

import bench.ours3.AcceptStatusEvent;
import bench.ours3.ChatStateEvent;
import bench.ours3.ContentEvent;
import bench.ours3.ExConversationChange;
import bench.ours3.MessagingEvent;
import bench.ours3.MessagingEventChange;
import bench.ours3.RichContentEvent;
import bench.ours3.WebhookVisitor;
import bench.ours3.Webhooks;
import bench.ours3.WsNotificationMsg;
import io.github.webhookgen.bench.Sink.Kind;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decoding variants on Jackson 3, each doing what its Jackson 2 counterpart does: our code generated for Jackson 3
 * through its entry point or through a plain mapper, a tree with a hand-written dispatch, and the raw token pass.
 */
final class Jackson3Handlers {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final ObjectReader PLAIN = MAPPER.readerFor(WsNotificationMsg.class);
    private static final JsonFactory FACTORY = new JsonFactory();

    private Jackson3Handlers() {}

    /** {@code Webhooks.dispatch(body, visitor)}. */
    static void entryPoint(byte[] body, Sink sink) {
        Webhooks.dispatch(body, new Visitor(sink));
    }

    /** What a framework does: a plain mapper's {@code readValue}, then the dispatch of the parsed notification. */
    static void plainMapper(byte[] body, Sink sink) {
        WsNotificationMsg notification = PLAIN.readValue(body);
        Webhooks.dispatch(notification, new Visitor(sink));
    }

    /** A Jackson 3 tree with the hand-written dispatch of {@link JacksonTreeHandler}. */
    static void tree(byte[] body, Sink sink) {
        JsonNode root = MAPPER.readTree(body);
        switch (root.path("type").asString("")) {
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
        return switch (event.path("type").asString("")) {
            case "ContentEvent" -> Kind.CONTENT_EVENT;
            case "RichContentEvent" -> Kind.RICH_CONTENT_EVENT;
            case "AcceptStatusEvent" -> Kind.ACCEPT_STATUS_EVENT;
            case "ChatStateEvent" -> Kind.CHAT_STATE_EVENT;
            default -> Kind.UNKNOWN_EVENT;
        };
    }

    /** Every token read with Jackson 3's streaming parser, nothing decoded: the floor on this line. */
    static int rawTokens(byte[] body) {
        int tokens = 0;
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    /** The visitor a user writes, on the Jackson 3 classes. */
    private static final class Visitor implements WebhookVisitor {

        private final Sink sink;

        Visitor(Sink sink) {
            this.sink = sink;
        }

        @Override
        public void visitContentEvent(ContentEvent event, MessagingEventChange change) {
            sink.accept(Kind.CONTENT_EVENT, event, change);
        }

        @Override
        public void visitRichContentEvent(RichContentEvent event, MessagingEventChange change) {
            sink.accept(Kind.RICH_CONTENT_EVENT, event, change);
        }

        @Override
        public void visitAcceptStatusEvent(AcceptStatusEvent event, MessagingEventChange change) {
            sink.accept(Kind.ACCEPT_STATUS_EVENT, event, change);
        }

        @Override
        public void visitChatStateEvent(ChatStateEvent event, MessagingEventChange change) {
            sink.accept(Kind.CHAT_STATE_EVENT, event, change);
        }

        @Override
        public void visitUnknownMessagingEvent(MessagingEvent.Unknown event, MessagingEventChange change) {
            sink.accept(Kind.UNKNOWN_EVENT, event, change);
        }

        @Override
        public void visitExConversationChangeNotification(ExConversationChange change) {
            sink.accept(Kind.EX_CONVERSATION_CHANGE, change, change);
        }

        @Override
        public void visitUnknownWsNotificationMsg(WsNotificationMsg.Unknown notification) {
            sink.accept(Kind.UNKNOWN_NOTIFICATION, notification, null);
        }
    }
}
