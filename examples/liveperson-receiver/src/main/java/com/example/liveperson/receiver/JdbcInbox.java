package com.example.liveperson.receiver;

import com.example.liveperson.webhooks.WsNotificationMsg;
import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores each notification in the table {@code webhook_inbox} before the endpoint answers: once the row is committed,
 * the notification survives a crash, and {@link InboxDispatcher} dispatches it, on this instance or another. When the
 * database does not answer within {@code receiver.jdbc.store-timeout}, the endpoint answers 503 and LivePerson sends
 * the notification again.
 */
final class JdbcInbox implements Intake {

    private static final Logger log = LoggerFactory.getLogger(JdbcInbox.class);

    private static final String STORE = "INSERT INTO webhook_inbox (received_at, body, attempts, next_attempt_at) "
            + "VALUES (?, ?, 0, ?)";
    private static final String PENDING = "SELECT COUNT(*) FROM webhook_inbox WHERE attempts < ?";

    private final JdbcTemplate jdbc;
    private final InboxDispatcher dispatcher;
    private final int maxAttempts;
    private final Clock clock;

    /**
     * @param jdbc a template whose query timeout bounds how long storing may take
     * @param dispatcher told of each stored notification, so that it need not wait for its next poll
     * @param maxAttempts as {@code receiver.jdbc.max-attempts}: rows tried that often are parked, not pending
     */
    JdbcInbox(JdbcTemplate jdbc, InboxDispatcher dispatcher, int maxAttempts, Clock clock) {
        this.jdbc = jdbc;
        this.dispatcher = dispatcher;
        this.maxAttempts = maxAttempts;
        this.clock = clock;
    }

    @Override
    public boolean offer(byte[] body, WsNotificationMsg notification) {
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.update(STORE, now, body, now);
        } catch (DataAccessException e) {
            log.warn("could not store a notification; answering 503 so that LivePerson sends it again: {}",
                    e.getMessage());
            return false;
        }
        dispatcher.wake();
        return true;
    }

    @Override
    public long pending() {
        Long count = jdbc.queryForObject(PENDING, Long.class, maxAttempts);
        return count == null ? 0 : count;
    }
}
