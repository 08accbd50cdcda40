package com.example.liveperson.receiver;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys of dispatched changes in memory, for one instance: at most {@code capacity} keys, each kept for
 * {@code expiry}.
 *
 * <p>Keys are kept in the order they were added, which is also the order they expire in. Adding a key first drops the
 * expired keys from the oldest end; when the store is full, the oldest key goes too. So a duplicate is caught when it
 * comes back within {@code expiry} and before {@code capacity} newer keys have been added; after a restart nothing is
 * remembered. Thread-safe.
 */
final class MemorySeenKeys implements SeenKeys {

    private final int capacity;
    private final long expiryMillis;
    private final Clock clock;
    /** Key to the time it expires, in epoch milliseconds, oldest first. */
    private final LinkedHashMap<String, Long> keys = new LinkedHashMap<>();

    MemorySeenKeys(int capacity, Duration expiry, Clock clock) {
        this.capacity = capacity;
        this.expiryMillis = expiry.toMillis();
        this.clock = clock;
    }

    @Override
    public synchronized boolean add(String key) {
        long now = clock.millis();
        for (Iterator<Map.Entry<String, Long>> oldest = keys.entrySet().iterator(); oldest.hasNext(); ) {
            if (oldest.next().getValue() > now) {
                break;
            }
            oldest.remove();
        }
        if (keys.containsKey(key)) {
            return false;
        }
        keys.put(key, now + expiryMillis);
        if (keys.size() > capacity) {
            Iterator<String> oldest = keys.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    /** How many keys are kept. */
    synchronized int size() {
        return keys.size();
    }

    /** Forgets every key. */
    synchronized void clear() {
        keys.clear();
    }
}
