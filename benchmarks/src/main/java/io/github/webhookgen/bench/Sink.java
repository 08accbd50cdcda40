package io.github.webhookgen.bench;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What every decoding variant hands each dispatched change to: the benchmarks consume it, the check records which
 * handler was called so that all variants can be shown to do the same dispatch.
 */
abstract class Sink {

    /** Called once per change (once per notification for a notification of an unknown type). */
    abstract void accept(Kind kind, Object event, Object change);

    /** The handler a change reaches; the same set as the methods of the generated {@code WebhookVisitor}. */
    enum Kind {
        CONTENT_EVENT, RICH_CONTENT_EVENT, ACCEPT_STATUS_EVENT, CHAT_STATE_EVENT, UNKNOWN_EVENT,
        EX_CONVERSATION_CHANGE, UNKNOWN_NOTIFICATION
    }

    /** Consumes what it is given, so that the JIT cannot drop the decoding. */
    static final class Consuming extends Sink {
        private final Blackhole blackhole;

        Consuming(Blackhole blackhole) {
            this.blackhole = blackhole;
        }

        @Override
        void accept(Kind kind, Object event, Object change) {
            blackhole.consume(event);
            blackhole.consume(change);
        }
    }

    /** Records the handler of each call, in order. */
    static final class Recording extends Sink {
        final List<Kind> calls = new ArrayList<>();

        @Override
        void accept(Kind kind, Object event, Object change) {
            if (event == null) {
                throw new IllegalStateException(kind + " called without an event");
            }
            calls.add(kind);
        }
    }
}
