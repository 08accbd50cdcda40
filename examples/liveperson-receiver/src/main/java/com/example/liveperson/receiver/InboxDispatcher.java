package com.example.liveperson.receiver;

import com.example.liveperson.webhooks.WebhookVisitor;
import com.example.liveperson.webhooks.Webhooks;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dispatches the notifications stored in {@code webhook_inbox}, oldest first, on one thread per instance.
 *
 * <p>A notification is dispatched in a transaction that locks its row ({@code FOR UPDATE SKIP LOCKED}: other instances
 * take other rows, and take this one if this instance dies) and deletes the row at the end. Inside it, each change is
 * delivered in a transaction of its own, which records the change's key in {@code webhook_seen_key} (a change whose
 * key is there is dropped) and calls the handler: the key is committed only when the handler returned. So if the
 * handler fails, or the process dies, the notification is dispatched again later, and only its changes that were not
 * completed reach the handler again. Delivery is at least once: a change is delivered twice only when the process dies
 * between the handler's return and that commit, or when it has no key. A handler that writes to the same data source
 * joins the change's transaction, and then its writes and the key commit together: exactly once.
 *
 * <p>A failed notification is tried again after {@code receiver.jdbc.poll-interval}, then twice as long each time up to
 * {@code receiver.jdbc.max-backoff}; after {@code receiver.jdbc.max-attempts} attempts it is parked: it stays in the
 * table with its last error, and is tried again when an operator sets its {@code attempts} back to 0.
 */
final class InboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxDispatcher.class);

    private static final String CLAIM = "SELECT id, body, attempts FROM webhook_inbox "
            + "WHERE attempts < ? AND next_attempt_at <= ? ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED";
    private static final String DONE = "DELETE FROM webhook_inbox WHERE id = ?";
    private static final String FAILED = "UPDATE webhook_inbox SET attempts = attempts + 1, next_attempt_at = ?, "
            + "last_error = ? WHERE id = ?";

    private record Row(long id, byte[] body, int attempts) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JdbcSeenKeys seen;
    private final WebhookVisitor visitor;
    private final ReceiverProperties.Jdbc settings;
    private final Clock clock;
    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    /**
     * @param jdbc the store's tables
     * @param transactions the transactions of the data source
     * @param seen the keys of dispatched changes, in the same data source
     * @param handler the application's visitor
     */
    InboxDispatcher(JdbcTemplate jdbc, PlatformTransactionManager transactions, JdbcSeenKeys seen,
            WebhookVisitor handler, ReceiverProperties.Jdbc settings, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        TransactionTemplate eachChange = new TransactionTemplate(transactions);
        eachChange.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.seen = seen;
        this.visitor = new DeduplicatingVisitor(seen, handler, (key, unit) -> eachChange.executeWithoutResult(
                status -> unit.run()));
        this.settings = settings;
        this.clock = clock;
    }

    /** Tells the dispatcher that a notification was stored. */
    void wake() {
        wakeups.release();
    }

    private void run() {
        Instant nextPurge = Instant.MIN;
        while (running) {
            try {
                if (!clock.instant().isBefore(nextPurge)) {
                    int purged = seen.purge();
                    log.debug("deleted {} expired keys", purged);
                    nextPurge = clock.instant().plus(settings.purgeInterval());
                }
                if (!dispatchOne()) {
                    wakeups.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeups.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | Error e) {
                log.warn("the JDBC store failed; trying again in {}", settings.pollInterval(), e);
                try {
                    Thread.sleep(settings.pollInterval().toMillis());
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    /** Dispatches the oldest notification that is due; false when there is none. */
    private boolean dispatchOne() {
        // The row taken, known outside the transaction, to record a failed attempt after the rollback
        AtomicReference<Row> claimed = new AtomicReference<>();
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                List<Row> rows = jdbc.query(CLAIM, (rs, n) -> new Row(rs.getLong(1), rs.getBytes(2), rs.getInt(3)),
                        settings.maxAttempts(), Timestamp.from(clock.instant()));
                if (rows.isEmpty()) {
                    return false;
                }
                Row row = rows.get(0);
                claimed.set(row);
                Webhooks.dispatch(Webhooks.parse(row.body()), visitor);
                jdbc.update(DONE, row.id());
                return true;
            }));
        } catch (RuntimeException | Error e) {
            // An Error from the handler (a StackOverflowError, say) counts as a failed attempt too, rather than
            // ending the dispatcher's thread
            Row row = claimed.get();
            if (row == null) {
                throw e;
            }
            if (!running) {
                log.info("stopped while dispatching stored notification {}; it is dispatched after the restart",
                        row.id());
                return false;
            }
            failed(row, e);
            return true;
        }
    }

    private void failed(Row row, Throwable e) {
        int attempts = row.attempts() + 1;
        Duration backoff = settings.pollInterval().multipliedBy(1L << Math.min(attempts - 1, 30));
        if (backoff.compareTo(settings.maxBackoff()) > 0) {
            backoff = settings.maxBackoff();
        }
        String error = String.valueOf(e);
        jdbc.update(FAILED, Timestamp.from(clock.instant().plus(backoff)),
                error.length() > 1000 ? error.substring(0, 1000) : error, row.id());
        if (attempts >= settings.maxAttempts()) {
            log.error("dispatching stored notification {} failed {} times; it is parked in webhook_inbox (set its "
                    + "attempts to 0 to try again)", row.id(), attempts, e);
        } else {
            log.warn("dispatching stored notification {} failed (attempt {} of {}); trying again in {}", row.id(),
                    attempts, settings.maxAttempts(), backoff, e);
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "webhook-inbox-dispatch");
        thread.start();
    }

    /**
     * Lets the notification being dispatched finish, for up to {@code receiver.jdbc.stop-timeout}, then interrupts it
     * (its transaction rolls back, and it is dispatched again after the restart), and stops.
     */
    @Override
    public void stop() {
        running = false;
        wake();
        try {
            thread.join(Math.max(1, settings.stopTimeout().toMillis()));
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before and stops after the web server, like {@link MemoryIntake}. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
