package io.github.webhookgen.core;

import io.github.webhookgen.core.schema.SchemaRef;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The sources of one generation and what they declare as seen from the root document: the Java type a whole document
 * is read into, and every declared property of the types it reaches. For tools that measure what the generator makes
 * of someone else's schemas without reading the generated code (the corpus run, {@code docs/corpus.md});
 * {@link Generator#outline} makes it.
 *
 * @param sources the generated sources, as {@link Generator#generate} gives them
 * @param rootType the canonical Java type of a value of the root document as a user reads it on its own
 *     ({@code com.example.Order}, {@code java.util.List<com.example.Order>}, {@code java.lang.String}, the Jackson
 *     line's {@code JsonNode}); null when the archive has no such document ({@link Kind#NONE})
 * @param rootKind what the root document became
 * @param rootUntyped where the root's values become any JSON value (see {@link Property#untyped()}), or null when
 *     they do not
 * @param properties the declared properties of the records the root reaches through properties, the elements of lists
 *     and maps, the branches of unions and the items of tuples, each record once, in the order reached; a record's
 *     {@code additionalProperties} are not declared properties
 */
public record Outline(SortedMap<String, String> sources, String rootType, Kind rootKind, SchemaRef rootUntyped,
        List<Property> properties) {

    public Outline {
        sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
        properties = List.copyOf(properties);
    }

    /** What a schema became. */
    public enum Kind {
        /** A record (an object with declared properties). */
        RECORD,
        /** A sealed interface over the branches of a union. */
        UNION,
        /** An enum of string values. */
        ENUM,
        /** A record read from a JSON array whose items have types by position. */
        TUPLE,
        /** A list. */
        LIST,
        /** A map from property names to values of one type. */
        MAP,
        /** A string, number, boolean or date-time. */
        SCALAR,
        /** A class of the user's that the schema names ({@code existingJavaType}). */
        EXTERNAL,
        /** Any JSON value: {@code JsonNode}. */
        ANY,
        /** Nothing: the archive has no root document. */
        NONE;

        /** Whether this is a type the generated code declares: a record, union, enum or tuple. */
        public boolean isDeclared() {
            return this == RECORD || this == UNION || this == ENUM || this == TUPLE;
        }
    }

    /**
     * One declared property.
     *
     * @param owner the canonical name of the record that declares it
     * @param jsonName its name in JSON
     * @param javaType the canonical Java type of its record component, such as {@code java.util.List<java.lang.Long>}
     * @param schema where its schema is (the declaration that decides its type)
     * @param untyped where its values become any JSON value when they do (its type is {@code JsonNode}, or a list or
     *     map of them at any depth): the schema that declares no type of its own or one the generated types cannot
     *     express, after following {@code $ref}s and the items of lists and values of maps; the schema with the
     *     {@code $ref} when that reference could not be followed; null when the property is typed
     */
    public record Property(String owner, String jsonName, String javaType, SchemaRef schema, SchemaRef untyped) {

        /** Whether the property may hold any JSON value, alone or in lists and maps. */
        public boolean isUntyped() {
            return untyped != null;
        }
    }
}
