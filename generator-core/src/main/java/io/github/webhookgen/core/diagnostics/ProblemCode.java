package io.github.webhookgen.core.diagnostics;

/** The stable code of each kind of problem; codes are part of the user-facing contract and never renamed. */
public enum ProblemCode {
    /** The archive path does not exist or cannot be read. */
    ARCHIVE_UNREADABLE,
    /** The archive holds no schema document. */
    EMPTY_ARCHIVE,
    /** A zip entry whose path would escape the archive root. */
    UNSAFE_ENTRY,
    /**
     * An entry, or the whole archive, is larger than the configured bound; or a document is beyond what the schema
     * reader reads (nested more than 100,000 deep).
     */
    ENTRY_TOO_LARGE,
    /** A schema file is not valid UTF-8 (it is read as windows-1252). */
    NOT_UTF8,
    /** A schema file is not well-formed JSON, even read leniently. */
    MALFORMED_JSON,
    /**
     * A schema file that is not standard JSON but reads leniently (comments, trailing commas, a duplicate key, content
     * after the document).
     */
    NON_STANDARD_JSON,
    /** A {@code $ref} names a file the archive does not hold. */
    UNRESOLVED_REF,
    /** A {@code $ref} JSON pointer does not point at anything in its document. */
    BAD_POINTER,
    /** A chain of {@code $ref}s that only refers to itself and can never become a type. */
    REF_CYCLE,
    /** Two branches of a union fix the discriminator to the same value. */
    DUPLICATE_DISCRIMINATOR,
    /** A union whose branches cannot be told apart from the JSON alone. */
    NO_DISCRIMINATOR,
    /** A keyword used in a way no JSON Schema draft defines (vendor dialect); mapped on a best-effort basis. */
    NON_STANDARD_KEYWORD,
    /** A keyword the generator does not turn into code. */
    UNSUPPORTED_KEYWORD,
    /** A schema that is valid JSON but not a usable schema here (for example a property schema that is a number). */
    INVALID_SCHEMA,
    /**
     * A schema nested deeper than generated types are of use (a warning: what is nested deeper is typed
     * {@code JsonNode}), or schemas that contain one another through {@code $ref} deeper than the generator can follow
     * (an error).
     */
    TOO_DEEP,
    /**
     * Two names of the schemas give Java names that clash, where the naming rules cannot tell them apart (type names
     * that differ only in case) or where the schema asks for a name ({@code javaType}, {@code javaName},
     * {@code javaEnumNames}) that is taken; one of them gets another name (a warning).
     */
    NAME_CLASH,
    /** The generator configuration is wrong (package name, paths). */
    INVALID_CONFIG,
    /** Writing the generated sources failed. */
    OUTPUT_FAILED,
    /**
     * The generator itself failed on a schema (a defect of webhookgen, not of the schema): reported at the schema it
     * had reached, with the exception, so that the run ends in a problem line rather than a stack trace.
     */
    INTERNAL_ERROR,
    /**
     * No visitor is generated although one was asked for or expected: the dispatch root is not in the archive, is not
     * a discriminated union, or its changes path leads nowhere; also said before a visitor an earlier run generated is
     * deleted.
     */
    NO_DISPATCH_ROOT,
    /**
     * Examples check: an example that the generated root type cannot read with a plain mapper of the project's Jackson
     * (Jackson's message and path).
     */
    EXAMPLE_UNREADABLE,
    /** Examples check: an example that reads, but is written back as different JSON. */
    EXAMPLE_NOT_ROUND_TRIPPED,
    /**
     * Examples check: an example that the generated entry points reject ({@code Webhooks.parse}), read differently
     * from a plain mapper, or fail to dispatch ({@code Webhooks.dispatch}).
     */
    EXAMPLE_NOT_DISPATCHED,
    /**
     * Examples check: a value of an example that the archive's schemas do not allow (an enum value they do not list,
     * an unknown discriminator value, a missing required property), as an independent validator finds it. The
     * generated code keeps such a value, so this is a warning, and an error with {@code strict}.
     */
    EXAMPLE_NOT_VALID,
    /**
     * Examples check: the validator cannot load the archive's schemas (a reference it cannot resolve, no schema at the
     * dispatch root), so the examples are not validated against them, or it rejects one keyword of them (a
     * {@code pattern} that is no Java regular expression), which it skips; the rest of the check runs. A warning, and
     * an error with {@code strict}.
     */
    EXAMPLES_NOT_VALIDATED
}
