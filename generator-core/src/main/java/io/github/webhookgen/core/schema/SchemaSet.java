package io.github.webhookgen.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.diagnostics.Problems;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * All parsed documents of an archive, and the rules for following a {@code $ref} from one schema to another: the
 * reference is a URI reference resolved against the base URI where it stands (2020-12 Core §8.2.3.1, §9.1.2; draft-07
 * Core §8.3), naming a schema resource of the archive and, in its fragment, a JSON pointer into that resource (RFC 6901
 * §6) or a plain name it declares (2020-12 Core §8.2.2; draft-07 Core §8.2.3). A relative path that names no
 * resource is read as a path in the archive, as files refer to each other without any {@code $id}.
 */
public final class SchemaSet {

    private final SortedMap<String, SchemaDocument> documents;
    private final ArchiveUris uris;
    private final SchemaResources resources;

    /** The documents, their resources indexed; a malformed or duplicate identifier is a warning in {@code problems}. */
    SchemaSet(SortedMap<String, SchemaDocument> documents, ArchiveUris uris, Problems problems) {
        this.documents = Collections.unmodifiableSortedMap(new TreeMap<>(documents));
        this.uris = uris;
        this.resources = SchemaResources.index(this.documents, uris, problems);
    }

    /** The documents by archive path. */
    public SortedMap<String, SchemaDocument> documents() {
        return documents;
    }

    /**
     * The node at a schema address: null when the document does not exist, a missing node when the pointer points at
     * nothing (or is not a JSON pointer).
     */
    public JsonNode node(SchemaRef ref) {
        SchemaDocument document = documents.get(ref.file());
        if (document == null) {
            return null;
        }
        if (!ref.pointer().isEmpty() && !ref.pointer().startsWith("/")) {
            return MissingNode.getInstance();
        }
        return at(document.root(), ref.pointer());
    }

    /**
     * The node at a JSON pointer (RFC 6901 §4), a missing node when there is none: what {@link JsonNode#at(String)}
     * gives, segment by segment in a loop rather than by recursion, so that a pointer thousands of segments long
     * needs no stack.
     */
    static JsonNode at(JsonNode root, String pointer) {
        JsonNode node = root;
        int start = 1;
        while (start <= pointer.length() && node != null) {
            int end = pointer.indexOf('/', start);
            end = end < 0 ? pointer.length() : end;
            String segment = pointer.substring(start, end);
            if (node.isObject()) {
                node = node.get(segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~"));
            } else if (node.isArray() && segment.matches("0|[1-9][0-9]{0,8}")) {
                node = node.get(Integer.parseInt(segment));
            } else {
                node = null;
            }
            start = end + 1;
        }
        return node == null ? MissingNode.getInstance() : node;
    }

    /**
     * Whether keywords beside a {@code $ref} at {@code at} apply as well as the referenced schema: in 2019-09 and later
     * ({@code $ref} is an applicator, 2020-12 Core §8.2.3.1) and where no {@code $schema} says; not in draft-04 to
     * draft-07, which ignore them (draft-07 Core §8.3).
     */
    public boolean refSiblingsApply(SchemaRef at) {
        for (SchemaRef enclosing = at; enclosing != null; enclosing = enclosing.parent()) {
            JsonNode node = nodeOrNull(enclosing);
            if (node != null && node.isObject() && node.path("$schema").isTextual()) {
                Draft draft = Draft.of(node, Draft.UNKNOWN);
                return draft == Draft.DRAFT_2019 || draft == Draft.UNKNOWN;
            }
        }
        return true;
    }

    public JsonNode nodeOrNull(SchemaRef ref) {
        JsonNode node = node(ref);
        return node == null || node.isMissingNode() ? null : node;
    }

    /** Where {@code ref} is, with the line and column of its value, or of the nearest value enclosing it. */
    public Location locate(SchemaRef ref) {
        SchemaDocument document = documents.get(ref.file());
        return document == null ? Location.of(ref.file(), ref.pointer()) : document.locateNearest(ref.pointer());
    }

    /** The outcome of resolving a {@code $ref}: a target, or why there is none. */
    public sealed interface Resolution {
        /**
         * @param target the schema referred to
         * @param guess null when the reference names the target as the drafts define; otherwise how it was read
         *     (a path written from a folder above the archive root, a fragment without its leading {@code /}), for a
         *     warning that follows the {@code $ref} as written
         */
        record Found(SchemaRef target, String guess) implements Resolution {}

        /** No schema of the archive has the URI; {@code reason} says what was looked for. */
        record Unresolved(String reason) implements Resolution {}

        /** The resource exists, but its fragment names nothing in it; {@code reason} says what was looked for. */
        record Missing(String reason) implements Resolution {}

        /**
         * A JSON Schema meta-schema that the archive does not hold ({@code http://json-schema.org/draft-07/schema#}):
         * the value is itself a schema, any JSON value to a generated type.
         */
        record Metaschema(URI uri) implements Resolution {}
    }

    /**
     * Resolves {@code ref} as written in the schema at {@code from}.
     *
     * <ol>
     *   <li>The reference is resolved against the base URI at {@code from} (its document's retrieval URI, or the
     *       {@code $id} of the innermost resource enclosing it) and looked up among the archive's resources.
     *   <li>A meta-schema of json-schema.org that the archive does not hold is {@link Resolution.Metaschema}.
     *   <li>A relative reference that names none is read as a path from the folder of {@code from}'s file, then from
     *       the archive root, then by its suffix (a path written from a folder above the archive, such as
     *       {@code assets/schema/webhooks/X.json}; {@link Resolution.Found#guess() guessed}).
     *   <li>The fragment is a JSON pointer from the resource's root when it starts with {@code /}, otherwise a plain
     *       name declared in the resource, otherwise (a pointer without its leading {@code /}, such as
     *       {@code #definitions/x}) a pointer after all ({@link Resolution.Found#guess() guessed}).
     * </ol>
     */
    public Resolution resolve(SchemaRef from, String ref) {
        URI written = UriReferences.parse(ref);
        if (written == null) {
            return new Resolution.Unresolved("not a URI reference");
        }
        URI base = resources.base(from);
        URI target = UriReferences.resolve(base, written);
        SchemaRef resource = target.isAbsolute() ? resources.resource(target) : null;
        String guess = null;
        if (resource == null) {
            if ("json-schema.org".equalsIgnoreCase(target.getHost())) {
                return new Resolution.Metaschema(UriReferences.withoutFragment(target));
            }
            if (written.getScheme() != null || written.getRawAuthority() != null || written.getPath() == null
                    || written.getPath().isEmpty()) {
                return new Resolution.Unresolved(noResource(UriReferences.withoutFragment(target)));
            }
            String path = written.getPath();
            String relative = normalize(folderOf(from.file()) + path);
            String rooted = normalize(path);
            String file;
            if (relative != null && documents.containsKey(relative)) {
                file = relative;
            } else if (rooted != null && documents.containsKey(rooted)) {
                file = rooted;
            } else {
                file = bySuffix(rooted);
                if (file == null) {
                    URI document = UriReferences.withoutFragment(target);
                    boolean byUri = target.isAbsolute() && !ArchiveUris.SCHEME.equals(target.getScheme())
                            && uris.mappedPath(document) == null;
                    return new Resolution.Unresolved("no file " + (relative != null ? relative : path)
                            + " in the archive" + (byUri ? ", and " + noResource(document) : ""));
                }
                guess = "names no file relative to this one; read as " + file;
            }
            resource = new SchemaRef(file, "");
        }
        return inResource(resource, target.getFragment(), guess);
    }

    private String noResource(URI uri) {
        String mapped = uris.mappedPath(uri);
        return mapped != null
                ? "no file " + mapped + " in the archive, where uriMappings puts " + uri
                : "no schema in the archive is identified by " + uri + " (by its $id, or by a folder mapped with "
                        + "uriMappings)";
    }

    private Resolution inResource(SchemaRef resource, String fragment, String guess) {
        if (fragment == null || fragment.isEmpty() || fragment.equals("/")) {
            return new Resolution.Found(resource, guess);
        }
        if (fragment.startsWith("/")) {
            SchemaRef target = new SchemaRef(resource.file(), resource.pointer() + fragment);
            return nodeOrNull(target) == null
                    ? new Resolution.Missing(describe(resource) + " has nothing at #" + fragment)
                    : new Resolution.Found(target, guess);
        }
        SchemaRef anchored = resources.anchor(resource, fragment);
        if (anchored != null) {
            return new Resolution.Found(anchored, guess);
        }
        SchemaRef pointer = new SchemaRef(resource.file(), resource.pointer() + "/" + fragment);
        if (nodeOrNull(pointer) != null) {
            return new Resolution.Found(pointer, "has a fragment that is neither a JSON pointer nor a plain name "
                    + "declared in " + describe(resource) + "; read as #/" + fragment);
        }
        return new Resolution.Missing("no schema in " + describe(resource) + " declares the plain name \"" + fragment
                + "\" ($anchor, or an $id of #" + fragment + ")");
    }

    /** A resource by its file, and its pointer when it is a subschema with its own $id. */
    private static String describe(SchemaRef resource) {
        return resource.pointer().isEmpty() ? resource.file() : resource.toString();
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
