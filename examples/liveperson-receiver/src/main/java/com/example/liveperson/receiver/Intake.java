package com.example.liveperson.receiver;

import com.example.liveperson.webhooks.WsNotificationMsg;

/**
 * Takes a notification whose signature was checked, for dispatch off the request thread: the endpoint answers 200
 * only when it was taken. Two kinds: {@link MemoryIntake} (a bounded queue) and {@link JdbcInbox} (a table).
 */
interface Intake {

    /**
     * Takes a notification for dispatch, without waiting for room.
     *
     * @param body the request body, as signed
     * @param notification the body, parsed
     * @return false when it cannot be taken now (the queue is full, the database does not answer, the application is
     *     stopping): the endpoint answers 503 and LivePerson sends it again
     */
    boolean offer(byte[] body, WsNotificationMsg notification);

    /** How many notifications were taken and are not dispatched yet. */
    long pending();
}
