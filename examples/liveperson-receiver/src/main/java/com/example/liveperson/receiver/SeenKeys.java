package com.example.liveperson.receiver;

/**
 * The keys of the changes already dispatched (see {@link ChangeKeys}), each kept until it expires, so that a change
 * LivePerson sends again is dropped. Two stores: {@link MemorySeenKeys} for one instance, {@link JdbcSeenKeys} for
 * several instances behind a load balancer.
 */
interface SeenKeys {

    /**
     * Records a key.
     *
     * @param key the key of a change about to be dispatched
     * @return true when the key was not recorded yet (dispatch the change), false when it was (drop the change)
     */
    boolean add(String key);
}
