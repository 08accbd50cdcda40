package io.github.webhookgen.it;

/**
 * Bugs of the Jackson version under test that the generated code cannot work around. Tests expect the wrong behaviour
 * only while the bug's version is in use, so that an upgrade shows up as a change in the tests.
 */
final class KnownJacksonBugs {

    private static final JsonLine.Version VERSION = JsonLine.current().version();

    /**
     * jackson-core 2.18.0 to 2.18.2 (fixed by FasterXML/jackson-core pull request #1391 in 2.18.3; 2.17 and older and
     * Jackson 3 do not have it): once a parser has handed an integer beyond the long range to a {@code TokenBuffer},
     * the next decimal it reads with {@code getDoubleValue()} returns that integer instead. A union buffers what
     * precedes its discriminator, and Jackson's tree reader reads decimals as doubles, so a decimal kept as a tree (an
     * unknown property, an Unknown variant) after such an integer gets its value.
     */
    static final boolean BUFFERED_BIG_INTEGER_LEAKS_INTO_NEXT_DOUBLE = VERSION.major() == 2
            && !VERSION.isBefore(2, 18, 0) && VERSION.isBefore(2, 18, 3);

    /**
     * jackson-databind 2.13 and 2.14 buffer a decimal as the {@code BigDecimal} of its text (from 2.15 on, as its text),
     * and {@code BigDecimal} cannot hold an exponent beyond the int range ({@code 1e9999999999}). Ahead of a union's
     * discriminator such a decimal fails as an {@code InvalidFormatException}, even where it would be kept as a tree,
     * which reads it as a double when it comes live.
     */
    static final boolean BUFFERED_DECIMAL_NEEDS_A_BIG_DECIMAL = VERSION.major() == 2 && VERSION.isBefore(2, 15, 0);

    private KnownJacksonBugs() {}
}
