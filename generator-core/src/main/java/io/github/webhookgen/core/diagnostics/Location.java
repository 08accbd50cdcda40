package io.github.webhookgen.core.diagnostics;

/**
 * Where a problem is: an archive entry, a JSON pointer inside it, and the line and column when known.
 *
 * @param file archive-relative path with {@code /} separators, for example {@code webhooks/Foo.json}
 * @param pointer JSON pointer inside the file, {@code ""} for the document root
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Location(String file, String pointer, int line, int column) {

    public static Location of(String file) {
        return new Location(file, "", 0, 0);
    }

    public static Location of(String file, String pointer) {
        return new Location(file, pointer, 0, 0);
    }

    /** The javac-style prefix: {@code file:line:column}, or only {@code file} when no position is known. */
    public String prefix() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }

    /** The pointer as written in problems, {@code #/properties/x}. */
    public String fragment() {
        return "#" + pointer;
    }
}
