package io.github.webhookgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The names no schema type takes cover every {@code java.lang} type that the generated code (the golden files of the
 * fixtures) and the support code copied beside it name by their simple name: a type of the generated package with
 * such a name would shadow the {@code java.lang} one, and the code that names it would not compile.
 */
class ReservedNamesTest {

    private static final Pattern TYPE_NAME = Pattern.compile("(?<![.\\w$])[A-Z][A-Za-z0-9_]*");
    private static final Pattern DECLARED = Pattern.compile(
            "\\b(?:class|interface|enum|record|@interface)\\s+([A-Z][A-Za-z0-9_]*)|\\bimport\\s+[\\w.]+\\.([A-Z]\\w*);");

    @Test
    void everyJavaLangTypeTheGeneratedAndTheSupportCodeNameIsReserved() throws IOException, URISyntaxException {
        Set<String> named = new TreeSet<>();
        for (String folder : new String[] {"/golden", "/io/github/webhookgen/core/emit/support"}) {
            try (Stream<Path> files = Files.walk(Path.of(ReservedNamesTest.class.getResource(folder).toURI()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    named.addAll(javaLangNames(Files.readString(file)));
                }
            }
        }

        assertTrue(named.containsAll(Set.of("String", "Long", "Integer", "StringBuilder")), named::toString);
        Set<String> notReserved = new TreeSet<>(named);
        notReserved.removeAll(Naming.RESERVED_TYPES);
        assertEquals(Set.of(), notReserved);
    }

    /** The {@code java.lang} types a source names by their simple name, outside comments and literals. */
    private static Set<String> javaLangNames(String source) {
        String code = codeOnly(source);
        Set<String> own = new TreeSet<>();
        Matcher declared = DECLARED.matcher(code);
        while (declared.find()) {
            own.add(declared.group(1) != null ? declared.group(1) : declared.group(2));
        }
        Set<String> names = new TreeSet<>();
        Matcher name = TYPE_NAME.matcher(code);
        while (name.find()) {
            if (!own.contains(name.group()) && isJavaLang(name.group())) {
                names.add(name.group());
            }
        }
        return names;
    }

    private static boolean isJavaLang(String simpleName) {
        try {
            Class.forName("java.lang." + simpleName, false, ReservedNamesTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The source with comments, strings and characters blanked out. */
    private static String codeOnly(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                code.append(' ');
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? source.length() : end + 3;
                code.append("\"\"");
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != quote) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                code.append(quote).append(quote);
            } else {
                code.append(source.charAt(i++));
            }
        }
        return code.toString();
    }
}
