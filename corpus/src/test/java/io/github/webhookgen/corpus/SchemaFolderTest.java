package io.github.webhookgen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaFolderTest {

    @TempDir
    Path folder;

    @Test
    void referencesResolveAgainstTheBaseTheirIdsSetAndThroughTheMappings() throws IOException {
        write("integer.json", "{\"type\": \"integer\"}");
        write("nested/a.json", "{\"$ref\": \"b.json\"}");
        write("nested/b.json", "{\"type\": \"string\"}");
        write("unrelated.json", "{}");
        SchemaFolder remotes = new SchemaFolder(folder, path -> true,
                UriMappings.parse(List.of("http://localhost:1234/=")));
        SortedMap<String, byte[]> start = new TreeMap<>();
        start.put("schema.json", """
                {
                  "properties": {
                    "byUrl": {"$ref": "http://localhost:1234/integer.json"},
                    "byBase": {"$id": "http://localhost:1234/nested/", "items": {"$ref": "a.json#/x"}},
                    "elsewhere": {"$ref": "https://example.com/integer.json"}
                  }
                }""".getBytes(StandardCharsets.UTF_8));

        assertEquals(Set.of("schema.json", "integer.json", "nested/a.json", "nested/b.json"),
                remotes.closure(start).keySet());
    }

    @Test
    void aRelativePathThatNamesNoFileIsReadWithItsLeadingFoldersDropped() throws IOException {
        write("common/person.json", "{\"type\": \"object\"}");
        write("order.json", "{\"properties\": {\"p\": {\"$ref\": \"../../schemas/common/person.json\"}}}");
        SchemaFolder schemas = new SchemaFolder(folder, path -> true, new UriMappings(List.of()));

        assertEquals(Set.of("common/person.json"), schemas.targets("order.json", schemas.read("order.json")));
    }

    private void write(String path, String json) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
    }
}
