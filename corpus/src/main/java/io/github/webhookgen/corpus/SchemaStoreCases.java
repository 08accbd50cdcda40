package io.github.webhookgen.corpus;

import io.github.webhookgen.corpus.CorpusCase.Payload;
import io.github.webhookgen.corpus.CorpusCase.Skipped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * SchemaStore's repository layout: each schema {@code src/schemas/json/<name>.json} is a case, its positive test
 * payloads are {@code src/test/<name>/*} (YAML and TOML ones are skipped). The archive of a case is its schema and
 * the documents of {@code src/schemas/json/} that it reaches through {@code $ref}, with SchemaStore's URLs
 * ({@code https://json.schemastore.org/<name>.json}) mapped to that folder; giving the whole folder to every case
 * would generate and compile 900 schemas each time.
 */
final class SchemaStoreCases implements CaseSource {

    static final String SCHEMAS = "src/schemas/json";
    static final String TESTS = "src/test";

    /** The URL prefixes SchemaStore schemas refer to each other by. */
    static final UriMappings MAPPINGS = UriMappings.parse(List.of(
            "https://json.schemastore.org/=", "http://json.schemastore.org/=", "https://www.schemastore.org/=",
            "http://www.schemastore.org/="));

    private final Path input;
    private final UriMappings mappings;

    SchemaStoreCases(Path input, UriMappings mappings) {
        this.input = input;
        this.mappings = mappings;
    }

    static boolean matches(Path input) {
        return Files.isDirectory(input.resolve(SCHEMAS));
    }

    @Override
    public List<CorpusCase> cases() throws IOException {
        SchemaFolder schemas = new SchemaFolder(input.resolve(SCHEMAS), path -> !path.contains("/"), mappings);
        TreeSet<String> names = new TreeSet<>();
        schemas.paths().forEach(path -> names.add(path.substring(0, path.length() - ".json".length())));
        Path tests = input.resolve(TESTS);
        if (Files.isDirectory(tests)) {
            try (Stream<Path> folders = Files.list(tests)) {
                folders.filter(Files::isDirectory).forEach(folder -> names.add(folder.getFileName().toString()));
            }
        }
        List<CorpusCase> cases = new ArrayList<>();
        for (String name : names) {
            List<Payload> payloads = new ArrayList<>();
            List<Skipped> skipped = new ArrayList<>();
            PayloadFiles.collect(tests.resolve(name), "", payloads, skipped);
            String root = name + ".json";
            if (!schemas.contains(root)) {
                cases.add(CorpusCase.unusable(name, payloads, skipped, "no schema " + SCHEMAS + "/" + root
                        + " for the test folder " + TESTS + "/" + name));
                continue;
            }
            cases.add(new CorpusCase(name, root, () -> {
                SortedMap<String, byte[]> start = new TreeMap<>();
                start.put(root, schemas.read(root));
                return schemas.closure(start);
            }, payloads, skipped, null));
        }
        return cases;
    }
}
