package io.github.webhookgen.core.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.ResourceLoader;
import io.github.webhookgen.core.schema.SchemaRef;
import io.github.webhookgen.core.schema.SchemaSet;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Gives the validator the archive's schema documents, from memory, by the URIs the generator knows them by: a
 * document's {@code archive:} URI ({@code archive:/webhooks/Foo.json}), the URL a {@code uriMappings} folder gives it,
 * and the {@code $id} of a document or of a subschema (served alone, as the schema resource it is). A URI the archive
 * does not hold gives nothing: nothing is fetched from the network or the file system.
 *
 * <p>Every URI is looked up as the generator resolves a {@code $ref} ({@link SchemaSet#resolve}), so the validator
 * follows the references the generator follows, also those it reads with a warning (a path written from a folder
 * above the archive root).
 */
final class ArchiveResources implements ResourceLoader {

    /** The scheme of the URIs of archive files outside every mapped folder, as the generator names them. */
    static final String SCHEME = "archive";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaSet schemas;
    private final SchemaRef root;
    /** The schema resource each URI that was asked for stands for; the URIs the archive does not hold are absent. */
    private final Map<String, SchemaRef> served = new ConcurrentHashMap<>();
    private volatile String firstMiss;

    /**
     * @param root the schema the examples are validated against; the URIs asked for are resolved from it, as if a
     *     {@code $ref} there named them
     */
    ArchiveResources(SchemaSet schemas, SchemaRef root) {
        this.schemas = schemas;
        this.root = root;
    }

    /** The {@code archive:} URI of a document, percent-encoded where a URI cannot hold a character of its path. */
    static String uri(String path) {
        try {
            return new URI(SCHEME, null, "/" + path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an archive path: " + path, e);
        }
    }

    @Override
    public InputStreamSource getResource(AbsoluteIri location) {
        String uri = location.toString();
        Optional<SchemaRef> resource = resource(uri);
        if (resource.isEmpty()) {
            if (firstMiss == null) {
                firstMiss = uri;
            }
            return null;
        }
        served.put(uri, resource.get());
        byte[] json = bytes(schemas.nodeOrNull(resource.get()));
        return () -> new ByteArrayInputStream(json);
    }

    /**
     * The schema resource a URI names: the document at an {@code archive:} path; otherwise the resource the generator
     * resolves the URI to. Empty when the archive holds none.
     */
    Optional<SchemaRef> resource(String uri) {
        SchemaRef known = served.get(uri);
        if (known != null) {
            return Optional.of(known);
        }
        String path = archivePath(uri);
        if (path != null && schemas.documents().containsKey(path)) {
            return Optional.of(new SchemaRef(path, ""));
        }
        // An archive: URI of no document: a relative path the generator reads from the archive root or by its suffix.
        SchemaSet.Resolution resolution = schemas.resolve(root, path != null ? path : uri);
        if (resolution instanceof SchemaSet.Resolution.Found found && found.target() != null
                && schemas.nodeOrNull(found.target()) != null) {
            return Optional.of(found.target());
        }
        return Optional.empty();
    }

    /** The documents the validator was given, in path order. */
    SortedSet<String> servedFiles() {
        return served.values().stream().map(SchemaRef::file).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The first URI the validator asked for that the archive does not hold, if any; for a message. */
    Optional<String> firstMiss() {
        return Optional.ofNullable(firstMiss);
    }

    /** The archive path of an {@code archive:} URI, decoded; null for any other URI. */
    private static String archivePath(String uri) {
        if (!uri.startsWith(SCHEME + ":")) {
            return null;
        }
        try {
            String path = new URI(uri).getPath();
            return path == null ? null : path.replaceFirst("^/+", "");
        } catch (URISyntaxException e) {
            return uri.substring(SCHEME.length() + 1).replaceFirst("^/+", "");
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON tree always prints", e);
        }
    }
}
