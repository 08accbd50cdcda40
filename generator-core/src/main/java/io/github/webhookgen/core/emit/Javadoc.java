package io.github.webhookgen.core.emit;

import com.palantir.javapoet.CodeBlock;

/** Turns schema descriptions into Javadoc text that is safe to print: HTML escaped, no comment terminators. */
final class Javadoc {

    private Javadoc() {}

    static String text(String description) {
        String escaped = description.strip()
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;")
                .replace("@", "&#64;")
                .replace("\r\n", "\n");
        return escaped;
    }

    /** A Javadoc block with the description, or {@code fallback} when the schema has none. */
    static CodeBlock of(String description, String fallback) {
        String text = description.isBlank() ? fallback : text(description);
        return CodeBlock.of("$L\n", text);
    }
}
