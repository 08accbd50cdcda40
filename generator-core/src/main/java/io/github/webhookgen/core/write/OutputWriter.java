package io.github.webhookgen.core.write;

import io.github.webhookgen.core.diagnostics.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Last stage: brings the output directory to the generated sources while touching as little as possible, all or
 * nothing. A file whose content is unchanged keeps its timestamp (so the compiler has nothing to recompile); a new or
 * changed file is written aside and moved into place; a file an earlier run generated and this run does not is
 * deleted. When any of it fails, the directory is left as the last run left it ({@link StagedFiles}). Files the
 * generator never wrote are never touched, but for the temporary files of a run whose JVM was killed while writing,
 * deleted after the next run that succeeds.
 */
public final class OutputWriter {

    /**
     * What writing did.
     *
     * @param written files created or changed
     * @param unchanged files left as they were
     * @param deleted files of the last run no longer generated, deleted
     * @param leftOver what could not be deleted once the new files were in place (the files they replaced, moved aside;
     *     emptied folders); usually nothing
     */
    public record Outcome(int written, int unchanged, int deleted, List<Path> leftOver) {

        public Outcome {
            leftOver = List.copyOf(leftOver);
        }

        public Outcome(int written, int unchanged, int deleted) {
            this(written, unchanged, deleted, List.of());
        }
    }

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

    /** The hash of the schema documents the last run generated from ({@link Manifest#schemasOf}), when recorded. */
    public Optional<String> schemas() {
        String schemas = Manifest.read(outputDirectory).schemas();
        return schemas.isEmpty() ? Optional.empty() : Optional.of(schemas);
    }

    public Outcome write(SortedMap<String, String> sources, String fingerprint) throws IOException {
        return write(sources, fingerprint, List.of(), null);
    }

    /**
     * Writes {@code sources} and a manifest that records them, the fingerprint, {@code warnings} (the warnings of this
     * run) and {@code entryPoints} (nullable). All or nothing: every new or changed file is written aside first, then
     * each is moved into place, the files no longer generated are moved aside, and the manifest comes last; when any
     * step fails, every step before it is undone, so that the directory holds the files of the last run, unchanged,
     * and no temporary file.
     *
     * @throws OutputNotRestoredException when a step failed and undoing the steps before it failed too (the directory
     *     is left with some new files)
     * @throws IOException when a step failed; the directory is as it was
     */
    public Outcome write(SortedMap<String, String> sources, String fingerprint, List<Problem> warnings,
            EntryPoints entryPoints) throws IOException {
        return write(sources, fingerprint, "", warnings, entryPoints);
    }

    /**
     * The same, recording {@code schemas}, the hash of the schema documents the sources come from
     * ({@link Manifest#schemasOf}).
     *
     * @throws OutputNotRestoredException when a step failed and undoing the steps before it failed too
     * @throws IOException when a step failed; the directory is as it was
     */
    public Outcome write(SortedMap<String, String> sources, String fingerprint, String schemas, List<Problem> warnings,
            EntryPoints entryPoints) throws IOException {
        if (Files.exists(outputDirectory) && !Files.isDirectory(outputDirectory)) {
            throw new FileAlreadyExistsException(outputDirectory.toString());
        }
        Manifest previous = Manifest.read(outputDirectory);
        StagedFiles staged = new StagedFiles();
        SortedMap<String, String> hashes = new TreeMap<>();
        Map<Path, Path> aside = new LinkedHashMap<>();
        int unchanged = 0;
        int deleted = 0;
        try {
            for (Map.Entry<String, String> source : sources.entrySet()) {
                byte[] bytes = source.getValue().getBytes(StandardCharsets.UTF_8);
                hashes.put(source.getKey(), Hashing.of(bytes));
                Path target = outputDirectory.resolve(source.getKey());
                if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                    unchanged++;
                } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target)) {
                    throw new FileSystemException(target.toString(), null, "a folder or link is where the file goes");
                } else {
                    aside.put(target, staged.writeAside(target, bytes));
                }
            }
            Path manifest = outputDirectory.resolve(Manifest.FILE_NAME);
            Path manifestAside = staged.writeAside(manifest,
                    new Manifest(fingerprint, schemas, hashes, warnings, entryPoints).text()
                            .getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<Path, Path> file : aside.entrySet()) {
                staged.place(file.getValue(), file.getKey());
            }
            for (String old : previous.files().keySet()) {
                Path stale = outputDirectory.resolve(old);
                // A hand-edited manifest must not make the writer delete anything outside its directory.
                boolean inside = stale.normalize().startsWith(outputDirectory.normalize());
                if (!sources.containsKey(old) && inside && Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)) {
                    staged.remove(stale);
                    deleted++;
                }
            }
            staged.place(manifestAside, manifest);
        } catch (IOException | RuntimeException e) {
            List<String> notUndone = staged.rollBack();
            if (!notUndone.isEmpty()) {
                throw new OutputNotRestoredException(e, notUndone);
            }
            throw e;
        }
        List<Path> leftOver = new ArrayList<>(staged.commit());
        Set<Path> folders = new TreeSet<>();
        sources.keySet().forEach(source -> folders.add(outputDirectory.resolve(source).getParent()));
        previous.files().keySet().forEach(old -> folders.add(outputDirectory.resolve(old).getParent()));
        folders.forEach(folder -> leftOver.addAll(StagedFiles.deleteLeftAside(folder)));
        for (String old : previous.files().keySet()) {
            if (!sources.containsKey(old)) {
                leftOver.addAll(deleteEmptyParents(outputDirectory.resolve(old).getParent()));
            }
        }
        return new Outcome(aside.size(), unchanged, deleted, leftOver);
    }

    /**
     * Deletes {@code folder} and the folders above it inside the output directory while they are empty; returns a
     * folder it could not look into or delete, as left over.
     */
    private List<Path> deleteEmptyParents(Path folder) {
        for (Path at = folder; at != null && at.startsWith(outputDirectory) && !at.equals(outputDirectory);
                at = at.getParent()) {
            try (var entries = Files.list(at)) {
                if (entries.findAny().isPresent()) {
                    return List.of();
                }
                Files.delete(at);
            } catch (NoSuchFileException e) {
                // deleted already, with another file that was in it
            } catch (IOException e) {
                return List.of(at);
            }
        }
        return List.of();
    }
}
