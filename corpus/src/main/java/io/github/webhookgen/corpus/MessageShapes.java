package io.github.webhookgen.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message with what is particular to one case left out (pointers, file names, references, generated class names,
 * long quoted values, numbers), so that the same kind of problem counts as one shape across cases. Keywords, which
 * messages quote in single quotes, and short quoted values such as a {@code "type"} name are kept.
 */
final class MessageShapes {

    private static final Pattern JACKSON_LOCATION = Pattern.compile(
            "\\s*(at \\[Source:|\\(through reference chain|\\(line \\d+, column \\d+\\)$).*$", Pattern.DOTALL);
    private static final Pattern POINTER = Pattern.compile("#/[^\\s)\"',;]*");
    private static final Pattern JSON_FILE = Pattern.compile("[\\w./:@~+-]*\\.json\\b");
    private static final Pattern GENERATED_CLASS = Pattern.compile("\\bcorpus\\.(generated|j2p)\\.[\\w$.]+");
    private static final Pattern QUOTE = Pattern.compile("\"[^\"]*\"");
    private static final Pattern PARTICULAR = Pattern.compile("[/#.:]|.{31,}");
    private static final Pattern LIST = Pattern.compile("\\[[^\\[\\]]*\\]");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d{2,}\\b");
    private static final int MAX = 240;

    private MessageShapes() {}

    static String of(String message) {
        if (message == null) {
            return "";
        }
        String shape = JACKSON_LOCATION.matcher(message).replaceAll("");
        shape = GENERATED_CLASS.matcher(shape).replaceAll("corpus.$1.…");
        shape = POINTER.matcher(shape).replaceAll("#/…");
        shape = JSON_FILE.matcher(shape).replaceAll("….json");
        shape = QUOTE.matcher(shape).replaceAll(quote -> PARTICULAR.matcher(quote.group()).find()
                ? "\"…\"" : Matcher.quoteReplacement(quote.group()));
        shape = LIST.matcher(shape).replaceAll("[…]");
        shape = NUMBER.matcher(shape).replaceAll("N");
        shape = shape.replaceAll("\\s+", " ").strip();
        return shape.length() <= MAX ? shape : shape.substring(0, MAX) + "…";
    }
}
