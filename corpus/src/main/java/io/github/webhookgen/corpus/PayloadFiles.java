package io.github.webhookgen.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.webhookgen.corpus.CorpusCase.Payload;
import io.github.webhookgen.corpus.CorpusCase.Skipped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The example payloads of a folder: {@code *.json} files that are well-formed JSON are payloads, every other file is
 * skipped with the reason (YAML and TOML examples, JSON with comments).
 */
final class PayloadFiles {

    private PayloadFiles() {}

    /**
     * Adds the files under {@code folder}, in path order, named {@code prefix} + their path relative to it; nothing
     * when the folder does not exist.
     */
    static void collect(Path folder, String prefix, List<Payload> payloads, List<Skipped> skipped) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = prefix + folder.relativize(file).toString().replace('\\', '/');
            if (!name.endsWith(".json")) {
                int dot = name.lastIndexOf('.');
                skipped.add(new Skipped(name, dot < 0 ? "not a .json file" : "not JSON (" + name.substring(dot) + ")"));
            } else {
                add(name, Files.readAllBytes(file), payloads, skipped);
            }
        }
    }

    /** Adds the payload, or skips it when it is not one well-formed JSON value. */
    static void add(String name, byte[] json, List<Payload> payloads, List<Skipped> skipped) {
        try {
            TreeComparison.read(json);
            payloads.add(new Payload(name, json));
        } catch (JsonProcessingException e) {
            skipped.add(new Skipped(name, "not well-formed JSON: " + e.getOriginalMessage().replaceAll("\\s+", " ")
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
        } catch (IOException e) {
            skipped.add(new Skipped(name, "not well-formed JSON: " + e.getMessage()));
        }
    }
}
