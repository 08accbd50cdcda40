package io.github.webhookgen.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webhookgen.core.diagnostics.Location;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.SortedMap;

/** All parsed documents of an archive, and the rules for following a {@code $ref} from one schema to another. */
public record SchemaSet(SortedMap<String, SchemaDocument> documents) {

    public SchemaSet {
        documents = Collections.unmodifiableSortedMap(new java.util.TreeMap<>(documents));
    }

    /** The node at a schema address, or null when the document or pointer does not exist. */
    public JsonNode node(SchemaRef ref) {
        SchemaDocument document = documents.get(ref.file());
        return document == null ? null : document.root().at(ref.pointer());
    }

    public JsonNode nodeOrNull(SchemaRef ref) {
        JsonNode node = node(ref);
        return node == null || node.isMissingNode() ? null : node;
    }

    public Location locate(SchemaRef ref) {
        SchemaDocument document = documents.get(ref.file());
        if (document == null) {
            return Location.of(ref.file(), ref.pointer());
        }
        // The closest enclosing pointer with a known position, so a problem always has a line.
        for (SchemaRef at = ref; at != null; at = at.parent()) {
            Location located = document.locate(at.pointer());
            if (located.line() > 0) {
                return new Location(ref.file(), ref.pointer(), located.line(), located.column());
            }
        }
        return Location.of(ref.file(), ref.pointer());
    }

    /** The outcome of resolving a {@code $ref}: a target, or why there is none. */
    public sealed interface Resolution {
        /**
         * @param guessed true when the path only resolved after dropping leading folders (refs written from a folder
         *     above the archive root, such as the vendor's {@code assets/schema/...})
         */
        record Found(SchemaRef target, boolean guessed) implements Resolution {}

        record MissingFile(String file) implements Resolution {}

        record MissingPointer(SchemaRef target) implements Resolution {}
    }

    /**
     * Resolves {@code ref} as written in the document {@code from}: a path relative to that document's folder
     * (falling back to the archive root), then an optional {@code #} JSON pointer.
     */
    public Resolution resolve(String from, String ref) {
        int hash = ref.indexOf('#');
        String filePart = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : decodeFragment(ref.substring(hash + 1));
        String file;
        boolean guessed = false;
        if (filePart.isEmpty()) {
            file = from;
        } else {
            String relative = normalize(folderOf(from) + filePart);
            String rooted = normalize(filePart);
            if (relative != null && documents.containsKey(relative)) {
                file = relative;
            } else if (rooted != null && documents.containsKey(rooted)) {
                file = rooted;
            } else {
                file = bySuffix(rooted);
                guessed = file != null;
                if (file == null) {
                    file = relative != null ? relative : filePart;
                }
            }
        }
        if (!documents.containsKey(file)) {
            return new Resolution.MissingFile(file);
        }
        SchemaRef target = new SchemaRef(file, pointer.equals("/") ? "" : pointer);
        return nodeOrNull(target) == null ? new Resolution.MissingPointer(target) : new Resolution.Found(target, guessed);
    }

    /** The one document whose path is {@code path} with leading folders dropped, or null. */
    private String bySuffix(String path) {
        if (path == null) {
            return null;
        }
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            String candidate = path.substring(slash + 1);
            if (documents.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /** Percent-escapes decoded; unlike form decoding a {@code +} stays a plus, and a stray {@code %} stays as written. */
    private static String decodeFragment(String fragment) {
        try {
            return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment;
        }
    }

    /** Removes {@code .} and {@code ..} segments; returns null when the path climbs above the archive root. */
    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(segment);
            }
        }
        return String.join("/", List.copyOf(parts));
    }
}
