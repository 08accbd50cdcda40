package io.github.webhookgen.corpus;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a throwable that ended a stage is written into a result: its class, message and first stack frames. */
final class Crashes {

    /** Frames kept per throwable: enough to see where a recursion or a failing rule is. */
    static final int FRAMES = 12;

    private Crashes() {}

    /** {@code java.lang.IllegalStateException: message}, then the first frames, then the root cause likewise. */
    static String describe(Throwable thrown) {
        StringBuilder text = new StringBuilder(headline(thrown));
        appendFrames(text, thrown, FRAMES);
        Throwable cause = rootCause(thrown);
        if (cause != thrown) {
            text.append("\nCaused by: ").append(headline(cause));
            appendFrames(text, cause, FRAMES / 2);
        }
        return text.toString();
    }

    /** The class and message of the throwable, on one line. */
    static String headline(Throwable thrown) {
        String message = thrown.getMessage();
        return thrown.getClass().getName()
                + (message == null ? "" : ": " + message.replaceAll("\\s+", " ").strip());
    }

    /** The first line of {@link #describe}: the exception, and the frame it was thrown in. */
    static String kind(String described) {
        String[] lines = described.split("\n", 3);
        String exception = lines[0].contains(":") ? lines[0].substring(0, lines[0].indexOf(':')) : lines[0];
        return lines.length > 1 ? exception + " " + lines[1].strip() : exception;
    }

    private static void appendFrames(StringBuilder text, Throwable thrown, int count) {
        text.append(Arrays.stream(thrown.getStackTrace()).limit(count)
                .map(frame -> "\n    at " + frame)
                .collect(Collectors.joining()));
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
