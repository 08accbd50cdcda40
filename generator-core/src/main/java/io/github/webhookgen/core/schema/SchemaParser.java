package io.github.webhookgen.core.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webhookgen.core.archive.Archive;
import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

/**
 * Second stage: decodes each document and parses it into a tree that remembers line and column per pointer, then
 * indexes the archive's schema resources.
 *
 * <p>Files written by someone else are read as leniently as they can be without guessing: a file that is not standard
 * JSON (RFC 8259) but reads with comments ({@code //}, {@code /* *}{@code /}, {@code #}), trailing commas, single
 * quotes, unquoted names, raw control characters in strings or relaxed numbers is read so, with one warning at the
 * first such place; a duplicate key takes its last value, with a warning at the duplicate; a file that is not UTF-8
 * is read as windows-1252, with a warning. Only a file that does not read even so is an error.
 */
public final class SchemaParser {

    /**
     * How deep the values of a schema document may nest: far beyond any schema written by hand or by a tool (Jackson's
     * default, 1,000, is meant for payloads from the internet), and still a bound on what a document costs to read.
     * Past it, the document is an {@link ProblemCode#ENTRY_TOO_LARGE} error.
     */
    static final int MAX_NESTING_DEPTH = 100_000;

    /** Jackson's limits on a document, but for {@link #MAX_NESTING_DEPTH}. */
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .build();

    private static final JsonFactory STRICT = JsonFactory.builder().streamReadConstraints(LIMITS).build();
    private static final JsonFactory LENIENT = JsonFactory.builder()
            .streamReadConstraints(LIMITS)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS, JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
            .build();
    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private final ArchiveUris uris;

    /** A parser for an archive whose files are known by their archive paths only. */
    public SchemaParser() {
        this(ArchiveUris.none());
    }

    /** A parser for an archive some of whose folders are published at the URIs {@code uris} maps them to. */
    public SchemaParser(ArchiveUris uris) {
        this.uris = uris;
    }

    public SchemaSet parse(Archive archive, Problems problems) {
        TreeMap<String, SchemaDocument> documents = new TreeMap<>();
        archive.documents().forEach((path, bytes) -> {
            SchemaDocument document = parse(path, decode(path, bytes, problems), problems);
            if (document != null) {
                documents.put(path, document);
            }
        });
        uris.emptyFolders(documents.keySet()).forEach((folder, prefix) -> problems.warning(
                ProblemCode.INVALID_CONFIG, Location.of("configuration"), "uriMappings folder \"" + folder
                        + "\" for " + prefix + " holds no schema of the archive"));
        return new SchemaSet(documents, uris, problems);
    }

    private static String decode(String path, byte[] bytes, Problems problems) {
        String text;
        try {
            text = strictDecoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.warning(ProblemCode.NOT_UTF8, Location.of(path), "the file is not UTF-8 (first invalid byte at "
                    + "offset " + firstInvalidUtf8(bytes) + "); read as windows-1252, save it as UTF-8");
            text = new String(bytes, FALLBACK);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        strictDecoder(StandardCharsets.UTF_8).decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return in.position();
    }

    /**
     * Parses one document: as standard JSON, and when that fails, leniently. Null (with an error reported) when the
     * text does not read even leniently, or is beyond the reader's limits ({@link #LIMITS}).
     */
    static SchemaDocument parse(String path, String text, Problems problems) {
        Reading strict = new Reading(path);
        try {
            return strict.read(STRICT, text, problems);
        } catch (JsonParseException notStandard) {
            Reading lenient = new Reading(path);
            try {
                SchemaDocument document = lenient.read(LENIENT, text, problems);
                if (document != null) {
                    JsonLocation at = notStandard.getLocation();
                    problems.warning(ProblemCode.NON_STANDARD_JSON, new Location(path, "", at.getLineNr(),
                            at.getColumnNr()), "not standard JSON: " + nonStandard(text, notStandard)
                                    + " (the first in this file); read leniently");
                }
                return document;
            } catch (IOException e) {
                return unreadable(path, lenient, e, problems);
            }
        } catch (IOException e) {
            return unreadable(path, strict, e, problems);
        }
    }

    /** Reports a document that cannot be read, at the line and column where reading stopped; null. */
    private static SchemaDocument unreadable(String path, Reading reading, IOException e, Problems problems) {
        int[] at = reading.failedAt();
        Location location = new Location(path, "", at[0], at[1]);
        if (e instanceof StreamConstraintsException beyond) {
            problems.error(ProblemCode.ENTRY_TOO_LARGE, location, "the document is beyond what the schema reader "
                    + "reads: " + beyond.getOriginalMessage());
        } else if (e instanceof JsonProcessingException malformed) {
            problems.error(ProblemCode.MALFORMED_JSON, location, "malformed JSON: " + malformed.getOriginalMessage());
        } else {
            problems.error(ProblemCode.MALFORMED_JSON, location, "cannot parse: " + e.getMessage());
        }
        return null;
    }

    /** What the strict parser stopped at, in words, from the character where it stopped. */
    private static String nonStandard(String text, JsonParseException failure) {
        int offset = (int) failure.getLocation().getCharOffset();
        char at = offset >= 0 && offset < text.length() ? text.charAt(offset) : 0;
        String message = failure.getOriginalMessage();
        if (at == '/' || at == '#') {
            return "a comment";
        }
        if ((at == '}' || at == ']') && previousNonBlank(text, offset) == ',') {
            return "a trailing comma";
        }

        if (Character.isJavaIdentifierStart(at) && message.contains("to start field name")) {
            return "an unquoted property name";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "a control character in a string";
        }
        if (message.startsWith("Unrecognized character escape")) {
            return "an escape that JSON does not define";
        }
        if (at == '\'') {
            return "a single-quoted string";
        }
        if (message.startsWith("Invalid numeric value") || at == '+' || at == '.') {
            return "a number that JSON does not allow";
        }
        return message;
    }

    private static char previousNonBlank(String text, int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    /**
     * One attempt at reading a document into a tree, collecting positions and duplicate keys. The tree is built with a
     * stack of the containers being read rather than by recursion, so that a document nested as deep as
     * {@link #MAX_NESTING_DEPTH} reads on any thread.
     */
    private static final class Reading {
        private final String path;
        private final List<Problem> warnings = new ArrayList<>();
        /** Where the parser was when it failed, for a failure that does not say (a limit of the reader). */
        private JsonLocation failedAt;

        /** A container being read: its node, its position entry, its member name or index, and its next index. */
        private static final class Open {
            final JsonNode node;
            final Positions.Entry positions;
            final String segment;
            int size;

            Open(JsonNode node, Positions.Entry positions, String segment) {
                this.node = node;
                this.positions = positions;
                this.segment = segment;
            }
        }

        Reading(String path) {
            this.path = path;
        }

        /** The document, or null (with an error reported) when the text holds no JSON value. */
        SchemaDocument read(JsonFactory factory, String text, Problems problems) throws IOException {
            try (JsonParser parser = factory.createParser(text)) {
                try {
                    if (parser.nextToken() == null) {
                        problems.error(ProblemCode.MALFORMED_JSON, new Location(path, "", 1, 1), "the file is empty");
                        return null;
                    }
                    JsonLocation start = parser.currentTokenLocation();
                    Positions positions = Positions.startingAt(start.getLineNr(), start.getColumnNr());
                    JsonNode root = read(parser, positions.root());
                    JsonLocation trailing = trailing(parser);
                    if (trailing != null) {
                        warnings.add(Problem.warning(ProblemCode.NON_STANDARD_JSON, new Location(path, "",
                                trailing.getLineNr(), trailing.getColumnNr()), "content after the end of the JSON "
                                        + "document; ignored"));
                    }
                    warnings.forEach(problems::report);
                    return new SchemaDocument(path, root, positions);
                } catch (JsonProcessingException e) {
                    failedAt = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                    throw e;
                }
            }
        }

        /** The line and column where reading failed: {@code {0, 0}} when unknown. */
        int[] failedAt() {
            return failedAt == null ? new int[2] : new int[] {failedAt.getLineNr(), failedAt.getColumnNr()};
        }

        /** Where content after the document starts, or null when there is none. */
        private static JsonLocation trailing(JsonParser parser) {
            try {
                return parser.nextToken() == null ? null : parser.currentTokenLocation();
            } catch (JsonParseException e) {
                return e.getLocation();
            } catch (IOException e) {
                return parser.currentLocation();
            }
        }

        /** Reads the value at the parser's current token, whose position is {@code root}. */
        private JsonNode read(JsonParser parser, Positions.Entry root) throws IOException {
            Deque<Open> open = new ArrayDeque<>();
            JsonNode value = start(parser, root, "", open);
            while (!open.isEmpty()) {
                Open container = open.peek();
                if (container.node instanceof ObjectNode object) {
                    String name = parser.nextFieldName();
                    if (name == null) {
                        open.pop();
                        continue;
                    }
                    if (object.has(name)) {
                        JsonLocation key = parser.currentTokenLocation();
                        warnings.add(Problem.warning(ProblemCode.NON_STANDARD_JSON, new Location(path,
                                pointer(open) + "/" + escape(name), key.getLineNr(), key.getColumnNr()),
                                "duplicate key \"" + name + "\"; the last value is read"));
                    }
                    parser.nextToken();
                    object.set(name, start(parser, member(parser, container, name), name, open));
                } else {
                    if (parser.nextToken() == JsonToken.END_ARRAY) {
                        open.pop();
                        continue;
                    }
                    String index = String.valueOf(container.size++);
                    ((ArrayNode) container.node).add(start(parser, member(parser, container, index), index, open));
                }
            }
            return value;
        }

        /** Records where the member {@code segment} of {@code container}, at the parser's current token, starts. */
        private static Positions.Entry member(JsonParser parser, Open container, String segment) {
            JsonLocation at = parser.currentTokenLocation();
            return container.positions.add(segment, at.getLineNr(), at.getColumnNr());
        }

        /**
         * The value that starts at the parser's current token, whose position is {@code positions} and which is the
         * member {@code segment} of its container; a container is returned empty and pushed on {@code open} to be
         * filled.
         */
        private static JsonNode start(JsonParser parser, Positions.Entry positions, String segment, Deque<Open> open)
                throws IOException {
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT -> {
                    ObjectNode object = NODES.objectNode();
                    open.push(new Open(object, positions, segment));
                    return object;
                }
                case START_ARRAY -> {
                    ArrayNode array = NODES.arrayNode();
                    open.push(new Open(array, positions, segment));
                    return array;
                }
                case VALUE_STRING -> {
                    return NODES.textNode(parser.getText());
                }
                case VALUE_NUMBER_INT -> {
                    return NODES.numberNode(parser.getBigIntegerValue());
                }
                case VALUE_NUMBER_FLOAT -> {
                    return NODES.numberNode(parser.getDecimalValue());
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                }
                default -> {
                    return NODES.nullNode();
                }
            }
        }

        /** The JSON pointer of the innermost open container. */
        private static String pointer(Deque<Open> open) {
            StringBuilder pointer = new StringBuilder();
            Iterator<Open> outward = open.descendingIterator();
            outward.next(); // the document's value
            outward.forEachRemaining(container -> pointer.append('/').append(escape(container.segment)));
            return pointer.toString();
        }
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
