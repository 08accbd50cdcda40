package io.github.webhookgen.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How a problem reads (the way javac prints, so IDEs and CI link it) and how a run collects and stops on them. */
class ProblemFormatTest {

    @Nested
    class JavacStyle {

        @Test
        void fileLineColumnSeverityCodeMessageAndPointer() {
            Problem problem = Problem.error(ProblemCode.UNRESOLVED_REF,
                    new Location("webhooks/Foo.json", "/properties/x", 12, 7), "no file Bar.json in the archive");

            assertEquals("webhooks/Foo.json:12:7: error: [UNRESOLVED_REF] no file Bar.json in the archive "
                    + "(at #/properties/x)", problem.toString());
        }

        @Test
        void warningsSayWarning() {
            Problem problem = Problem.warning(ProblemCode.NON_STANDARD_KEYWORD,
                    new Location("webhooks/Foo.json", "/type", 1, 9), "\"type\": \"any\" is not a JSON Schema type");

            assertEquals("webhooks/Foo.json:1:9: warning: [NON_STANDARD_KEYWORD] \"type\": \"any\" is not a JSON "
                    + "Schema type (at #/type)", problem.toString());
        }

        @Test
        void withoutAPositionOnlyTheFile() {
            Problem problem = Problem.error(ProblemCode.NOT_UTF8, Location.of("webhooks/Latin.json"), "not UTF-8");

            assertEquals("webhooks/Latin.json: error: [NOT_UTF8] not UTF-8", problem.toString());
        }

        @Test
        void thePointerOfADocumentRootIsLeftOut() {
            Problem problem = Problem.error(ProblemCode.REF_CYCLE, new Location("A.json", "", 1, 1), "cycle");

            assertEquals("A.json:1:1: error: [REF_CYCLE] cycle", problem.toString());
        }

        @Test
        void aPointerWithoutAPositionIsStillShown() {
            Problem problem = Problem.error(ProblemCode.BAD_POINTER, Location.of("Foo.json", "/properties/a~1b"), "x");

            assertEquals("Foo.json: error: [BAD_POINTER] x (at #/properties/a~1b)", problem.toString());
        }

        @Test
        void theFailureMessageHasOneLinePerErrorAndNoWarnings() {
            Problem first = Problem.error(ProblemCode.UNRESOLVED_REF, new Location("a.json", "/x", 2, 3), "one");
            Problem warning = Problem.warning(ProblemCode.UNSUPPORTED_KEYWORD, new Location("a.json", "/y", 3, 3), "w");
            Problem second = Problem.error(ProblemCode.BAD_POINTER, new Location("b.json", "/z", 4, 5), "two");

            GenerationFailedException failure = new GenerationFailedException(List.of(first, warning, second));

            assertEquals("a.json:2:3: error: [UNRESOLVED_REF] one (at #/x)\n"
                    + "b.json:4:5: error: [BAD_POINTER] two (at #/z)", failure.getMessage());
            assertEquals(List.of(first, warning, second), failure.problems());
        }

        @Test
        void theClosingLineSaysWhetherTheOutputIsAsTheLastGoodRunLeftIt() {
            List<Problem> problems = List.of(Problem.error(ProblemCode.OUTPUT_FAILED, Location.of("/out"), "x"));

            assertEquals("webhookgen: 1 error(s), listed above; nothing was generated and the previous sources are "
                    + "unchanged", new GenerationFailedException(problems).summary());
            assertEquals("webhookgen: 1 error(s), listed above; the output directory holds some of the new sources and "
                    + "could not be brought back to the previous ones: delete it and run again",
                    new GenerationFailedException(problems, false).summary());
        }
    }

    @Nested
    class Collecting {

        @Test
        void problemsComeOutByFileThenLineThenPointerThenCode() {
            Problems problems = new Problems();
            problems.error(ProblemCode.BAD_POINTER, new Location("b.json", "/a", 1, 1), "b1");
            problems.warning(ProblemCode.UNSUPPORTED_KEYWORD, new Location("a.json", "/z", 9, 1), "a9");
            problems.error(ProblemCode.UNRESOLVED_REF, new Location("a.json", "/y", 3, 1), "a3y-unresolved");
            problems.error(ProblemCode.BAD_POINTER, new Location("a.json", "/y", 3, 1), "a3y-pointer");
            problems.error(ProblemCode.BAD_POINTER, new Location("a.json", "/x", 3, 1), "a3x");
            problems.error(ProblemCode.NOT_UTF8, Location.of("a.json"), "a0");

            List<String> order = problems.all().stream().map(Problem::message).toList();

            assertEquals(List.of("a0", "a3x", "a3y-unresolved", "a3y-pointer", "a9", "b1"), order);
        }

        @Test
        void theSameProblemReportedTwiceIsListedOnce() {
            Problems problems = new Problems();
            Problem problem = Problem.error(ProblemCode.REF_CYCLE, new Location("A.json", "", 1, 1), "cycle");
            problems.report(problem);
            problems.report(problem);

            assertEquals(List.of(problem), problems.all());
        }

        @Test
        void warningsAloneDoNotStopTheRun() {
            Problems problems = new Problems();
            problems.warning(ProblemCode.NO_DISCRIMINATOR, Location.of("a.json", "/oneOf"), "typed as JsonNode");

            assertFalse(problems.hasErrors());
            assertDoesNotThrow(problems::stopIfErrors);
        }

        @Test
        void anErrorStopsTheRunWithEveryProblemSoFarInOrder() {
            Problems problems = new Problems();
            problems.warning(ProblemCode.NON_STANDARD_KEYWORD, new Location("z.json", "/type", 2, 1), "warning");
            problems.error(ProblemCode.MALFORMED_JSON, new Location("m.json", "", 7, 3), "error");

            assertTrue(problems.hasErrors());
            GenerationFailedException failure = assertThrows(GenerationFailedException.class, problems::stopIfErrors);

            assertEquals(List.of("error", "warning"), failure.problems().stream().map(Problem::message).toList());
            assertEquals("m.json:7:3: error: [MALFORMED_JSON] error", failure.getMessage());
        }
    }
}
