package io.github.webhookgen.core;

import io.github.webhookgen.core.archive.Archive;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.schema.SchemaParser;
import io.github.webhookgen.core.schema.SchemaSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Schema archives written inline in tests. JSON is written with single quotes, which read better inside Java strings:
 * {@code json("{'type': 'string'}")} is {@code {"type": "string"}}.
 */
public final class InlineSchemas {

    private InlineSchemas() {}

    public static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /** An archive of documents given as path, JSON, path, JSON, ... */
    public static Archive archive(String... pathsAndJson) {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        documents(pathsAndJson).forEach((path, text) -> documents.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return Archive.of("inline", documents);
    }

    /** The parsed documents; fails when any of them is not well-formed. */
    public static SchemaSet schemas(String... pathsAndJson) {
        Problems problems = new Problems();
        SchemaSet schemas = new SchemaParser().parse(archive(pathsAndJson), problems);
        problems.stopIfErrors();
        return schemas;
    }

    /** Writes the documents under {@code root}, as an archive folder on disk. */
    public static Path write(Path root, String... pathsAndJson) {
        documents(pathsAndJson).forEach((path, text) -> {
            try {
                Path file = root.resolve(path);
                Files.createDirectories(file.getParent());
                Files.writeString(file, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return root;
    }

    private static Map<String, String> documents(String... pathsAndJson) {
        if (pathsAndJson.length % 2 != 0) {
            throw new IllegalArgumentException("expected path, JSON pairs");
        }
        Map<String, String> documents = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndJson.length; i += 2) {
            documents.put(pathsAndJson[i], json(pathsAndJson[i + 1]));
        }
        return documents;
    }
}
