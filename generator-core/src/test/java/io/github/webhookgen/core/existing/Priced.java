package io.github.webhookgen.core.existing;

/**
 * A generic interface of a user's own that a schema asks a generated record to implement with {@code javaInterfaces}.
 *
 * @param <T> the type of the price
 */
public interface Priced<T> {

    /** The price, which the record's {@code total} component gives. */
    T total();
}
