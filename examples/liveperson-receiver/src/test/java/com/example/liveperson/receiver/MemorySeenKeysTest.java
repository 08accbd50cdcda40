package com.example.liveperson.receiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MemorySeenKeysTest {

    /** A clock the test moves. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2024-04-02T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private final ManualClock clock = new ManualClock();

    @Test
    void aKeyIsNewOnceThenSeen() {
        MemorySeenKeys keys = new MemorySeenKeys(10, Duration.ofHours(96), clock);

        assertTrue(keys.add("message/a/1"));
        assertFalse(keys.add("message/a/1"));
        assertTrue(keys.add("message/a/2"));
        assertFalse(keys.add("message/a/1"));
    }

    @Test
    void aKeyIsForgottenWhenItExpiresAndNotBefore() {
        MemorySeenKeys keys = new MemorySeenKeys(10, Duration.ofHours(96), clock);
        keys.add("message/a/1");

        clock.advance(Duration.ofHours(96).minusMillis(1));
        assertFalse(keys.add("message/a/1"));
        clock.advance(Duration.ofMillis(1));
        assertTrue(keys.add("message/a/1"));
    }

    @Test
    void aSecondAddDoesNotExtendTheExpiry() {
        MemorySeenKeys keys = new MemorySeenKeys(10, Duration.ofHours(1), clock);
        keys.add("k");
        clock.advance(Duration.ofMinutes(59));
        assertFalse(keys.add("k"));
        clock.advance(Duration.ofMinutes(1));
        assertTrue(keys.add("k"));
    }

    @Test
    void whenFullTheOldestKeyGoesFirst() {
        MemorySeenKeys keys = new MemorySeenKeys(3, Duration.ofHours(96), clock);
        keys.add("1");
        keys.add("2");
        keys.add("3");
        keys.add("4");

        assertEquals(3, keys.size());
        assertFalse(keys.add("2"));
        assertFalse(keys.add("3"));
        assertFalse(keys.add("4"));
        assertTrue(keys.add("1"));
        assertEquals(3, keys.size());
    }

    @Test
    void expiredKeysMakeRoomBeforeTheOldestLiveOneGoes() {
        MemorySeenKeys keys = new MemorySeenKeys(2, Duration.ofHours(1), clock);
        keys.add("old");
        clock.advance(Duration.ofMinutes(30));
        keys.add("newer");
        clock.advance(Duration.ofMinutes(30));

        assertTrue(keys.add("newest"));
        assertEquals(2, keys.size());
        assertFalse(keys.add("newer"));
    }
}
