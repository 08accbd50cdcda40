package io.github.webhookgen.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * One Jackson major version, as far as the corpus run needs it: what generated code is compiled against, where those
 * classes are loaded from, and how a plain mapper of that line reads a payload into a generated type and writes it
 * back. Jackson 2 is {@link Jackson2Line}; Jackson 3 ({@code tools.jackson.core:jackson-databind}, read and written
 * with {@code JsonMapper.builder().build()}) gets a second implementation once the generator emits that line.
 */
interface JacksonLine {

    /**
     * The line of a {@code --jackson} value.
     *
     * @throws IllegalArgumentException for a line the generator does not emit yet
     */
    static JacksonLine named(String name) {
        if (name.equals("2")) {
            return new Jackson2Line();
        }
        throw new IllegalArgumentException("--jackson " + name + ": the generator emits Jackson 2 code only, so far");
    }

    /** The line's major version as given to {@code --jackson}: {@code 2}. */
    String name();

    /** The jars generated code is compiled against: jackson-databind, jackson-core and jackson-annotations. */
    List<Path> classpath();

    /** The class loader holding this line's classes: the parent of the loader of the generated classes. */
    ClassLoader loader();

    /** The canonical name of the type generated code uses for any JSON value ({@code ...databind.JsonNode}). */
    String treeType();

    /** A mapper with the line's defaults that resolves type names against {@code generated}. */
    PlainMapper plainMapper(ClassLoader generated);

    /** Reads and writes with a default mapper: {@code new ObjectMapper()} for Jackson 2. */
    interface PlainMapper {

        /**
         * Reads one payload.
         *
         * @param canonicalType a canonical Java type, generics included ({@code java.util.List<corpus.generated.Foo>})
         * @throws Exception what the mapper or the generated code throws; its message is reported
         */
        Object read(byte[] json, String canonicalType) throws Exception;

        /** Writes a value read by {@link #read}. */
        String write(Object value) throws Exception;

        /**
         * What a user sees of an exception of {@link #read} or {@link #write}: its simple class name and message,
         * with the line and column but without the reference chain, which {@link #pointer} gives.
         */
        String message(Throwable thrown);

        /** The JSON pointer of the value a mapping exception is about, or null when it does not say. */
        String pointer(Throwable thrown);
    }
}
