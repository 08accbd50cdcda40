package io.github.webhookgen.corpus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.webhookgen.corpus.CorpusCase.Payload;
import io.github.webhookgen.corpus.CorpusCase.Skipped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * JSON-Schema-Test-Suite's layout: a folder of test files ({@code tests/draft7/}), each an array of groups
 * {@code {"description", "schema", "tests": [{"description", "data", "valid"}]}}. Each group is a case named
 * {@code <file>#<index>} ({@code ref.json#3}): its schema becomes the archive's {@code schema.json}, and the data of
 * its tests marked valid are the payloads (data marked invalid is not used). The suite's {@code remotes/} folder,
 * which its schemas refer to as {@code http://localhost:1234/...}, joins the archive for the documents a group
 * reaches.
 */
final class TestSuiteCases implements CaseSource {

    static final String ROOT = "schema.json";

    /** The prefix the suite's schemas use for documents of its {@code remotes/} folder. */
    static final UriMappings MAPPINGS = UriMappings.parse(List.of("http://localhost:1234/="));

    /** Numbers as written: no double in between, and {@code 1.0} stays a decimal. */
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final Path input;
    private final Path remotes;
    private final UriMappings mappings;

    /**
     * @param remotes the suite's {@code remotes/} folder, or null when there is none
     */
    TestSuiteCases(Path input, Path remotes, UriMappings mappings) {
        this.input = input;
        this.remotes = remotes;
        this.mappings = mappings;
    }

    /** Whether {@code file} is a test file of the suite's format. */
    static boolean isTestFile(Path file) {
        try {
            JsonNode tree = EXACT.readTree(file.toFile());
            return tree != null && tree.isArray() && tree.size() > 0 && tree.get(0).has("schema")
                    && tree.get(0).path("tests").isArray();
        } catch (IOException e) {
            return false;
        }
    }

    static boolean matches(Path input) throws IOException {
        try (Stream<Path> files = Files.list(input)) {
            return files.filter(f -> f.toString().endsWith(".json")).anyMatch(TestSuiteCases::isTestFile);
        }
    }

    /** The {@code remotes/} folder beside the folder of the suite's {@code tests/}, or null. */
    static Path findRemotes(Path input) {
        for (Path at = input.toAbsolutePath().normalize(); at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve("remotes"))) {
                return at.resolve("remotes");
            }
        }
        return null;
    }

    @Override
    public List<CorpusCase> cases() throws IOException {
        SchemaFolder folder = remotes == null ? null : new SchemaFolder(remotes, path -> true, mappings);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
            files = walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        List<CorpusCase> cases = new ArrayList<>();
        for (Path file : files) {
            JsonNode groups = EXACT.readTree(file.toFile());
            if (groups == null || !groups.isArray()) {
                continue;
            }
            String fileName = input.relativize(file).toString().replace('\\', '/');
            for (int i = 0; i < groups.size(); i++) {
                cases.add(group(fileName + "#" + i, groups.get(i), folder));
            }
        }
        return cases;
    }

    private static CorpusCase group(String name, JsonNode group, SchemaFolder remotes) throws IOException {
        List<Payload> payloads = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        JsonNode tests = group.path("tests");
        for (int t = 0; t < tests.size(); t++) {
            JsonNode test = tests.get(t);
            if (test.path("valid").asBoolean(false)) {
                String payloadName = "tests/" + t + " (" + test.path("description").asText() + ")";
                PayloadFiles.add(payloadName, EXACT.writeValueAsBytes(test.get("data")), payloads, skipped);
            }
        }
        byte[] schema = EXACT.writerWithDefaultPrettyPrinter().writeValueAsBytes(group.get("schema"));
        return new CorpusCase(name, ROOT, () -> {
            SortedMap<String, byte[]> start = new TreeMap<>();
            start.put(ROOT, schema);
            return remotes == null ? start : remotes.closure(start);
        }, payloads, skipped, null);
    }
}
