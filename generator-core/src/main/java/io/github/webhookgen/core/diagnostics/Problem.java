package io.github.webhookgen.core.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * One problem found while generating: a stable code, a severity, a location and a message.
 *
 * <p>{@link #toString()} prints it the way javac does, so IDEs and CI logs link it to the file:
 * {@code webhooks/Foo.json:12:7: error: [UNRESOLVED_REF] no file Bar.json in the archive (at #/properties/x)}.
 */
public record Problem(ProblemCode code, Severity severity, Location location, String message) {

    public static Problem error(ProblemCode code, Location location, String message) {
        return new Problem(code, Severity.ERROR, location, message);
    }

    public static Problem warning(ProblemCode code, Location location, String message) {
        return new Problem(code, Severity.WARNING, location, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The same problem with its file named from {@code root} (a folder or {@code archive.zip!/}), so that a build log
     * line leads to the file on disk. Problems that are not about an archive entry are left as they are.
     */
    public Problem under(String root) {
        if (location.line() == 0 && location.pointer().isEmpty() && !location.file().endsWith(".json")) {
            return this;
        }
        Location moved = new Location(root + location.file(), location.pointer(), location.line(), location.column());
        return new Problem(code, severity, moved, message);
    }

    @Override
    public String toString() {
        return print(1);
    }

    /** The javac-style line, saying how often the problem occurs in its file when that is more than once. */
    String print(int times) {
        List<String> notes = new ArrayList<>();
        if (!location.pointer().isEmpty()) {
            notes.add("at " + location.fragment());
        }
        if (times > 1) {
            notes.add(times + " times in this file");
        }
        String tail = notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
        return location.prefix() + ": " + severity.label() + ": [" + code + "] " + message + tail;
    }
}
