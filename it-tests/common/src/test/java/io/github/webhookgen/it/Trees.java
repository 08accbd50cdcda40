package io.github.webhookgen.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * JSON trees on the tests' side: Jackson 2's, the tests' own library on every line. What the code under test writes
 * comes here as text, through the tested line, so that a tree compares what it wrote whatever the line.
 */
final class Trees {

    /** The tests' own mapper, for reading and writing test data; never the code under test. */
    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final JsonLine.Mapper LINE_MAPPER = JsonLine.current().newMapper();

    private Trees() {}

    static JsonNode read(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    static JsonNode read(byte[] json) throws IOException {
        return MAPPER.readTree(json);
    }

    /** What a plain mapper of the tested line writes for {@code value}. */
    static JsonNode written(Object value) throws IOException {
        return MAPPER.readTree(LINE_MAPPER.writeValueAsString(value));
    }

    /** One of the tested line's {@code JsonNode}s. */
    static JsonNode of(Object lineNode) throws IOException {
        return MAPPER.readTree(JsonLine.current().json(lineNode));
    }
}
