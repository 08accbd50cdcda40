package io.github.webhookgen.core.diagnostics;

/** How bad a {@link Problem} is: errors stop the run at the end of the stage that found them. */
public enum Severity {
    ERROR,
    WARNING;

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
