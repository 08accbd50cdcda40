package io.github.webhookgen.core.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The record a run leaves in the output directory: the fingerprint of its inputs and the hash of each file it wrote.
 * The next run trusts the output only when both still match.
 *
 * @param fingerprint hash of the generator version, the configuration and every schema document
 * @param files hash of each generated file, by path relative to the output directory
 */
public record Manifest(String fingerprint, SortedMap<String, String> files) {

    public static final String FILE_NAME = ".webhookgen-manifest";

    public Manifest {
        files = new TreeMap<>(files);
    }

    static Manifest read(Path outputDirectory) {
        Path file = outputDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new Manifest("", new TreeMap<>());
        }
        try {
            String fingerprint = "";
            SortedMap<String, String> files = new TreeMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("fingerprint ")) {
                    fingerprint = line.substring("fingerprint ".length());
                } else if (line.startsWith("file ")) {
                    String[] parts = line.substring("file ".length()).split(" ", 2);
                    if (parts.length == 2) {
                        files.put(parts[1], parts[0]);
                    }
                }
            }
            return new Manifest(fingerprint, files);
        } catch (IOException e) {
            return new Manifest("", new TreeMap<>());
        }
    }

    String text() {
        StringBuilder out = new StringBuilder("# Written by webhookgen: what it generated here. Do not edit.\n");
        out.append("fingerprint ").append(fingerprint).append('\n');
        for (Map.Entry<String, String> file : files.entrySet()) {
            out.append("file ").append(file.getValue()).append(' ').append(file.getKey()).append('\n');
        }
        return out.toString();
    }
}
