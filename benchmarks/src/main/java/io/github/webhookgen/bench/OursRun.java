package io.github.webhookgen.bench;

import io.github.webhookgen.core.GenerationResult;
import io.github.webhookgen.core.Generator;
import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.archive.Archive;
import io.github.webhookgen.core.archive.ArchiveLoader;
import io.github.webhookgen.core.diagnostics.Problems;
import java.util.SortedMap;

/** Our generator in-process, the way the Maven plugin calls it. */
final class OursRun {

    private final GeneratorConfig config;

    OursRun(GeneratorConfig config) {
        this.config = config;
    }

    /** Reads the archive and runs every stage up to the source text, without touching the output directory. */
    SortedMap<String, String> inMemory() {
        Problems problems = new Problems();
        Archive archive = new ArchiveLoader(config.limits(), config.excludes()).load(config.source(), problems);
        problems.stopIfErrors();
        return Generator.generate(archive, config, problems);
    }

    /** What the plugin runs: {@link Generator#run}, into an output directory the caller has emptied. */
    GenerationResult toDisk() {
        GenerationResult result = new Generator().run(config);
        if (result.upToDate()) {
            throw new IllegalStateException("the output directory was not emptied: nothing was generated");
        }
        return result;
    }
}
