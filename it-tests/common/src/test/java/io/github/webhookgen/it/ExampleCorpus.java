package io.github.webhookgen.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The bundled example notifications, by file name, as the raw bytes a webhook endpoint would receive. */
final class ExampleCorpus {

    private static final SortedMap<String, byte[]> EXAMPLES = load();

    private ExampleCorpus() {}

    static SortedMap<String, byte[]> all() {
        return EXAMPLES;
    }

    static byte[] bytes(String fileName) {
        byte[] body = EXAMPLES.get(fileName);
        if (body == null) {
            throw new IllegalArgumentException("no such example: " + fileName);
        }
        return body.clone();
    }

    private static SortedMap<String, byte[]> load() {
        SortedMap<String, byte[]> examples = new TreeMap<>();
        try (Stream<Path> files = Files.list(Archive.examples())) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                examples.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (examples.isEmpty()) {
            throw new IllegalStateException("no examples in " + Archive.examples());
        }
        return Collections.unmodifiableSortedMap(examples);
    }
}
