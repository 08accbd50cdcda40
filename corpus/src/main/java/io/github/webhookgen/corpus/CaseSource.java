package io.github.webhookgen.corpus;

import java.io.IOException;
import java.util.List;

/** The cases of an input folder, read according to its {@link Layout}. */
interface CaseSource {

    /**
     * Every case, in name order; the same list on every call and in every process, so that a worker finds a case by
     * its name.
     *
     * @throws IOException when the folder cannot be read
     */
    List<CorpusCase> cases() throws IOException;
}
