package io.github.webhookgen.core;

import io.github.webhookgen.core.diagnostics.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What a successful run did.
 *
 * @param warnings problems that did not stop the run; when the sources were up to date, those of the run that
 *     generated them
 * @param schemas schema documents read
 * @param types Java source files the archive yields
 * @param written files created or changed
 * @param unchanged files left as they were (same content, timestamp kept)
 * @param deleted generated files removed because no schema yields them any more
 * @param upToDate true when the inputs had not changed and nothing was generated
 * @param millis wall time of the run
 * @param outputDirectory where the sources are
 * @param notes information for the build log, one whole line each, such as how to get a visitor for an archive that
 *     has none
 */
public record GenerationResult(List<Problem> warnings, int schemas, int types, int written, int unchanged,
        int deleted, boolean upToDate, long millis, Path outputDirectory, List<String> notes) {

    public GenerationResult {
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    /** The one line a build logs. */
    public String summary() {
        if (upToDate) {
            return "webhookgen: sources are up to date (" + types + " files in " + outputDirectory + ", checked in "
                    + millis + " ms)" + (warnings.isEmpty() ? "" : "; the warnings are those of the run that "
                    + "generated them");
        }
        return "webhookgen: read " + schemas + " schemas, generated " + types + " files (" + written + " written, "
                + unchanged + " unchanged, " + deleted + " deleted) in " + millis + " ms -> " + outputDirectory;
    }
}
