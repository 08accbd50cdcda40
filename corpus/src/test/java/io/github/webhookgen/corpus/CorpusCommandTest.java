package io.github.webhookgen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command end to end: a supervisor and a worker process on the case-folder fixture, and the files it writes.
 */
class CorpusCommandTest {

    @Test
    void aRunWritesOneResultLinePerCaseASummaryAndTheFailureLogs(@TempDir Path out) throws IOException {
        int exit = CorpusCommand.commandLine().execute(Fixtures.folder("folders").toString(), "--out", out.toString(),
                "--collection", "fixture", "--revision", "abc123", "--only", "order,ambiguous", "--timeout", "120",
                "--worker-heap", "256m");

        assertEquals(0, exit);
        List<CaseResult> results = CorpusRun.read(out.resolve(CorpusRun.RESULTS));
        assertEquals(List.of("ambiguous", "order"), results.stream().map(CaseResult::name).toList());
        CaseResult ambiguous = results.get(0);
        assertNotEquals(null, ambiguous.unusable());
        assertNull(ambiguous.webhookgen());
        CaseResult order = results.get(1);
        assertEquals("fixture", order.collection());
        assertEquals("abc123", order.revision());
        assertEquals(Layout.FOLDERS, order.layout());
        assertEquals(3, order.payloads());
        assertEquals(2, order.webhookgen().payloads().roundTripped());
        assertEquals(1, order.jsonschema2pojo().payloads().roundTripped());
        assertNull(order.webhookgen().interrupted());

        String summary = Files.readString(out.resolve(CorpusRun.SUMMARY));
        assertTrue(summary.startsWith("# Corpus run: fixture at abc123\n"), summary);
        assertTrue(summary.contains("| Payloads round-tripped exactly | 2 (66.7%) | 1 (33.3%) |\n"), summary);
        assertTrue(summary.contains("| `property dropped (explicit null)` | 1 | 1 | order examples/explicit-null.json "
                + "at \"/note\" |"), summary);
        String log = Files.readString(out.resolve(CorpusRun.FAILURES).resolve("order.txt"));
        assertTrue(log.contains("examples/explicit-null.json: COMPARE at \"/note\": expected null, found no property"),
                log);
        assertTrue(Files.exists(out.resolve(CorpusRun.FAILURES).resolve("ambiguous.txt")));
    }

    @Test
    void theSummaryCanBeRebuiltFromTheResultsAndAResumedRunSkipsWhatIsDone(@TempDir Path out) throws IOException {
        String input = Fixtures.folder("folders").toString();
        assertEquals(0, CorpusCommand.commandLine().execute(input, "--out", out.toString(), "--only", "pet",
                "--no-jsonschema2pojo"));
        String first = Files.readString(out.resolve(CorpusRun.RESULTS));

        assertEquals(0, CorpusCommand.commandLine().execute(input, "--out", out.toString(), "--only", "pet",
                "--resume"));
        assertEquals(first, Files.readString(out.resolve(CorpusRun.RESULTS)));

        Files.delete(out.resolve(CorpusRun.SUMMARY));
        assertEquals(0, CorpusCommand.commandLine().execute(input, "--out", out.toString(), "--summary-only"));
        String summary = Files.readString(out.resolve(CorpusRun.SUMMARY));
        assertTrue(summary.contains("| pet | 1 | generated, compiled, record, 1/1 of 1, 0/3 untyped |  |"), summary);
        assertFalse(CorpusRun.read(out.resolve(CorpusRun.RESULTS)).get(0).webhookgen() == null);
    }

    @Test
    void unknownCaseNamesAndJacksonLinesAreRefused(@TempDir Path out) {
        String input = Fixtures.folder("folders").toString();
        assertEquals(2, CorpusCommand.commandLine().execute(input, "--out", out.toString(), "--only", "nope"));
        assertEquals(2, CorpusCommand.commandLine().execute(input, "--out", out.toString(), "--jackson", "4"));
    }
}
