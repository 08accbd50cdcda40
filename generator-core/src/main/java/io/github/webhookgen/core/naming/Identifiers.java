package io.github.webhookgen.core.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns JSON names and values into Java identifiers: words, camel case, upper snake case. Letters and digits of every
 * script are kept, as Java allows them in identifiers (JLS §3.8); symbols are dropped or named (see {@link Symbols}).
 */
final class Identifiers {

    static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var",
            "record", "yield", "sealed", "permits", "_");

    private Identifiers() {}

    /**
     * The words of a JSON name or value. Letters and digits of any script make words, split where lower case turns to
     * upper case ({@code contentType}, {@code testПоле}) and before the last capital of an acronym ({@code URLValue});
     * symbols separate words, except those {@link Symbols#between named} even there ({@code c++}, {@code -1}). A text
     * made only of symbols is the names of its symbols ({@code +} is {@code Plus}).
     */
    static List<String> words(String text) {
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Symbols.words(text);
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (isWordPart(c, word)) {
                if (isBoundary(text, i, c, word)) {
                    flush(word, words);
                }
                word.appendCodePoint(c);
                i += Character.charCount(c);
                continue;
            }
            flush(word, words);
            Symbols.Spoken spoken = Symbols.between(text, i);
            if (spoken != null) {
                words.addAll(spoken.words());
                i += spoken.length();
            } else {
                i += Character.charCount(c);
            }
        }
        flush(word, words);
        return words;
    }

    /** A letter or digit, or a combining mark that belongs to the letter before it (a decomposed {@code é}). */
    private static boolean isWordPart(int c, StringBuilder word) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return word.length() > 0 && (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK);
    }

    private static boolean isBoundary(String text, int index, int c, StringBuilder word) {
        if (word.length() == 0 || !Character.isUpperCase(c)) {
            return false;
        }
        int previous = word.codePointBefore(word.length());
        if (Character.isLowerCase(previous)) {
            return true;
        }
        int nextIndex = index + Character.charCount(c);
        return Character.isUpperCase(previous) && nextIndex < text.length()
                && Character.isLowerCase(text.codePointAt(nextIndex));
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** Type names: {@code content-type} is {@code ContentType}, {@code größe} {@code Größe}. */
    static String upperCamel(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : words(text)) {
            out.append(capitalized(word));
        }
        if (out.length() == 0) {
            return "Type";
        }
        return startsWithDigit(out) ? "T" + out : out.toString();
    }

    /**
     * Component names: {@code Content-Type} is {@code contentType}, {@code URL} {@code url}, {@code +} {@code plus}.
     */
    static String lowerCamel(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return "value";
        }
        StringBuilder out = new StringBuilder();
        String first = words.get(0);
        out.append(isAllUpper(first) ? first.toLowerCase(Locale.ROOT)
                : new StringBuilder().appendCodePoint(Character.toLowerCase(first.codePointAt(0)))
                        .append(first.substring(Character.charCount(first.codePointAt(0)))));
        for (String word : words.subList(1, words.size())) {
            out.append(capitalized(word));
        }
        return startsWithDigit(out) ? "v" + out : out.toString();
    }

    /**
     * Enum constants: {@code text/plain} is {@code TEXT_PLAIN}, {@code -1} {@code MINUS_1}, {@code ""} {@code EMPTY}.
     */
    static String upperSnake(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return "EMPTY";
        }
        String name = String.join("_", words).toUpperCase(Locale.ROOT);
        return startsWithDigit(name) ? "V_" + name : name;
    }

    /**
     * The name as written, every character Java does not allow (and {@code $}) replaced by {@code _}, and a leading
     * digit preceded by {@code digitPrefix}; null when the name has no letter or digit, since nothing of it would be
     * left.
     */
    static String verbatim(String text, String digitPrefix) {
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            boolean part = c != '$' && Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
            if (out.length() == 0 && (c == '$' || !Character.isJavaIdentifierStart(c))) {
                out.append(part ? digitPrefix : "_");
                if (!part) {
                    return;
                }
            }
            out.appendCodePoint(part ? c : '_');
        });
        return out.toString();
    }

    /**
     * The words for the symbols of a name, each once, in the order they first appear: {@code max-size} has
     * {@code Hyphen}, {@code a.b_c} {@code Dot Underscore}; empty when it has none.
     */
    static List<String> symbolWords(String text) {
        List<String> words = new ArrayList<>();
        text.codePoints().filter(c -> !Character.isLetterOrDigit(c)).distinct()
                .forEach(c -> words.addAll(Symbols.joining(c)));
        return words;
    }

    /** A plural English property name made singular for the type of its items: {@code replies} to {@code Reply}. */
    static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")
                && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static boolean isAllUpper(String word) {
        return word.chars().noneMatch(Character::isLowerCase);
    }

    private static boolean startsWithDigit(CharSequence name) {
        return Character.isDigit(Character.codePointAt(name, 0));
    }

    static String capitalized(String word) {
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(word.substring(Character.charCount(first))).toString();
    }
}
