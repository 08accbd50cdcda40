package io.github.webhookgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.archive.Archive;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.GenerationFailedException;
import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The stages run on a thread of their own; a stack overflow there is a located {@code TOO_DEEP} error, not a
 * {@link StackOverflowError}. A small stack stands for schemas deeper than the run's own stack allows.
 */
class GenerationThreadTest {

    private static final GeneratorConfig CONFIG = GeneratorConfig.of(ArchiveSource.of(Path.of("archive")),
            "com.example.hooks", Path.of("out"));

    @Test
    void aStackOverflowIsATooDeepErrorAtTheSchemaTheRunReached() {
        Archive lists = listsThroughDocuments(5_000);
        Problems problems = new Problems();

        GenerationFailedException failure = assertThrows(GenerationFailedException.class, () -> GenerationThread.call(
                () -> Generator.sources(lists, CONFIG, problems), problems, Location.of("archive"), 256 << 10));

        Problem problem = failure.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals(1, failure.problems().stream().filter(Problem::isError).count(), failure::getMessage);
        assertEquals(ProblemCode.TOO_DEEP, problem.code());
        assertTrue(problem.toString().matches("webhooks/L\\d+\\.json:1:1: error: \\[TOO_DEEP] schemas that hold one "
                + "another, through \\$ref from document to document, nest deeper than the generator follows: its "
                + "stack of 256 KiB ran out at this schema; break the chain of references"), problem::toString);
        assertNotEquals("webhooks/L0.json", problem.location().file(), "the place reached, deep in the chain");
    }

    @Test
    void theSameSchemasGenerateOnTheRunsOwnStack() {
        Problems problems = new Problems();

        Map<String, String> sources = Generator.generate(listsThroughDocuments(5_000), CONFIG, problems);

        assertTrue(sources.containsKey("com/example/hooks/Holder.java"), sources.keySet()::toString);
        assertFalse(problems.hasErrors());
    }

    @Test
    void anInterruptWhileTheRunIsUnderWayDoesNotAbandonItAndIsKept() {
        Thread.currentThread().interrupt();
        try {
            String result = GenerationThread.call(() -> {
                sleep();
                return "done";
            }, new Problems(), Location.of("archive"));

            assertEquals("done", result);
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aFailedRunReachesTheCallerAsItIs() {
        GenerationFailedException thrown = new GenerationFailedException(java.util.List.of());

        GenerationFailedException caught = assertThrows(GenerationFailedException.class,
                () -> GenerationThread.call(() -> {
                    throw thrown;
                }, new Problems(), Location.of("archive")));

        assertEquals(thrown, caught);
    }

    @Test
    void anyOtherExceptionIsAnInternalErrorAtTheSchemaTheRunReachedWithTheExceptionAsCause() {
        IllegalStateException defect = new IllegalStateException("a defect");
        Problems problems = new Problems();

        GenerationFailedException failure = assertThrows(GenerationFailedException.class,
                () -> GenerationThread.call(() -> {
                    problems.at(() -> new Location("webhooks/Order.json", "/properties/id", 4, 7));
                    throw defect;
                }, problems, Location.of("archive")));

        assertEquals(defect, failure.getCause());
        Problem problem = failure.problems().get(0);
        assertEquals(ProblemCode.INTERNAL_ERROR, problem.code());
        assertTrue(problem.toString().startsWith("webhooks/Order.json:4:7: error: [INTERNAL_ERROR] webhookgen failed "
                + "on this schema (java.lang.IllegalStateException: a defect at "), problem::toString);
        assertTrue(problem.toString().endsWith("); this is a defect of the generator, not of the schema: please "
                + "report it with the schema. Leaving the schema out (excludes) generates the rest (at "
                + "#/properties/id)"), problem::toString);
    }

    /**
     * A record {@code Holder} whose property is a list of {@code L0}, a list of {@code L1}, and so on for {@code n}
     * documents: lowering follows them by recursion, a few frames for each.
     */
    private static Archive listsThroughDocuments(int n) {
        Map<String, byte[]> documents = new TreeMap<>();
        documents.put("webhooks/Holder.json",
                utf8("{\"type\":\"object\",\"properties\":{\"deep\":{\"$ref\":\"L0.json\"}}}"));
        for (int i = 0; i < n; i++) {
            documents.put("webhooks/L" + i + ".json",
                    utf8("{\"type\":\"array\",\"items\":{\"$ref\":\"L" + (i + 1) + ".json\"}}"));
        }
        documents.put("webhooks/L" + n + ".json", utf8("{\"type\":\"string\"}"));
        return Archive.of("lists", documents);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            throw new AssertionError("the run's thread is not interrupted", e);
        }
    }
}
