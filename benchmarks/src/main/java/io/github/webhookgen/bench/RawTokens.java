package io.github.webhookgen.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Variant (d), the floor: Jackson's streaming parser walks every token of the body and decodes nothing (string and
 * number values stay undecoded). Any decoder built on Jackson does at least this much work.
 */
final class RawTokens {

    private static final JsonFactory FACTORY = new JsonFactory();

    private RawTokens() {}

    static int count(byte[] body) throws IOException {
        int tokens = 0;
        try (JsonParser parser = FACTORY.createParser(body)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }
}
