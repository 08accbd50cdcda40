package io.github.webhookgen.core.write;

import java.io.IOException;
import java.util.List;

/**
 * Writing the generated sources failed, and so did bringing the output directory back to the files of the last run:
 * it holds some of the new files. Rare (it takes a file system that refuses to rename a file back where it was a
 * moment before); the way out is to delete the directory and generate again.
 */
public final class OutputNotRestoredException extends IOException {

    private static final long serialVersionUID = 1L;

    private final List<String> notUndone;

    /**
     * @param cause why writing failed
     * @param notUndone what could not be undone, in words, such as {@code move <aside> back to <file> (<exception>)}
     */
    public OutputNotRestoredException(Exception cause, List<String> notUndone) {
        super(cause.getMessage(), cause);
        this.notUndone = List.copyOf(notUndone);
    }

    /** What could not be undone, in words. */
    public List<String> notUndone() {
        return notUndone;
    }
}
