package io.github.webhookgen.core.emit;

import com.palantir.javapoet.CodeBlock;

/** Turns schema descriptions into Javadoc text that is safe to print: HTML escaped, no comment terminators. */
final class Javadoc {

    private Javadoc() {}

    private static final int WIDTH = 100;

    /** The description escaped and wrapped to lines of at most {@value #WIDTH} characters where words allow. */
    static String wrapped(String description) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text(description).split("\n", -1)) {
            int lineStart = out.length();
            for (String word : paragraph.split(" ")) {
                if (out.length() > lineStart && out.length() - lineStart + word.length() + 1 > WIDTH) {
                    out.append('\n');
                    lineStart = out.length();
                } else if (out.length() > lineStart) {
                    out.append(' ');
                }
                out.append(word);
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }

    static String text(String description) {
        String escaped = description.strip()
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;")
                .replace("@", "&#64;")
                // javac reads backslash-u as a Unicode escape even in comments, so prose quoting one would not compile
                .replace("\\u", "&#92;u")
                .replace("\r\n", "\n");
        return escaped;
    }

    /** A Javadoc block with the description, or {@code fallback} when the schema has none. */
    static CodeBlock of(String description, String fallback) {
        String text = description.isBlank() ? fallback : wrapped(description);
        return CodeBlock.of("$L\n", text);
    }
}
