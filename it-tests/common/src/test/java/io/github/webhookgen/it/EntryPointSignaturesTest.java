package io.github.webhookgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.lp.webhooks.WebhookVisitor;
import com.example.lp.webhooks.Webhooks;
import com.example.lp.webhooks.WsNotificationMsg;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The entry points are the same on both lines, but for what they declare: reading a body throws Jackson's exceptions,
 * checked on Jackson 2 ({@code IOException}), unchecked on Jackson 3; dispatching a parsed notification throws none.
 */
class EntryPointSignaturesTest {

    private static final JsonLine LINE = JsonLine.current();

    @Test
    void readingABodyDeclaresTheLinesCheckedExceptions() throws NoSuchMethodException {
        for (Method method : List.of(Webhooks.class.getMethod("parse", byte[].class),
                Webhooks.class.getMethod("parse", String.class),
                Webhooks.class.getMethod("dispatch", byte[].class, WebhookVisitor.class),
                Webhooks.class.getMethod("dispatch", String.class, WebhookVisitor.class))) {
            assertEquals(LINE.checkedExceptionsOfReading(), List.of(method.getExceptionTypes()), method::toString);
        }
    }

    @Test
    void dispatchingAParsedNotificationDeclaresNothing() throws NoSuchMethodException {
        Method dispatch = Webhooks.class.getMethod("dispatch", WsNotificationMsg.class, WebhookVisitor.class);
        assertEquals(List.of(), List.of(dispatch.getExceptionTypes()));
    }
}
