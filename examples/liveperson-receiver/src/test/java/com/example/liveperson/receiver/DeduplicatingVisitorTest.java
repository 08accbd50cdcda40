package com.example.liveperson.receiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.liveperson.webhooks.WebhookVisitor;
import com.example.liveperson.webhooks.Webhooks;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeduplicatingVisitorTest {

    private final MemorySeenKeys seen = new MemorySeenKeys(100, Duration.ofHours(1), Clock.systemUTC());

    @Test
    void everyMethodOfTheGeneratedVisitorIsOverridden() throws NoSuchMethodException {
        List<String> missing = new ArrayList<>();
        for (Method method : WebhookVisitor.class.getMethods()) {
            Method own = DeduplicatingVisitor.class.getMethod(method.getName(), method.getParameterTypes());
            if (own.getDeclaringClass() != DeduplicatingVisitor.class) {
                missing.add(method.getName());
            }
        }
        assertEquals(List.of(), missing, "a change of these kinds would skip the duplicate check and the handler");
    }

    @Test
    void aChangeWhoseKeyWasSeenIsDropped() {
        RecordingHandler handler = new RecordingHandler();
        DeduplicatingVisitor visitor = new DeduplicatingVisitor(seen, handler, DeduplicatingVisitor.LOG_FAILURES);
        byte[] body = Examples.named("messaging-event-notification-mixed-event-kinds.json").body();

        Webhooks.dispatch(body, visitor);
        assertEquals(List.of("visitContentEvent", "visitAcceptStatusEvent", "visitAcceptStatusEvent",
                "visitChatStateEvent"), handler.methods());
        handler.clear();

        Webhooks.dispatch(body, visitor);
        assertEquals(List.of("visitChatStateEvent"), handler.methods());
    }

    @Test
    void inMemoryAFailingChangeIsLoggedAndTheNextOnesAreDispatched() {
        RecordingHandler handler = new RecordingHandler();
        handler.plan(false);
        DeduplicatingVisitor visitor = new DeduplicatingVisitor(seen, handler, DeduplicatingVisitor.LOG_FAILURES);

        Webhooks.dispatch(Examples.named("messaging-event-notification-mixed-event-kinds.json").body(), visitor);

        assertEquals(List.of("visitAcceptStatusEvent", "visitAcceptStatusEvent", "visitChatStateEvent"),
                handler.methods());
    }

    @Test
    void aDeliveryThatRethrowsStopsTheDispatch() {
        RecordingHandler handler = new RecordingHandler();
        handler.plan(true, false);
        DeduplicatingVisitor visitor = new DeduplicatingVisitor(seen, handler, (key, unit) -> unit.run());

        assertThrows(IllegalStateException.class, () -> Webhooks.dispatch(
                Examples.named("messaging-event-notification-mixed-event-kinds.json").body(), visitor));
        assertEquals(List.of("visitContentEvent"), handler.methods());
    }
}
