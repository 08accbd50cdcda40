package com.example.liveperson.receiver;

import com.example.liveperson.webhooks.ExConversationChange;
import com.example.liveperson.webhooks.ExConversationChangeNotification;
import com.example.liveperson.webhooks.MessagingEventChange;
import com.example.liveperson.webhooks.MessagingEventNotification;
import com.example.liveperson.webhooks.WebhookVisitor;
import com.example.liveperson.webhooks.Webhooks;
import com.example.liveperson.webhooks.WsNotificationMsg;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Queues notifications in memory and dispatches them on a few threads ("lanes"). The notifications of one
 * conversation always go to the same lane, so they are dispatched in the order they arrived; different conversations
 * are dispatched in parallel. Each lane holds a bounded number of notifications: when a lane is full,
 * {@link #offer} refuses, the endpoint answers 503, and LivePerson sends the notification again later.
 *
 * <p>What is queued is lost if the process dies: LivePerson had its 200 and does not send it again. Stopping the
 * application (SIGTERM) refuses new notifications and dispatches the queued ones, for up to
 * {@code receiver.memory.drain-timeout}. The JDBC store ({@link JdbcInbox}) has no such window.
 */
final class MemoryIntake implements Intake, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MemoryIntake.class);

    private final List<ThreadPoolExecutor> lanes = new ArrayList<>();
    private final WebhookVisitor visitor;
    private final Duration drainTimeout;
    private final AtomicLong pending = new AtomicLong();
    private volatile boolean running;

    /**
     * @param capacity how many notifications may wait, over all lanes
     * @param threads how many lanes
     * @param seen the keys of dispatched changes
     * @param handler the application's visitor
     * @param drainTimeout how long {@link #stop()} waits for the queued notifications
     */
    MemoryIntake(int capacity, int threads, SeenKeys seen, WebhookVisitor handler, Duration drainTimeout) {
        this.visitor = new DeduplicatingVisitor(seen, handler, DeduplicatingVisitor.LOG_FAILURES);
        this.drainTimeout = drainTimeout;
        for (int i = 0; i < threads; i++) {
            // One thread per lane keeps a conversation's order; the queue's bound makes offer fail instead of wait
            int lane = i + 1;
            ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(capacity / threads + (i < capacity % threads ? 1 : 0)),
                    task -> new Thread(task, "webhook-dispatch-" + lane),
                    new ThreadPoolExecutor.AbortPolicy());
            lanes.add(executor);
        }
    }

    @Override
    public boolean offer(byte[] body, WsNotificationMsg notification) {
        if (!running) {
            return false;
        }
        ThreadPoolExecutor lane = lanes.get(Math.floorMod(conversationOf(notification).hashCode(), lanes.size()));
        pending.incrementAndGet();
        try {
            lane.execute(() -> dispatch(notification));
            return true;
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet();
            return false;
        }
    }

    private void dispatch(WsNotificationMsg notification) {
        try {
            Webhooks.dispatch(notification, visitor);
        } catch (RuntimeException e) {
            log.error("dispatching a notification failed", e);
        } finally {
            pending.decrementAndGet();
        }
    }

    @Override
    public long pending() {
        return pending.get();
    }

    /**
     * The conversation a notification belongs to, as far as its first change tells: messaging events name it in
     * {@code conversationId} (newer payloads) or {@code dialogId} (the same id for the main dialog), conversation
     * changes in {@code result.convId}. Empty when it does not tell.
     */
    static String conversationOf(WsNotificationMsg notification) {
        if (notification instanceof MessagingEventNotification messaging && messaging.body() != null
                && messaging.body().changes() != null && !messaging.body().changes().isEmpty()) {
            MessagingEventChange change = messaging.body().changes().get(0);
            if (change != null) {
                return change.conversationId() != null ? change.conversationId()
                        : change.dialogId() != null ? change.dialogId() : "";
            }
        }
        if (notification instanceof ExConversationChangeNotification conversation && conversation.body() != null
                && conversation.body().changes() != null && !conversation.body().changes().isEmpty()) {
            ExConversationChange change = conversation.body().changes().get(0);
            if (change != null && change.result() != null && change.result().convId() != null) {
                return change.result().convId();
            }
        }
        return "";
    }

    @Override
    public void start() {
        running = true;
    }

    /** Refuses new notifications and dispatches the queued ones, for up to the drain timeout. */
    @Override
    public void stop() {
        running = false;
        lanes.forEach(ThreadPoolExecutor::shutdown);
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        try {
            for (ThreadPoolExecutor lane : lanes) {
                lane.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long lost = lanes.stream().mapToLong(lane -> lane.shutdownNow().size()).sum();
        if (lost > 0) {
            log.warn("stopped with {} notifications not dispatched: they are lost", lost);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server, so that no request finds the queue closed while the server still takes them. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
