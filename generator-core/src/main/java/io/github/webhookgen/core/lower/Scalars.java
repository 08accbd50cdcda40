package io.github.webhookgen.core.lower;

import io.github.webhookgen.core.lower.Shape.Kind;
import io.github.webhookgen.core.model.ScalarKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;

/**
 * Which scalar the values of one JSON type are read into: {@code format} and, for integers, the bounds and the values
 * listed decide.
 * Integers stay {@code Long} unless the schema says they can be larger; a value beyond what the chosen type holds is
 * still read, and its JSON kept (see the support class {@code Json}).
 */
final class Scalars {

    /**
     * Integer formats whose values may lie beyond the long range: {@code uint64} (OpenAPI's format registry) and the
     * 128-bit ones. {@code int32}, {@code int64} and every narrower format stay {@code Long}.
     */
    static final Set<String> BIG_INTEGER_FORMATS = Set.of("uint64", "int128", "uint128");

    /** String formats with a type of their own. {@code time} and {@code duration} stay strings, as written. */
    static final Set<String> STRING_FORMATS = Set.of("date-time", "date");

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX_DECIMAL = new BigDecimal(LONG_MAX);
    private static final BigDecimal LONG_MIN_DECIMAL = new BigDecimal(LONG_MIN);

    private Scalars() {}

    /** The scalar of the values of {@code shape} that are of {@code kind}, a kind other than object and array. */
    static ScalarKind of(Kind kind, Shape shape) {
        return switch (kind) {
            case STRING -> "date-time".equals(shape.format()) ? ScalarKind.DATE_TIME
                    : "date".equals(shape.format()) ? ScalarKind.DATE
                    : ScalarKind.STRING;
            case INTEGER -> shape.format() != null && BIG_INTEGER_FORMATS.contains(shape.format()) || beyondLong(shape)
                    || listsBeyondLong(shape)
                    ? ScalarKind.BIG_INTEGER
                    : ScalarKind.INTEGER;
            case NUMBER -> ScalarKind.NUMBER;
            case BOOLEAN -> ScalarKind.BOOLEAN;
            case OBJECT, ARRAY -> throw new IllegalArgumentException("not a scalar kind: " + kind);
        };
    }

    /**
     * Whether the bounds of {@code shape} allow an integer beyond the long range: a largest allowed integer of 2^63
     * or more, or a smallest of -2^63-1 or less (see {@link Shape#maximum()} for how {@code exclusiveMaximum} counts).
     * An integer without bounds stays {@code Long}.
     */
    static boolean beyondLong(Shape shape) {
        return shape.maximum() != null && shape.maximum().compareTo(LONG_MAX) > 0
                || shape.minimum() != null && shape.minimum().compareTo(LONG_MIN) < 0;
    }

    /**
     * Whether {@code shape} lists ({@code enum}, {@code const}) a number beyond the long range: its values are those
     * listed, so a {@code Long} could not hold one of them, and a fixed one could not even be written in the source.
     */
    static boolean listsBeyondLong(Shape shape) {
        return shape.values() != null && shape.values().stream().anyMatch(value -> value.isNumber()
                && (value.decimalValue().compareTo(LONG_MAX_DECIMAL) > 0
                        || value.decimalValue().compareTo(LONG_MIN_DECIMAL) < 0));
    }
}
