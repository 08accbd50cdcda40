package io.github.webhookgen.corpus;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * One Jackson major version, as far as the corpus run needs it: the line webhookgen generates for, what generated code
 * is compiled against, where those classes are loaded from, and how a plain mapper of that line reads a payload into a
 * generated type and writes it back. Jackson 2 is {@link Jackson2Line}, Jackson 3 {@link Jackson3Line}; both lines are
 * on this module's class path (their packages differ, and they share {@code jackson-annotations}).
 */
interface JacksonLine {

    /**
     * The line of a {@code --jackson} value: {@code 2} or {@code 3}.
     *
     * @throws IllegalArgumentException for anything else
     */
    static JacksonLine named(String name) {
        return switch (io.github.webhookgen.core.JacksonLine.of(name)) {
            case JACKSON_2 -> new Jackson2Line();
            case JACKSON_3 -> new Jackson3Line();
        };
    }

    /** The line's major version as given to {@code --jackson}: {@code 2} or {@code 3}. */
    default String name() {
        return generated().number();
    }

    /** The line webhookgen generates code for ({@code GeneratorConfig.withJackson}). */
    io.github.webhookgen.core.JacksonLine generated();

    /** The jars generated code is compiled against: jackson-databind, jackson-core and jackson-annotations. */
    List<Path> classpath();

    /** The class loader holding this line's classes: the parent of the loader of the generated classes. */
    ClassLoader loader();

    /** The canonical name of the type generated code uses for any JSON value ({@code ...databind.JsonNode}). */
    String treeType();

    /** A mapper with the line's defaults that resolves type names against {@code generated}. */
    PlainMapper plainMapper(ClassLoader generated);

    /**
     * Reads and writes with a default mapper: {@code new ObjectMapper()} for Jackson 2, {@code JsonMapper.builder()
     * .build()} for Jackson 3.
     */
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

    /** The jar a class is loaded from. */
    static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
        }
    }
}
