package io.github.webhookgen.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a build prints for a run's problems: a warning repeated in a file once with its count, errors each. */
class ReportTest {

    private static final Problem PATTERN_A = warning("a.json", "/properties/x/patternProperties", 4, 7, "'pp' ignored");
    private static final Problem PATTERN_B = warning("a.json", "/properties/y/patternProperties", 9, 7, "'pp' ignored");
    private static final Problem PATTERN_OTHER_FILE = warning("b.json", "/patternProperties", 2, 3, "'pp' ignored");
    private static final Problem ROOT_WARNING = warning("a.json", "", 1, 1, "root");
    private static final Problem ROOT_AGAIN = warning("a.json", "", 30, 1, "root");
    private static final Problem ERROR = Problem.error(ProblemCode.UNRESOLVED_REF,
            new Location("a.json", "/properties/z/$ref", 12, 3), "broken");
    private static final Problem ERROR_AGAIN = Problem.error(ProblemCode.UNRESOLVED_REF,
            new Location("a.json", "/properties/w/$ref", 14, 3), "broken");

    @Test
    void theSameWarningInOneFileIsOneLineAtItsFirstPlaceWithTheCount() {
        Report report = Report.of(List.of(ROOT_WARNING, PATTERN_A, PATTERN_B, ROOT_AGAIN, PATTERN_OTHER_FILE), false);

        assertEquals(List.of(
                "a.json:1:1: warning: [UNSUPPORTED_KEYWORD] root (2 times in this file)",
                "a.json:4:7: warning: [UNSUPPORTED_KEYWORD] 'pp' ignored (at #/properties/x/patternProperties; 2 times "
                        + "in this file)",
                "b.json:2:3: warning: [UNSUPPORTED_KEYWORD] 'pp' ignored (at #/patternProperties)"), printed(report));
        assertEquals("webhookgen: 5 warnings in 2 files (-Dwebhookgen.verbose lists every occurrence)",
                report.summary("-Dwebhookgen.verbose"));
    }

    @Test
    void verboseListsEveryOccurrence() {
        Report report = Report.of(List.of(PATTERN_A, PATTERN_B), true);

        assertEquals(List.of(PATTERN_A.toString(), PATTERN_B.toString()), printed(report));
        assertEquals("webhookgen: 2 warnings in 1 file", report.summary("-Dwebhookgen.verbose"));
    }

    @Test
    void errorsAreNeverFoldedAndNoWarningsMeansNoSummary() {
        Report report = Report.of(List.of(ERROR, ERROR_AGAIN), false);

        assertEquals(List.of(ERROR.toString(), ERROR_AGAIN.toString()), printed(report));
        assertEquals("", report.summary("-Dwebhookgen.verbose"));
    }

    @Test
    void aLineNamesItsFileFromTheArchiveRoot() {
        Report report = Report.of(List.of(PATTERN_A, PATTERN_B), false);

        assertEquals("/archive/a.json:4:7: warning: [UNSUPPORTED_KEYWORD] 'pp' ignored "
                + "(at #/properties/x/patternProperties; 2 times in this file)",
                report.lines().get(0).under("/archive/").toString());
    }

    private static Problem warning(String file, String pointer, int line, int column, String message) {
        return Problem.warning(ProblemCode.UNSUPPORTED_KEYWORD, new Location(file, pointer, line, column), message);
    }

    private static List<String> printed(Report report) {
        return report.lines().stream().map(Report.Line::toString).toList();
    }
}
