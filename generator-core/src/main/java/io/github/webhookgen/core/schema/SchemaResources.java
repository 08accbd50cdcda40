package io.github.webhookgen.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * The schema resources of an archive (2020-12 Core §4.3.5): every document, and every subschema that an {@code $id}
 * (draft-04: {@code id}) identifies, by its canonical URI; each one's base URI (2020-12 Core §9.1.2: an {@code $id}
 * is resolved against the base URI of the resource that encloses it); and the plain-name fragments declared in each
 * resource ({@code $anchor} and {@code $dynamicAnchor}, 2020-12 Core §8.2.2; {@code "$id": "#name"}, draft-07 Core
 * §8.2.3; {@code "id": "#name"}, draft-04 Core §7.2).
 *
 * <p>Identifiers are looked for only where a schema stands: the document root and the values of the keywords that
 * hold subschemas, so that a property named {@code $id} or an {@code $id} inside an {@code enum} value identifies
 * nothing.
 */
final class SchemaResources {

    /** Keywords whose value is a schema. */
    private static final Set<String> SCHEMA = Set.of("items", "additionalItems", "additionalProperties", "not", "if",
            "then", "else", "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema",
            "extends");

    /** Keywords whose value is an array of schemas. */
    private static final Set<String> SCHEMA_ARRAYS = Set.of("allOf", "anyOf", "oneOf", "prefixItems", "items",
            "extends");

    /** Keywords whose value is an object whose members are schemas. */
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "definitions", "$defs",
            "dependentSchemas", "dependencies");

    private final SortedMap<String, SchemaDocument> documents;
    private final Map<URI, SchemaRef> resources = new HashMap<>();
    private final Map<SchemaRef, URI> bases = new HashMap<>();
    private final Map<SchemaRef, Map<String, SchemaRef>> anchors = new HashMap<>();
    private final Problems problems;

    private SchemaResources(SortedMap<String, SchemaDocument> documents, Problems problems) {
        this.documents = documents;
        this.problems = problems;
    }

    /** Indexes every document of the archive; a duplicate or malformed identifier is a warning and left out. */
    static SchemaResources index(SortedMap<String, SchemaDocument> documents, ArchiveUris uris, Problems problems) {
        SchemaResources index = new SchemaResources(documents, problems);
        documents.keySet().forEach(path -> {
            SchemaRef root = new SchemaRef(path, "");
            index.resources.put(ArchiveUris.archiveUri(path), root);
            index.resources.putIfAbsent(uris.retrievalUri(path), root);
            index.bases.put(root, uris.retrievalUri(path));
        });
        documents.forEach((path, document) -> index.scan(path, document.root(), uris.retrievalUri(path)));
        return index;
    }

    /** The resource that {@code uri} (without fragment) identifies, or null. */
    SchemaRef resource(URI uri) {
        return resources.get(UriReferences.withoutFragment(uri));
    }

    /** The base URI in effect at {@code at}: that of the innermost resource enclosing it. */
    URI base(SchemaRef at) {
        return bases.get(resourceOf(at));
    }

    /** The innermost resource that encloses {@code at}, its document at least. */
    SchemaRef resourceOf(SchemaRef at) {
        for (SchemaRef candidate = at; candidate != null; candidate = candidate.parent()) {
            if (bases.containsKey(candidate)) {
                return candidate;
            }
        }
        return new SchemaRef(at.file(), "");
    }

    /** The subschema that declares the plain-name fragment {@code name} in {@code resource}, or null. */
    SchemaRef anchor(SchemaRef resource, String name) {
        return anchors.getOrDefault(resource, Map.of()).get(name);
    }

    /**
     * A subschema still to scan: its value, where it is (built into a pointer only when needed, so that a document
     * nested thousands deep does not cost the square of its depth), and what it inherits from the schema enclosing it.
     */
    private record Pending(JsonNode node, Trail trail, URI base, SchemaRef resource, Draft draft) {}

    /** The segments of a pointer from the document root, innermost last. */
    private record Trail(String file, Trail parent, String segment) {

        SchemaRef ref() {
            Deque<String> segments = new ArrayDeque<>();
            for (Trail at = this; at.parent != null; at = at.parent) {
                segments.push(at.segment);
            }
            return new SchemaRef(file, "").child(segments.toArray(String[]::new));
        }

        Trail child(String... segments) {
            Trail at = this;
            for (String next : segments) {
                at = new Trail(file, at, next);
            }
            return at;
        }
    }

    /** Scans a document's schemas for identifiers, in document order, with a stack rather than by recursion. */
    private void scan(String path, JsonNode root, URI base) {
        SchemaRef document = new SchemaRef(path, "");
        Deque<Pending> pending = new ArrayDeque<>();
        pending.push(new Pending(root, new Trail(path, null, null), base, document, Draft.UNKNOWN));
        while (!pending.isEmpty()) {
            Pending next = pending.pop();
            List<Pending> inner = scan(next);
            for (int i = inner.size() - 1; i >= 0; i--) {
                pending.push(inner.get(i));
            }
        }
    }

    /** Reads the identifiers of one schema; returns its subschemas, in order. */
    private List<Pending> scan(Pending schema) {
        JsonNode node = schema.node();
        if (!node.isObject()) {
            return List.of();
        }
        URI base = schema.base();
        SchemaRef resource = schema.resource();
        Draft draft = Draft.of(node, schema.draft());
        String idKeyword = draft.idKeyword(node);
        if (idKeyword != null) {
            SchemaRef at = schema.trail().ref();
            String id = node.get(idKeyword).asText();
            URI uri = UriReferences.parse(id);
            if (uri == null) {
                problems.warning(ProblemCode.INVALID_SCHEMA, locate(at.child(idKeyword)),
                        "'" + idKeyword + "' \"" + id + "\" is not a URI; ignored");
            } else {
                URI identified = UriReferences.resolve(base, uri);
                URI document = UriReferences.withoutFragment(identified);
                if (!document.equals(UriReferences.withoutFragment(base))) {
                    base = document;
                    resource = at;
                    bases.put(at, base);
                    register(document, at, idKeyword, id);
                }
                String fragment = identified.getFragment();
                if (fragment != null && !fragment.isEmpty() && !fragment.startsWith("/")) {
                    declareAnchor(resource, fragment, at, idKeyword);
                }
            }
        }
        for (String keyword : new String[] {"$anchor", "$dynamicAnchor"}) {
            if (node.path(keyword).isTextual() && !node.get(keyword).asText().isEmpty()) {
                declareAnchor(resource, node.get(keyword).asText(), schema.trail().ref(), keyword);
            }
        }
        List<Pending> inner = new ArrayList<>();
        Trail trail = schema.trail();
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String keyword = member.getKey();
            JsonNode value = member.getValue();
            if (SCHEMA.contains(keyword) && value.isObject()) {
                inner.add(new Pending(value, trail.child(keyword), base, resource, draft));
            } else if (SCHEMA_ARRAYS.contains(keyword) && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    inner.add(new Pending(value.get(i), trail.child(keyword, String.valueOf(i)), base, resource,
                            draft));
                }
            } else if (SCHEMA_MAPS.contains(keyword) && value.isObject()) {
                for (Map.Entry<String, JsonNode> entry : value.properties()) {
                    inner.add(new Pending(entry.getValue(), trail.child(keyword, entry.getKey()), base, resource,
                            draft));
                }
            }
        }
        return inner;
    }

    private void register(URI uri, SchemaRef at, String keyword, String written) {
        SchemaRef earlier = resources.putIfAbsent(uri, at);
        if (earlier != null && !earlier.equals(at)) {
            problems.warning(ProblemCode.INVALID_SCHEMA, locate(at.child(keyword)), "'" + keyword + "' \"" + written
                    + "\" identifies " + earlier + " already; references to " + uri + " read that one");
        }
    }

    private void declareAnchor(SchemaRef resource, String name, SchemaRef at, String keyword) {
        SchemaRef earlier = anchors.computeIfAbsent(resource, r -> new HashMap<>()).putIfAbsent(name, at);
        if (earlier != null && !earlier.equals(at)) {
            problems.warning(ProblemCode.INVALID_SCHEMA, locate(at.child(keyword)), "the plain name \"" + name
                    + "\" is declared at #" + earlier.pointer() + " already; references to #" + name
                    + " read that one");
        }
    }

    private Location locate(SchemaRef at) {
        return documents.get(at.file()).locate(at.pointer());
    }
}
