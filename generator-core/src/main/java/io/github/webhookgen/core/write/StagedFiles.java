package io.github.webhookgen.core.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The changes of one write to the output directory, made so that they can be undone until {@link #commit()}: a new
 * file is written aside first (a temporary name in its target's folder), a file it replaces or deletes is moved aside
 * rather than overwritten or deleted, and folders it creates are remembered. {@link #rollBack()} undoes every step in
 * reverse order, so that a write that fails half-way leaves the previous files as they were, with their timestamps;
 * {@link #commit()} deletes what was moved aside.
 */
final class StagedFiles {

    /** One step done, and how to undo it. */
    private sealed interface Step {
        /** A folder that did not exist: deleted. */
        record CreatedFolder(Path folder) implements Step {}

        /** A file written aside, to be moved into place: deleted. */
        record WroteAside(Path aside) implements Step {}

        /** A file moved aside from {@code target}, replaced or no longer generated: moved back. */
        record MovedAside(Path target, Path aside) implements Step {}

        /** A file moved into place at {@code target}: deleted. */
        record Placed(Path target) implements Step {}
    }

    private final List<Step> steps = new ArrayList<>();

    /**
     * Writes {@code bytes} beside {@code target}, creating its folders, and returns where; {@link #place} moves it
     * there. The file aside is opened like any new file, not with {@code Files.createTempFile} (which makes it readable
     * by its owner only), so that the result gets the permissions the umask gives a new file.
     *
     * @throws IOException when a folder or the file cannot be created, for example because a file is where a folder
     *     must be
     */
    Path writeAside(Path target, byte[] bytes) throws IOException {
        createFolders(target.getParent());
        Path aside = asideOf(target);
        // CREATE_NEW: a file of that name that is not ours is neither overwritten nor deleted on rolling back.
        try (OutputStream out = Files.newOutputStream(aside, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            steps.add(new Step.WroteAside(aside));
            out.write(bytes);
        }
        return aside;
    }

    /** Moves a file written aside to {@code target}, moving the file there (if any) aside first. */
    void place(Path aside, Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            remove(target);
        }
        move(aside, target);
        steps.add(new Step.Placed(target));
    }

    /** Moves {@code target} aside, to be deleted at {@link #commit()}. */
    void remove(Path target) throws IOException {
        Path aside = asideOf(target);
        move(target, aside);
        steps.add(new Step.MovedAside(target, aside));
    }

    /**
     * Deletes the files moved aside; the new files stay. Returns the files that could not be deleted: the write itself
     * is done, they are left over.
     */
    List<Path> commit() {
        List<Path> leftOver = new ArrayList<>();
        for (Step step : steps) {
            if (step instanceof Step.MovedAside moved) {
                try {
                    Files.deleteIfExists(moved.aside());
                } catch (IOException e) {
                    leftOver.add(moved.aside());
                }
            }
        }
        steps.clear();
        return leftOver;
    }

    /**
     * Undoes every step, the last first: files moved into place are deleted, files moved aside are moved back, files
     * written aside are deleted, and folders created are deleted. Returns what could not be undone, in words; empty
     * when the output is as it was.
     */
    List<String> rollBack() {
        List<String> failed = new ArrayList<>();
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step step = steps.get(i);
            try {
                if (step instanceof Step.Placed placed) {
                    Files.deleteIfExists(placed.target());
                } else if (step instanceof Step.MovedAside moved) {
                    move(moved.aside(), moved.target());
                } else if (step instanceof Step.WroteAside wrote) {
                    Files.deleteIfExists(wrote.aside());
                } else {
                    Files.deleteIfExists(((Step.CreatedFolder) step).folder());
                }
            } catch (IOException e) {
                failed.add(describe(step) + " (" + e + ")");
            }
        }
        steps.clear();
        return failed;
    }

    private static String describe(Step step) {
        if (step instanceof Step.Placed placed) {
            return "delete " + placed.target();
        }
        if (step instanceof Step.MovedAside moved) {
            return "move " + moved.aside() + " back to " + moved.target();
        }
        if (step instanceof Step.WroteAside wrote) {
            return "delete " + wrote.aside();
        }
        return "delete the folder " + ((Step.CreatedFolder) step).folder();
    }

    /** Creates {@code folder} and the folders above it that do not exist, remembering each. */
    private void createFolders(Path folder) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path at = folder; at != null && !Files.exists(at); at = at.getParent()) {
            missing.add(0, at);
        }
        for (Path at : missing) {
            Files.createDirectory(at);
            steps.add(new Step.CreatedFolder(at));
        }
    }

    /** A name beside {@code target} that no file has: {@code .webhookgen-<random>.tmp}. */
    private static Path asideOf(Path target) {
        return target.resolveSibling(".webhookgen-" + UUID.randomUUID() + ".tmp");
    }

    /** The names {@link #asideOf} gives. */
    private static final Pattern ASIDE =
            Pattern.compile("\\.webhookgen-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\.tmp");

    /**
     * Deletes the files a write set aside in {@code folder} and left there, because the JVM that ran it was killed
     * before it could undo or finish; returns those it could not delete.
     */
    static List<Path> deleteLeftAside(Path folder) {
        List<Path> failed = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return failed;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> ASIDE.matcher(f.getFileName().toString()).matches()).toList()) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    failed.add(file);
                }
            }
        } catch (IOException e) {
            failed.add(folder);
        }
        return failed;
    }

    /** Renames {@code from} to {@code to}, atomically where the file system can. */
    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
