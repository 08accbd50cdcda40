package io.github.webhookgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.lp.webhooks.ExConversationChangeNotification;
import com.example.lp.webhooks.MessagingEventNotification;
import com.example.lp.webhooks.Webhooks;
import com.example.lp.webhooks.WsNotificationMsg;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.webhookgen.it.JsonLine.Failure;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the generated models with mutants of the bundled examples. Each mutant either round-trips
 * losslessly and dispatches without throwing, or is rejected with a Jackson exception; anything else fails the test
 * with the mutant's index, edits and body. Reproduce one mutant with
 * {@code -Dwebhookgen.fuzz.seed=<seed> -Dwebhookgen.fuzz.mutants=<index + 1>}. Mutants are made and checked with the
 * tests' own Jackson 2 trees; they are read and written by the tested line.
 */
class MutationFuzzTest {

    private static final long SEED = Long.getLong("webhookgen.fuzz.seed", 20_240_402L);
    private static final int MUTANTS = Integer.getInteger("webhookgen.fuzz.mutants", 12_000);
    private static final int FAILURES_SHOWN = 10;

    /**
     * The one known difference, left to Jackson: a decimal beyond the double range in JSON the models keep as a tree
     * (an unknown property, an Unknown variant) is read as an infinite double, and Jackson writes that as the string
     * {@code "Infinity"}. Typed decimals are BigDecimals and keep it.
     */
    private static final Comparator<JsonNode> OUT_OF_RANGE_AS_TEXT = (expected, actual) -> expected.equals(actual)
            || expected.isDouble() && !Double.isFinite(expected.doubleValue()) && actual.isTextual()
                    && actual.textValue().equals(String.valueOf(expected.doubleValue())) ? 0 : 1;

    /** Numbers as equal as any two numbers, for {@link KnownJacksonBugs#BUFFERED_BIG_INTEGER_LEAKS_INTO_NEXT_DOUBLE}. */
    private static final Comparator<JsonNode> ANY_NUMBER = (expected, actual) ->
            expected.isNumber() && actual.isNumber() || OUT_OF_RANGE_AS_TEXT.compare(expected, actual) == 0 ? 0 : 1;

    private static final JsonLine LINE = JsonLine.current();

    private final JsonLine.Mapper mapper = LINE.newMapper();
    private final ObjectReader strictTree = Trees.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final Map<String, Integer> rejections = new TreeMap<>();
    private final Map<String, Integer> messages = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int validJson;
    private int roundTripped;
    private int rejectedByEntryPointsOnly;
    private int outOfRangeAsText;
    private int bigIntegerLeaks;
    private int bufferedDecimalFailures;

    @Test
    void everyMutantRoundTripsOrIsRejectedByJackson() {
        NotificationMutator mutator = new NotificationMutator(ExampleCorpus.all());
        long started = System.nanoTime();
        for (int index = 0; index < MUTANTS; index++) {
            NotificationMutator.Mutant mutant = mutator.mutate(SEED, index);
            try {
                check(mutant);
            } catch (AssertionError | StackOverflowError | Exception e) {
                failures.add(describe(mutant, e));
            }
        }
        int rejected = rejections.values().stream().mapToInt(Integer::intValue).sum();
        report(rejected, (System.nanoTime() - started) / 1_000_000);

        assertEquals(List.of(), failures.stream().limit(FAILURES_SHOWN).toList(), failures.size() + " of " + MUTANTS
                + " mutants neither round-tripped nor were rejected with a Jackson exception (seed " + SEED + ")");
        assertEquals(MUTANTS, roundTripped + rejected + rejectedByEntryPointsOnly);
        assertTrue(validJson > MUTANTS * 0.4, "too few mutants are JSON to reach the models: " + validJson);
        assertTrue(roundTripped > MUTANTS * 0.2, "too few mutants get through the models: " + roundTripped);
    }

    private void check(NotificationMutator.Mutant mutant) throws Exception {
        byte[] body = mutant.body();
        JsonNode tree = null;
        try {
            tree = Trees.read(body);
            validJson++;
        } catch (JacksonException e) {
            // Not JSON: the typed read below must reject it too.
        }

        WsNotificationMsg parsed;
        try {
            parsed = mapper.readValue(body, WsNotificationMsg.class);
        } catch (Exception e) {
            if (!isJackson(e)) {
                throw e;
            }
            rejections.merge(e.getClass().getName(), 1, Integer::sum);
            messages.merge(e.getClass().getSimpleName() + ": " + LINE.originalMessage(e).split("[(:\n]")[0].trim(), 1,
                    Integer::sum);
            RecordingVisitor visitor = new RecordingVisitor();
            try {
                Webhooks.dispatch(body, visitor);
            } catch (Exception expected) {
                if (!isJackson(expected)) {
                    throw expected;
                }
                assertEquals(List.of(), visitor.calls(), "the visitor was called for a rejected body");
                return;
            }
            if (KnownJacksonBugs.BUFFERED_DECIMAL_NEEDS_A_BIG_DECIMAL
                    && LINE.exception(Failure.INVALID_FORMAT).isInstance(e)
                    && LINE.originalMessage(e).startsWith("Not a number a BigDecimal can hold")) {
                // Webhooks read it straight into the notification its last property names, without a buffer
                bufferedDecimalFailures++;
                return;
            }
            throw new AssertionError("the plain mapper rejected it with " + e + " but Webhooks.dispatch did not");
        }
        if (parsed == null) {
            // A plain mapper reads JSON null as null; the entry points must refuse it.
            assertEquals(tree, Trees.MAPPER.nullNode());
            expectRejectedByEntryPoints(body, "null body");
            return;
        }

        assertNotNull(tree, "the models accepted a body that is not JSON");
        String written = mapper.writeValueAsString(parsed);
        JsonNode rewritten = Trees.read(written);
        if (!tree.equals(rewritten)) {
            if (tree.equals(OUT_OF_RANGE_AS_TEXT, rewritten)) {
                outOfRangeAsText++;
            } else if (KnownJacksonBugs.BUFFERED_BIG_INTEGER_LEAKS_INTO_NEXT_DOUBLE && hasBigInteger(tree)
                    && tree.equals(ANY_NUMBER, rewritten)) {
                bigIntegerLeaks++;
            } else {
                throw new AssertionError("not lossless; written back as\n" + written);
            }
        }
        ObjectGraph.assertOnlyValueTypes(parsed);

        RecordingVisitor fromBody = new RecordingVisitor();
        try {
            Webhooks.dispatch(body, fromBody);
        } catch (Exception e) {
            if (!isJackson(e)) {
                throw e;
            }
            // Only the entry points' stricter reading (no content after the notification) may reject what parsed.
            expectRejectedByEntryPoints(body, "trailing content");
            return;
        }
        // The entry points may read a body differently (straight into the notification its last property names); the
        // result must be the same
        assertEquals(parsed, Webhooks.parse(body), "Webhooks.parse and a plain mapper disagree");
        RecordingVisitor fromModel = new RecordingVisitor();
        Webhooks.dispatch(parsed, fromModel);
        assertEquals(fromModel.calls(), fromBody.calls());
        assertEquals(expectedCalls(parsed), fromBody.calls().size(), "one visitor call per change");
        roundTripped++;
    }

    private void expectRejectedByEntryPoints(byte[] body, String why) {
        try {
            Webhooks.parse(body);
            throw new AssertionError("Webhooks.parse accepted a " + why);
        } catch (Exception e) {
            if (!isJackson(e)) {
                throw new AssertionError("not a Jackson exception", e);
            }
        }
        if (why.equals("trailing content")) {
            try {
                strictTree.readTree(body);
                throw new AssertionError("Webhooks rejected a body without trailing content");
            } catch (IOException expected) {
                // The body has content after the notification.
            }
        }
        rejectedByEntryPointsOnly++;
    }

    private static boolean isJackson(Exception e) {
        return LINE.exception(Failure.JACKSON).isInstance(e);
    }

    private static boolean hasBigInteger(JsonNode tree) {
        if (tree.isBigInteger()) {
            return true;
        }
        for (JsonNode child : tree) {
            if (hasBigInteger(child)) {
                return true;
            }
        }
        return false;
    }

    /** Worked out from the model: one call per non-null change with an event, or one for an unknown notification. */
    private static int expectedCalls(WsNotificationMsg parsed) {
        if (parsed instanceof MessagingEventNotification n) {
            return n.body() == null || n.body().changes() == null ? 0
                    : (int) n.body().changes().stream().filter(Objects::nonNull).count();
        }
        if (parsed instanceof ExConversationChangeNotification n) {
            return n.body() == null || n.body().changes() == null ? 0
                    : (int) n.body().changes().stream().filter(Objects::nonNull).count();
        }
        return 1;
    }

    private void report(int rejected, long millis) {
        System.out.printf("Mutation fuzz on %s, seed %d: %d mutants in %d ms; %d valid JSON (%.1f%%); %d "
                + "round-tripped and dispatched (%d of them with an out-of-range decimal in a tree written as "
                + "\"Infinity\", %d with a decimal changed by jackson-core's big-integer bug); %d rejected with a "
                + "Jackson exception (%d of them only when buffered, for a decimal BigDecimal cannot hold); %d "
                + "rejected only by Webhooks (strict reading); %d failures%n", LINE, SEED, MUTANTS, millis, validJson,
                100.0 * validJson / MUTANTS, roundTripped, outOfRangeAsText, bigIntegerLeaks, rejected,
                bufferedDecimalFailures, rejectedByEntryPointsOnly, failures.size());
        System.out.println("Rejections by exception class:");
        printTop(rejections, Integer.MAX_VALUE);
        System.out.println("Most frequent rejection messages:");
        printTop(messages, 12);
        failures.stream().limit(FAILURES_SHOWN).forEach(System.out::println);
    }

    private static void printTop(Map<String, Integer> counts, int limit) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> System.out.printf("  %6d  %s%n", e.getValue(), e.getKey()));
    }

    private static String describe(NotificationMutator.Mutant mutant, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String stack = trace.toString().lines().limit(12).collect(Collectors.joining("\n    "));
        String text = mutant.text();
        return "mutant " + mutant.index() + " (seed " + SEED + ") of " + mutant.example() + ", edits " + mutant.edits()
                + "\n  " + stack + "\n  body: " + (text.length() > 20_000 ? text.substring(0, 20_000) + "..." : text);
    }
}
