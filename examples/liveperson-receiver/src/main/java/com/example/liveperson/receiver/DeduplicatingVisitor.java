package com.example.liveperson.receiver;

import com.example.liveperson.webhooks.AcceptStatusEvent;
import com.example.liveperson.webhooks.ChatStateEvent;
import com.example.liveperson.webhooks.ContentEvent;
import com.example.liveperson.webhooks.ExConversationChange;
import com.example.liveperson.webhooks.MessagingEvent;
import com.example.liveperson.webhooks.MessagingEventChange;
import com.example.liveperson.webhooks.RichContentEvent;
import com.example.liveperson.webhooks.WebhookVisitor;
import com.example.liveperson.webhooks.WsNotificationMsg;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes each change to the application's handler unless its key ({@link ChangeKeys}) was seen before. It overrides
 * every method of {@link WebhookVisitor}, so that no kind of change reaches the handler without this check (a test
 * fails when a regenerated visitor has a method this class lacks).
 */
final class DeduplicatingVisitor implements WebhookVisitor {

    /**
     * How the delivery of one change runs: recording its key and calling the handler, as one unit. The store in memory
     * logs a failure and goes on with the next change; the JDBC store runs each unit in a transaction of its own.
     */
    @FunctionalInterface
    interface Delivery {

        /**
         * Runs the delivery of one change.
         *
         * @param key the change's key, or null when it has none
         * @param unit records the key and, when it is new, calls the handler
         */
        void deliver(String key, Runnable unit);
    }

    /** The delivery of the store in memory: a failure of the handler is logged, and dispatch goes on. */
    static final Delivery LOG_FAILURES = (key, unit) -> {
        try {
            unit.run();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(DeduplicatingVisitor.class).error(
                    "the handler failed on {}; the change is not dispatched again", key == null ? "a change" : key, e);
        }
    };

    private static final Logger log = LoggerFactory.getLogger(DeduplicatingVisitor.class);

    private final SeenKeys seen;
    private final WebhookVisitor handler;
    private final Delivery delivery;

    DeduplicatingVisitor(SeenKeys seen, WebhookVisitor handler, Delivery delivery) {
        this.seen = seen;
        this.handler = handler;
        this.delivery = delivery;
    }

    @Override
    public void visitContentEvent(ContentEvent event, MessagingEventChange change) {
        deliver(ChangeKeys.of(change), () -> handler.visitContentEvent(event, change));
    }

    @Override
    public void visitRichContentEvent(RichContentEvent event, MessagingEventChange change) {
        deliver(ChangeKeys.of(change), () -> handler.visitRichContentEvent(event, change));
    }

    @Override
    public void visitAcceptStatusEvent(AcceptStatusEvent event, MessagingEventChange change) {
        deliver(ChangeKeys.of(change), () -> handler.visitAcceptStatusEvent(event, change));
    }

    @Override
    public void visitChatStateEvent(ChatStateEvent event, MessagingEventChange change) {
        deliver(ChangeKeys.of(change), () -> handler.visitChatStateEvent(event, change));
    }

    @Override
    public void visitUnknownMessagingEvent(MessagingEvent.Unknown event, MessagingEventChange change) {
        deliver(ChangeKeys.of(change), () -> handler.visitUnknownMessagingEvent(event, change));
    }

    @Override
    public void visitExConversationChangeNotification(ExConversationChange change) {
        deliver(ChangeKeys.of(change), () -> handler.visitExConversationChangeNotification(change));
    }

    @Override
    public void visitUnknownWsNotificationMsg(WsNotificationMsg.Unknown notification) {
        deliver(null, () -> handler.visitUnknownWsNotificationMsg(notification));
    }

    private void deliver(String key, Runnable call) {
        delivery.deliver(key, () -> {
            if (key != null && !seen.add(key)) {
                log.debug("dropped a duplicate of {}", key);
                return;
            }
            call.run();
        });
    }
}
