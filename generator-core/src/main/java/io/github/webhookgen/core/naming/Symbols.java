package io.github.webhookgen.core.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words for symbols in JSON names and values, so that {@code +} becomes {@code PLUS} and {@code >=}
 * {@code GREATER_THAN_OR_EQUAL} rather than nothing. ASCII symbols have the names of the table below; any other symbol
 * is named by its Unicode character name ({@code €} is {@code EURO_SIGN}). Words are capitalised ({@code Plus}); each
 * case style joins them its own way.
 */
final class Symbols {

    /** A name for every printable ASCII character that is not a letter or digit, and for the usual white space. */
    private static final Map<Integer, String> ASCII = Map.ofEntries(
            Map.entry((int) ' ', "Space"), Map.entry((int) '\t', "Tab"), Map.entry((int) '\n', "Newline"),
            Map.entry((int) '\r', "Carriage Return"), Map.entry((int) '!', "Exclamation Mark"),
            Map.entry((int) '"', "Quotation Mark"), Map.entry((int) '#', "Hash"), Map.entry((int) '$', "Dollar"),
            Map.entry((int) '%', "Percent"), Map.entry((int) '&', "Ampersand"), Map.entry((int) '\'', "Apostrophe"),
            Map.entry((int) '(', "Left Parenthesis"), Map.entry((int) ')', "Right Parenthesis"),
            Map.entry((int) '*', "Asterisk"), Map.entry((int) '+', "Plus"), Map.entry((int) ',', "Comma"),
            Map.entry((int) '-', "Minus"), Map.entry((int) '.', "Dot"), Map.entry((int) '/', "Slash"),
            Map.entry((int) ':', "Colon"), Map.entry((int) ';', "Semicolon"), Map.entry((int) '<', "Less Than"),
            Map.entry((int) '=', "Equals"), Map.entry((int) '>', "Greater Than"),
            Map.entry((int) '?', "Question Mark"), Map.entry((int) '@', "At"), Map.entry((int) '[', "Left Bracket"),
            Map.entry((int) '\\', "Backslash"), Map.entry((int) ']', "Right Bracket"), Map.entry((int) '^', "Caret"),
            Map.entry((int) '_', "Underscore"), Map.entry((int) '`', "Backtick"), Map.entry((int) '{', "Left Brace"),
            Map.entry((int) '|', "Vertical Bar"), Map.entry((int) '}', "Right Brace"), Map.entry((int) '~', "Tilde"));

    /** Comparison operators named as a whole: {@code >=} is not {@code GREATER_THAN_EQUALS}. */
    private static final Map<String, String> OPERATORS = Map.of(
            "<=", "Less Than Or Equal", ">=", "Greater Than Or Equal", "!=", "Not Equal", "<>", "Not Equal",
            "==", "Double Equals");

    /**
     * The ASCII symbols that are named also between words, because dropping them changes the meaning: {@code c++},
     * {@code a+b}, {@code 100%}, {@code x>=5}. Every other ASCII symbol there only separates words
     * ({@code text/plain}, {@code on-hold}, {@code 1.5}).
     */
    private static final Set<Integer> SPOKEN = Set.of((int) '+', (int) '*', (int) '=', (int) '<', (int) '>',
            (int) '%', (int) '&', (int) '#');

    private Symbols() {}

    /** The words of a text made only of symbols, each symbol named in turn: {@code +-} is {@code Plus Minus}. */
    static List<String> words(String symbols) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < symbols.length()) {
            Spoken spoken = at(symbols, i);
            words.addAll(spoken.words());
            i += spoken.length();
        }
        return words;
    }

    /**
     * The symbol at {@code index} of a text that also has letters or digits, when it is named there: an operator, a
     * {@link #SPOKEN spoken} symbol, a sign at the start ({@code -1}, {@code +1}), or a Unicode symbol ({@code €},
     * {@code °}); null when it only separates words.
     */
    static Spoken between(String text, int index) {
        int c = text.codePointAt(index);
        boolean sign = index == 0 && (c == '-' || c == '+');
        boolean unicodeSymbol = c > 0x7f && isSymbol(c);
        if (sign || unicodeSymbol || SPOKEN.contains(c) || operator(text, index) != null) {
            return at(text, index);
        }
        return null;
    }

    /**
     * The words for a symbol where it joins the words of a name, as in {@code max-size}: {@code -} is a hyphen there,
     * not a minus.
     */
    static List<String> joining(int c) {
        return c == '-' ? List.of("Hyphen") : name(c);
    }

    /** A symbol and its words, and how many chars of the text it takes. */
    record Spoken(int length, List<String> words) {}

    private static Spoken at(String text, int index) {
        String operator = operator(text, index);
        if (operator != null) {
            return new Spoken(2, split(OPERATORS.get(operator)));
        }
        int c = text.codePointAt(index);
        return new Spoken(Character.charCount(c), name(c));
    }

    private static String operator(String text, int index) {
        if (index + 2 > text.length()) {
            return null;
        }
        String two = text.substring(index, index + 2);
        return OPERATORS.containsKey(two) ? two : null;
    }

    private static List<String> name(int c) {
        String ascii = ASCII.get(c);
        if (ascii != null) {
            return split(ascii);
        }
        String unicode = Character.getName(c);
        if (unicode == null) {
            return List.of("U", Integer.toHexString(c).toUpperCase(Locale.ROOT));
        }
        List<String> words = new ArrayList<>();
        for (String word : unicode.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static boolean isSymbol(int c) {
        int type = Character.getType(c);
        return type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
                || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL;
    }

    private static List<String> split(String words) {
        return List.of(words.split(" "));
    }
}
