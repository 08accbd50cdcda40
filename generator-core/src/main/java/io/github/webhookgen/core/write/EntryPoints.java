package io.github.webhookgen.core.write;

import java.util.Objects;

/**
 * The generated classes a caller starts from, by fully qualified name: the type a whole notification is read into and,
 * when the archive's root is a union of notification kinds, the visitor and the class with the entry points
 * ({@code Webhooks.parse}, {@code Webhooks.dispatch}). A run records them in its manifest, so that tools which load
 * the compiled classes (the examples check) use the names the naming stage chose rather than guess them.
 *
 * @param rootType the type of the dispatch root's document, for example {@code com.example.hooks.WsNotificationMsg}
 * @param visitor the visitor interface, or {@code null} when no dispatcher was generated
 * @param dispatcher the class with {@code parse} and {@code dispatch}, or {@code null} when none was generated
 */
public record EntryPoints(String rootType, String visitor, String dispatcher) {

    public EntryPoints {
        Objects.requireNonNull(rootType, "rootType");
        if ((visitor == null) != (dispatcher == null)) {
            throw new IllegalArgumentException("a visitor and a dispatcher come together");
        }
    }

    /** Whether a dispatcher and its visitor were generated. */
    public boolean hasDispatcher() {
        return dispatcher != null;
    }
}
