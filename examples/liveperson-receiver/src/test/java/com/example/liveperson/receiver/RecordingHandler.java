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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's handler in tests: records every call (method and change), and can be told to hold calls until
 * released or to fail some of them.
 */
class RecordingHandler implements WebhookVisitor {

    /** Puts a recording handler in place of the application's. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {
        @Bean
        @Primary
        RecordingHandler recordingHandler() {
            return new RecordingHandler();
        }
    }

    /** One call: the visit method and the change (or unknown notification) it was given. */
    record Call(String method, Object change) {}

    private final List<Call> calls = new ArrayList<>();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile CountDownLatch entered = new CountDownLatch(1);
    private final Deque<Boolean> outcomes = new ArrayDeque<>();

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    synchronized List<String> methods() {
        return calls.stream().map(Call::method).toList();
    }

    synchronized void clear() {
        calls.clear();
    }

    /** Holds every call until {@link #release()}: a held call waits, interruptibly, then records. */
    void hold() {
        entered = new CountDownLatch(1);
        gate = new CountDownLatch(1);
    }

    void release() {
        gate.countDown();
    }

    /** Waits until a call has started (and is held, when holding). */
    void awaitEntered() throws InterruptedException {
        entered.await();
    }

    /** How the next calls end, in order: {@code true} records, {@code false} throws; calls after them record. */
    synchronized void plan(Boolean... next) {
        outcomes.clear();
        outcomes.addAll(List.of(next));
    }

    private void record(String method, Object change) {
        entered.countDown();
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while held", e);
        }
        synchronized (this) {
            if (Boolean.FALSE.equals(outcomes.poll())) {
                throw new IllegalStateException("the handler fails, as planned by the test");
            }
            calls.add(new Call(method, change));
        }
    }

    @Override
    public void visitContentEvent(ContentEvent event, MessagingEventChange change) {
        record("visitContentEvent", change);
    }

    @Override
    public void visitRichContentEvent(RichContentEvent event, MessagingEventChange change) {
        record("visitRichContentEvent", change);
    }

    @Override
    public void visitAcceptStatusEvent(AcceptStatusEvent event, MessagingEventChange change) {
        record("visitAcceptStatusEvent", change);
    }

    @Override
    public void visitChatStateEvent(ChatStateEvent event, MessagingEventChange change) {
        record("visitChatStateEvent", change);
    }

    @Override
    public void visitUnknownMessagingEvent(MessagingEvent.Unknown event, MessagingEventChange change) {
        record("visitUnknownMessagingEvent", change);
    }

    @Override
    public void visitExConversationChangeNotification(ExConversationChange change) {
        record("visitExConversationChangeNotification", change);
    }

    @Override
    public void visitUnknownWsNotificationMsg(WsNotificationMsg.Unknown notification) {
        record("visitUnknownWsNotificationMsg", notification);
    }
}
