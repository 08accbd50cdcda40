package io.github.webhookgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.lp.webhooks.MapElement;
import com.example.lp.webhooks.MessagingEventNotification;
import com.example.lp.webhooks.RichContentEvent;
import com.example.lp.webhooks.Webhooks;
import com.example.lp.webhooks.WsNotificationMsg;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A union reads the properties before its discriminator into a buffer and replays them, then reads the rest from the
 * live parser. Numbers on both sides of the discriminator keep their values.
 */
class BufferedNumbersTest {

    private static final String NUMBERS = "\"i\":7,\"l\":-9223372036854775808,\"z\":-0,\"d\":1.5,\"e\":1e5,\"f\":0.1,"
            + "\"p\":3.14159265358979323846264338327950288,\"n\":-2.5E-3";
    private static final String LATER = NUMBERS.replace(",\"", ",\"later_").replaceFirst("^\"", "\"later_");

    @Test
    void numbersBeforeAndAfterTheDiscriminatorRoundTrip() throws IOException {
        for (String body : new String[] {
            "{" + NUMBERS + ",\"type\":\"ms.MessagingEventNotification\"," + LATER + "}",
            "{" + NUMBERS + ",\"type\":\"ms.NotDeclared\"}",
            "{\"type\":\"ms.MessagingEventNotification\",\"body\":{\"changes\":[{\"event\":{" + NUMBERS
                    + ",\"type\":\"ChatStateEvent\"," + LATER + "}}]}}"}) {
            WsNotificationMsg parsed = Webhooks.parse(body);
            assertEquals(Trees.read(body), Trees.written(parsed), body);
        }
    }

    @Test
    void typedDecimalAfterABufferedBigIntegerKeepsItsValue() throws IOException {
        String body = "{\"big\":123456789012345678901234567890,\"type\":\"ms.MessagingEventNotification\",\"body\":"
                + "{\"changes\":[{\"event\":{\"type\":\"RichContentEvent\",\"content\":{\"type\":\"map\",\"la\":52.520008,"
                + "\"lo\":13.4}}}]}}";
        MessagingEventNotification parsed = (MessagingEventNotification) Webhooks.parse(body);
        MapElement map = (MapElement) ((RichContentEvent) parsed.body().changes().get(0).event()).content();

        assertEquals(new BigDecimal("52.520008"), map.la());
        assertEquals(Trees.read(body), Trees.written(parsed));
    }

    /** See {@link KnownJacksonBugs#BUFFERED_BIG_INTEGER_LEAKS_INTO_NEXT_DOUBLE}. */
    @Test
    void untypedDecimalAfterABufferedBigIntegerKeepsItsValue() throws IOException {
        for (String body : new String[] {"{\"big\":123456789012345678901234567890,\"type\":\"ms.NotDeclared\",\"x\":1.5}",
                "{\"big\":[123456789012345678901234567890],\"type\":\"ms.MessagingEventNotification\",\"x\":1.5}"}) {
            WsNotificationMsg parsed = Webhooks.parse(body);
            double x = Trees.written(parsed).get("x").doubleValue();

            assertEquals(KnownJacksonBugs.BUFFERED_BIG_INTEGER_LEAKS_INTO_NEXT_DOUBLE ? 1.2345678901234568E29 : 1.5, x,
                    body);
        }
    }
}
