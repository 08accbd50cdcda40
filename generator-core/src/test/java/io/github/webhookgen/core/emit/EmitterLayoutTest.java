package io.github.webhookgen.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmitterLayoutTest {

    @Test
    void aShortPermitsClauseStaysOnItsLine() {
        String source = "public sealed interface A permits B, C {\n}\n";
        assertEquals(source, Emitter.wrapPermits(source));
    }

    @Test
    void aLongPermitsClauseIsWrappedBetweenTypes() {
        String types = IntStream.range(0, 20).mapToObj(i -> "SomeLongBranchName" + i).collect(Collectors.joining(", "));
        String source = "/** A union. */\npublic sealed interface Event extends Base permits " + types + " {\n"
                + "    record Unknown() implements Event {\n    }\n}\n";

        String wrapped = Emitter.wrapPermits(source);

        String[] lines = wrapped.split("\n");
        assertTrue(Arrays.stream(lines).allMatch(line -> line.length() <= Emitter.LINE_WIDTH), wrapped);
        assertEquals("public sealed interface Event extends Base", lines[1]);
        assertTrue(lines[2].startsWith("        permits SomeLongBranchName0, "), wrapped);
        assertTrue(lines[3].startsWith("                SomeLongBranchName"), wrapped);
        assertEquals(source.replaceAll("\\s+", " "), wrapped.replaceAll("\\s+", " "));
        assertTrue(wrapped.endsWith("    record Unknown() implements Event {\n    }\n}\n"), wrapped);
    }

    @Test
    void aSupportFileIsMovedToTheUsersPackage() {
        String copied = SupportFiles.copy("support/jackson2/Json.java", "com.example.hooks", "Copied for a test.");
        assertTrue(copied.startsWith("// Copied for a test.\npackage com.example.hooks;\n\nimport "), copied);
        assertTrue(!copied.contains("io.github.webhookgen"), "no trace of the source package");
        String unnamed = SupportFiles.copy("support/jackson3/Json.java", "", "Copied for a test.");
        assertTrue(unnamed.startsWith("// Copied for a test.\n\nimport "), unnamed);
        assertTrue(unnamed.contains("import tools.jackson.databind.JsonNode;"), unnamed);
    }
}
