package io.github.webhookgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.lp.webhooks.ContentEvent;
import com.example.lp.webhooks.MessagingEvent;
import com.example.lp.webhooks.MessagingEventNotification;
import com.example.lp.webhooks.Metadata;
import com.example.lp.webhooks.StructuredElement;
import com.example.lp.webhooks.Webhooks;
import com.example.lp.webhooks.WsNotificationMsg;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.webhookgen.it.JsonLine.Failure;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated code picks subtypes by the schema's discriminator values only: no default typing, no class names in
 * type ids. A payload that names a class gets an Unknown variant (or a Jackson exception), and nothing outside the
 * generated package and the JDK's and Jackson's value types is ever instantiated.
 */
class NoPolymorphicTypingTest {

    private static final JsonLine LINE = JsonLine.current();
    private static final String CANARY = Canary.class.getName();
    private static final List<String> FORBIDDEN_IN_SOURCES = List.of("JsonTypeInfo", "JsonSubTypes", "DefaultTyping",
            "activateDefaultTyping", "enableDefaultTyping", "PolymorphicTypeValidator", "Class.forName", "loadClass",
            "ClassLoader", "newInstance", "TypeIdResolver");

    /** A class that payloads name. Its static initializer and constructor report to {@link CanaryLog}. */
    public static final class Canary {
        static {
            CanaryLog.INITIALIZED.incrementAndGet();
        }

        public Canary() {
            CanaryLog.BUILT.incrementAndGet();
        }
    }

    /** Kept apart from {@link Canary} so that reading the counts does not initialize it. */
    private static final class CanaryLog {
        static final AtomicInteger INITIALIZED = new AtomicInteger();
        static final AtomicInteger BUILT = new AtomicInteger();
    }

    @AfterEach
    void nothingNamedInAPayloadWasLoadedOrBuilt() {
        assertEquals(0, CanaryLog.INITIALIZED.get(), "the class named in payloads was initialized");
        assertEquals(0, CanaryLog.BUILT.get(), "the class named in payloads was instantiated");
    }

    static Stream<String> payloadsNamingClasses() {
        String change = "{\"dialogId\":\"d\",\"event\":%s}";
        String messaging = "{\"type\":\"ms.MessagingEventNotification\",\"body\":{\"changes\":[%s]}}";
        String rich = String.format(messaging, String.format(change, "{\"type\":\"RichContentEvent\",\"content\":%s}"));
        String event = String.format(messaging, String.format(change, "%s"));
        List<String> payloads = new ArrayList<>();
        for (String name : List.of("java.lang.ProcessBuilder", CANARY, "com.example.lp.webhooks.Json",
                "com.example.lp.webhooks.TextContentEvent", "java.util.HashMap",
                "org.springframework.context.support.ClassPathXmlApplicationContext")) {
            String quoted = "\"" + name + "\"";
            payloads.add("{\"type\":" + quoted + ",\"command\":[\"touch\",\"/tmp/webhookgen-pwned\"]}");
            payloads.add("{\"@class\":" + quoted + ",\"type\":\"ms.MessagingEventNotification\"}");
            payloads.add("{\"@type\":" + quoted + ",\"@c\":" + quoted + ",\"type\":\"cqm.ExConversationChangeNotification\"}");
            payloads.add("[" + quoted + ",{\"type\":\"ms.MessagingEventNotification\"}]");
            payloads.add("{" + quoted + ":{\"type\":\"ms.MessagingEventNotification\"}}");
            payloads.add(String.format(event, "{\"type\":" + quoted + ",\"contentType\":\"text/plain\",\"message\":\"m\"}"));
            payloads.add(String.format(event, "{\"type\":\"ContentEvent\",\"contentType\":" + quoted + "}"));
            payloads.add(String.format(event, "{\"@class\":" + quoted + ",\"type\":\"ChatStateEvent\"}"));
            payloads.add(String.format(event, "[" + quoted + ",{\"type\":\"ContentEvent\"}]"));
            payloads.add(String.format(event, "{" + quoted + ":{\"type\":\"ContentEvent\"}}"));
            payloads.add(String.format(messaging, "[" + quoted + ",{\"dialogId\":\"d\"}]"));
            payloads.add(String.format(messaging, "{\"unknown\":[" + quoted + ",{\"a\":1}],\"@class\":" + quoted + "}"));
            payloads.add(String.format(rich, "{\"type\":" + quoted + ",\"elements\":[]}"));
            payloads.add(String.format(rich, "[" + quoted + ",{\"type\":\"vertical\"}]"));
            payloads.add(String.format(rich, "{\"type\":\"vertical\",\"elements\":[[" + quoted + ",{}]]}"));
            payloads.add(String.format(event, "{\"type\":\"ContentEvent\",\"contentType\":\"text/plain\",\"message\":\"m\"}")
                    .replace("\"dialogId\":\"d\"", "\"metadata\":[{\"type\":" + quoted + ",\"id\":\"x\"}]"));
        }
        return payloads.stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("payloadsNamingClasses")
    void payloadNamingAClassGetsAnUnknownVariantOrAJacksonException(String payload) throws Exception {
        WsNotificationMsg parsed;
        try {
            parsed = Webhooks.parse(payload);
        } catch (Exception e) {
            if (!LINE.exception(Failure.JACKSON).isInstance(e)) {
                throw e;
            }
            assertTrue(e.getMessage().startsWith("Expected object, found START_ARRAY")
                    || e.getMessage().startsWith("Expected an object, found START_ARRAY")
                    || e.getMessage().startsWith("Expected string or object, found START_ARRAY"), e::getMessage);
            return;
        }
        ObjectGraph.assertOnlyValueTypes(parsed);
        assertEquals(Trees.read(payload), Trees.written(parsed));
    }

    @Test
    void classNameDiscriminatorsAreOnlyText() throws IOException {
        WsNotificationMsg.Unknown root = assertInstanceOf(WsNotificationMsg.Unknown.class,
                Webhooks.parse("{\"type\":\"java.lang.ProcessBuilder\",\"command\":[\"touch\",\"/tmp/x\"]}"));
        assertEquals("java.lang.ProcessBuilder", root.discriminator());

        String payload = "{\"type\":\"ms.MessagingEventNotification\",\"@class\":\"" + CANARY + "\",\"body\":{\"changes\":["
                + "{\"event\":{\"type\":\"com.example.lp.webhooks.Json\"},\"metadata\":[{\"type\":\"" + CANARY + "\"}]},"
                + "{\"event\":{\"type\":\"ContentEvent\",\"contentType\":\"com.example.lp.webhooks.HostedFileContentEvent\"}},"
                + "{\"event\":{\"type\":\"RichContentEvent\",\"content\":{\"type\":\"java.util.HashMap\"}}}]}}";
        MessagingEventNotification parsed = (MessagingEventNotification) Webhooks.parse(payload);

        assertEquals(Map.of("@class", LINE.stringNode(CANARY)), parsed.additionalProperties());
        assertEquals("com.example.lp.webhooks.Json",
                ObjectGraph.instancesOf(parsed, MessagingEvent.Unknown.class).get(0).discriminator());
        assertEquals(CANARY, ObjectGraph.instancesOf(parsed, Metadata.Unknown.class).get(0).discriminator());
        assertEquals("com.example.lp.webhooks.HostedFileContentEvent",
                ObjectGraph.instancesOf(parsed, ContentEvent.Unknown.class).get(0).discriminator());
        assertEquals("java.util.HashMap",
                ObjectGraph.instancesOf(parsed, StructuredElement.Unknown.class).get(0).discriminator());
        ObjectGraph.assertOnlyValueTypes(parsed);
    }

    @Test
    void arrayWrappedTypeIdIsKeptAsDataInAnUnknownProperty() throws IOException {
        String payload = "{\"type\":\"ms.MessagingEventNotification\",\"x\":[\"" + CANARY + "\",{\"a\":1}]}";
        MessagingEventNotification parsed = (MessagingEventNotification) Webhooks.parse(payload);

        JsonNode kept = Trees.of(parsed.additionalProperties().get("x"));
        assertTrue(kept.isArray(), kept::toString);
        assertEquals(CANARY, kept.get(0).textValue());
        assertNull(parsed.body());
    }

    @Test
    void everyExampleHoldsOnlyValueTypes() throws IOException {
        for (Map.Entry<String, byte[]> example : ExampleCorpus.all().entrySet()) {
            ObjectGraph.assertOnlyValueTypes(Webhooks.parse(example.getValue()));
        }
    }

    @Test
    void entryPointReaderHasNoDefaultTyping() throws ReflectiveOperationException {
        int readers = 0;
        for (Field field : Webhooks.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && LINE.isObjectReader(field.getType())) {
                field.setAccessible(true);
                Object reader = field.get(null);
                assertNull(LINE.defaultTyping(reader, Object.class), field.getName());
                assertNull(LINE.defaultTyping(reader, WsNotificationMsg.class), field.getName());
                readers++;
            }
        }
        assertEquals(1, readers, "Webhooks should hold one shared ObjectReader");
    }

    @Test
    void generatedSourcesUseNoClassNameTyping() throws IOException, URISyntaxException {
        Path classes = Path.of(WsNotificationMsg.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path sources = classes.resolveSibling("generated-sources").resolve("webhookgen");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(files.size() > 50, () -> "expected the generated sources in " + sources + ", found " + files.size());
        List<String> hits = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                for (String forbidden : FORBIDDEN_IN_SOURCES) {
                    if (lines.get(i).contains(forbidden)) {
                        hits.add(sources.relativize(file) + ":" + (i + 1) + ": " + forbidden);
                    }
                }
            }
        }
        assertEquals(List.of(), hits);
    }
}
