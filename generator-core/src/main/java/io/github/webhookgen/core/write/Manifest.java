package io.github.webhookgen.core.write;

import io.github.webhookgen.core.archive.Archive;
import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The record a run leaves in the output directory: the fingerprint of its inputs, the hash of each file it wrote, the
 * warnings it reported, and the generated classes a caller starts from. The next run trusts the output only when the
 * fingerprint and the hashes still match, and then reports the same warnings, so that a build that skips generation
 * does not hide them.
 *
 * @param fingerprint hash of the generator version, the configuration and every schema document
 * @param schemas hash of the schema documents alone ({@link #schemasOf}), to tell which archive the files come from;
 *     empty when unknown
 * @param files hash of each generated file, by path relative to the output directory
 * @param warnings the warnings of the run that generated the files
 * @param entryPoints the generated root type, visitor and dispatcher, or {@code null} when the archive has no root
 */
public record Manifest(String fingerprint, String schemas, SortedMap<String, String> files, List<Problem> warnings,
        EntryPoints entryPoints) {

    public static final String FILE_NAME = ".webhookgen-manifest";

    public Manifest {
        files = new TreeMap<>(files);
        warnings = List.copyOf(warnings);
    }

    private static Manifest empty() {
        return new Manifest("", "", new TreeMap<>(), List.of(), null);
    }

    static Manifest read(Path outputDirectory) {
        Path file = outputDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            String fingerprint = "";
            String schemas = "";
            SortedMap<String, String> files = new TreeMap<>();
            List<Problem> warnings = new ArrayList<>();
            Map<String, String> entryPoints = new TreeMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("fingerprint ")) {
                    fingerprint = line.substring("fingerprint ".length());
                } else if (line.startsWith("schemas ")) {
                    schemas = line.substring("schemas ".length());
                } else if (line.startsWith("file ")) {
                    String[] parts = line.substring("file ".length()).split(" ", 2);
                    if (parts.length == 2) {
                        files.put(parts[1], parts[0]);
                    }
                } else if (line.startsWith("warning ")) {
                    Problem warning = warning(line.substring("warning ".length()));
                    if (warning != null) {
                        warnings.add(warning);
                    }
                } else if (line.startsWith("root ") || line.startsWith("visitor ") || line.startsWith("dispatcher ")) {
                    String[] parts = line.split(" ", 2);
                    entryPoints.put(parts[0], parts[1]);
                }
            }
            return new Manifest(fingerprint, schemas, files, warnings, entryPoints(entryPoints));
        } catch (IOException | IllegalArgumentException e) {
            return empty();
        }
    }

    private static EntryPoints entryPoints(Map<String, String> lines) {
        String root = lines.get("root");
        return root == null ? null : new EntryPoints(root, lines.get("visitor"), lines.get("dispatcher"));
    }

    /**
     * The hash of an archive's schema documents, their paths and bytes: the same for the same documents, whatever the
     * configuration, the generator version or the archive's file name.
     */
    public static String schemasOf(Archive archive) {
        Hashing hashing = new Hashing();
        archive.documents().forEach(hashing::add);
        return hashing.hex();
    }

    /** A warning written by {@link #text()}: code, line, column, file, pointer and message, tab-separated. */
    private static Problem warning(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 6) {
            return null;
        }
        try {
            Location location = new Location(unescape(fields[3]), unescape(fields[4]), Integer.parseInt(fields[1]),
                    Integer.parseInt(fields[2]));
            return Problem.warning(ProblemCode.valueOf(fields[0]), location, unescape(fields[5]));
        } catch (IllegalArgumentException e) {
            return null; // a code of another generator version, or a hand-edited line: not worth failing a build
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    String text() {
        StringBuilder out = new StringBuilder("# Written by webhookgen: what it generated here. Do not edit.\n");
        out.append("fingerprint ").append(fingerprint).append('\n');
        if (!schemas.isEmpty()) {
            out.append("schemas ").append(schemas).append('\n');
        }
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
        for (Problem warning : warnings) {
            Location at = warning.location();
            out.append("warning ").append(String.join("\t", warning.code().name(), Integer.toString(at.line()),
                    Integer.toString(at.column()), escape(at.file()), escape(at.pointer()), escape(warning.message())))
                    .append('\n');
        }
        return out.toString();
    }
}
