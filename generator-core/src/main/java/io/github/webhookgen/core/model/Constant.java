package io.github.webhookgen.core.model;

import java.math.BigDecimal;

/**
 * A JSON scalar a schema fixes a value to ({@code const} or a one-value {@code enum}): a string, a boolean or a number.
 * Numbers compare by value, as JSON Schema compares them ({@code 1} and {@code 1.0} are the same constant): their
 * {@code text} is the shortest plain decimal of the value, or, for a number whose plain decimal would have more than
 * {@value #MAX_PLAIN_DIGITS} digits, the shortest with an exponent ({@code 1E+999999999}, which written out would
 * be a billion digits).
 *
 * @param kind {@link JsonKind#STRING}, {@link JsonKind#BOOLEAN} or {@link JsonKind#NUMBER}
 * @param text the string itself, {@code true}/{@code false}, or the canonical decimal
 */
public record Constant(JsonKind kind, String text) implements Comparable<Constant> {

    public static Constant string(String value) {
        return new Constant(JsonKind.STRING, value);
    }

    public static Constant bool(boolean value) {
        return new Constant(JsonKind.BOOLEAN, Boolean.toString(value));
    }

    /** The most digits a number's text writes out: Jackson's default limit for a number's text. */
    public static final int MAX_PLAIN_DIGITS = 1_000;

    public static Constant number(BigDecimal value) {
        BigDecimal canonical = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        // The digits of the plain decimal: with the zeros an exponent adds, or with those a small fraction starts with
        long digits = canonical.scale() <= 0 ? canonical.precision() - (long) canonical.scale()
                : Math.max(canonical.precision(), canonical.scale() + 1L);
        return new Constant(JsonKind.NUMBER, digits <= MAX_PLAIN_DIGITS ? canonical.toPlainString()
                : canonical.toString());
    }

    /** Whether the number is an integer and its text writes it out digit by digit. */
    public boolean isInteger() {
        return kind == JsonKind.NUMBER && text.chars().allMatch(c -> c == '-' || c >= '0' && c <= '9');
    }

    /** Whether the number is a whole number within {@code long}. */
    public boolean isLong() {
        if (kind != JsonKind.NUMBER) {
            return false;
        }
        try {
            new BigDecimal(text).longValueExact();
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    @Override
    public int compareTo(Constant other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : text.compareTo(other.text);
    }

    /** As JSON: {@code "a"}, {@code true}, {@code 2}. */
    @Override
    public String toString() {
        return kind == JsonKind.STRING ? "\"" + text + "\"" : text;
    }
}
