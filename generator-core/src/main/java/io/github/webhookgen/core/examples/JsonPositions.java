package io.github.webhookgen.core.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Finds where a value starts in a JSON text, so that a problem about an example names its line and column: the value
 * at a JSON pointer, or, when the text has nothing there, the nearest enclosing value it has.
 */
final class JsonPositions {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonPositions() {}

    /** The 1-based line and column of the value at {@code pointer}, or {@code {0, 0}} when the text is not JSON. */
    static int[] of(byte[] json, String pointer) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() == null) {
                return new int[2];
            }
            int[] best = position(parser);
            String at = "";
            while (!at.equals(pointer)) {
                String next = nextSegment(pointer, at);
                if (!enter(parser, unescape(next.substring(at.length() + 1)))) {
                    return best;
                }
                at = next;
                best = position(parser);
            }
            return best;
        } catch (IOException e) {
            return new int[2];
        }
    }

    /** Moves the parser from a container to the start of its member {@code segment}; false when there is none. */
    private static boolean enter(JsonParser parser, String segment) throws IOException {
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                parser.nextToken();
                if (name.equals(segment)) {
                    return true;
                }
                parser.skipChildren();
            }
            return false;
        }
        if (parser.currentToken() == JsonToken.START_ARRAY && segment.matches("0|[1-9][0-9]{0,8}")) {
            int index = Integer.parseInt(segment);
            for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                if (i == index) {
                    return true;
                }
                parser.skipChildren();
            }
        }
        return false;
    }

    private static String nextSegment(String pointer, String at) {
        int end = pointer.indexOf('/', at.length() + 1);
        return end < 0 ? pointer : pointer.substring(0, end);
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    private static int[] position(JsonParser parser) {
        JsonLocation location = parser.currentTokenLocation();
        return new int[] {location.getLineNr(), location.getColumnNr()};
    }
}
