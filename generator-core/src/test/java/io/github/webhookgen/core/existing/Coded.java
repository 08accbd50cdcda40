package io.github.webhookgen.core.existing;

/** An interface of a user's own that a schema asks a generated enum to implement with {@code javaInterfaces}. */
public interface Coded {

    /** The text of the constant in JSON, which every generated enum gives. */
    String value();
}
