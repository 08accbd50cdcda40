package io.github.webhookgen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MessageShapesTest {

    @Test
    void keywordsAndShortValuesStayParticularsGo() {
        assertEquals("'patternProperties' cannot be expressed in the generated types; ignored",
                MessageShapes.of("'patternProperties' cannot be expressed in the generated types; ignored"));
        assertEquals("\"type\": \"any\" is not a JSON Schema type; read as any JSON value",
                MessageShapes.of("\"type\": \"any\" is not a JSON Schema type; read as any JSON value"));
        assertEquals("$ref \"…\": no file ….json in the archive; typed as JsonNode",
                MessageShapes.of("$ref \"https://x.org/a.json#/definitions/b\": no file x.org/a.json in the archive; "
                        + "typed as JsonNode"));
    }

    @Test
    void jacksonMessagesLoseTheirLocationAndGeneratedClassNames() {
        assertEquals("Unrecognized field \"sku\" (class corpus.j2p.…), not marked as ignorable (N known properties: )",
                MessageShapes.of("Unrecognized field \"sku\" (class corpus.j2p.Line), not marked as ignorable "
                        + "(12 known properties: ) at [Source: REDACTED; line: 1, column: 9] (through reference "
                        + "chain: corpus.j2p.Order[\"lines\"])"));
    }
}
