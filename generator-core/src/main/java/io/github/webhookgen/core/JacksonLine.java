package io.github.webhookgen.core;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The major version of Jackson the generated code binds with. The two lines differ in package names
 * ({@code com.fasterxml.jackson} and {@code tools.jackson}) and in part of their API; the generated models look the
 * same on both, only their imports and the codecs beside them differ. Jackson's annotations
 * ({@code com.fasterxml.jackson.annotation}) are shared by both lines.
 */
public enum JacksonLine {

    /** Jackson 2 ({@code com.fasterxml.jackson.core:jackson-databind}): Spring Boot 3, Quarkus 3. */
    JACKSON_2("2", "com.fasterxml.jackson.core", "jackson-databind"),

    /** Jackson 3 ({@code tools.jackson.core:jackson-databind}): Spring Boot 4. */
    JACKSON_3("3", "tools.jackson.core", "jackson-databind");

    private final String number;
    private final String groupId;
    private final String artifactId;

    JacksonLine(String number, String groupId, String artifactId) {
        this.number = number;
        this.groupId = groupId;
        this.artifactId = artifactId;
    }

    /** The major version as users write it: {@code 2} or {@code 3}. */
    public String number() {
        return number;
    }

    /** The Maven coordinates of the line's databind artifact, {@code groupId:artifactId}. */
    public String databind() {
        return groupId + ":" + artifactId;
    }

    public String groupId() {
        return groupId;
    }

    public String artifactId() {
        return artifactId;
    }

    /**
     * The line a project binds with, from the {@code groupId:artifactId} of its dependencies: Jackson 3 when it has
     * {@code tools.jackson.core:jackson-databind} (also beside Jackson 2: that is what Spring Boot 4 binds with),
     * Jackson 2 when it has {@code com.fasterxml.jackson.core:jackson-databind}, none when it has neither.
     */
    public static Optional<JacksonLine> of(Collection<String> dependencies) {
        if (dependencies.contains(JACKSON_3.databind())) {
            return Optional.of(JACKSON_3);
        }
        return dependencies.contains(JACKSON_2.databind()) ? Optional.of(JACKSON_2) : Optional.empty();
    }

    /**
     * The line a user names: {@code 2} or {@code 3} (a leading {@code jackson} is allowed, case does not matter).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static JacksonLine of(String name) {
        String plain = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        plain = plain.startsWith("jackson") ? plain.substring("jackson".length()).strip() : plain;
        for (JacksonLine line : values()) {
            if (line.number.equals(plain)) {
                return line;
            }
        }
        throw new IllegalArgumentException("\"" + name + "\" is not a Jackson line: 2 or 3");
    }
}
