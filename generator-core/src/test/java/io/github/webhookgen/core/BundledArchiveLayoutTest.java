package io.github.webhookgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.archive.ArchiveLimits;
import io.github.webhookgen.core.archive.ArchiveLoader;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sources generated from the bundled LivePerson archive are laid out as a person would write them: no line past
 * 120 characters, on both Jackson lines (the fixtures' golden files are held to the same width).
 */
class BundledArchiveLayoutTest {

    @ParameterizedTest
    @EnumSource(JacksonLine.class)
    void noGeneratedLineIsLongerThan120Characters(JacksonLine line) {
        ArchiveSource source = ArchiveSource.of(WrappedArchiveTest.bundledArchive());
        Problems problems = new Problems();
        SortedMap<String, String> sources = Generator.generate(new ArchiveLoader(ArchiveLimits.DEFAULT)
                .load(source, problems), GeneratorConfig.of(source, "com.example.lp.webhooks", Path.of("unused"))
                .withJackson(line), problems);

        assertEquals(List.of(), problems.all());
        for (Map.Entry<String, String> file : sources.entrySet()) {
            String[] lines = file.getValue().split("\n");
            for (int i = 0; i < lines.length; i++) {
                int number = i + 1;
                String text = lines[i];
                assertTrue(text.length() <= 120, () -> file.getKey() + ":" + number + " has " + text.length()
                        + " characters: " + text);
            }
        }
    }
}
