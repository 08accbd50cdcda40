package io.github.webhookgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.lower.DispatchRoot;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A visitor for an archive that is not LivePerson's, from the dispatch root of the configuration: the generated
 * {@code Webhooks.dispatch} calls it once per message without a changes path, and once per change with one. Runs the
 * generated code of the {@code messages}, {@code batches} and {@code events} fixtures (whose sources
 * {@link GoldenFilesTest} checks).
 */
class ConfiguredVisitorTest {

    @TempDir
    Path temp;

    @Test
    void withoutAChangesPathEachMessageIsOneCallOfItsKind() throws Exception {
        Dispatcher messages = generate("messages", DispatchRoot.of("events/Message.json", ""));

        assertEquals(List.of("visitOrderPlaced(OrderPlaced A1)"),
                messages.dispatch("{\"kind\": \"order.placed\", \"orderId\": \"A1\", \"total\": 12.5}"));
        assertEquals(List.of("visitRefund(RefundPartialRefund A2)"),
                messages.dispatch("{\"orderId\": \"A2\", \"amount\": 3, \"kind\": \"refund.partial\"}"));
        assertEquals(List.of("visitUnknownMessage(Unknown)"),
                messages.dispatch("{\"kind\": \"order.lost\", \"orderId\": \"A3\"}"));
    }

    @Test
    void withAChangesPathEachChangeIsOneCallAndAKindWithoutChangesIsOneCallAsAWhole() throws Exception {
        Dispatcher batches = generate("batches",
                DispatchRoot.of("shop/api.json#/definitions/Delivery", "data.events"));

        assertEquals(List.of("visitCreated(Created, OrderEvent 1)", "visitCancelled(Cancelled, OrderEvent 2)",
                "visitUnknownChange(Unknown, OrderEvent 3)", "visitUnknownChange(null, OrderEvent 4)"),
                batches.dispatch("""
                        {"type": "batch", "data": {"events": [
                          {"orderId": "1", "change": {"type": "created", "total": 5}},
                          {"orderId": "2", "change": {"type": "cancelled", "reason": "late"}},
                          {"orderId": "3", "change": {"type": "refunded"}},
                          {"orderId": "4"}
                        ]}}"""));
        assertEquals(List.of("visitPing(Ping)"),
                batches.dispatch("{\"type\": \"ping\", \"at\": \"2024-05-01T10:00:00Z\"}"));
        assertEquals(List.of(), batches.dispatch("{\"type\": \"batch\"}"));
        assertEquals(List.of("visitUnknownDelivery(Unknown)"), batches.dispatch("{\"type\": \"audit\"}"));
    }

    @Test
    void aListWhoseElementsAreEventsIsOneCallPerEventWithTheMessageThatCarriesIt() throws Exception {
        Dispatcher events = generate("events", DispatchRoot.of("shop/events.json#/$defs/Message", "data.events"));

        assertEquals(List.of("batch.json", "empty-batch.json", "heartbeat.json"), examples("events"));
        assertEquals(List.of("visitOrderPlaced(OrderPlaced A1, Batch b-1001)",
                "visitOrderCancelled(OrderCancelled A0, Batch b-1001)", "visitUnknownEvent(Unknown, Batch b-1001)"),
                events.dispatch(example("events", "batch.json")));
        assertEquals(List.of(), events.dispatch(example("events", "empty-batch.json")));
        assertEquals(List.of("visitHeartbeat(Heartbeat)"), events.dispatch(example("events", "heartbeat.json")));
    }

    @Test
    void aNullEventIsSkippedAndAMessageWithoutTheListIsNoCall() throws Exception {
        Dispatcher events = generate("events", DispatchRoot.of("shop/events.json#/$defs/Message", "data.events"));

        assertEquals(List.of("visitOrderCancelled(OrderCancelled B2, Batch b-7)",
                "visitOrderPlaced(OrderPlaced B3, Batch b-7)"), events.dispatch("""
                        {"type": "batch", "id": "b-7", "data": {"events": [
                          null,
                          {"type": "order.cancelled", "orderId": "B2"},
                          {"orderId": "B3", "type": "order.placed"}
                        ]}}"""));
        assertEquals(List.of(), events.dispatch("{\"type\": \"batch\", \"id\": \"b-8\", \"data\": {}}"));
        assertEquals(List.of(), events.dispatch("{\"type\": \"batch\", \"id\": \"b-9\"}"));
        assertEquals(List.of("visitUnknownMessage(Unknown)"), events.dispatch("{\"type\": \"audit\"}"));
    }

    /** The example payloads of a fixture, by file name. */
    private static List<String> examples(String fixture) throws IOException {
        try (Stream<Path> files = Files.list(fixture(fixture).resolve("shop_examples"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String example(String fixture, String name) throws IOException {
        return Files.readString(fixture(fixture).resolve("shop_examples").resolve(name), StandardCharsets.UTF_8);
    }

    /** Generates a fixture with a dispatch root, compiles it, and loads its entry points. */
    private Dispatcher generate(String fixture, DispatchRoot root) throws IOException {
        String packageName = "configured." + fixture;
        Path sources = temp.resolve(fixture + "-sources");
        GenerationResult result = new Generator().run(GeneratorConfig.of(
                new ArchiveSource.Directory(fixture(fixture)), packageName, sources).withDispatchRoot(root));
        assertEquals(List.of(), result.warnings());
        assertEquals(List.of(), result.notes());
        Path classes = temp.resolve(fixture + "-classes");
        compile(sources, classes);
        return new Dispatcher(new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader()),
                packageName);
    }

    /** The generated {@code Webhooks} and {@code WebhookVisitor} of a package; the visitor records its calls. */
    private record Dispatcher(ClassLoader loader, String packageName) {

        List<String> dispatch(String body) throws Exception {
            Class<?> visitor = loader.loadClass(packageName + ".WebhookVisitor");
            List<String> calls = new ArrayList<>();
            InvocationHandler record = (proxy, method, args) -> {
                calls.add(describe(method, args));
                return null;
            };
            Object recorder = Proxy.newProxyInstance(loader, new Class<?>[] {visitor}, record);
            Method dispatch = loader.loadClass(packageName + ".Webhooks").getMethod("dispatch", String.class, visitor);
            try {
                dispatch.invoke(null, body, recorder);
            } catch (InvocationTargetException e) {
                throw (Exception) e.getCause();
            }
            return calls;
        }

        /**
         * {@code visitCreated(Created, OrderEvent 1)}: the method, the class of each argument, and its order id (or
         * its id).
         */
        private static String describe(Method method, Object[] args) throws ReflectiveOperationException {
            List<String> described = new ArrayList<>();
            for (Object arg : args) {
                if (arg == null) {
                    described.add("null");
                    continue;
                }
                String orderId = "";
                for (Method accessor : arg.getClass().getMethods()) {
                    if (List.of("orderId", "id").contains(accessor.getName()) && accessor.getParameterCount() == 0) {
                        orderId = " " + accessor.invoke(arg);
                    }
                }
                described.add(arg.getClass().getSimpleName() + orderId);
            }
            return method.getName() + "(" + String.join(", ", described) + ")";
        }
    }

    private static void compile(Path sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "tests need a JDK, not a JRE");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Files.createDirectories(classes);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, null,
                StandardCharsets.UTF_8)) {
            boolean compiled = javac.getTask(null, fileManager, diagnostics, List.of("-Xlint:all", "-Werror",
                    "--release", "17", "-proc:none", "-classpath", System.getProperty("java.class.path"), "-d",
                    classes.toString()), null, fileManager.getJavaFileObjectsFromPaths(files)).call();
            assertTrue(compiled, () -> diagnostics.getDiagnostics().stream().map(Object::toString)
                    .collect(Collectors.joining("\n")));
        }
    }

    private static Path fixture(String name) {
        URL url = ConfiguredVisitorTest.class.getResource("/fixtures/" + name);
        assertNotNull(url, "no fixture " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
