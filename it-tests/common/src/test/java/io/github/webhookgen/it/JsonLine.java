package io.github.webhookgen.it;

import java.io.IOException;
import java.util.List;

/**
 * The Jackson line the code under test was generated for (Jackson 2, {@code com.fasterxml.jackson}, or Jackson 3,
 * {@code tools.jackson}), as far as the tests need it. The tests' own data (bodies, edits, expected trees) is Jackson 2
 * trees on every line; whatever exercises the code under test goes through the generated entry points or through
 * this: a plain mapper of the line, the line's exception types and what they carry, its JSON trees.
 *
 * <p>Each module compiles these tests with one line's folder, {@code common-jackson2/} or {@code common-jackson3/},
 * whose {@code TestedLine} names its implementation.
 */
interface JsonLine {

    /** The line on the test class path. */
    static JsonLine current() {
        return TestedLine.LINE;
    }

    /** The line's jackson-core version. */
    Version version();

    /** A new mapper with Jackson's defaults, as a user would make one without configuring it. */
    Mapper newMapper();

    /**
     * Whether a plain mapper stops reading after the first value and ignores what follows it
     * ({@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS} is off by default on Jackson 2, on by default on
     * Jackson 3).
     */
    boolean plainMapperIgnoresTrailingContent();

    /**
     * The checked exceptions that {@code Webhooks.parse} and {@code Webhooks.dispatch} of a body declare: Jackson 2's
     * exceptions are {@code IOException}s, Jackson 3's are unchecked.
     */
    List<Class<? extends Exception>> checkedExceptionsOfReading();

    /** Jackson's default {@code StreamReadConstraints} on this version. */
    ReadLimits readLimits();

    /** The line's exception class for {@code failure}. */
    Class<? extends Exception> exception(Failure failure);

    /** The path of a data-binding exception, outermost first: property names and array indexes. */
    List<Object> path(Exception e);

    /** A Jackson exception's message without the location and path Jackson appends. */
    String originalMessage(Exception e);

    /** Where in the input a Jackson exception happened. */
    Location location(Exception e);

    /**
     * Whether the message of a Jackson exception about text says its line and column. Jackson 3 leaves them out when
     * it leaves out the source (its default), and gives the byte offset instead; {@link #location} has them on both.
     */
    boolean messageNamesLineAndColumn();

    /** The text an {@code InvalidFormatException} could not convert. */
    Object invalidValue(Exception e);

    /** The JSON text of one of the line's {@code JsonNode}s. */
    String json(Object node);

    /** The line's node of a JSON string ({@code TextNode} on Jackson 2, {@code StringNode} on Jackson 3). */
    Object stringNode(String text);

    /** The values and property names in one of the line's container nodes; nothing for any other object. */
    List<Object> treeChildren(Object value);

    /** The package of the line's {@code JsonNode} implementations. */
    String nodePackage();

    /** Whether {@code type} is the line's {@code ObjectReader}. */
    boolean isObjectReader(Class<?> type);

    /**
     * The default typing (a {@code TypeResolverBuilder}) that {@code reader}, an {@code ObjectReader}, applies to
     * {@code type}, or null.
     */
    Object defaultTyping(Object reader, Class<?> type);

    /** The line's kinds of failure that tests tell apart. */
    enum Failure {
        /** Any Jackson exception: {@code JacksonException} on both lines. */
        JACKSON,
        /** Text that is not JSON: {@code JsonParseException} on Jackson 2, {@code StreamReadException} on Jackson 3. */
        SYNTAX,
        /** Input that ends inside a value: {@code JsonEOFException}, {@code UnexpectedEndOfInputException}. */
        END_OF_INPUT,
        /** JSON that does not bind: {@code JsonMappingException}, {@code DatabindException}. */
        DATABIND,
        /** A JSON type that does not bind: {@code MismatchedInputException} on both lines. */
        MISMATCHED_INPUT,
        /** A value of the right JSON type that does not convert: {@code InvalidFormatException} on both lines. */
        INVALID_FORMAT,
        /** A limit of {@code StreamReadConstraints}: {@code StreamConstraintsException} on both lines. */
        STREAM_CONSTRAINTS
    }

    /** A plain mapper of the line. Jackson 3 throws only unchecked exceptions; Jackson 2 throws IOExceptions. */
    interface Mapper {
        <T> T readValue(byte[] json, Class<T> type) throws IOException;

        <T> T readValue(String json, Class<T> type) throws IOException;

        String writeValueAsString(Object value) throws IOException;
    }

    /** A version of Jackson. */
    record Version(int major, int minor, int patch) {

        boolean isBefore(int major, int minor, int patch) {
            int[] actual = {this.major, this.minor, this.patch};
            int[] other = {major, minor, patch};
            for (int i = 0; i < actual.length; i++) {
                if (actual[i] != other[i]) {
                    return actual[i] < other[i];
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return major + "." + minor + "." + patch;
        }
    }

    /** A line and column in the input, 1-based. */
    record Location(int line, int column) {}

    /**
     * Jackson's defaults for the size of what a parser reads (from jackson-core 2.15 on); 0 where this version has no
     * limit.
     */
    record ReadLimits(int maxNestingDepth, int maxStringLength, int maxNameLength, int maxNumberLength) {}
}
