package com.example.liveperson.receiver;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The receiver's settings, under {@code receiver.} in {@code application.properties} or the environment
 * ({@code RECEIVER_CLIENT_SECRET}, {@code RECEIVER_STORE}, ...).
 *
 * @param clientSecret the client secret of the app installation, which LivePerson signs notifications with; required,
 *     never logged
 * @param store where notifications wait for dispatch: {@code memory} (a bounded queue; lost if the process dies) or
 *     {@code jdbc} (a table; nothing answered 200 is lost)
 * @param maxBodySize the largest body accepted; larger ones get 413
 * @param keyExpiry how long the key of a dispatched change is remembered to drop its duplicates: longer than the three
 *     days of backlog that LivePerson's retry based on time to live may resend
 * @param memory settings of the store in memory
 * @param jdbc settings of the JDBC store
 */
@ConfigurationProperties("receiver")
record ReceiverProperties(
        String clientSecret,
        @DefaultValue("memory") Store store,
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("96h") Duration keyExpiry,
        @DefaultValue Memory memory,
        @DefaultValue Jdbc jdbc) {

    /** Where notifications wait for dispatch, and where the keys of dispatched changes are kept. */
    enum Store { MEMORY, JDBC }

    /**
     * The store in memory.
     *
     * @param queueCapacity how many notifications may wait for dispatch; when they are all taken, a request gets 503
     *     and LivePerson sends it again later
     * @param dispatchThreads how many threads dispatch; the notifications of one conversation always go to the same
     *     thread, in the order they arrived
     * @param seenKeys how many keys of dispatched changes are kept; the oldest goes first when there are more
     * @param drainTimeout how long shutting down waits for the queued notifications to be dispatched
     */
    record Memory(
            @DefaultValue("10000") int queueCapacity,
            @DefaultValue("4") int dispatchThreads,
            @DefaultValue("200000") int seenKeys,
            @DefaultValue("20s") Duration drainTimeout) {

        Memory {
            if (dispatchThreads < 1 || queueCapacity < dispatchThreads || seenKeys < 1) {
                throw new IllegalArgumentException("receiver.memory needs dispatch-threads >= 1, queue-capacity >= "
                        + "dispatch-threads and seen-keys >= 1");
            }
        }
    }

    /**
     * The JDBC store: the data source is configured as usual ({@code spring.datasource.url} and so on).
     *
     * @param initializeSchema whether to create the tables at startup when they do not exist
     * @param storeTimeout how long storing a notification may take before the request gets 503
     * @param pollInterval how often the dispatcher looks for notifications stored by other instances or due for retry
     * @param maxAttempts how many times a notification whose dispatch fails is tried before it is parked
     * @param maxBackoff the longest wait between two attempts (the wait doubles from one second)
     * @param purgeInterval how often expired keys are deleted
     * @param stopTimeout how long shutting down waits for the notification being dispatched; then its transaction is
     *     rolled back, and it is dispatched again after the restart
     */
    record Jdbc(
            @DefaultValue("true") boolean initializeSchema,
            @DefaultValue("2s") Duration storeTimeout,
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("10") int maxAttempts,
            @DefaultValue("10m") Duration maxBackoff,
            @DefaultValue("1h") Duration purgeInterval,
            @DefaultValue("10s") Duration stopTimeout) {}

    ReceiverProperties {
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("receiver.client-secret is not set: set it to the client secret of the "
                    + "app installation, for example in the environment variable RECEIVER_CLIENT_SECRET");
        }
    }

    /** Leaves the client secret out. */
    @Override
    public String toString() {
        return "ReceiverProperties[store=" + store + ", maxBodySize=" + maxBodySize + ", keyExpiry=" + keyExpiry
                + ", memory=" + memory + ", jdbc=" + jdbc + "]";
    }
}
