package io.github.webhookgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.lp.webhooks.ChatState;
import com.example.lp.webhooks.ChatStateEvent;
import com.example.lp.webhooks.MessagingEvent;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A variant a user builds by hand is written with the value the schema fixes for it and reads back as the same
 * variant, whichever constructor built it; a value the schema does not allow is refused when it is built.
 */
class HandBuiltVariantTest {

    private static final JsonLine.Mapper MAPPER = JsonLine.current().newMapper();

    @Test
    void theShorterConstructorFillsInTheFixedValue() throws IOException {
        ChatStateEvent event = new ChatStateEvent(ChatState.COMPOSING);

        assertEquals("ChatStateEvent", event.type());
        assertEquals(Trees.read("{\"type\":\"ChatStateEvent\",\"chatState\":\"COMPOSING\"}"), Trees.written(event));
        assertEquals(event, MAPPER.readValue(MAPPER.writeValueAsString(event), MessagingEvent.class));
    }

    @Test
    void aVariantBuiltWithoutItsDiscriminatorIsWrittenWithItAndReadsBackAsItself() throws IOException {
        ChatStateEvent event = new ChatStateEvent(null, ChatState.COMPOSING, Map.of());

        assertEquals(Trees.read("{\"type\":\"ChatStateEvent\",\"chatState\":\"COMPOSING\"}"), Trees.written(event));
        MessagingEvent read = MAPPER.readValue(MAPPER.writeValueAsString(event), MessagingEvent.class);
        assertEquals(new ChatStateEvent(ChatState.COMPOSING), read);
    }

    @Test
    void anotherValueThanTheFixedOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ChatStateEvent("ContentEvent", ChatState.COMPOSING, Map.of()));
        assertEquals("\"type\" is fixed to ChatStateEvent by the schema, not ContentEvent", e.getMessage());
    }
}
