package io.github.webhookgen.core.write;

import io.github.webhookgen.core.diagnostics.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Last stage: brings the output directory to the generated sources while touching as little as possible. A file whose
 * content is unchanged keeps its timestamp (so the compiler has nothing to recompile); a changed file is written
 * aside and moved into place; a file an earlier run generated and this run does not is deleted. Files the
 * generator never wrote are never touched.
 */
public final class OutputWriter {

    /** What writing did. */
    public record Outcome(int written, int unchanged, int deleted) {}

    private final Path outputDirectory;

    public OutputWriter(Path outputDirectory) {
        this.outputDirectory = outputDirectory;
    }

    /** Whether the last run had the same fingerprint and every file it wrote is still there, unedited. */
    public boolean isUpToDate(String fingerprint) {
        Manifest manifest = Manifest.read(outputDirectory);
        if (!manifest.fingerprint().equals(fingerprint) || manifest.files().isEmpty()) {
            return false;
        }
        for (Map.Entry<String, String> file : manifest.files().entrySet()) {
            Path path = outputDirectory.resolve(file.getKey());
            try {
                if (!Files.isRegularFile(path) || !Hashing.of(Files.readAllBytes(path)).equals(file.getValue())) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** The files the last run generated, by path relative to the output directory. */
    public Set<String> previousFiles() {
        return Manifest.read(outputDirectory).files().keySet();
    }

    /** The number of files the last run generated. */
    public int generatedFileCount() {
        return Manifest.read(outputDirectory).files().size();
    }

    /** The warnings of the run that generated the files there, as its manifest lists them. */
    public List<Problem> lastWarnings() {
        return Manifest.read(outputDirectory).warnings();
    }

    /**
     * The generated classes a caller starts from, as the last successful run recorded them; empty when nothing was
     * generated here or the archive has no root type.
     */
    public Optional<EntryPoints> entryPoints() {
        return Optional.ofNullable(Manifest.read(outputDirectory).entryPoints());
    }

    public Outcome write(SortedMap<String, String> sources, String fingerprint) throws IOException {
        return write(sources, fingerprint, List.of(), null);
    }

    /**
     * Writes {@code sources} and a manifest that records them, the fingerprint, {@code warnings} (the warnings of this
     * run) and {@code entryPoints} (nullable).
     */
    public Outcome write(SortedMap<String, String> sources, String fingerprint, List<Problem> warnings,
            EntryPoints entryPoints) throws IOException {
        Files.createDirectories(outputDirectory);
        Manifest previous = Manifest.read(outputDirectory);
        SortedMap<String, String> hashes = new TreeMap<>();
        int written = 0;
        int unchanged = 0;
        for (Map.Entry<String, String> source : sources.entrySet()) {
            byte[] bytes = source.getValue().getBytes(StandardCharsets.UTF_8);
            hashes.put(source.getKey(), Hashing.of(bytes));
            Path target = outputDirectory.resolve(source.getKey());
            if (!Files.exists(target)) {
                // Nothing to protect: a write cut short leaves a file the manifest does not list, rewritten next run.
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
            } else if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
                unchanged++;
                continue;
            } else {
                replace(target, bytes);
            }
            written++;
        }
        int deleted = 0;
        for (String old : previous.files().keySet()) {
            // A hand-edited manifest must not make the writer delete anything outside its directory.
            boolean inside = outputDirectory.resolve(old).normalize().startsWith(outputDirectory.normalize());
            if (!sources.containsKey(old) && inside && Files.deleteIfExists(outputDirectory.resolve(old))) {
                deleted++;
                deleteEmptyParents(outputDirectory.resolve(old).getParent());
            }
        }
        replace(outputDirectory.resolve(Manifest.FILE_NAME),
                new Manifest(fingerprint, hashes, warnings, entryPoints).text().getBytes(StandardCharsets.UTF_8));
        return new Outcome(written, unchanged, deleted);
    }

    /**
     * Writes {@code bytes} to a new file beside {@code target} and moves it over {@code target}, so that a reader never
     * sees half a file. The file aside is opened like any new file, not with {@code Files.createTempFile} (which makes
     * it readable by its owner only), so the result gets the permissions the umask gives a new file.
     */
    private static void replace(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path aside = target.resolveSibling(".webhookgen-" + UUID.randomUUID() + ".tmp");
        // CREATE_NEW: a file of that name that is not ours is neither overwritten nor deleted below.
        OutputStream out = Files.newOutputStream(aside, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            try (out) {
                out.write(bytes);
            }
            try {
                Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(aside);
        }
    }

    private void deleteEmptyParents(Path folder) throws IOException {
        for (Path at = folder; at != null && at.startsWith(outputDirectory) && !at.equals(outputDirectory);
                at = at.getParent()) {
            try (var entries = Files.list(at)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(at);
        }
    }
}
