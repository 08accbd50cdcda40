package io.github.webhookgen.corpus;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
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
 * <p>A reference is a URI reference resolved against the base URI where it stands (the document's URI, changed by the
 * {@code $id}s, or draft-04 {@code id}s, around it): a file's URI is the one a {@link UriMappings} prefix gives it, or
 * else its path under {@code archive:/}; a URI under a mapped prefix names the file in the mapped folder. A relative
 * reference that names no file that way is read as webhookgen reads it: a path from the referring file's folder, then
 * from the folder root, then with leading folders dropped. Taking a document too many costs only time: the case's
 * archive is what the generators are given, and what they resolve in it is theirs to say.
 */
final class SchemaFolder {

    private static final String ARCHIVE = "archive";

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private final Path root;
    private final SortedSet<String> paths;
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
     * other documents. A document that is not JSON, even leniently read, is kept, and refers to nothing.
     *
     * @param start documents by archive path; they need not be in the folder (a schema taken from a test file)
     */
    SortedMap<String, byte[]> closure(SortedMap<String, byte[]> start) throws IOException {
        SortedMap<String, byte[]> documents = new TreeMap<>(start);
        Deque<String> pending = new ArrayDeque<>(start.keySet());
        while (!pending.isEmpty()) {
            String from = pending.pop();
            for (String target : targets(from, documents.get(from))) {
                if (!documents.containsKey(target)) {
                    documents.put(target, read(target));
                    pending.push(target);
                }
            }
        }
        return documents;
    }

    /** The documents of the folder that the {@code $ref}s of the document at {@code from} name. */
    Set<String> targets(String from, byte[] json) {
        Set<String> targets = new TreeSet<>();
        JsonNode tree;
        try {
            tree = LENIENT.readTree(json);
        } catch (IOException e) {
            return targets;
        }
        if (tree != null) {
            String mapped = mappings.uriOf(from);
            URI base = mapped != null ? parse(mapped) : null;
            collect(tree, base != null ? base : archiveUri(from), from, targets);
        }
        return targets;
    }

    private void collect(JsonNode node, URI base, String from, Set<String> targets) {
        if (node.isArray()) {
            node.forEach(item -> collect(item, base, from, targets));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        URI here = base;
        JsonNode id = node.path("$id").isTextual() ? node.get("$id") : node.path("id").isTextual() ? node.get("id")
                : null;
        URI identified = id == null ? null : parse(id.asText());
        if (identified != null) {
            here = resolve(base, identified);
        }
        if (node.path("$ref").isTextual()) {
            String target = target(from, here, node.get("$ref").asText());
            if (target != null && !target.equals(from)) {
                targets.add(target);
            }
        }
        URI inner = here;
        node.forEach(child -> collect(child, inner, from, targets));
    }

    /** The folder's document a reference names, or null. */
    private String target(String from, URI base, String reference) {
        String mapped = mappings.map(reference);
        if (mapped != null && paths.contains(mapped)) {
            return mapped;
        }
        URI written = parse(reference);
        if (written != null) {
            URI uri = resolve(base, written);
            String path = ARCHIVE.equals(uri.getScheme()) ? uri.getPath().replaceFirst("^/+", "")
                    : mappings.map(uri.toString());
            if (path != null && paths.contains(path)) {
                return path;
            }
            if (written.isAbsolute()) {
                return null;
            }
        }
        // A relative path that names no file by URI: as webhookgen reads it.
        int hash = reference.indexOf('#');
        String path = hash < 0 ? reference : reference.substring(0, hash);
        if (path.isEmpty()) {
            return null;
        }
        String folder = from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) : "";
        for (String candidate : List.of(normalize(folder + path), normalize(path))) {
            if (paths.contains(candidate)) {
                return candidate;
            }
        }
        String rooted = normalize(path);
        for (int slash = rooted.indexOf('/'); slash >= 0; slash = rooted.indexOf('/', slash + 1)) {
            if (paths.contains(rooted.substring(slash + 1))) {
                return rooted.substring(slash + 1);
            }
        }
        return null;
    }

    /** {@code reference} resolved against {@code base}, without its fragment. */
    private static URI resolve(URI base, URI reference) {
        URI resolved = base.isOpaque() || reference.isAbsolute() ? reference : base.resolve(reference);
        String text = resolved.toString();
        return text.contains("#") ? URI.create(text.substring(0, text.indexOf('#'))) : resolved;
    }

    /** A URI reference, or null when the text is not one even with its spaces and such encoded. */
    private static URI parse(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            try {
                int hash = text.indexOf('#');
                return new URI(null, null, hash < 0 ? text : text.substring(0, hash), null);
            } catch (URISyntaxException again) {
                return null;
            }
        }
    }

    private static URI archiveUri(String path) {
        try {
            return new URI(ARCHIVE, null, "/" + path, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }

    /** Removes {@code .} and {@code ..} segments ({@code ..} above the root is dropped). */
    private static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                parts.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.addLast(segment);
            }
        }
        return String.join("/", parts);
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
