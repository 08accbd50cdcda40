package io.github.webhookgen.bench;

import bench.ours.AcceptStatusEvent;
import bench.ours.ChatStateEvent;
import bench.ours.ContentEvent;
import bench.ours.ExConversationChange;
import bench.ours.MessagingEvent;
import bench.ours.MessagingEventChange;
import bench.ours.RichContentEvent;
import bench.ours.WebhookVisitor;
import bench.ours.Webhooks;
import bench.ours.WsNotificationMsg;
import io.github.webhookgen.bench.Sink.Kind;
import java.io.IOException;

/** Variant (a): what a user of our generator writes, a {@link WebhookVisitor} passed to {@link Webhooks#dispatch}. */
final class OursHandler implements WebhookVisitor {

    private final Sink sink;

    OursHandler(Sink sink) {
        this.sink = sink;
    }

    void handle(byte[] body) throws IOException {
        Webhooks.dispatch(body, this);
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
