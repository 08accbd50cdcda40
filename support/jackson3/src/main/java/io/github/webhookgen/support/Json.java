package io.github.webhookgen.support;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import tools.jackson.databind.type.TypeFactory;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Reads and writes the JSON of the generated types with Jackson 3: strict about JSON types, lossless about everything
 * else. The generated codecs call it; it is the same for every schema archive.
 *
 * <p>A generated decoder reads an object in one loop over its properties. When a union had to read some properties
 * ahead to find its discriminator, those are replayed first from a buffer ({@code prefix}), then reading goes on with
 * the live parser where the union stopped ({@code live}, standing at the value of the discriminator when
 * {@code atValue}), so that nothing after a discriminator is ever buffered.
 *
 * <p>A value the schema allows and its Java type cannot hold exactly (an integer beyond the long range, {@code 1.0}
 * where an integer is, a leap second, an enum value the schema does not list) is still read, as the nearest value or
 * {@code null}, and its JSON is kept as it arrived in the record's {@code additionalProperties}, under the name of the
 * property it is in; the kept JSON wins when writing. A property's own value keeps its JSON itself; the elements of a
 * property's array, or the values of its dictionary, keep the whole array or object; a value deeper down marks the
 * read as inexact in the {@code DeserializationContext}, and the property, read from a buffered copy, keeps the copy
 * ({@link #readBuffered}).
 */
final class Json {

    /**
     * The attribute of a read's {@code DeserializationContext} that marks a value read as one its Java type does not
     * hold exactly (see {@link #readBuffered}).
     */
    private static final String INEXACT = "webhookgen.inexact";

    /** The most digits of an integer read as {@code BigInteger}: Jackson's default limit for a number's text. */
    private static final int MAX_DIGITS = 1000;

    /** The most digits of a long. */
    private static final int LONG_DIGITS = 19;

    private Json() {}

    /** The first property name of an object; accepts a parser at its start or already inside it. */
    static String firstField(JsonParser p, Class<?> type) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return p.nextName();
        }
        if (token == JsonToken.PROPERTY_NAME) {
            return p.currentName();
        }
        if (token == JsonToken.END_OBJECT) {
            return null;
        }
        throw mismatch(p, type, "an object");
    }

    static String readString(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw mismatch(p, String.class, "a string");
        }
        return p.getString();
    }

    /**
     * Reads an integer into a {@code Long}. Every integer the schema allows is read: since draft-06 an integer is any
     * number with a zero fractional part (2020-12 Validation §6.1.1), so {@code 1.0} and {@code 1e3} read as
     * {@code 1} and {@code 1000}, and an integer beyond the long range reads as {@code null}; either way the value is
     * marked inexact (see {@link #readBuffered}), so that the property it is in keeps its JSON. A number with a
     * fraction is not an integer and fails with a {@code MismatchedInputException}.
     */
    static Long readLong(JsonParser p, DeserializationContext ctxt) {
        if (isLong(p)) {
            return p.getLongValue();
        }
        Long value = nearestLong(p);
        inexact(ctxt);
        return value;
    }

    /** {@link #readLong(JsonParser, DeserializationContext)} of a property: keeps its JSON in {@code extra} instead. */
    static Long readLong(JsonParser p, DeserializationContext ctxt, String name, Map<String, JsonNode> extra) {
        if (isLong(p)) {
            return p.getLongValue();
        }
        Long value = nearestLong(p);
        keep(p, ctxt, name, extra);
        return value;
    }

    private static boolean isLong(JsonParser p) {
        return p.currentToken() == JsonToken.VALUE_NUMBER_INT
                && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
    }

    private static Long nearestLong(JsonParser p) {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return null; // beyond the long range
        }
        BigInteger value = integral(p, Long.class, LONG_DIGITS);
        return value != null && value.bitLength() < Long.SIZE ? value.longValue() : null;
    }

    /**
     * Reads an integer into a {@code BigInteger}. An integer written with a fraction of zeros or an exponent
     * ({@code 1.0}, {@code 1e3}) reads as its value, and one of more than {@value #MAX_DIGITS} digits
     * ({@code 1e1000}) as {@code null}; either is marked inexact (see {@link #readBuffered}). A number with a fraction
     * fails.
     */
    static BigInteger readBigInteger(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return p.getBigIntegerValue();
        }
        BigInteger value = integral(p, BigInteger.class, MAX_DIGITS);
        inexact(ctxt);
        return value;
    }

    /** {@link #readBigInteger(JsonParser, DeserializationContext)} of a property: keeps its JSON in {@code extra}. */
    static BigInteger readBigInteger(JsonParser p, DeserializationContext ctxt, String name,
            Map<String, JsonNode> extra) {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return p.getBigIntegerValue();
        }
        BigInteger value = integral(p, BigInteger.class, MAX_DIGITS);
        keep(p, ctxt, name, extra);
        return value;
    }

    /**
     * The value of a number written with a fraction or an exponent that is an integer, or null when it has more than
     * {@code maxDigits} digits (counted without building it: {@code 1e999999999} is an integer too). Read from the
     * text, so that the parser still gives Jackson's tree reader the number it would have read.
     *
     * @throws MismatchedInputException when the token is not a number, or a number with a fraction
     */
    private static BigInteger integral(JsonParser p, Class<?> type, int maxDigits) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_FLOAT) {
            throw mismatch(p, type, "an integer");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(p.getString());
        } catch (NumberFormatException e) {
            return null; // an exponent beyond the int range
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (stripped.scale() > 0) {
            throw mismatch(p, type, "an integer");
        }
        return stripped.precision() - stripped.scale() > maxDigits ? null : stripped.toBigIntegerExact();
    }

    /**
     * Reads a number; one that {@code BigDecimal} cannot hold (an exponent beyond the int range, such as
     * {@code 1e9999999999}) fails as a Jackson exception.
     */
    static BigDecimal readDecimal(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT && p.currentToken() != JsonToken.VALUE_NUMBER_FLOAT) {
            throw mismatch(p, BigDecimal.class, "a number");
        }
        try {
            return p.getDecimalValue();
        } catch (NumberFormatException e) {
            throw InvalidFormatException.from(p, "Not a number a BigDecimal can hold: " + e.getMessage(), p.getString(),
                    BigDecimal.class);
        }
    }

    static Boolean readBoolean(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_TRUE && p.currentToken() != JsonToken.VALUE_FALSE) {
            throw mismatch(p, Boolean.class, "a boolean");
        }
        return p.getBooleanValue();
    }

    static JsonNode readTree(JsonParser p, DeserializationContext ctxt) {
        return ctxt.readTree(p);
    }

    /**
     * Reads an RFC 3339 date-time (§5.6). Any string is read: a date-time {@code OffsetDateTime} cannot hold exactly
     * reads as the nearest value, text that is none as {@code null}, and either is marked inexact (see
     * {@link #readBuffered}), as is a date-time whose value would print differently ({@code .000}, {@code +00:00}):
     * <ul>
     *   <li>a leap second, {@code 23:59:60} (§5.7), reads as the last nanosecond before the next minute,
     *       {@code 23:59:59.999999999}, so that it sorts after every other time of its minute;
     *   <li>more than nine fraction digits are cut to nine;
     *   <li>{@code t}, {@code z} (§5.6 allows lower case), a space for {@code T} and an offset without its colon
     *       ({@code +0000}, seen in payloads though not RFC 3339) read as if written the standard way.
     * </ul>
     * In 2019-09 and later {@code format} only annotates, so text that is no date-time at all is valid JSON Schema.
     */
    static OffsetDateTime readDateTime(JsonParser p, DeserializationContext ctxt) {
        String text = readString(p, ctxt);
        OffsetDateTime value = dateTime(text);
        if (value == null || !value.toString().equals(text)) {
            inexact(ctxt);
        }
        return value;
    }

    /** {@link #readDateTime(JsonParser, DeserializationContext)} of a property: keeps its text in {@code extra}. */
    static OffsetDateTime readDateTime(JsonParser p, DeserializationContext ctxt, String name,
            Map<String, JsonNode> extra) {
        String text = readString(p, ctxt);
        OffsetDateTime value = dateTime(text);
        if (value == null || !value.toString().equals(text)) {
            keep(p, ctxt, name, extra);
        }
        return value;
    }

    /** An RFC 3339 date-time as {@link #readDateTime(JsonParser, DeserializationContext)} reads it, or null. */
    static OffsetDateTime dateTime(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return lenientDateTime(text);
        }
    }

    /** Date, time, fraction, and {@code Z} or a signed offset of hours and minutes. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?(?:([Zz])|([+-])(\\d{2}):?(\\d{2}))");

    private static OffsetDateTime lenientDateTime(String text) {
        Matcher m = DATE_TIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int second = Integer.parseInt(m.group(4));
        int nano = m.group(5) == null ? 0 : Integer.parseInt((m.group(5) + "00000000").substring(0, 9));
        if (second == 60) {
            second = 59;
            nano = 999_999_999;
        }
        int sign = "-".equals(m.group(7)) ? -1 : 1;
        try {
            ZoneOffset offset = m.group(6) != null ? ZoneOffset.UTC : ZoneOffset.ofHoursMinutes(
                    sign * Integer.parseInt(m.group(8)), sign * Integer.parseInt(m.group(9)));
            return OffsetDateTime.of(LocalDate.parse(m.group(1)), LocalTime.of(Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), second, nano), offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Reads an RFC 3339 full-date (§5.6, {@code "format": "date"}); text that is not one, or that would print
     * differently, reads as {@code null} or the date and is marked inexact (see {@link #readBuffered}).
     */
    static LocalDate readDate(JsonParser p, DeserializationContext ctxt) {
        String text = readString(p, ctxt);
        LocalDate value = date(text);
        if (value == null || !value.toString().equals(text)) {
            inexact(ctxt);
        }
        return value;
    }

    /** {@link #readDate(JsonParser, DeserializationContext)} of a property: keeps its text in {@code extra}. */
    static LocalDate readDate(JsonParser p, DeserializationContext ctxt, String name, Map<String, JsonNode> extra) {
        String text = readString(p, ctxt);
        LocalDate value = date(text);
        if (value == null || !value.toString().equals(text)) {
            keep(p, ctxt, name, extra);
        }
        return value;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Reads an enum constant; a value the schema does not list reads as {@code unknown} and is marked inexact. */
    static <E extends Enum<E>> E readEnum(JsonParser p, DeserializationContext ctxt, Function<String, E> fromValue,
            E unknown) {
        E value = fromValue.apply(readString(p, ctxt));
        if (value == unknown) {
            inexact(ctxt);
        }
        return value;
    }

    /** Reads an enum constant of a property; keeps the text in {@code extra} when the schema does not list it. */
    static <E extends Enum<E>> E readEnum(JsonParser p, DeserializationContext ctxt, Function<String, E> fromValue,
            E unknown, String name, Map<String, JsonNode> extra) {
        E value = fromValue.apply(readString(p, ctxt));
        if (value == unknown) {
            keep(p, ctxt, name, extra);
        }
        return value;
    }

    /**
     * Reads a property the schema fixes to one value ({@code const} or a one-value {@code enum}). Another value is kept
     * in {@code extra}, so that it is written back as it arrived, and the constant is returned.
     */
    static String readFixed(JsonParser p, DeserializationContext ctxt, String constant, String name,
            Map<String, JsonNode> extra) {
        String text = readString(p, ctxt);
        if (!text.equals(constant)) {
            extra.put(name, StringNode.valueOf(text));
        }
        return constant;
    }

    /**
     * Reads a property the schema fixes to a boolean or a number. Another value, or the same number written another
     * way ({@code 1.0} for {@code 1}), is kept in {@code extra}, so that it is written back as it arrived, and the
     * constant is returned.
     */
    static <T> T readFixed(JsonParser p, DeserializationContext ctxt, T constant, String name,
            Map<String, JsonNode> extra) {
        JsonNode value = ctxt.readTree(p);
        boolean exact = constant instanceof Boolean flag ? value.isBoolean() && value.booleanValue() == flag
                : constant instanceof Long number ? value.isIntegralNumber() && value.canConvertToLong()
                        && value.longValue() == number
                : constant instanceof BigInteger integer && value.isIntegralNumber()
                        && value.bigIntegerValue().equals(integer);
        if (!exact) {
            extra.put(name, value);
        }
        return constant;
    }

    /** Reads an array; {@code null} elements stay {@code null}. */
    static <T> List<T> readList(JsonParser p, DeserializationContext ctxt, Reader<T> element) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw mismatch(p, List.class, "an array");
        }
        List<T> list = new ArrayList<>();
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            list.add(readElement(p, ctxt, element, token, list));
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Reads the array of scalars a property holds; when an element is one its Java type cannot hold exactly (marked
     * inexact by {@code element}), keeps the whole array in {@code extra}, as it arrived. Nothing is buffered: the
     * elements before the first inexact one were read exactly, so their JSON is what their values print.
     */
    static <T> List<T> readList(JsonParser p, DeserializationContext ctxt, Reader<T> element, String name,
            Map<String, JsonNode> extra) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw mismatch(p, List.class, "an array");
        }
        Object outer = enter(ctxt);
        List<T> list = new ArrayList<>();
        ArrayNode raw = null;
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            T value = readElement(p, ctxt, element, token, list);
            if (raw == null && marked(ctxt)) {
                raw = ctxt.getNodeFactory().arrayNode();
                for (T earlier : list) {
                    raw.add(exactNode(earlier, ctxt.getNodeFactory()));
                }
            }
            if (raw != null) {
                raw.add(scalar(p, ctxt));
            }
            list.add(value);
        }
        leave(ctxt, outer);
        if (raw != null) {
            extra.put(name, raw);
        }
        return Collections.unmodifiableList(list);
    }

    private static <T> T readElement(JsonParser p, DeserializationContext ctxt, Reader<T> element, JsonToken token,
            List<T> list) {
        try {
            return token == JsonToken.VALUE_NULL ? null : element.read(p, ctxt);
        } catch (DatabindException e) {
            throw JacksonException.wrapWithPath(e, list, list.size());
        }
    }

    /** Reads an object used as a dictionary; {@code null} values stay {@code null}. */
    static <T> Map<String, T> readMap(JsonParser p, DeserializationContext ctxt, Reader<T> value) {
        Map<String, T> map = new LinkedHashMap<>();
        for (String name = firstField(p, Map.class); name != null; name = p.nextName()) {
            map.put(name, readEntry(p, ctxt, value, name, map));
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Reads the dictionary of scalars a property holds; when a value is one its Java type cannot hold exactly, keeps
     * the whole object in {@code extra}, as {@link #readList(JsonParser, DeserializationContext, Reader, String, Map)}
     * does an array.
     */
    static <T> Map<String, T> readMap(JsonParser p, DeserializationContext ctxt, Reader<T> value, String property,
            Map<String, JsonNode> extra) {
        Object outer = enter(ctxt);
        Map<String, T> map = new LinkedHashMap<>();
        ObjectNode raw = null;
        for (String name = firstField(p, Map.class); name != null; name = p.nextName()) {
            T entry = readEntry(p, ctxt, value, name, map);
            if (raw == null && marked(ctxt)) {
                raw = ctxt.getNodeFactory().objectNode();
                for (Map.Entry<String, T> earlier : map.entrySet()) {
                    raw.set(earlier.getKey(), exactNode(earlier.getValue(), ctxt.getNodeFactory()));
                }
            }
            if (raw != null) {
                raw.set(name, scalar(p, ctxt));
            }
            map.put(name, entry);
        }
        leave(ctxt, outer);
        if (raw != null) {
            extra.put(property, raw);
        }
        return Collections.unmodifiableMap(map);
    }

    private static <T> T readEntry(JsonParser p, DeserializationContext ctxt, Reader<T> value, String name,
            Map<String, T> map) {
        JsonToken token = p.nextToken();
        try {
            return token == JsonToken.VALUE_NULL ? null : value.read(p, ctxt);
        } catch (DatabindException e) {
            throw JacksonException.wrapWithPath(e, map, name);
        }
    }

    /**
     * Reads a property whose value holds, deeper than its own elements, values of a type that may not hold them
     * exactly (a list of lists of integers, a map of lists of date-times, a union with such a branch): from a copy of
     * its JSON, which is kept in {@code extra} when {@code reader} marked any value inexact. Records inside keep their
     * own properties' JSON and do not count. Only properties whose type needs it pay for the copy; a scalar (a union's
     * integer branch) is not copied.
     */
    static <T> T readBuffered(JsonParser p, DeserializationContext ctxt, Reader<T> reader, String name,
            Map<String, JsonNode> extra) {
        Object outer = enter(ctxt);
        if (p.currentToken().isScalarValue()) {
            T value = reader.read(p, ctxt);
            if (leave(ctxt, outer)) {
                keep(p, ctxt, name, extra);
            }
            return value;
        }
        TokenBuffer copy = TokenBuffer.forBuffering(p, ctxt);
        copy.copyCurrentStructure(p);
        T value = reader.read(reread(copy, p, ctxt), ctxt);
        if (leave(ctxt, outer)) {
            extra.put(name, ctxt.readTree(reread(copy, p, ctxt)));
        }
        return value;
    }

    /** A parser over the buffered value, at its first token, reporting the location of {@code source}. */
    private static JsonParser reread(TokenBuffer copy, JsonParser source, DeserializationContext ctxt) {
        JsonParser again = copy.asParser(ctxt, source);
        again.nextToken();
        return again;
    }

    /** Keeps the JSON of the scalar at {@code p} as property {@code name} in {@code extra}, to be written back. */
    private static void keep(JsonParser p, DeserializationContext ctxt, String name, Map<String, JsonNode> extra) {
        extra.put(name, scalar(p, ctxt));
    }

    /**
     * The JSON of the scalar at {@code p}, as Jackson's tree reader reads it; but a number beyond the double range,
     * which it reads as an infinite double (written back as the string {@code "Infinity"}), keeps its digits.
     */
    private static JsonNode scalar(JsonParser p, DeserializationContext ctxt) {
        JsonNode node = ctxt.readTree(p);
        if (node.isDouble() && Double.isInfinite(node.doubleValue())) {
            try {
                return DecimalNode.valueOf(new BigDecimal(p.getString()));
            } catch (NumberFormatException e) {
                return node; // an exponent beyond the int range: BigDecimal cannot hold it either
            }
        }
        return node;
    }

    /**
     * Marks the value being read as one its Java type does not hold exactly, in an attribute of this read's
     * {@code DeserializationContext}, for the property reader around it to keep the JSON.
     */
    private static void inexact(DeserializationContext ctxt) {
        ctxt.setAttribute(INEXACT, Boolean.TRUE);
    }

    private static boolean marked(DeserializationContext ctxt) {
        return ctxt.getAttribute(INEXACT) != null;
    }

    /**
     * Starts reading a property that keeps its JSON when a value in it is inexact: clears the mark of an enclosing one
     * (a record inside keeps its own) and returns it.
     */
    private static Object enter(DeserializationContext ctxt) {
        Object outer = ctxt.getAttribute(INEXACT);
        if (outer != null) {
            ctxt.setAttribute(INEXACT, null);
        }
        return outer;
    }

    /** Ends what {@link #enter} started: whether a value read since was inexact; restores the enclosing mark. */
    private static boolean leave(DeserializationContext ctxt, Object outer) {
        boolean inexact = marked(ctxt);
        if (inexact != (outer != null)) {
            ctxt.setAttribute(INEXACT, outer);
        }
        return inexact;
    }

    /**
     * The JSON of a value read exactly, as Jackson's tree reader gives it for the text it was read from: a number, the
     * text of an enum constant, or the text a date prints.
     */
    private static JsonNode exactNode(Object value, JsonNodeFactory nodes) {
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof Valued constant) {
            return nodes.stringNode(constant.value());
        }
        if (value instanceof Long || value instanceof BigInteger) {
            BigInteger integer = value instanceof Long number ? BigInteger.valueOf(number) : (BigInteger) value;
            return integer.bitLength() < Integer.SIZE ? nodes.numberNode(integer.intValue())
                    : integer.bitLength() < Long.SIZE ? nodes.numberNode(integer.longValue())
                    : nodes.numberNode(integer);
        }
        return nodes.stringNode(value.toString());
    }

    /**
     * Finds the discriminator {@code property} of an object read as a decoder's {@code read} reads it, and stops at its
     * first occurrence: the properties before it are buffered and replayed to the branch, which goes on with
     * {@code live} from there. The way Jackson's own polymorphic types read, without class names, and without
     * buffering anything after the discriminator.
     */
    static Discriminated discriminate(JsonParser prefix, JsonParser live, DeserializationContext ctxt, String property,
            boolean atValue) {
        TokenBuffer ahead = null;
        boolean located = false;
        String found = null;
        JsonParser p = prefix == null ? live : prefix;
        boolean resumed = prefix == null && atValue;
        for (String name = resumed ? p.currentName() : firstField(p, ObjectNode.class); ; name = p.nextName()) {
            if (name == null) {
                if (p == live || located) {
                    break;
                }
                // Done with the properties a union read ahead: go on where it stopped
                p = live;
                resumed = atValue;
                name = resumed ? p.currentName() : p.nextName();
                if (name == null) {
                    break;
                }
            }
            JsonToken token = resumed ? p.currentToken() : p.nextToken();
            resumed = false;
            if (!located && name.equals(property)) {
                // The first occurrence; any other must have the same value, which the branch checks
                located = true;
                found = token == JsonToken.VALUE_STRING ? p.getString() : null;
                if (p == live) {
                    return new Discriminated(found, ahead == null ? null : replay(ahead, live, ctxt), live, true);
                }
            }
            if (ahead == null) {
                ahead = startObject(live, ctxt);
            }
            ahead.writeName(name);
            ahead.copyCurrentStructure(p);
        }
        if (located) {
            // Among the properties an enclosing union read ahead: replay them all, then go on where it stopped
            return new Discriminated(found, replay(ahead, live, ctxt), live, atValue);
        }
        TokenBuffer whole = ahead == null ? startObject(live, ctxt) : ahead;
        return new Discriminated(null, replay(whole, live, ctxt), null, false);
    }

    /**
     * Reads an object of a kind the schema does not declare, as a tree, the way a decoder's {@code read} does
     * ({@code live} is null when {@code prefix} holds the whole object). The {@code discriminators} that led here may
     * repeat only with the same value.
     */
    static ObjectNode readUnknown(JsonParser prefix, JsonParser live, DeserializationContext ctxt, boolean atValue,
            String... discriminators) {
        ObjectNode object = ctxt.getNodeFactory().objectNode();
        JsonParser p = prefix == null ? live : prefix;
        boolean resumed = prefix == null && atValue;
        for (String name = resumed ? p.currentName() : firstField(p, ObjectNode.class); ; name = p.nextName()) {
            if (name == null) {
                if (p == live || live == null) {
                    break;
                }
                // Done with the properties a union read ahead: go on where it stopped
                p = live;
                resumed = atValue;
                name = resumed ? p.currentName() : p.nextName();
                if (name == null) {
                    break;
                }
            }
            if (!resumed) {
                p.nextToken();
            }
            resumed = false;
            JsonNode value = ctxt.readTree(p);
            JsonNode earlier = object.replace(name, value);
            if (earlier != null && Arrays.asList(discriminators).contains(name)
                    && !(earlier.isValueNode() && earlier.equals(value))) {
                throw JacksonException.wrapWithPath(repeated(p, name), object, name);
            }
        }
        return object;
    }

    /**
     * Reads a discriminator of an object whose kind it chose, so its value is {@code constant}. A repeat must have the
     * value of the {@code earlier} one; another value means the object is of another kind.
     */
    static String readDiscriminator(JsonParser p, DeserializationContext ctxt, String constant, String earlier) {
        String value = readString(p, ctxt);
        if (earlier != null && !earlier.equals(value)) {
            throw repeated(p, p.currentName());
        }
        if (!value.equals(constant)) {
            throw MismatchedInputException.from(p, String.class, "Property \"" + p.currentName() + "\" is \"" + value
                    + "\", not \"" + constant + "\" as for the kind of object being read; it chooses the kind of "
                    + "object, so every occurrence must have the same value");
        }
        return value;
    }

    /** {@link #readDiscriminator(JsonParser, DeserializationContext, String, String)} of a boolean discriminator. */
    static Boolean readDiscriminator(JsonParser p, DeserializationContext ctxt, Boolean constant, Boolean earlier)
            {
        return checkDiscriminator(p, readBoolean(p, ctxt), constant, earlier);
    }

    /** {@link #readDiscriminator(JsonParser, DeserializationContext, String, String)} of an integer discriminator. */
    static Long readDiscriminator(JsonParser p, DeserializationContext ctxt, Long constant, Long earlier)
            {
        return checkDiscriminator(p, readLong(p, ctxt), constant, earlier);
    }

    /**
     * {@link #readDiscriminator(JsonParser, DeserializationContext, String, String)} of an integer discriminator whose
     * schema allows integers beyond the long range.
     */
    static BigInteger readDiscriminator(JsonParser p, DeserializationContext ctxt, BigInteger constant,
            BigInteger earlier) {
        return checkDiscriminator(p, readBigInteger(p, ctxt), constant, earlier);
    }

    /** {@link #readDiscriminator(JsonParser, DeserializationContext, String, String)} of a decimal discriminator. */
    static BigDecimal readDiscriminator(JsonParser p, DeserializationContext ctxt, BigDecimal constant,
            BigDecimal earlier) {
        return checkDiscriminator(p, readDecimal(p, ctxt), constant, earlier);
    }

    private static <T> T checkDiscriminator(JsonParser p, T value, T constant, T earlier) {
        if (earlier != null && !same(earlier, value)) {
            throw repeated(p, p.currentName());
        }
        if (!same(value, constant)) {
            throw MismatchedInputException.from(p, constant.getClass(), "Property \"" + p.currentName() + "\" is "
                    + value + ", not " + constant + " as for the kind of object being read; it chooses the kind of "
                    + "object, so every occurrence must have the same value");
        }
        return value;
    }

    /** Two discriminator values alike: equal, or for numbers the same value ({@code 2} and {@code 2.0}). */
    private static boolean same(Object a, Object b) {
        return a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) == 0 : a.equals(b);
    }

    /**
     * Finds the discriminators {@code properties} of an object read as a decoder's {@code read} reads it, for unions
     * chosen by a boolean or a number, or by the values of several properties together. It stops at the first
     * occurrence of the last of them to be found: the properties before it are buffered and replayed to the branch,
     * which goes on with {@code live} from there.
     */
    static Keyed discriminate(JsonParser prefix, JsonParser live, DeserializationContext ctxt, boolean atValue,
            String... properties) {
        Object[] values = new Object[properties.length];
        boolean[] seen = new boolean[properties.length];
        int missing = properties.length;
        TokenBuffer ahead = null;
        JsonParser p = prefix == null ? live : prefix;
        boolean resumed = prefix == null && atValue;
        for (String name = resumed ? p.currentName() : firstField(p, ObjectNode.class); ; name = p.nextName()) {
            if (name == null) {
                if (p == live || missing == 0) {
                    break;
                }
                // Done with the properties a union read ahead: go on where it stopped
                p = live;
                resumed = atValue;
                name = resumed ? p.currentName() : p.nextName();
                if (name == null) {
                    break;
                }
            }
            JsonToken token = resumed ? p.currentToken() : p.nextToken();
            resumed = false;
            int index = Arrays.asList(properties).indexOf(name);
            if (index >= 0 && !seen[index]) {
                // The first occurrence; any other must have the same value, which the branch checks
                seen[index] = true;
                missing--;
                values[index] = scalar(p, token);
                if (missing == 0 && p == live) {
                    return new Keyed(values, ahead == null ? null : replay(ahead, live, ctxt), live, true);
                }
            }
            if (ahead == null) {
                ahead = startObject(live, ctxt);
            }
            ahead.writeName(name);
            ahead.copyCurrentStructure(p);
        }
        if (missing == 0) {
            // Among the properties an enclosing union read ahead: replay them all, then go on where it stopped
            return new Keyed(values, replay(ahead, live, ctxt), live, atValue);
        }
        return new Keyed(values, replay(ahead == null ? startObject(live, ctxt) : ahead, live, ctxt), null, false);
    }

    /** The value of a scalar token: a string, a boolean or a number; null for anything else. */
    private static Object scalar(JsonParser p, JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> p.getString();
            case VALUE_TRUE, VALUE_FALSE -> token == JsonToken.VALUE_TRUE;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            default -> null;
        };
    }

    /**
     * Reads a property a record does not declare by name but whose schema types it ({@code additionalProperties},
     * {@code patternProperties}): into {@code other} when its value is of that type and held exactly, into
     * {@code extra} as it arrived when it is not (another JSON type, an integer beyond a {@code Long}, a value the
     * schema's enum does not list), so that nothing is lost.
     */
    static <T> void readOther(JsonParser p, DeserializationContext ctxt, String name, Reader<T> reader,
            Map<String, T> other, Map<String, JsonNode> extra) {
        JsonNode value = ctxt.readTree(p);
        try (JsonParser tree = value.traverse(ctxt)) {
            tree.nextToken();
            Object outer = enter(ctxt);
            T read = reader.read(tree, ctxt);
            if (leave(ctxt, outer)) {
                extra.put(name, value);
            } else {
                other.put(name, read);
            }
        } catch (DatabindException e) {
            extra.put(name, value);
        }
    }

    /**
     * Reads a property whose schema allows more than its type holds (a schema without {@code type} that has the
     * keywords of objects or arrays, a property only some branches of a merged union declare): its value as
     * {@code field} reads it when it can, otherwise null, with the value kept in {@code extra} as it arrived, so that
     * nothing is lost.
     */
    static <T> T readOrKeep(JsonParser p, DeserializationContext ctxt, String name, Map<String, JsonNode> extra,
            Field<T> field) {
        JsonNode value = ctxt.readTree(p);
        try (JsonParser tree = value.traverse(ctxt)) {
            tree.nextToken();
            return field.read(tree, ctxt, name, extra);
        } catch (DatabindException e) {
            extra.put(name, value);
            return null;
        }
    }

    /** The first token of a tuple's items: after its {@code [}, which it checks. */
    static JsonToken firstItem(JsonParser p, Class<?> type) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw mismatch(p, type, "an array");
        }
        return p.nextToken();
    }

    /** Reads the item of a tuple at {@code index}, where the parser stands; {@code null} stays {@code null}. */
    static <T> T readItem(JsonParser p, DeserializationContext ctxt, Reader<T> reader, Class<?> type, int index)
            {
        try {
            return p.currentToken() == JsonToken.VALUE_NULL ? null : reader.read(p, ctxt);
        } catch (DatabindException e) {
            throw JacksonException.wrapWithPath(e, type, index);
        }
    }

    /**
     * Reads the items of a tuple after the leading ones, from {@code token} (the first of them) to the closing
     * {@code ]}; the first is at {@code index}. With no {@code reader}, the schema allows no more items.
     */
    static <T> List<T> readRest(JsonParser p, DeserializationContext ctxt, JsonToken token, Reader<T> reader,
            Class<?> type, int index) {
        List<T> rest = new ArrayList<>();
        for (JsonToken at = token; at != JsonToken.END_ARRAY; at = p.nextToken()) {
            if (reader == null) {
                throw JacksonException.wrapWithPath(MismatchedInputException.from(p, type, "Expected at most "
                        + index + " items, as the schema says"), type, index);
            }
            rest.add(readItem(p, ctxt, reader, type, index + rest.size()));
        }
        return Collections.unmodifiableList(rest);
    }

    /** A buffer for the properties read ahead of a discriminator. */
    private static TokenBuffer startObject(JsonParser live, DeserializationContext ctxt) {
        TokenBuffer ahead = TokenBuffer.forBuffering(live, ctxt);
        ahead.writeStartObject();
        return ahead;
    }

    /** Closes the buffered object and returns a parser at its start. */
    private static JsonParser replay(TokenBuffer ahead, JsonParser live, DeserializationContext ctxt) {
        ahead.writeEndObject();
        JsonParser replay = ahead.asParser(ctxt, live);
        replay.nextToken();
        return replay;
    }

    /**
     * The value of the last property of the top-level object when it is named {@code name} and is a plain ASCII string
     * (no escapes), or null. It reads only the end of the text; whether all of it is JSON is for the parser to find.
     */
    static String lastMember(byte[] json, String name) {
        int[] span = lastMember(json.length, i -> json[i], name);
        return span == null ? null : new String(json, span[0], span[1] - span[0], StandardCharsets.US_ASCII);
    }

    /** {@link #lastMember(byte[], String)} of a string. */
    static String lastMember(String json, String name) {
        int[] span = lastMember(json.length(), json::charAt, name);
        return span == null ? null : json.substring(span[0], span[1]);
    }

    /** Where the value of the last member named {@code name} starts and ends, read backwards from the end. */
    private static int[] lastMember(int length, IntUnaryOperator at, String name) {
        int i = skipSpace(at, length - 1);
        if (i < 0 || at.applyAsInt(i) != '}') {
            return null;
        }
        i = skipSpace(at, i - 1);
        if (i < 0 || at.applyAsInt(i) != '"') {
            return null;
        }
        int end = i;
        int c;
        do {
            c = --i < 0 ? -1 : at.applyAsInt(i);
        } while (c >= 0x20 && c < 0x7f && c != '"' && c != '\\');
        if (c != '"') {
            return null;
        }
        int start = i + 1;
        i = skipSpace(at, i - 1);
        if (i < 0 || at.applyAsInt(i) != ':') {
            return null;
        }
        i = skipSpace(at, i - 1);
        int open = i - name.length() - 1;
        if (open < 0 || at.applyAsInt(i) != '"' || at.applyAsInt(open) != '"') {
            return null;
        }
        for (int k = 0; k < name.length(); k++) {
            if (at.applyAsInt(open + 1 + k) != name.charAt(k)) {
                return null;
            }
        }
        i = skipSpace(at, open - 1);
        return i >= 0 && (at.applyAsInt(i) == ',' || at.applyAsInt(i) == '{') ? new int[] {start, end} : null;
    }

    private static int skipSpace(IntUnaryOperator at, int i) {
        while (i >= 0) {
            int c = at.applyAsInt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
            i--;
        }
        return -1;
    }

    static void writeString(String value, JsonGenerator g, SerializationContext ctxt) {
        g.writeString(value);
    }

    static void writeLong(Long value, JsonGenerator g, SerializationContext ctxt) {
        g.writeNumber(value.longValue());
    }

    static void writeBigInteger(BigInteger value, JsonGenerator g, SerializationContext ctxt) {
        g.writeNumber(value);
    }

    static void writeDecimal(BigDecimal value, JsonGenerator g, SerializationContext ctxt) {
        g.writeNumber(value);
    }

    static void writeDateTime(OffsetDateTime value, JsonGenerator g, SerializationContext ctxt) {
        g.writeString(value.toString());
    }

    static void writeDate(LocalDate value, JsonGenerator g, SerializationContext ctxt) {
        g.writeString(value.toString());
    }

    static void writeBoolean(Boolean value, JsonGenerator g, SerializationContext ctxt) {
        g.writeBoolean(value.booleanValue());
    }

    static void writeTree(JsonNode value, JsonGenerator g, SerializationContext ctxt) {
        value.serialize(g, ctxt);
    }

    /**
     * Writes a value of a class of the user's ({@code existingJavaType}) as Jackson writes a property of that class,
     * with the serializer of its runtime class and the mapper's configuration.
     */
    static void writeValue(Object value, JsonGenerator g, SerializationContext ctxt) {
        ctxt.writeValue(g, value);
    }

    /** What builds the types of {@link #javaType}: a {@code JavaType} does not depend on the factory that built it. */
    private static final TypeFactory TYPES = TypeFactory.createDefaultInstance();

    /**
     * The Jackson type of a generic class of the user's ({@code existingJavaType}), which a class literal cannot
     * say: a codec builds it once, from an anonymous {@code TypeReference}, and reads with
     * {@code ctxt.readValue(p, type)}.
     */
    static JavaType javaType(TypeReference<?> type) {
        return TYPES.constructType(type);
    }

    static void writeValued(Valued value, JsonGenerator g, SerializationContext ctxt) {
        if (value.value() == null) {
            throw DatabindException.from(g, value + " stands for a value the schema does not list and has no JSON "
                    + "text; keep the raw value in additionalProperties");
        }
        g.writeString(value.value());
    }

    static <T> void writeList(List<T> value, JsonGenerator g, SerializationContext ctxt, Writer<T> element) {
        g.writeStartArray();
        for (T item : value) {
            if (item == null) {
                g.writeNull();
            } else {
                element.write(item, g, ctxt);
            }
        }
        g.writeEndArray();
    }

    static <T> void writeMap(Map<String, T> value, JsonGenerator g, SerializationContext ctxt, Writer<T> entry) {
        g.writeStartObject();
        for (Map.Entry<String, T> e : value.entrySet()) {
            g.writeName(e.getKey());
            if (e.getValue() == null) {
                g.writeNull();
            } else {
                entry.write(e.getValue(), g, ctxt);
            }
        }
        g.writeEndObject();
    }

    /** Writes the properties a record types but does not declare by name. */
    static <T> void writeOther(Map<String, T> value, JsonGenerator g, SerializationContext ctxt, Writer<T> entry)
            {
        for (Map.Entry<String, T> e : value.entrySet()) {
            g.writeName(e.getKey());
            if (e.getValue() == null) {
                g.writeNull();
            } else {
                entry.write(e.getValue(), g, ctxt);
            }
        }
    }

    /** Writes an item of a tuple; {@code null} as {@code null}. */
    static <T> void writeItem(T value, JsonGenerator g, SerializationContext ctxt, Writer<T> writer)
            {
        if (value == null) {
            g.writeNull();
        } else {
            writer.write(value, g, ctxt);
        }
    }

    /** Writes the properties a record keeps beside its components, as they arrived. */
    static void writeExtra(Map<String, JsonNode> value, JsonGenerator g, SerializationContext ctxt) {
        for (Map.Entry<String, JsonNode> e : value.entrySet()) {
            g.writeName(e.getKey());
            e.getValue().serialize(g, ctxt);
        }
    }

    /** An unmodifiable copy of the properties a record keeps beside its components; null gives an empty map. */
    static <T> Map<String, T> copyExtra(Map<String, T> extra) {
        return extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** An unmodifiable copy of a list a record holds; null gives an empty list. */
    static <T> List<T> copyList(List<T> list) {
        return list == null || list.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * The value of an optional property the schema fixes to {@code constant}: absent ({@code null}) or the constant.
     *
     * @throws IllegalArgumentException when {@code value} is another value
     */
    static <T> void checkFixed(T value, T constant, String name) {
        if (value != null && !value.equals(constant)) {
            throw new IllegalArgumentException("\"" + name + "\" is fixed to " + constant + " by the schema, not "
                    + value);
        }
    }

    static MismatchedInputException mismatch(JsonParser p, Class<?> type, String expected) {
        return MismatchedInputException.from(p, type, "Expected " + expected + ", found " + p.currentToken());
    }

    /**
     * A discriminator that repeats with another value: which kind of object this is would depend on the occurrence
     * read.
     */
    static MismatchedInputException repeated(JsonParser p, String name) {
        return MismatchedInputException.from(p, String.class, "Property \"" + name + "\" repeats with a different "
                + "value; it chooses the kind of object, so every occurrence must have the same value");
    }

    /** Reads one value at the parser's current token. */
    @FunctionalInterface
    interface Reader<T> {
        T read(JsonParser p, DeserializationContext ctxt);
    }

    /** Reads the value of one property, keeping in {@code extra} what its typed value does not hold. */
    @FunctionalInterface
    interface Field<T> {
        T read(JsonParser p, DeserializationContext ctxt, String name, Map<String, JsonNode> extra);
    }

    /** Writes one non-null value. */
    @FunctionalInterface
    interface Writer<T> {
        void write(T value, JsonGenerator g, SerializationContext ctxt);
    }

    /** An enum constant and its text in JSON; null for the constant of unlisted values. */
    interface Valued {
        String value();
    }

    /**
     * A union's discriminator value (null when absent or not a string), and how its branch reads the object, as a
     * decoder's {@code read} does: the properties read ahead from {@code prefix} (null when there were none), then the
     * rest from {@code live}, from the value it stands at ({@code atValue}) or after it. Without a discriminator,
     * {@code prefix} holds the whole object and {@code live} is null.
     */
    record Discriminated(String value, JsonParser prefix, JsonParser live, boolean atValue) {}

    /**
     * The values of a union's discriminators (a string, a boolean or a number each; null when absent or of another
     * kind), and how its branch reads the object, as {@link Discriminated} says.
     */
    record Keyed(Object[] values, JsonParser prefix, JsonParser live, boolean atValue) {

        /** Whether discriminator {@code index} is the string {@code value}. */
        boolean has(int index, String value) {
            return value.equals(values[index]);
        }

        /** Whether discriminator {@code index} is the boolean {@code value}. */
        boolean has(int index, boolean value) {
            return Boolean.valueOf(value).equals(values[index]);
        }

        /** Whether discriminator {@code index} is the number {@code value} (written in any way: 2, 2.0, 2e0). */
        boolean hasNumber(int index, String value) {
            return values[index] instanceof BigDecimal number && number.compareTo(new BigDecimal(value)) == 0;
        }

        /** The first discriminator's value as text, for a union's {@code Unknown}; null when absent or not scalar. */
        String text() {
            return values[0] == null ? null : values[0] instanceof BigDecimal number ? number.toPlainString()
                    : values[0].toString();
        }
    }
}
