package io.github.webhookgen.core.lower;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webhookgen.core.model.ScalarKind;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Which scalar a schema of one JSON type is read into: {@code format} and, for integers, the bounds decide. Integers
 * stay {@code Long} unless the schema says they can be larger; a value beyond what the chosen type holds is still
 * read, and its JSON kept (see the support class {@code Json}).
 */
final class Scalars {

    /**
     * Integer formats whose values may lie beyond the long range: {@code uint64} (OpenAPI's format registry) and the
     * 128-bit ones. {@code int32}, {@code int64} and every narrower format stay {@code Long}.
     */
    static final Set<String> BIG_INTEGER_FORMATS = Set.of("uint64", "int128", "uint128");

    /** String formats with a type of their own. {@code time} and {@code duration} stay strings, as written. */
    static final Set<String> STRING_FORMATS = Set.of("date-time", "date");

    private static final BigDecimal ABOVE_LONG = BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE);
    private static final BigDecimal BELOW_LONG = BigDecimal.valueOf(Long.MIN_VALUE).subtract(BigDecimal.ONE);

    private Scalars() {}

    /** The scalar of a schema of {@code "type"} {@code string}, {@code integer}, {@code number} or {@code boolean}. */
    static ScalarKind of(String jsonType, JsonNode schema) {
        return switch (jsonType) {
            case "string" -> switch (schema.path("format").asText()) {
                case "date-time" -> ScalarKind.DATE_TIME;
                case "date" -> ScalarKind.DATE;
                default -> ScalarKind.STRING;
            };
            case "integer" -> BIG_INTEGER_FORMATS.contains(schema.path("format").asText()) || beyondLong(schema)
                    ? ScalarKind.BIG_INTEGER
                    : ScalarKind.INTEGER;
            case "number" -> ScalarKind.NUMBER;
            case "boolean" -> ScalarKind.BOOLEAN;
            default -> throw new IllegalArgumentException("not a scalar type: " + jsonType);
        };
    }

    /**
     * Whether a bound the schema gives allows an integer beyond the long range: {@code maximum} at or above 2^63, or
     * {@code minimum} at or below -2^63-1, each exclusive when draft-04's boolean {@code exclusiveMaximum} or
     * {@code exclusiveMinimum} says so (draft-04 Validation §5.1.2, §5.1.3), or a numeric {@code exclusiveMaximum}
     * above 2^63 or {@code exclusiveMinimum} below -2^63-1 (draft-06 and later). An integer without bounds stays
     * {@code Long}.
     */
    static boolean beyondLong(JsonNode schema) {
        JsonNode maximum = schema.path("maximum");
        JsonNode exclusiveMaximum = schema.path("exclusiveMaximum");
        JsonNode minimum = schema.path("minimum");
        JsonNode exclusiveMinimum = schema.path("exclusiveMinimum");
        int atMost = maximum.isNumber() ? compare(maximum, ABOVE_LONG) : -1;
        int below = exclusiveMaximum.isNumber() ? compare(exclusiveMaximum, ABOVE_LONG) : -1;
        int atLeast = minimum.isNumber() ? compare(minimum, BELOW_LONG) : 1;
        int above = exclusiveMinimum.isNumber() ? compare(exclusiveMinimum, BELOW_LONG) : 1;
        return (exclusiveMaximum.booleanValue() ? atMost > 0 : atMost >= 0) || below > 0
                || (exclusiveMinimum.booleanValue() ? atLeast < 0 : atLeast <= 0) || above < 0;
    }

    /** Compares a bound with {@code limit}; a bound beyond the double range, read as infinite, is beyond any. */
    private static int compare(JsonNode bound, BigDecimal limit) {
        if (bound.isFloatingPointNumber() && Double.isInfinite(bound.doubleValue())) {
            return bound.doubleValue() > 0 ? 1 : -1;
        }
        return bound.decimalValue().compareTo(limit);
    }
}
