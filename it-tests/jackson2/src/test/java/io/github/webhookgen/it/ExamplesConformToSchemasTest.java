package io.github.webhookgen.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every bundled example notification against the bundled schemas with an independent validator
 * (networknt, draft-04). Examples named in {@code schema-deviations.txt} must fail validation; all others must pass.
 */
class ExamplesConformToSchemasTest {

    private static final String DEVIATIONS_RESOURCE = "/schema-deviations.txt";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonSchema rootSchema;
    private static Set<String> deviations;

    @BeforeAll
    static void loadSchemaAndDeviationList() throws IOException {
        Path root = archive().resolve("webhooks").resolve("WsNotificationMsg.json");
        assertTrue(Files.isRegularFile(root), "root schema not found: " + root);
        // Loaded from its file: URI so that relative $refs resolve against the schema's own folder.
        rootSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(SchemaLocation.of(root.toUri().toString()));
        deviations = readDeviationList();
    }

    static List<String> exampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(examplesDir())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleFiles")
    void exampleConformsUnlessListedAsDeviation(String fileName) throws IOException {
        Set<ValidationMessage> messages = rootSchema.validate(MAPPER.readTree(examplesDir().resolve(fileName).toFile()));
        if (deviations.contains(fileName)) {
            assertFalse(messages.isEmpty(),
                    fileName + " is listed in schema-deviations.txt but conforms to the schemas");
        } else {
            assertTrue(messages.isEmpty(), () -> fileName + " does not conform to the schemas:\n" + describe(messages));
        }
    }

    @Test
    void deviationListNamesOnlyExistingExamples() {
        for (String name : deviations) {
            assertTrue(Files.isRegularFile(examplesDir().resolve(name)),
                    "schema-deviations.txt names a missing example: " + name);
        }
    }

    private static Path archive() {
        String dir = System.getProperty("webhookgen.archive");
        assertNotNull(dir, "system property webhookgen.archive (the schema archive directory) is not set");
        return Path.of(dir);
    }

    private static Path examplesDir() {
        return archive().resolve("webhooks_examples");
    }

    /** One file name per line; everything after '#' is a comment. */
    private static Set<String> readDeviationList() throws IOException {
        Set<String> names = new TreeSet<>();
        try (InputStream in = ExamplesConformToSchemasTest.class.getResourceAsStream(DEVIATIONS_RESOURCE)) {
            assertNotNull(in, DEVIATIONS_RESOURCE + " is missing from the test resources");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String name = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static String describe(Set<ValidationMessage> messages) {
        return messages.stream().map(m -> "  " + m).sorted().collect(Collectors.joining("\n"));
    }
}
