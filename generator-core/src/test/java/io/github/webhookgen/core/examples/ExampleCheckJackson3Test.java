package io.github.webhookgen.core.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.InlineSchemas;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.JavaCompilation;
import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.lower.DispatchRoot;
import io.github.webhookgen.core.write.EntryPoints;
import io.github.webhookgen.core.write.OutputWriter;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples check against a project on Jackson 3: classes with the generated code's names and entry points, written
 * by hand against {@code tools.jackson.databind}, compiled and loaded with Jackson 3 only (and with both lines).
 */
class ExampleCheckJackson3Test {

    private static final String[] SOURCES = {
        "com/example/j3/Note.java", """
                package com.example.j3;

                import tools.jackson.databind.annotation.JsonDeserialize;

                /** A notification; the annotation binds it to Jackson 3, as the generated code's decoders do. */
                @JsonDeserialize
                public record Note(String type, Long sequence) {}
                """,
        "com/example/j3/WebhookVisitor.java", """
                package com.example.j3;

                /** One method per kind of note. */
                public interface WebhookVisitor {
                    /** A note. @param note the note */
                    default void visitNote(Note note) {}
                    /** Anything else. @param note the note */
                    default void visitUnknownNote(Note note) {}
                }
                """,
        "com/example/j3/Webhooks.java", """
                package com.example.j3;

                import tools.jackson.databind.ObjectReader;
                import tools.jackson.databind.json.JsonMapper;

                /** Entry points. */
                public final class Webhooks {
                    private static final ObjectReader READER = JsonMapper.builder().build().readerFor(Note.class);

                    private Webhooks() {}

                    /** Parses. @param body the body @return the note */
                    public static Note parse(byte[] body) {
                        return READER.readValue(body);
                    }

                    /** Dispatches. @param note the note @param visitor the visitor */
                    public static void dispatch(Note note, WebhookVisitor visitor) {
                        if ("note".equals(note.type())) {
                            visitor.visitNote(note);
                        } else {
                            visitor.visitUnknownNote(note);
                        }
                    }
                }
                """,
    };

    @TempDir
    static Path project;

    static Path output;
    static URLClassLoader jackson3;

    @TempDir
    Path temp;

    @BeforeAll
    static void compile() throws IOException {
        Path sources = InlineSchemas.write(project.resolve("src"), SOURCES);
        JavaCompilation.assertCompiles(sources, project.resolve("classes"),
                ProjectClasses.classpath(ProjectClasses.jars(ProjectClasses.JACKSON_3)));
        output = project.resolve("generated");
        new OutputWriter(output).write(new TreeMap<>(), "written by hand", List.of(),
                new EntryPoints("com.example.j3.Note", "com.example.j3.WebhookVisitor", "com.example.j3.Webhooks"));
        jackson3 = ProjectClasses.loader(project.resolve("classes"), ProjectClasses.jars(ProjectClasses.JACKSON_3));
    }

    @AfterAll
    static void close() throws IOException {
        jackson3.close();
    }

    @Test
    void readsWritesParsesAndDispatchesWithAJackson3Mapper() {
        ExampleReport report = check(jackson3, "webhooks_examples/note.json", "{\"type\": \"note\", \"sequence\": 12}",
                "webhooks_examples/other.json", "{\"type\": \"other\", \"sequence\": 2}");

        assertEquals(List.of(), report.problems());
        assertEquals("3", report.jackson());
        assertEquals(List.of("Note", "Note"), report.results().stream().map(ExampleResult::type).toList());
        assertEquals(List.of(List.of("visitNote"), List.of("visitUnknownNote")),
                report.results().stream().map(ExampleResult::calls).toList());
        assertTrue(report.summary().startsWith("webhookgen: checked 2 examples as Note with Jackson 3: 2 round-tripped, "
                + "2 dispatched, 0 failed;"), report.summary());
    }

    @Test
    void aValueJackson3CannotReadNamesItsPathAndPlace() {
        ExampleReport report = check(jackson3, "webhooks_examples/bad.json",
                "{\"type\": \"note\",\n \"sequence\": \"twelve\"}");

        Problem problem = only(report);
        assertEquals(ProblemCode.EXAMPLE_UNREADABLE, problem.code());
        assertEquals("/sequence", problem.location().pointer());
        assertEquals(2, problem.location().line());
        assertEquals(14, problem.location().column());
        assertTrue(problem.message().startsWith("cannot be read as Note: Cannot deserialize value of type "
                + "`java.lang.Long` from String \"twelve\""), problem.message());
        assertTrue(problem.message().endsWith("(Jackson path sequence)"), problem.message());
    }

    @Test
    void aValueJackson3CoercesIsADifferenceOfTheRoundTrip() {
        ExampleReport report = check(jackson3, "webhooks_examples/coerced.json",
                "{\"type\": \"note\", \"sequence\": \"12\"}");

        Problem problem = only(report);
        assertEquals(ProblemCode.EXAMPLE_NOT_ROUND_TRIPPED, problem.code());
        assertEquals("round trip differs: before \"12\", after 12", problem.message());
        assertEquals("/sequence", problem.location().pointer());
    }

    @Test
    void withBothLinesOnTheClasspathTheOneTheRootTypeIsBoundToIsUsed() throws IOException {
        List<Path> both = Stream.concat(ProjectClasses.jars(ProjectClasses.JACKSON_2).stream(),
                ProjectClasses.jars(ProjectClasses.JACKSON_3).stream()).distinct().toList();
        try (URLClassLoader loader = ProjectClasses.loader(project.resolve("classes"), both)) {
            ExampleReport report = check(loader, "webhooks_examples/note.json", "{\"type\": \"note\", \"sequence\": 1}");

            assertEquals("3", report.jackson());
            assertFalse(report.hasErrors());
        }
    }

    private ExampleReport check(ClassLoader loader, String... examples) {
        Path archive = InlineSchemas.write(temp.resolve("archive"), "webhooks/Note.json", "{}");
        InlineSchemas.write(archive, examples);
        return new ExampleCheck().run(ExampleCheckConfig.of(ArchiveSource.of(archive), output)
                .withDispatchRoot(DispatchRoot.of("webhooks/Note.json", null)), loader);
    }

    private static Problem only(ExampleReport report) {
        assertEquals(1, report.problems().size(), () -> report.problems().toString());
        return report.problems().get(0);
    }
}
