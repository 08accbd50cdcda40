package io.github.webhookgen.core.diagnostics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small schema archive built by a test, written as a folder or as a zip whose entry names are taken as given (so
 * that a test can write {@code ../evil.json}).
 */
final class TestArchive {

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    static TestArchive of(String path, String text) {
        return new TestArchive().with(path, text);
    }

    TestArchive with(String path, String text) {
        return withBytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    TestArchive withBytes(String path, byte[] bytes) {
        files.put(path, bytes);
        return this;
    }

    Path writeFolder(Path root) {
        try {
            Files.createDirectories(root);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path writeZip(Path zip) {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A zip of one entry, {@code {"description": "000…"}} with {@code zeros} zeros, deflated at the highest level: a
     * few kilobytes that inflate to as much as asked. Written in chunks, so the test itself holds little.
     */
    static Path writeZipBomb(Path zip, String entryName, long zeros) {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.setLevel(9);
            out.putNextEntry(new ZipEntry(entryName));
            out.write("{\"description\": \"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 16];
            java.util.Arrays.fill(chunk, (byte) '0');
            for (long left = zeros; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
            out.write("\"}".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
