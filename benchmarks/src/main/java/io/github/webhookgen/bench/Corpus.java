package io.github.webhookgen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bundled example notifications, read once: every {@code *.json} of {@code webhooks_examples/}, in name order.
 * One benchmark operation processes all of them.
 *
 * @param names file names, for messages
 * @param bodies the request bodies, UTF-8 JSON
 */
record Corpus(List<String> names, List<byte[]> bodies) {

    static Corpus load() {
        try (Stream<Path> files = Files.list(BenchPaths.examples())) {
            List<Path> sorted = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            List<byte[]> bodies = sorted.stream().map(Corpus::read).toList();
            return new Corpus(sorted.stream().map(p -> p.getFileName().toString()).toList(), bodies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int notifications() {
        return bodies.size();
    }

    long bytes() {
        return bodies.stream().mapToLong(b -> b.length).sum();
    }

    byte[][] array() {
        return bodies.toArray(new byte[0][]);
    }
}
