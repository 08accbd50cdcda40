package io.github.webhookgen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.corpus.PayloadRun.Failure;
import io.github.webhookgen.corpus.PayloadRun.Stage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both generators on the fixture cases, in-process: generate, compile, read and write every payload. */
class CaseRunnerTest {

    private final CaseRunner runner = new CaseRunner(new Jackson2Line(), SchemaStoreCases.MAPPINGS);

    @Test
    void webhookgenTypesTheOrderAndRoundTripsEveryPayloadOfTheRightJsonTypes() throws IOException {
        Recorder run = run(Layout.FOLDERS, "folders", "order", Tool.WEBHOOKGEN);

        assertEquals(List.of("read", "generate", "compile", "payloads"), run.stages);
        Generation generation = run.generation;
        assertEquals(Outcome.GENERATED, generation.outcome());
        assertEquals(RootKind.RECORD, generation.rootKind());
        assertEquals("corpus.generated.Schema", generation.rootType());
        assertEquals(0, generation.warnings(), generation.warningLines()::toString);
        assertEquals(7, generation.properties());
        assertEquals(1, generation.untypedProperties());
        assertEquals(Map.of("no type (no constraint on the value)", 1), generation.untypedCauses());
        assertEquals(Map.of("no type (no constraint on the value)", "schema.json#/properties/extra"),
                generation.untypedExamples());
        assertNull(generation.rootCause());
        assertTrue(run.compilation.compiled());
        assertEquals(0, run.compilation.warnings(), run.compilation.diagnostics()::toString);
        assertEquals(2, run.payloads.read());
        assertEquals(2, run.payloads.roundTripped());
        Failure wrongType = run.payloads.failures().get(0);
        assertEquals("examples/wrong-type.json", wrongType.payload());
        assertEquals(Stage.READ, wrongType.stage());
        assertEquals("MismatchedInputException: Expected an integer, found VALUE_STRING (line 1, column 8)",
                wrongType.message());
        assertEquals("/id", wrongType.pointer());
    }

    @Test
    void jsonschema2pojoDropsAnExplicitNullAndReportsWhere() throws IOException {
        Recorder run = run(Layout.FOLDERS, "folders", "order", Tool.JSONSCHEMA2POJO);

        assertEquals(RootKind.RECORD, run.generation.rootKind());
        assertEquals("corpus.j2p.Schema", run.generation.rootType());
        assertEquals(7, run.generation.properties());
        assertEquals(1, run.generation.untypedProperties());
        assertTrue(run.compilation.compiled(), run.compilation.diagnostics()::toString);
        assertEquals(2, run.payloads.read());
        assertEquals(1, run.payloads.roundTripped());
        assertEquals(List.of(new Failure("examples/explicit-null.json", Stage.COMPARE,
                        "property dropped (explicit null)", "expected null, found no property", "/note")),
                run.payloads.failures().stream().filter(f -> f.stage() == Stage.COMPARE).toList());
    }

    @Test
    void aReferenceByUrlResolvesInBothGeneratorsThroughTheMapping() throws IOException {
        for (Tool tool : Tool.values()) {
            Recorder run = run(Layout.SCHEMASTORE, "schemastore", "shop", tool);

            assertEquals(RootKind.RECORD, run.generation.rootKind(), tool::toString);
            assertEquals(0, run.generation.warnings(), tool + " " + run.generation.warningLines());
            assertEquals(0, run.generation.untypedProperties(), tool + " " + run.generation.warningLines());
            assertEquals(1, run.payloads.roundTripped(), tool + " " + run.payloads.failures());
        }
    }

    @Test
    void webhookgenWarningsAreTheLinesAUserSeesAndEachOccurrenceIsCounted() throws IOException {
        String schema = """
                {"type": "object", "properties": {
                  "a": {"$ref": "Missing.json"}, "b": {"$ref": "Missing.json"}, "c": {"$ref": "#/definitions/gone"}}}""";
        CorpusCase broken = new CorpusCase("broken", "a.json", () -> new java.util.TreeMap<>(Map.of("a.json",
                schema.getBytes(java.nio.charset.StandardCharsets.UTF_8))), List.of(), List.of(), null);
        Recorder run = new Recorder();

        runner.run(broken, Tool.WEBHOOKGEN, run);

        assertEquals(Outcome.GENERATED, run.generation.outcome());
        assertEquals(2, run.generation.warnings(), run.generation.warningLines()::toString);
        assertEquals(3, run.generation.warningOccurrences());
        assertEquals(Map.of("BAD_POINTER", 1, "UNRESOLVED_REF", 1), run.generation.warningCodes());
        assertTrue(run.generation.warningLines().get(0).endsWith("(at #/properties/a/$ref; 2 times in this file)"),
                run.generation.warningLines()::toString);
        assertEquals(3, run.generation.untypedProperties());
        assertEquals(Map.of("$ref not followed (cannot be resolved, a cycle, or a meta-schema)", 3),
                run.generation.untypedCauses());
    }

    @Test
    void jackson3CodeIsCompiledAndReadWithJackson3() throws IOException {
        CaseRunner jackson3 = new CaseRunner(new Jackson3Line(), SchemaStoreCases.MAPPINGS);
        CorpusCase order = Layout.FOLDERS.open(Fixtures.folder("folders"), new UriMappings(List.of()), "examples", null)
                .cases().stream().filter(c -> c.name().equals("order")).findFirst().orElseThrow();
        Recorder run = new Recorder();

        jackson3.run(order, Tool.WEBHOOKGEN, run);

        assertEquals("corpus.generated.Schema", run.generation.rootType());
        assertTrue(run.compilation.compiled(), run.compilation.diagnostics()::toString);
        assertTrue(run.generation.untypedExamples().values().stream().allMatch(e -> e.startsWith("schema.json#")));
        assertEquals(2, run.payloads.read());
        assertEquals(2, run.payloads.roundTripped());
        Failure wrongType = run.payloads.failures().get(0);
        assertEquals("examples/wrong-type.json", wrongType.payload());
        assertTrue(wrongType.message().startsWith("MismatchedInputException: "), wrongType::message);
        assertEquals("/id", wrongType.pointer());
    }

    @Test
    void aRootThatIsAScalarIsReadAsItsJavaType() throws IOException {
        Recorder run = run(Layout.TEST_SUITE, "test-suite/tests/draft7", "ref.json#1", Tool.WEBHOOKGEN);

        assertEquals(RootKind.SCALAR, run.generation.rootKind());
        assertEquals("java.math.BigDecimal", run.generation.rootType());
        assertEquals(1, run.payloads.roundTripped(), run.payloads.failures()::toString);
    }

    @Test
    void aSchemaThatIsNotJsonStopsWebhookgenWithItsError() throws IOException {
        CorpusCase broken = new CorpusCase("broken", "a.json", () -> new java.util.TreeMap<>(Map.of("a.json",
                "{\"type\": \"object\",]".getBytes(java.nio.charset.StandardCharsets.UTF_8))), List.of(), List.of(),
                null);
        Recorder run = new Recorder();

        runner.run(broken, Tool.WEBHOOKGEN, run);

        assertEquals(Outcome.ERRORS, run.generation.outcome());
        assertEquals(RootKind.NONE, run.generation.rootKind());
        assertEquals(1, run.generation.errors().size());
        assertTrue(run.generation.errors().get(0).startsWith("a.json:1:19: error: [MALFORMED_JSON]"),
                run.generation.errors()::toString);
        assertNull(run.compilation);
    }

    private Recorder run(Layout layout, String fixture, String name, Tool tool) throws IOException {
        CorpusCase corpusCase = layout.open(Fixtures.folder(fixture), layout.defaultMappings(), "examples", null)
                .cases().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        Recorder recorder = new Recorder();
        runner.run(corpusCase, tool, recorder);
        return recorder;
    }

    /** Keeps what the runner reports. */
    private static final class Recorder implements CaseRunner.Listener {
        final List<String> stages = new ArrayList<>();
        Generation generation;
        Compilation compilation;
        PayloadRun payloads;

        @Override
        public void stage(String stage) {
            stages.add(stage);
        }

        @Override
        public void generated(Generation value) {
            generation = value;
        }

        @Override
        public void compiled(Compilation value) {
            compilation = value;
        }

        @Override
        public void payloads(PayloadRun value) {
            payloads = value;
        }
    }
}
