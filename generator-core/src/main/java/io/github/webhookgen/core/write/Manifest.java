package io.github.webhookgen.core.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The record a run leaves in the output directory: the fingerprint of its inputs, the hash of each file it wrote, and
 * the generated classes a caller starts from. The next run trusts the output only when the fingerprint and the hashes
 * still match.
 *
 * @param fingerprint hash of the generator version, the configuration and every schema document
 * @param files hash of each generated file, by path relative to the output directory
 * @param entryPoints the generated root type, visitor and dispatcher, or {@code null} when the archive has no root
 */
public record Manifest(String fingerprint, SortedMap<String, String> files, EntryPoints entryPoints) {

    public static final String FILE_NAME = ".webhookgen-manifest";

    public Manifest {
        files = new TreeMap<>(files);
    }

    public Manifest(String fingerprint, SortedMap<String, String> files) {
        this(fingerprint, files, null);
    }

    static Manifest read(Path outputDirectory) {
        Path file = outputDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new Manifest("", new TreeMap<>());
        }
        try {
            String fingerprint = "";
            SortedMap<String, String> files = new TreeMap<>();
            Map<String, String> entryPoints = new TreeMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("fingerprint ")) {
                    fingerprint = line.substring("fingerprint ".length());
                } else if (line.startsWith("file ")) {
                    String[] parts = line.substring("file ".length()).split(" ", 2);
                    if (parts.length == 2) {
                        files.put(parts[1], parts[0]);
                    }
                } else if (line.startsWith("root ") || line.startsWith("visitor ") || line.startsWith("dispatcher ")) {
                    String[] parts = line.split(" ", 2);
                    entryPoints.put(parts[0], parts[1]);
                }
            }
            return new Manifest(fingerprint, files, entryPoints(entryPoints));
        } catch (IOException | IllegalArgumentException e) {
            return new Manifest("", new TreeMap<>());
        }
    }

    private static EntryPoints entryPoints(Map<String, String> lines) {
        String root = lines.get("root");
        return root == null ? null : new EntryPoints(root, lines.get("visitor"), lines.get("dispatcher"));
    }

    String text() {
        StringBuilder out = new StringBuilder("# Written by webhookgen: what it generated here. Do not edit.\n");
        out.append("fingerprint ").append(fingerprint).append('\n');
        if (entryPoints != null) {
            out.append("root ").append(entryPoints.rootType()).append('\n');
            if (entryPoints.hasDispatcher()) {
                out.append("visitor ").append(entryPoints.visitor()).append('\n');
                out.append("dispatcher ").append(entryPoints.dispatcher()).append('\n');
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            out.append("file ").append(file.getValue()).append(' ').append(file.getKey()).append('\n');
        }
        return out.toString();
    }
}
