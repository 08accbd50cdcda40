package com.example.liveperson.receiver;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.liveperson.webhooks.ContentEvent;
import com.example.liveperson.webhooks.MessagingEventChange;
import com.example.liveperson.webhooks.WebhookVisitor;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bounded load on the loopback interface, outside the default test run ({@code -Pload}, see README.md): signed
 * notifications from concurrent senders, every tenth sent twice, with a handler that is slow on one change in a
 * hundred. A notification refused with 503 is sent again, as LivePerson would (after a short pause instead of 30
 * seconds). In the end every notification must have been dispatched exactly once; the test prints the throughput and
 * the latency of the requests, and writes them to {@code target/load-report.txt}.
 *
 * <p>Settings (system properties): {@code load.notifications} (20000), {@code load.senders} (8), {@code load.store}
 * ({@code memory}, or {@code jdbc} on H2 in memory), {@code load.queue} (the queue's capacity in memory, 256: small, so
 * that the 503 path is taken).
 */
@Tag("load")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"receiver.client-secret=" + Signing.SECRET, "receiver.jdbc.poll-interval=50ms"})
@Import(ReceiverLoadTest.HandlerConfiguration.class)
class ReceiverLoadTest {

    private static final int NOTIFICATIONS = Integer.getInteger("load.notifications", 20_000);
    private static final int SENDERS = Integer.getInteger("load.senders", 8);
    private static final String STORE = System.getProperty("load.store", "memory");
    private static final int QUEUE = Integer.getInteger("load.queue", 256);
    private static final int DIALOGS_PER_SENDER = 25;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("receiver.store", () -> STORE);
        registry.add("receiver.memory.queue-capacity", () -> QUEUE);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:load;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    /** Counts the calls per change; sleeps 20 ms on one change in a hundred. */
    static class Handler implements WebhookVisitor {

        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

        @Override
        public void visitContentEvent(ContentEvent event, MessagingEventChange change) {
            calls.computeIfAbsent(change.dialogId() + "/" + change.sequence(), k -> new AtomicInteger())
                    .incrementAndGet();
            if (change.sequence() % 100 == 7) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class HandlerConfiguration {
        @Bean
        @Primary
        Handler loadHandler() {
            return new Handler();
        }
    }

    /** A notification to send: its body, signature, and key. */
    private record Notification(byte[] body, String signature, String key) {}

    @LocalServerPort
    int port;

    @Autowired
    Handler handler;

    @Autowired
    Intake intake;

    @Test
    void everyNotificationIsDispatchedExactlyOnceOrRefusedAndThenDispatchedOnce() throws Exception {
        List<List<Notification>> work = notifications();
        ReceiverClient client = ReceiverClient.webhooks(port);
        AtomicLong refused = new AtomicLong();
        AtomicLong resentDuplicates = new AtomicLong();
        AtomicInteger unexpected = new AtomicInteger();
        long[][] latencies = new long[SENDERS][];

        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            int sender = s;
            running.add(senders.submit(() -> {
                List<Long> times = new ArrayList<>();
                int i = 0;
                for (Notification notification : work.get(sender)) {
                    int copies = i++ % 10 == 0 ? 2 : 1;
                    for (int copy = 0; copy < copies; copy++) {
                        while (true) {
                            long sent = System.nanoTime();
                            HttpResponse<String> response = client.post(notification.body(), notification.signature());
                            times.add(System.nanoTime() - sent);
                            if (response.statusCode() == 200) {
                                break;
                            }
                            if (response.statusCode() != 503) {
                                unexpected.incrementAndGet();
                                break;
                            }
                            refused.incrementAndGet();
                            pause();
                        }
                        if (copy == 1) {
                            resentDuplicates.incrementAndGet();
                        }
                    }
                }
                latencies[sender] = times.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        for (Future<?> sender : running) {
            sender.get();
        }
        long answered = System.nanoTime() - start;
        senders.shutdown();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(10)).until(() -> intake.pending() == 0);
        long dispatched = System.nanoTime() - start;

        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        String report = String.format(Locale.ROOT, """
                store %s, %d notifications (%d sent twice) from %d senders, %d processors, Java %s
                requests %d (%d answered 503 and sent again), unexpected answers %d
                all answered in %.2f s: %.0f notifications/s; all dispatched in %.2f s
                request latency ms: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f
                """, STORE, NOTIFICATIONS, resentDuplicates.get(), SENDERS,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), all.length,
                refused.get(), unexpected.get(), answered / 1e9, NOTIFICATIONS / (answered / 1e9), dispatched / 1e9,
                percentile(all, 0.50), percentile(all, 0.90), percentile(all, 0.99), all[all.length - 1] / 1e6);
        System.out.print(report);
        Files.writeString(Path.of("target", "load-report.txt"), report + "JVM: "
                + ManagementFactory.getRuntimeMXBean().getVmName() + "\n");

        assertEquals(0, unexpected.get());
        assertEquals(work.stream().flatMap(List::stream).map(Notification::key).collect(Collectors.toSet()),
                handler.calls.keySet(), "the changes dispatched");
        List<String> notOnce = handler.calls.entrySet().stream().filter(e -> e.getValue().get() != 1)
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), notOnce, "changes dispatched other than once");
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Per sender, its notifications: a text message each, in dialogs of its own, sequences counting up. */
    private static List<List<Notification>> notifications() {
        ObjectNode template = (ObjectNode) Examples.named("content-event-text-plain-consumer.json").tree();
        List<List<Notification>> work = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            work.add(new ArrayList<>());
        }
        for (int n = 0; n < NOTIFICATIONS; n++) {
            int sender = n % SENDERS;
            int index = n / SENDERS;
            String dialog = "load-" + sender + "-" + index % DIALOGS_PER_SENDER;
            long sequence = index / DIALOGS_PER_SENDER;
            ObjectNode notification = template.deepCopy();
            ObjectNode change = (ObjectNode) notification.get("body").get("changes").get(0);
            change.put("dialogId", dialog);
            change.put("sequence", sequence);
            byte[] body = Examples.JSON.writeValueAsString(notification).getBytes(StandardCharsets.UTF_8);
            work.get(sender).add(new Notification(body, Signing.sign(body), dialog + "/" + sequence));
        }
        return work;
    }
}
