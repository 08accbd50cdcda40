package io.github.webhookgen.core.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns JSON names and values into Java identifiers: words, camel case, upper snake case, keyword escapes. */
final class Identifiers {

    static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var",
            "record", "yield", "sealed", "permits", "_");

    private Identifiers() {}

    /** Splits on anything that is not a letter or digit, and at lower-to-upper case changes. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) || c > 0x7f) {
                flush(word, words);
                continue;
            }
            boolean boundary = word.length() > 0 && Character.isUpperCase(c)
                    && (Character.isLowerCase(word.charAt(word.length() - 1))
                            || (i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1))
                                    && Character.isUpperCase(word.charAt(word.length() - 1))));
            if (boundary) {
                flush(word, words);
            }
            word.append(c);
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    static String upperCamel(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : words(text)) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return startLegally(out.toString(), "T");
    }

    static String lowerCamel(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return "value";
        }
        StringBuilder out = new StringBuilder();
        String first = words.get(0);
        out.append(isAllUpper(first) ? first.toLowerCase(Locale.ROOT)
                : Character.toLowerCase(first.charAt(0)) + first.substring(1));
        for (String word : words.subList(1, words.size())) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return Character.isDigit(out.charAt(0)) ? "v" + out : out.toString();
    }

    static String upperSnake(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return "EMPTY";
        }
        return startLegally(String.join("_", words).toUpperCase(Locale.ROOT), "V_");
    }

    /** The name as written, with every character Java does not allow replaced by {@code _}. */
    static String verbatim(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(i == 0 ? (Character.isJavaIdentifierStart(c) ? c : '_')
                    : (Character.isJavaIdentifierPart(c) ? c : '_'));
        }
        return out.length() == 0 || out.toString().equals("_") ? "value" : out.toString();
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

    private static String startLegally(String name, String prefix) {
        if (name.isEmpty()) {
            return prefix.equals("T") ? "Type" : "EMPTY";
        }
        return Character.isDigit(name.charAt(0)) ? prefix + name : name;
    }
}
