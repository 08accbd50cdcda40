package io.github.webhookgen.core.model;

/** The JSON scalars, and how each is represented so that a value survives a round trip unchanged. */
public enum ScalarKind {
    /** A JSON string: {@code String}. */
    STRING,
    /** A JSON integer: {@code Long}, wide enough for epoch-millisecond timestamps. */
    INTEGER,
    /** Any JSON number: {@code BigDecimal}, which keeps the number exactly as written. */
    NUMBER,
    /** {@code Boolean}. */
    BOOLEAN,
    /** A string with {@code "format": "date-time"}: {@code OffsetDateTime}, the original text kept when it differs. */
    DATE_TIME,
    /** Any JSON value the schema does not constrain: Jackson's {@code JsonNode}. */
    ANY
}
