package io.github.webhookgen.core.model;

/** The kinds of JSON value a union can tell apart by the first token. */
public enum JsonKind {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN
}
