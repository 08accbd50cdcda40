package io.github.webhookgen.core.schema;

import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The retrieval URI of each archive file, its initial base URI (2020-12 Core §9.1.1; RFC 3986 §5.1.3): {@code
 * archive:/} followed by its path in the archive, so that relative references between files resolve as paths do; or,
 * for a file in a folder that {@code uriMappings} maps to a URI prefix, the URI it is published at, so that absolute
 * references and {@code $id}s written with that URI name it.
 */
public final class ArchiveUris {

    /** The base of archive files outside every mapped folder. */
    static final String SCHEME = "archive";

    /** One mapping: a URI prefix ending in {@code /} and the archive folder ({@code ""} or ending in {@code /}). */
    private record Mapping(URI prefix, String folder) {}

    private final List<Mapping> mappings;

    private ArchiveUris(List<Mapping> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    /** No mapped folders: every file is known by its {@code archive:} URI only. */
    public static ArchiveUris none() {
        return new ArchiveUris(List.of());
    }

    /**
     * The mappings of URI prefixes to archive folders, e.g. {@code https://schemas.example.com/v1/} to {@code
     * schemas/}. A prefix that is not an absolute hierarchical URI, or a folder that climbs out of the archive, is an
     * {@link ProblemCode#INVALID_CONFIG} error and left out.
     *
     * @param prefixToFolder URI prefix to folder path inside the archive ({@code /} separators; {@code ""} or
     *     {@code /} for the archive root)
     */
    public static ArchiveUris of(Map<String, String> prefixToFolder, Problems problems) {
        List<Mapping> mappings = new ArrayList<>();
        new TreeMap<>(prefixToFolder).forEach((prefix, folder) -> {
            URI uri = prefixUri(prefix);
            String path = folder == null ? null : SchemaSet.normalize(folder.strip().replace('\\', '/'));
            if (uri == null) {
                problems.error(ProblemCode.INVALID_CONFIG, Location.of("configuration"), "uriMappings prefix \""
                        + prefix + "\" is not an absolute URI such as https://schemas.example.com/v1/");
            } else if (path == null) {
                problems.error(ProblemCode.INVALID_CONFIG, Location.of("configuration"), "uriMappings folder \""
                        + folder + "\" for " + prefix + " is not a folder inside the archive");
            } else {
                mappings.add(new Mapping(uri, path.isEmpty() ? "" : path + "/"));
            }
        });
        // The most specific folder first, so that a file is known by the URI of the deepest mapping it is in.
        mappings.sort(Comparator.comparingInt((Mapping m) -> -m.folder().length()).thenComparing(Mapping::folder));
        return new ArchiveUris(mappings);
    }

    private static URI prefixUri(String prefix) {
        if (prefix == null) {
            return null;
        }
        String text = prefix.strip();
        URI uri = UriReferences.parse(text.endsWith("/") ? text : text + "/");
        return uri == null || !uri.isAbsolute() || uri.isOpaque() || uri.getRawFragment() != null ? null : uri;
    }

    /**
     * The {@code archive:} URI of a file, whatever the mappings; percent-encoded as UTF-8 where a URI cannot hold a
     * character of the path (non-ASCII too, as {@link UriReferences#parse} encodes references).
     */
    static URI archiveUri(String path) {
        try {
            return URI.create(new URI(SCHEME, null, "/" + path, null).toASCIIString());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an archive path: " + path, e);
        }
    }

    /** The retrieval URI of a file: its published URI when a mapped folder holds it, its archive URI otherwise. */
    URI retrievalUri(String path) {
        for (Mapping mapping : mappings) {
            if (path.startsWith(mapping.folder())) {
                String rest = archiveUri(path.substring(mapping.folder().length())).getRawPath().substring(1);
                return UriReferences.canonical(mapping.prefix().resolve(URI.create("./" + rest)));
            }
        }
        return archiveUri(path);
    }

    /**
     * The archive paths that {@code uri} maps to, one per prefix it starts with, the longest prefix first: with two
     * prefixes for one folder ({@code http://} and {@code https://}, a host with and without {@code www.}), a file is
     * known by each, while its retrieval URI is one of them.
     */
    List<String> mappedPaths(URI uri) {
        String text = uri.toString();
        return mappings.stream()
                .filter(mapping -> text.startsWith(mapping.prefix().toString()))
                .sorted(Comparator.comparingInt((Mapping m) -> -m.prefix().toString().length()))
                .map(mapping -> mapping.folder() + URI.create("./" + text.substring(mapping.prefix().toString()
                        .length())).normalize().getPath())
                .toList();
    }

    /** The archive path that {@code uri} maps to, or null when no prefix maps it; for messages. */
    String mappedPath(URI uri) {
        String text = uri.toString();
        for (Mapping mapping : mappings) {
            String prefix = mapping.prefix().toString();
            if (text.startsWith(prefix)) {
                URI rest = URI.create("./" + text.substring(prefix.length()));
                return mapping.folder() + rest.normalize().getPath();
            }
        }
        return null;
    }

    /** The folders that hold no document of the archive, each with its prefix; for a warning. */
    Map<String, String> emptyFolders(java.util.Set<String> documents) {
        Map<String, String> empty = new TreeMap<>();
        for (Mapping mapping : mappings) {
            if (documents.stream().noneMatch(path -> path.startsWith(mapping.folder()))) {
                empty.put(mapping.folder(), mapping.prefix().toString());
            }
        }
        return empty;
    }
}
