package io.github.webhookgen.core.diagnostics;

import static io.github.webhookgen.core.diagnostics.Runs.all;
import static io.github.webhookgen.core.diagnostics.Runs.assertProblem;
import static io.github.webhookgen.core.diagnostics.Runs.config;
import static io.github.webhookgen.core.diagnostics.Runs.failure;
import static io.github.webhookgen.core.diagnostics.Runs.lines;
import static io.github.webhookgen.core.diagnostics.Runs.only;
import static io.github.webhookgen.core.diagnostics.Runs.success;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.GenerationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schemas nested and chained as deep as a tool or a mistake makes them, written by the tests themselves: each run,
 * through {@code Generator.run} as the plugin calls it (on its thread with a large stack), ends in sources that compile
 * with {@code -Xlint:all -Werror} or in located problems, never in a {@link StackOverflowError}, and with at most one
 * warning per document for what nests too deep (docs/bad-input.md, "Depth and size").
 */
class DeepSchemaTest {

    /** Where the generated package is, under the output directory. */
    private static final String PACKAGE_FOLDER = Runs.PACKAGE.replace('.', '/');

    @TempDir
    Path dir;

    @Test
    void objectsNested5000DeepGiveRecords32DeepAndJsonNodeBelow() throws IOException {
        String deep = nest(5_000, "{\"type\":\"object\",\"properties\":{\"a\":", "}}", "{\"type\":\"string\"}");
        Path archive = TestArchive.of("webhooks/Deep.json", deep).writeFolder(dir.resolve("archive"));

        GenerationResult result = success(config(archive, out()));

        Problem tooDeep = only(result.warnings(), ProblemCode.TOO_DEEP);
        assertProblem(tooDeep, ProblemCode.TOO_DEEP, Severity.WARNING, "webhooks/Deep.json",
                "/properties/a".repeat(32), 1, 1 + 32 * 35);
        assertEquals("webhooks/Deep.json:1:1121: warning: [TOO_DEEP] schema nested more than 32 deep in its document; "
                + "typed as JsonNode, as is every schema of this file nested as deep (at #"
                + "/properties/a".repeat(32) + ")", tooDeep.toString());
        Map<String, String> records = records();
        assertEquals(32, records.size(), records.keySet()::toString);
        assertEquals(1, records.values().stream().filter(source -> source.contains("JsonNode a,")).count());
        assertFileNamesFit();
        // Past a few levels the names the locations give are too long for a file: shortened, one warning each, all
        // alike so that the build prints them as one line
        List<Problem> shortened = all(result.warnings(), p -> p.code() == ProblemCode.NAME_CLASH);
        assertEquals(records.keySet().stream().filter(name -> name.contains("_")).count(), shortened.size());
        assertTrue(shortened.size() > 10, () -> lines(shortened));
        assertEquals(1, Report.of(shortened, false).lines().size());
        assertEquals(1 + shortened.size(), result.warnings().size(), () -> lines(result.warnings()));
        assertCompiles();
    }

    @Test
    void aChainOf1000RefsInOneDocumentIsTheTypeAtItsEnd() throws IOException {
        StringBuilder chain = new StringBuilder(
                "{\"type\":\"object\",\"properties\":{\"x\":{\"$ref\":\"#/definitions/d0\"}},\"definitions\":{");
        for (int i = 0; i < 1_000; i++) {
            chain.append("\"d").append(i).append("\":{\"$ref\":\"#/definitions/d").append(i + 1).append("\"},");
        }
        chain.append("\"d1000\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}}}");
        Path archive = TestArchive.of("webhooks/Chain.json", chain.toString()).writeFolder(dir.resolve("archive"));

        GenerationResult result = success(config(archive, out()));

        assertEquals(List.of(), result.warnings());
        assertEquals(List.of("Chain", "D1000"), List.copyOf(records().keySet()));
        assertTrue(records().get("Chain").contains("public record Chain(D1000 x,"), records().get("Chain"));
        assertCompiles();
    }

    @Test
    void aChainOf1000RefsAcrossFilesIsTheTypeAtItsEnd() throws IOException {
        TestArchive files = TestArchive.of("webhooks/Holder.json",
                "{\"type\":\"object\",\"properties\":{\"r\":{\"$ref\":\"R0.json\"}}}");
        for (int i = 0; i < 1_000; i++) {
            files.with("webhooks/R" + i + ".json", "{\"$ref\":\"R" + (i + 1) + ".json\"}");
        }
        files.with("webhooks/R1000.json", "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}");

        GenerationResult result = success(config(files.writeFolder(dir.resolve("archive")), out()));

        assertEquals(List.of(), result.warnings());
        assertEquals(List.of("Holder", "R1000"), List.copyOf(records().keySet()));
        assertTrue(records().get("Holder").contains("public record Holder(R1000 r,"), records().get("Holder"));
        assertCompiles();
    }

    @Test
    void allOfNested3000DeepIsJsonNode() throws IOException {
        Path archive = holding(nest(3_000, "{\"allOf\":[", "]}",
                "{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"string\"}}}"));

        GenerationResult result = success(config(archive, out()));

        Problem tooDeep = only(result.warnings(), ProblemCode.TOO_DEEP);
        assertProblem(tooDeep, ProblemCode.TOO_DEEP, Severity.WARNING, "webhooks/Deep.json", "/allOf/0".repeat(32), 1,
                1 + 32 * 10);
        assertEquals(1, result.warnings().size(), () -> lines(result.warnings()));
        assertEquals(List.of("Holder"), List.copyOf(records().keySet()));
        assertTrue(records().get("Holder").contains("public record Holder(JsonNode deep,"), records().get("Holder"));
        assertCompiles();
    }

    @Test
    void anyOfNested3000DeepIsJsonNode() throws IOException {
        Path archive = holding(nest(3_000, "{\"anyOf\":[{\"type\":\"string\"},", "]}",
                "{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"string\"}}}"));

        GenerationResult result = success(config(archive, out()));

        // One warning in all: the unions above the cut are JsonNode because of it, not for a warning of their own
        Problem tooDeep = only(result.warnings(), ProblemCode.TOO_DEEP);
        assertProblem(tooDeep, ProblemCode.TOO_DEEP, Severity.WARNING, "webhooks/Deep.json",
                "/anyOf/1".repeat(31) + "/anyOf/0", 1, 1 + 31 * 28 + 10);
        assertEquals(1, result.warnings().size(), () -> lines(result.warnings()));
        assertTrue(records().get("Holder").contains("public record Holder(JsonNode deep,"), records().get("Holder"));
        assertCompiles();
    }

    @Test
    void arraysNested3000DeepAreListsOfJsonNode32Deep() throws IOException {
        Path archive = holding(nest(3_000, "{\"type\":\"array\",\"items\":", "}", "{\"type\":\"string\"}"));

        GenerationResult result = success(config(archive, out()));

        Problem tooDeep = only(result.warnings(), ProblemCode.TOO_DEEP);
        assertProblem(tooDeep, ProblemCode.TOO_DEEP, Severity.WARNING, "webhooks/Deep.json", "/items".repeat(32), 1,
                1 + 32 * 24);
        assertEquals("webhooks/Deep.json:1:769: warning: [TOO_DEEP] schema nested more than 32 deep in its document; "
                + "typed as JsonNode, as is every schema of this file nested as deep (at #" + "/items".repeat(32) + ")",
                tooDeep.toString());
        assertEquals(1, result.warnings().size(), () -> lines(result.warnings()));
        String lists = "List<".repeat(32) + "JsonNode" + ">".repeat(32);
        assertTrue(records().get("Holder").contains("        " + lists + " deep,\n"), records().get("Holder"));
        assertCompiles();
    }

    @Test
    void aRefCycleThrough1000FilesIsAnErrorAtEachOfThem() {
        TestArchive files = new TestArchive();
        for (int i = 0; i < 1_000; i++) {
            files.with("webhooks/C" + i + ".json", "{\"$ref\":\"C" + (i + 1) % 1_000 + ".json\"}");
        }

        List<Problem> problems = failure(config(files.writeFolder(dir.resolve("archive")), out()));

        assertEquals(1_000, problems.size(), () -> lines(problems.subList(0, 5)));
        for (Problem problem : problems) {
            assertEquals(ProblemCode.REF_CYCLE, problem.code(), problem::toString);
            assertEquals(new Location(problem.location().file(), "", 1, 1), problem.location());
        }
        assertEquals("webhooks/C0.json:1:1: error: [REF_CYCLE] $ref chain never reaches a schema: webhooks/C0.json# -> "
                + "webhooks/C1.json# -> webhooks/C2.json# -> webhooks/C3.json# -> webhooks/C4.json# -> ... (991 more) "
                + "-> webhooks/C996.json# -> webhooks/C997.json# -> webhooks/C998.json# -> webhooks/C999.json# -> "
                + "webhooks/C0.json#", problems.get(0).toString());
        assertEquals(List.of(), files(out()), "nothing is written");
    }

    @Test
    void aPropertyNameOf10000CharactersGivesATypeNameThatFitsAFileName() throws IOException {
        String name = "a".repeat(10_000);
        Path archive = TestArchive.of("webhooks/Form.json", "{\"type\":\"object\",\"properties\":{\"" + name
                + "\":{\"type\":\"object\",\"properties\":{\"b\":{\"type\":\"string\"}}}}}")
                .writeFolder(dir.resolve("archive"));

        GenerationResult result = success(config(archive, out()));

        Problem shortened = only(result.warnings(), ProblemCode.NAME_CLASH);
        assertProblem(shortened, ProblemCode.NAME_CLASH, Severity.WARNING, "webhooks/Form.json", "/properties/" + name,
                1, 10_035);
        assertEquals("the names its location gives are longer than the 128 bytes a type name may have, for its file "
                + "name; named after the first and last words of its name and a hash of the whole name",
                shortened.message());
        String type = records().keySet().stream().filter(n -> !n.equals("Form")).findFirst().orElseThrow();
        assertEquals(128, type.length());
        assertTrue(type.matches("A" + "a".repeat(118) + "_[0-9a-f]{8}"), type);
        assertTrue(records().get("Form").contains("        " + type + " " + name + ",\n"),
                "the component keeps its name");
        assertFileNamesFit();
        assertCompiles();
    }

    @Test
    void anEnumOf100000ValuesIsAString() throws IOException {
        Path archive = TestArchive.of("webhooks/Palette.json", "{\"type\":\"object\",\"properties\":{\"color\":"
                + "{\"type\":\"string\",\"enum\":[" + values(100_000) + "]}}}").writeFolder(dir.resolve("archive"));

        GenerationResult result = success(config(archive, out()));

        Problem problem = only(result.warnings(), ProblemCode.UNSUPPORTED_KEYWORD);
        assertEquals("webhooks/Palette.json:1:64: warning: [UNSUPPORTED_KEYWORD] an enum of 100000 values is more "
                + "than the generated Java enum holds (1000); typed as String (at #/properties/color/enum)",
                problem.toString());
        assertEquals(1, result.warnings().size(), () -> lines(result.warnings()));
        assertTrue(records().get("Palette").contains("public record Palette(String color,"), records().get("Palette"));
        assertCompiles();
    }

    @Test
    void aValueFixedToANumberOfABillionDigitsIsNotWrittenOut() throws IOException {
        Path archive = TestArchive.of("webhooks/Gauge.json", "{\"type\":\"object\",\"properties\":{"
                + "\"huge\":{\"const\":1e999999999},\"tiny\":{\"const\":1.5e-999999999}}}")
                .writeFolder(dir.resolve("archive"));

        GenerationResult result = success(config(archive, out()));

        assertEquals("webhooks/Gauge.json:1:39: warning: [INVALID_SCHEMA] property \"huge\" is fixed to 1E+999999999, "
                + "an integer of more than 1000 digits, which no BigInteger is read with; typed BigInteger, and not "
                + "fixed (at #/properties/huge)", lines(result.warnings()));
        String gauge = records().get("Gauge");
        assertTrue(gauge.contains("public record Gauge(BigInteger huge, BigDecimal tiny,"), gauge);
        assertTrue(gauge.contains("Json.checkFixed(tiny, new BigDecimal(\"1.5E-999999999\"), \"tiny\");"), gauge);
        assertCompiles();
    }

    @Test
    void anEnumOf1000ValuesIsStillAnEnum() throws IOException {
        Path archive = TestArchive.of("webhooks/Palette.json", "{\"type\":\"object\",\"properties\":{\"color\":"
                + "{\"type\":\"string\",\"enum\":[" + values(1_000) + "]}}}").writeFolder(dir.resolve("archive"));

        GenerationResult result = success(config(archive, out()));

        assertEquals(List.of(), result.warnings());
        assertTrue(records().get("Palette").contains("public record Palette(Color color,"), records().get("Palette"));
        assertTrue(source("Color").contains("V999(\"v999\")"), "the last value is a constant");
        assertCompiles();
    }

    /**
     * Lists whose items are the next document, 5,000 documents deep: lowering follows them by recursion, far deeper
     * than a thread's default stack allows; the run's own thread has the stack for it. Lists and maps nested more than
     * 32 deep are typed JsonNode, with a warning where each cut is (every 33rd document).
     */
    @Test
    void listsNestedThrough5000DocumentsAreFollowedOnTheRunsLargeStack() throws IOException {
        TestArchive files = TestArchive.of("webhooks/Holder.json",
                "{\"type\":\"object\",\"properties\":{\"deep\":{\"$ref\":\"L0.json\"}}}");
        for (int i = 0; i < 5_000; i++) {
            files.with("webhooks/L" + i + ".json",
                    "{\"type\":\"array\",\"items\":{\"$ref\":\"L" + (i + 1) + ".json\"}}");
        }
        files.with("webhooks/L5000.json", "{\"type\":\"string\"}");

        GenerationResult result = success(config(files.writeFolder(dir.resolve("archive")), out()));

        assertEquals(5_000 / 32, result.warnings().size(), () -> lines(result.warnings()));
        for (Problem problem : result.warnings()) {
            assertTrue(problem.toString().matches("webhooks/L\\d+\\.json:1:1: warning: \\[TOO_DEEP] lists and maps "
                    + "nested more than 32 deep; the inner ones are typed as JsonNode"), problem::toString);
        }
        assertEquals(result.warnings().size(), result.warnings().stream().map(p -> p.location().file()).distinct()
                .count(), "one warning per document at most");
        assertTrue(result.warnings().stream().anyMatch(p -> p.toString().equals("webhooks/L4967.json:1:1: warning: "
                + "[TOO_DEEP] lists and maps nested more than 32 deep; the inner ones are typed as JsonNode")),
                "the first cut: the 32 documents below L4967 are lists of lists already");
        assertTrue(records().get("Holder").contains("public record Holder(List<"), records().get("Holder"));
        assertCompiles();
    }

    // ---- fixtures and checks ----

    /** {@code n} times {@code open}, then {@code inner}, then {@code n} times {@code close}. */
    private static String nest(int n, String open, String close, String inner) {
        return open.repeat(n) + inner + close.repeat(n);
    }

    /** An archive of {@code webhooks/Deep.json} and a record {@code Holder} whose property {@code deep} is it. */
    private Path holding(String deep) {
        return TestArchive.of("webhooks/Deep.json", deep)
                .with("webhooks/Holder.json",
                        "{\"type\":\"object\",\"properties\":{\"deep\":{\"$ref\":\"Deep.json\"}}}")
                .writeFolder(dir.resolve("archive"));
    }

    /** {@code "v0","v1",...}: {@code n} distinct string values. */
    private static String values(int n) {
        return IntStream.range(0, n).mapToObj(i -> "\"v" + i + "\"").collect(Collectors.joining(","));
    }

    private Path out() {
        return dir.resolve("out");
    }

    /** The generated types other than codecs and the support class, by simple name. */
    private Map<String, String> records() throws IOException {
        Map<String, String> records = new TreeMap<>();
        for (String file : files(out())) {
            String name = file.substring(file.lastIndexOf('/') + 1, file.length() - ".java".length());
            if (file.endsWith(".java") && !name.endsWith("Codec") && !name.equals("Json")
                    && source(name).contains("public record ")) {
                records.put(name, source(name));
            }
        }
        return records;
    }

    private String source(String simpleName) throws IOException {
        return Files.readString(out().resolve(PACKAGE_FOLDER).resolve(simpleName + ".java"));
    }

    /** Every file name written stays far below the 255 bytes file systems allow. */
    private void assertFileNamesFit() {
        for (String file : files(out())) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 128 + "JsonCodec.java".length(), name);
        }
    }

    private void assertCompiles() {
        JavaCompilation.assertCompiles(out(), dir.resolve("classes"));
    }

    /** Every regular file under {@code root}, by path relative to it; empty when it does not exist. */
    private static List<String> files(Path root) {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
