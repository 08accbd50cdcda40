package io.github.webhookgen.corpus;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A generator's output for one case: its figures, and the sources to compile (empty when nothing was generated).
 *
 * @param generation the figures
 * @param sources source text by path relative to a source root
 */
record GeneratedCode(Generation generation, SortedMap<String, String> sources) {

    GeneratedCode {
        sources = new TreeMap<>(sources);
    }
}
