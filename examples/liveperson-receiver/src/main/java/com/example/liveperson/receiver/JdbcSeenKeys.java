package com.example.liveperson.receiver;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The keys of dispatched changes in the table {@code webhook_seen_key}, shared by every instance of the application.
 * The key is the table's primary key, so a key is recorded once however many instances try at the same time; inside
 * the transaction that dispatches a stored notification, recording the key and dispatching commit or roll back
 * together.
 *
 * <p>A key counts as seen until {@link #purge()} deletes it after it expired; the dispatcher purges every
 * {@code receiver.jdbc.purge-interval}.
 */
final class JdbcSeenKeys implements SeenKeys {

    // ON CONFLICT DO NOTHING without a conflict target: PostgreSQL, and H2 in its PostgreSQL mode, both read it
    private static final String ADD = "INSERT INTO webhook_seen_key (change_key, expires_at) VALUES (?, ?) "
            + "ON CONFLICT DO NOTHING";
    private static final String PURGE = "DELETE FROM webhook_seen_key WHERE expires_at < ?";

    private final JdbcTemplate jdbc;
    private final Duration expiry;
    private final Clock clock;

    JdbcSeenKeys(JdbcTemplate jdbc, Duration expiry, Clock clock) {
        this.jdbc = jdbc;
        this.expiry = expiry;
        this.clock = clock;
    }

    @Override
    public boolean add(String key) {
        return jdbc.update(ADD, key, Timestamp.from(clock.instant().plus(expiry))) == 1;
    }

    /** Deletes the expired keys; returns how many. */
    int purge() {
        Instant now = clock.instant();
        return jdbc.update(PURGE, Timestamp.from(now));
    }
}
