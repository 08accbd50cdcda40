package io.github.webhookgen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.webhookgen.corpus.CorpusCase.Payload;
import io.github.webhookgen.corpus.CorpusCase.Skipped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which layout a folder has, and the cases each layout finds in the fixtures. */
class LayoutTest {

    @Test
    void eachFixtureIsDetectedAsItsLayout() throws IOException {
        assertEquals(Layout.FOLDERS, Layout.detect(Fixtures.folder("folders"), "examples"));
        assertEquals(Layout.SCHEMASTORE, Layout.detect(Fixtures.folder("schemastore"), "examples"));
        assertEquals(Layout.TEST_SUITE, Layout.detect(Fixtures.folder("test-suite/tests/draft7"), "examples"));
        assertEquals(Layout.FILES, Layout.detect(Fixtures.folder("schemastore/src/schemas/json"), "examples"));
    }

    @Test
    void caseFoldersNeedTheirExamplesFolderToBeDetected(@TempDir Path input) throws IOException {
        Files.createDirectories(input.resolve("a/samples"));
        assertEquals(Layout.FILES, Layout.detect(input, "examples"));
        assertEquals(Layout.FOLDERS, Layout.detect(input, "samples"));
    }

    @Test
    void aCaseFolderHasItsRootItsArchiveAndItsPayloads() throws IOException {
        Map<String, CorpusCase> cases = cases(Layout.FOLDERS, Fixtures.folder("folders"));

        assertEquals(List.of("ambiguous", "order", "pet"), List.copyOf(cases.keySet()));
        CorpusCase order = cases.get("order");
        assertEquals("schema.json", order.root());
        assertEquals(List.of("schema.json"), List.copyOf(order.archive().documents().keySet()));
        assertEquals(List.of("examples/explicit-null.json", "examples/full.json", "examples/wrong-type.json"),
                order.payloads().stream().map(Payload::name).toList());
        assertEquals(List.of("examples/commented.json", "examples/order.yaml"),
                order.skipped().stream().map(Skipped::name).toList());
        assertEquals("not JSON (.yaml)", order.skipped().get(1).reason());

        CorpusCase pet = cases.get("pet");
        assertEquals("pet.json", pet.root());
        assertEquals(List.of("common/person.json", "pet.json"), List.copyOf(pet.archive().documents().keySet()));
        assertNull(pet.unusable());
    }

    @Test
    void aCaseFolderWithSeveralCandidatesAndNoSchemaJsonIsNotRun() throws IOException {
        CorpusCase ambiguous = cases(Layout.FOLDERS, Fixtures.folder("folders")).get("ambiguous");

        assertEquals("no schema.json and several .json files directly in the folder: a.json, b.json",
                ambiguous.unusable());
    }

    @Test
    void aSchemaStoreCaseIsItsSchemaAndWhatItReachesThroughUrlsAndRelativeReferences() throws IOException {
        Map<String, CorpusCase> cases = cases(Layout.SCHEMASTORE, Fixtures.folder("schemastore"));

        assertEquals(List.of("address", "country", "orphan", "shop", "unrelated"), List.copyOf(cases.keySet()));
        CorpusCase shop = cases.get("shop");
        assertEquals("shop.json", shop.root());
        assertEquals(List.of("address.json", "country.json", "shop.json"),
                List.copyOf(shop.archive().documents().keySet()));
        assertEquals(List.of("corner.json"), shop.payloads().stream().map(Payload::name).toList());
        assertEquals(List.of(new Skipped("corner.yaml", "not JSON (.yaml)")), shop.skipped());
        assertEquals("no schema src/schemas/json/orphan.json for the test folder src/test/orphan",
                cases.get("orphan").unusable());
        assertEquals(1, cases.get("orphan").payloads().size());
    }

    @Test
    void eachTestSuiteGroupIsACaseWithItsValidDataAsPayloads() throws IOException {
        Map<String, CorpusCase> cases = cases(Layout.TEST_SUITE, Fixtures.folder("test-suite/tests/draft7"));

        assertEquals(List.of("ref.json#0", "ref.json#1"), List.copyOf(cases.keySet()));
        CorpusCase remote = cases.get("ref.json#0");
        assertEquals("schema.json", remote.root());
        assertEquals(List.of("integer.json", "schema.json"), List.copyOf(remote.archive().documents().keySet()));
        assertEquals(List.of("tests/0 (an integer is valid)"), remote.payloads().stream().map(Payload::name).toList());
        assertEquals("{\"count\":1}", new String(remote.payloads().get(0).json(), StandardCharsets.UTF_8));
        assertEquals("1.0", new String(cases.get("ref.json#1").payloads().get(0).json(), StandardCharsets.UTF_8));
    }

    @Test
    void eachFileIsACaseWithTheDocumentsItReaches() throws IOException {
        Map<String, CorpusCase> cases = cases(Layout.FILES, Fixtures.folder("folders/pet"));

        assertEquals(List.of("common/person.json", "examples/cat.json", "pet.json"), List.copyOf(cases.keySet()));
        assertEquals(List.of("common/person.json", "pet.json"),
                List.copyOf(cases.get("pet.json").archive().documents().keySet()));
    }

    private static Map<String, CorpusCase> cases(Layout layout, Path input) throws IOException {
        return layout.open(input, layout.defaultMappings(), "examples", null).cases().stream()
                .collect(Collectors.toMap(CorpusCase::name, Function.identity(), (a, b) -> a,
                        java.util.TreeMap::new));
    }
}
