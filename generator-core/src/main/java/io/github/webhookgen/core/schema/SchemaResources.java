package io.github.webhookgen.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import java.net.URI;
import java.util.HashMap;
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
        documents.forEach((path, document) -> {
            SchemaRef root = new SchemaRef(path, "");
            index.scan(root, document.root(), uris.retrievalUri(path), root, Draft.UNKNOWN);
        });
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

    private void scan(SchemaRef at, JsonNode node, URI base, SchemaRef resource, Draft enclosing) {
        if (!node.isObject()) {
            return;
        }
        Draft draft = Draft.of(node, enclosing);
        String idKeyword = draft.idKeyword(node);
        if (idKeyword != null) {
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
                declareAnchor(resource, node.get(keyword).asText(), at, keyword);
            }
        }
        URI innerBase = base;
        SchemaRef innerResource = resource;
        node.properties().forEach(member -> {
            String keyword = member.getKey();
            JsonNode value = member.getValue();
            if (SCHEMA.contains(keyword) && value.isObject()) {
                scan(at.child(keyword), value, innerBase, innerResource, draft);
            } else if (SCHEMA_ARRAYS.contains(keyword) && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    scan(at.child(keyword, String.valueOf(i)), value.get(i), innerBase, innerResource, draft);
                }
            } else if (SCHEMA_MAPS.contains(keyword) && value.isObject()) {
                value.properties().forEach(entry -> scan(at.child(keyword, entry.getKey()), entry.getValue(),
                        innerBase, innerResource, draft));
            }
        });
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
