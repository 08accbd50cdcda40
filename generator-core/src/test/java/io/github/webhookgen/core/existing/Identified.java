package io.github.webhookgen.core.existing;

import java.util.UUID;

/** An interface of a user's own that a schema asks a generated record to implement with {@code javaInterfaces}. */
public interface Identified {

    /** The identifier, which the record's {@code id} component gives. */
    UUID id();
}
