package io.github.webhookgen.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.Generator;
import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.JacksonLine;
import io.github.webhookgen.core.Outline;
import io.github.webhookgen.core.archive.Archive;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.GenerationFailedException;
import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.diagnostics.Report;
import io.github.webhookgen.core.schema.SchemaRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Generator#outline} and what a tool measuring the generator reads of it, called from outside the generator's
 * packages the way the corpus command calls it (docs/corpus.md), so that a change of this public surface shows here.
 */
class OutlineTest {

    private static final String PACKAGE = "com.example.measured";

    private static final String ORDER = """
            {
              "type": "object",
              "properties": {
                "id": {"type": "integer"},
                "tags": {"type": "array"},
                "owner": {"$ref": "https://schemas.example.com/v1/person.json"},
                "notes": {"type": "object", "additionalProperties": {"$ref": "#/definitions/Note"}},
                "broken": {"$ref": "missing.json"},
                "alsoBroken": {"$ref": "missing.json"}
              },
              "definitions": {"Note": {"description": "anything at all"}}
            }""";

    private static final String PERSON = """
            {
              "type": "object",
              "properties": {
                "name": {"type": "string"},
                "friends": {"type": "array", "items": {"$ref": "#"}}
              }
            }""";

    @Test
    void theRootTypeAndEveryDeclaredPropertyItReachesWithWhereUntypedValuesComeFrom() {
        Problems problems = new Problems();

        Outline outline = Generator.outline(archive("order.json", ORDER, "shared/person.json", PERSON),
                config(JacksonLine.JACKSON_2), "order.json", problems);

        assertEquals(PACKAGE + ".Order", outline.rootType());
        assertEquals(Outline.Kind.RECORD, outline.rootKind());
        assertTrue(outline.rootKind().isDeclared());
        assertNull(outline.rootUntyped());
        assertTrue(outline.sources().containsKey("com/example/measured/Order.java"), outline.sources()::toString);
        assertTrue(outline.sources().containsKey("com/example/measured/Person.java"), outline.sources()::toString);
        String node = "com.fasterxml.jackson.databind.JsonNode";
        assertEquals(List.of(
                new Outline.Property(PACKAGE + ".Order", "id", "java.lang.Long",
                        new SchemaRef("order.json", "/properties/id"), null),
                new Outline.Property(PACKAGE + ".Order", "tags", "java.util.List<" + node + ">",
                        new SchemaRef("order.json", "/properties/tags"), new SchemaRef("order.json", "/properties/tags")),
                new Outline.Property(PACKAGE + ".Order", "owner", PACKAGE + ".Person",
                        new SchemaRef("order.json", "/properties/owner"), null),
                new Outline.Property(PACKAGE + ".Order", "notes", "java.util.Map<java.lang.String, " + node + ">",
                        new SchemaRef("order.json", "/properties/notes"),
                        new SchemaRef("order.json", "/definitions/Note")),
                new Outline.Property(PACKAGE + ".Order", "broken", node,
                        new SchemaRef("order.json", "/properties/broken"),
                        new SchemaRef("order.json", "/properties/broken")),
                new Outline.Property(PACKAGE + ".Order", "alsoBroken", node,
                        new SchemaRef("order.json", "/properties/alsoBroken"),
                        new SchemaRef("order.json", "/properties/alsoBroken")),
                new Outline.Property(PACKAGE + ".Person", "name", "java.lang.String",
                        new SchemaRef("shared/person.json", "/properties/name"), null),
                new Outline.Property(PACKAGE + ".Person", "friends", "java.util.List<" + PACKAGE + ".Person>",
                        new SchemaRef("shared/person.json", "/properties/friends"), null)),
                outline.properties());
        assertEquals(4, outline.properties().stream().filter(Outline.Property::isUntyped).count());
    }

    @Test
    void warningsFoldIntoTheLinesAUserSees() {
        Problems problems = new Problems();

        Generator.outline(archive("order.json", ORDER, "shared/person.json", PERSON),
                config(JacksonLine.JACKSON_2), "order.json", problems);

        List<Problem> warnings = problems.all().stream().filter(p -> !p.isError()).toList();
        assertEquals(2, warnings.size(), warnings::toString);
        assertTrue(warnings.stream().allMatch(p -> p.code() == ProblemCode.UNRESOLVED_REF), warnings::toString);
        List<Report.Line> lines = Report.of(problems.all(), false).lines();
        assertEquals(1, lines.size());
        assertEquals(2, lines.get(0).times());
        assertFalse(lines.get(0).isError());
        assertTrue(lines.get(0).toString().startsWith("order.json:8:24: warning: [UNRESOLVED_REF] $ref \"missing.json\""),
                lines.get(0)::toString);
    }

    @Test
    void aRootThatIsAListOfAnyValueOnJackson3() {
        Outline outline = Generator.outline(archive("list.json", "{\"type\": \"array\", \"items\": {}}"),
                config(JacksonLine.of("3")), "list.json", new Problems());

        assertEquals("java.util.List<tools.jackson.databind.JsonNode>", outline.rootType());
        assertEquals(Outline.Kind.LIST, outline.rootKind());
        assertEquals(new SchemaRef("list.json", "/items"), outline.rootUntyped());
        assertEquals(List.of(), outline.properties());
    }

    @Test
    void aRootDocumentTheArchiveDoesNotHoldHasNoType() {
        Outline outline = Generator.outline(archive("a.json", "{\"type\": \"string\"}"),
                config(JacksonLine.JACKSON_2), "b.json", new Problems());

        assertEquals(Outline.Kind.NONE, outline.rootKind());
        assertNull(outline.rootType());
    }

    @Test
    void anErrorStopsTheOutlineWithEveryProblemFound() {
        Problems problems = new Problems();

        GenerationFailedException failed = assertThrows(GenerationFailedException.class, () -> Generator.outline(
                archive("a.json", "{\"type\": }"), config(JacksonLine.JACKSON_2), "a.json", problems));

        assertEquals(problems.all(), failed.problems());
        assertTrue(failed.problems().stream().anyMatch(p -> p.isError() && p.code() == ProblemCode.MALFORMED_JSON
                && p.location().file().equals("a.json")), failed.problems()::toString);
    }

    private static GeneratorConfig config(JacksonLine jackson) {
        // The source and the output directory are not read: the archive is given, and nothing is written.
        return GeneratorConfig.of(new ArchiveSource.Directory(Path.of("unused")), PACKAGE, Path.of("unused"))
                .withStrict(false)
                .withJackson(jackson)
                .withUriMappings(Map.of("https://schemas.example.com/v1/", "shared/"));
    }

    private static Archive archive(String... pathsAndJson) {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndJson.length; i += 2) {
            documents.put(pathsAndJson[i], pathsAndJson[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return Archive.of("measured", documents);
    }
}
