package io.github.webhookgen.core.model;

/**
 * The JSON scalars, and how each is represented so that a value survives a round trip unchanged. A value a scalar's
 * Java type cannot hold exactly (an integer beyond the long range, a leap second) is still read, and its JSON is kept
 * beside it by the record it is in.
 */
public enum ScalarKind {
    /** A JSON string: {@code String}. */
    STRING,
    /** A JSON integer: {@code Long}, wide enough for epoch-millisecond timestamps. */
    INTEGER,
    /**
     * A JSON integer whose schema allows values beyond the long range (by its bounds or its {@code format}):
     * {@code BigInteger}.
     */
    BIG_INTEGER,
    /** Any JSON number: {@code BigDecimal}, which keeps the number exactly as written. */
    NUMBER,
    /** {@code Boolean}. */
    BOOLEAN,
    /** A string with {@code "format": "date-time"}: {@code OffsetDateTime}, the original text kept when it differs. */
    DATE_TIME,
    /** A string with {@code "format": "date"}: {@code LocalDate}, the original text kept when it differs. */
    DATE,
    /** Any JSON value the schema does not constrain: Jackson's {@code JsonNode}. */
    ANY
}
