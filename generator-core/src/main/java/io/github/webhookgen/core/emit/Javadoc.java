package io.github.webhookgen.core.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns schema descriptions and values into Javadoc that is safe to print and reads well: HTML escaped, no comment
 * terminators or Unicode escapes, Markdown code spans as {@code {@code ...}}, wrapped at a width a person would use.
 */
final class Javadoc {

    private Javadoc() {}

    /** Width of the text of a Javadoc line, without its indentation and {@code " * "}. */
    private static final int WIDTH = 100;

    /** A Markdown code span: text between single backticks on one line. */
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");

    /** An inline tag, {@code {@link Foo}}: never split across lines. */
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@[^{}]*}");

    /** Prose from a schema as Javadoc: HTML escaped, Markdown code spans as code. */
    static String text(String prose) {
        String normalized = prose.strip().replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder();
        Matcher span = CODE_SPAN.matcher(normalized);
        int at = 0;
        while (span.find()) {
            out.append(escape(normalized.substring(at, span.start()))).append(code(span.group(1)));
            at = span.end();
        }
        return out.append(escape(normalized.substring(at))).toString();
    }

    /**
     * A literal shown as code: {@code {@code x}} when the text can stand inside that tag, otherwise HTML-escaped
     * {@code <code>} (unbalanced braces would end the tag early, and a comment terminator or Unicode escape would break
     * the source).
     */
    static String code(String literal) {
        int depth = 0;
        for (char c : literal.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0) {
                break;
            }
        }
        boolean safe = depth == 0 && !literal.contains("*/") && !literal.contains("\\u") && !literal.contains("\n")
                && !literal.isBlank() && literal.strip().equals(literal);
        return safe ? "{@code " + literal + "}" : "<code>" + escape(literal) + "</code>";
    }

    /** A JSON string value shown as code, in quotes: {@code {@code "ChatStateEvent"}}. */
    static String quoted(String value) {
        return code("\"" + value + "\"");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;")
                .replace("@", "&#64;")
                // javac reads backslash-u as a Unicode escape even in comments, so prose quoting one would not compile
                .replace("\\u", "&#92;u");
    }

    /** Javadoc text wrapped to lines of at most {@value #WIDTH} characters where words allow. */
    static String wrapped(String javadoc) {
        return wrapped(javadoc, "");
    }

    /**
     * Javadoc text wrapped to lines of at most {@value #WIDTH} characters where words allow, continuation lines of a
     * paragraph starting with {@code hanging} (the indentation of a block tag's text).
     */
    static String wrapped(String javadoc, String hanging) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : javadoc.split("\n", -1)) {
            int lineStart = out.length();
            for (String word : words(paragraph)) {
                if (out.length() > lineStart && out.length() - lineStart + word.length() + 1 > WIDTH) {
                    out.append('\n').append(hanging);
                    lineStart = out.length() - hanging.length();
                } else if (out.length() > lineStart) {
                    out.append(' ');
                }
                out.append(word);
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** The words of a line, an inline tag counting as one. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        Matcher tag = INLINE_TAG.matcher(line);
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) == '{' && tag.region(i, line.length()).lookingAt()) {
                word.append(tag.group());
                i = tag.end();
            } else if (line.charAt(i) == ' ') {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                i++;
            } else {
                word.append(line.charAt(i++));
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** A block tag such as {@code @param name text}, wrapped with a hanging indent, ending in a line break. */
    static String tag(String tag, String text) {
        return wrapped(tag + " " + text, "    ") + "\n";
    }

    /** A Javadoc block with the description, or {@code fallback} (Javadoc already) when the schema has none. */
    static CodeBlock of(String description, String fallback) {
        String text = description.isBlank() ? fallback : text(description);
        return CodeBlock.of("$L\n", wrapped(text));
    }
}
