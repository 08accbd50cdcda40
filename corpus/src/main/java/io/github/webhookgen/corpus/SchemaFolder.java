package io.github.webhookgen.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.webhookgen.core.schema.SchemaDocument;
import io.github.webhookgen.core.schema.SchemaSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The JSON documents of a folder, by path relative to it ({@code /} separators), read on demand; and the documents a
 * root document reaches through {@code $ref}, which is the archive of a case when the folder is too large to give
 * whole to every case (SchemaStore's 900 schemas).
 *
 * <p>A reference names a document the way webhookgen resolves it ({@link SchemaSet#resolve}: relative to the
 * referring document, then to the folder root, then with leading folders dropped), or through a {@link UriMappings}
 * prefix. Only which document is named matters here, so the resolution runs over stand-ins of the documents: their
 * paths, without their content.
 */
final class SchemaFolder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final SortedSet<String> paths;
    private final SchemaSet standIns;
    private final UriMappings mappings;

    /**
     * @param root the folder
     * @param include which relative paths of {@code .json} files belong to it (dot folders never do)
     * @throws IOException when the folder cannot be listed
     */
    SchemaFolder(Path root, Predicate<String> include, UriMappings mappings) throws IOException {
        this.root = root;
        this.mappings = mappings;
        this.paths = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> path.endsWith(".json") && !hidden(path) && include.test(path))
                    .forEach(paths::add);
        }
        SortedMap<String, SchemaDocument> documents = new TreeMap<>();
        paths.forEach(path -> documents.put(path, new SchemaDocument(path, NullNode.getInstance(), Map.of())));
        this.standIns = new SchemaSet(documents);
    }

    SortedSet<String> paths() {
        return paths;
    }

    boolean contains(String path) {
        return paths.contains(path);
    }

    byte[] read(String path) throws IOException {
        return Files.readAllBytes(root.resolve(path));
    }

    /** Every document of the folder. */
    SortedMap<String, byte[]> all() throws IOException {
        SortedMap<String, byte[]> documents = new TreeMap<>();
        for (String path : paths) {
            documents.put(path, read(path));
        }
        return documents;
    }

    /**
     * The given documents and every document of the folder they reach through {@code $ref}s, directly or through
     * other documents. A document that is not well-formed JSON is kept, and refers to nothing.
     *
     * @param start documents by archive path; they need not be in the folder (a schema taken from a test file)
     */
    SortedMap<String, byte[]> closure(SortedMap<String, byte[]> start) throws IOException {
        SortedMap<String, byte[]> documents = new TreeMap<>(start);
        Deque<String> pending = new ArrayDeque<>(start.keySet());
        while (!pending.isEmpty()) {
            String from = pending.pop();
            for (String reference : references(documents.get(from))) {
                String target = target(from, reference);
                if (target != null && !documents.containsKey(target)) {
                    documents.put(target, read(target));
                    pending.push(target);
                }
            }
        }
        return documents;
    }

    /** The folder's document a reference names, or null. */
    private String target(String from, String reference) {
        String mapped = mappings.map(reference);
        if (mapped != null && paths.contains(mapped)) {
            return mapped;
        }
        // Only the document matters: resolve without the fragment, which need not even be a JSON pointer (#foo).
        int hash = reference.indexOf('#');
        SchemaSet.Resolution resolution = standIns.resolve(from, hash < 0 ? reference : reference.substring(0, hash));
        String file = null;
        if (resolution instanceof SchemaSet.Resolution.Found found) {
            file = found.target().file();
        } else if (resolution instanceof SchemaSet.Resolution.MissingPointer missing) {
            file = missing.target().file();
        }
        return file != null && paths.contains(file) ? file : null;
    }

    /** Every string value of a {@code $ref} member anywhere in the document. */
    static List<String> references(byte[] json) {
        List<String> references = new ArrayList<>();
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (IOException e) {
            return references;
        }
        Deque<JsonNode> pending = new ArrayDeque<>();
        if (tree != null) {
            pending.push(tree);
        }
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isObject() && node.path("$ref").isTextual()) {
                references.add(node.get("$ref").asText());
            }
            if (node.isContainerNode()) {
                node.forEach(pending::push);
            }
        }
        return references;
    }

    private static boolean hidden(String path) {
        for (String segment : path.split("/")) {
            if (segment.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
