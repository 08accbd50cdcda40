package io.github.webhookgen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class UriMappingsTest {

    @Test
    void aMappedReferenceIsItsArchivePathWithoutTheFragment() {
        UriMappings mappings = UriMappings.parse(List.of("https://json.schemastore.org/=",
                "http://localhost:1234/=remotes/"));

        assertEquals("base.json", mappings.map("https://json.schemastore.org/base.json#/definitions/x"));
        assertEquals("remotes/nested/a.json", mappings.map("http://localhost:1234/nested/a.json"));
        assertNull(mappings.map("https://example.com/base.json"));
        assertNull(mappings.map("base.json"));
    }

    @Test
    void givenMappingsComeBeforeTheLayoutsOwn() {
        UriMappings given = UriMappings.parse(List.of("https://json.schemastore.org/=v2"));

        UriMappings all = given.then(SchemaStoreCases.MAPPINGS);

        assertEquals("v2/a.json", all.map("https://json.schemastore.org/a.json"));
        assertEquals("a.json", all.map("https://www.schemastore.org/a.json"));
    }

    @Test
    void aSpecificationWithoutPrefixIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> UriMappings.parse(List.of("=folder")));
        assertThrows(IllegalArgumentException.class, () -> UriMappings.parse(List.of("https://x/")));
    }
}
