package io.github.webhookgen.core.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.DefaultDialectRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.resource.SchemaLoader;
import io.github.webhookgen.core.archive.Archive;
import io.github.webhookgen.core.archive.ArchiveLoader;
import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.lower.DispatchRoot;
import io.github.webhookgen.core.schema.ArchiveUris;
import io.github.webhookgen.core.schema.SchemaParser;
import io.github.webhookgen.core.schema.SchemaRef;
import io.github.webhookgen.core.schema.SchemaSet;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Validates examples against the archive's schemas with networknt's json-schema-validator, the archive read as the
 * generator reads it: the same documents (excludes applied, a wrapper folder dropped, comments and trailing commas
 * read), known by the same URIs ({@link ArchiveResources}: {@code archive:} paths, {@code uriMappings} URLs,
 * {@code $id}s), each in the draft its {@code $schema} names, from the schema the generated root type was generated
 * from (the dispatch root).
 *
 * <p>Where the validator cannot load the schemas (a reference the archive cannot resolve), {@link #load} gives nothing
 * and one warning, {@link ProblemCode#EXAMPLES_NOT_VALIDATED}: the generator reads such archives leniently, and the
 * rest of the examples check does not need the validator. A keyword the validator rejects ({@link DraftKeywords}) is
 * skipped, with one such warning per keyword and document.
 */
final class SchemaValidation {

    /**
     * The drafts by the name a {@code $schema} URI gives them; draft-03 as draft-04, which the validator has. A schema
     * whose {@code $schema} is absent or names no draft is read in 2020-12 ({@link #DEFAULT_DRAFT}), as the generator
     * reads it (keywords beside {@code $ref} apply, 2020-12 Core §8.2.3.1); the generator also honours a draft-04
     * {@code id} there, and {@link ArchiveResources} serves the documents it identifies.
     */
    private static final Map<String, Dialect> DRAFTS = orderedDrafts();

    private static final String DEFAULT_DRAFT = "2020-12";

    private static final ObjectMapper TREES = new ObjectMapper();

    private final ArchiveResources resources;
    private final Schema root;

    private SchemaValidation(ArchiveResources resources, Schema root) {
        this.resources = resources;
        this.root = root;
    }

    /**
     * The validator of {@code config}'s archive, from its dispatch root, with every schema it refers to loaded; empty,
     * with one {@link ProblemCode#EXAMPLES_NOT_VALIDATED} problem in {@code problems}, when it cannot be.
     *
     * @param problems where problems go: located in the archive (files without its folder in front)
     */
    static Optional<SchemaValidation> load(ExampleCheckConfig config, Problems problems) {
        Problems reading = new Problems();
        Archive archive = new ArchiveLoader(config.limits(), config.excludes()).load(config.source(), reading);
        if (reading.hasErrors()) {
            Problem first = reading.all().stream().filter(Problem::isError).findFirst().orElseThrow();
            notValidated(config, problems, first.location(), "the schemas cannot be read: " + first.message());
            return Optional.empty();
        }
        // The generator reports what is wrong with the schemas themselves; only what keeps them from validation counts.
        SchemaSet schemas = new SchemaParser(ArchiveUris.of(config.uriMappings(), new Problems()))
                .parse(archive, new Problems());
        Optional<SchemaRef> root = root(config.dispatchRoot(), schemas);
        if (root.isEmpty()) {
            notValidated(config, problems, Location.of("configuration"), config.dispatchRoot().isGiven()
                    ? "dispatchRoot \"" + config.dispatchRoot() + "\" is not a schema of the archive"
                    : "there is no dispatchRoot and the archive has no " + DispatchRoot.LIVEPERSON.document()
                            + "; give verify-examples the dispatchRoot that generate has");
            return Optional.empty();
        }
        ArchiveResources resources = new ArchiveResources(schemas, root.get());
        DraftKeywords keywords = new DraftKeywords();
        Map<String, Dialect> drafts = new LinkedHashMap<>();
        DRAFTS.forEach((name, draft) -> drafts.put(name, keywords.lenient(draft)));
        Dialect defaultDraft = drafts.get(DEFAULT_DRAFT);
        SchemaRegistry registry = SchemaRegistry.builder()
                .defaultDialectId(defaultDraft.getId())
                .dialectRegistry(new DefaultDialectRegistry(draftOf(drafts, defaultDraft)))
                .schemaLoader(new SchemaLoader(resources))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().locale(Locale.ENGLISH).build())
                .build();
        String uri = ArchiveResources.uri(root.get().file())
                + (root.get().pointer().isEmpty() ? "" : "#" + root.get().pointer());
        try {
            Schema schema = registry.getSchema(SchemaLocation.of(uri));
            schema.initializeValidators();
            SchemaValidation validation = new SchemaValidation(resources, schema);
            validation.reportSkipped(keywords.skipped(), schemas, config, problems);
            return Optional.of(validation);
        } catch (RuntimeException | StackOverflowError e) {
            Optional<SchemaRef> broken = brokenRef(schemas, resources.servedFiles());
            if (broken.isPresent()) {
                notValidated(config, problems, schemas.locate(broken.get()), "the validator cannot resolve $ref \""
                        + schemas.nodeOrNull(broken.get()).asText() + "\", which names no schema of the archive");
            } else {
                notValidated(config, problems, schemas.locate(root.get()), why(e, resources));
            }
            return Optional.empty();
        }
    }

    /**
     * The first {@code $ref} in {@code files} that the generator cannot resolve either (its {@code UNRESOLVED_REF} or
     * {@code BAD_POINTER}), to say where the validator stopped; empty when there is none.
     */
    private static Optional<SchemaRef> brokenRef(SchemaSet schemas, Set<String> files) {
        for (String file : files) {
            Deque<SchemaRef> pending = new ArrayDeque<>(List.of(new SchemaRef(file, "")));
            while (!pending.isEmpty()) {
                SchemaRef at = pending.pop();
                JsonNode node = schemas.nodeOrNull(at);
                if (node == null) {
                    continue;
                }
                JsonNode ref = node.get("$ref");
                if (node.isObject() && ref != null && ref.isTextual()) {
                    SchemaSet.Resolution resolution = schemas.resolve(at, ref.asText());
                    if (!(resolution instanceof SchemaSet.Resolution.Found)
                            && !(resolution instanceof SchemaSet.Resolution.Metaschema)) {
                        return Optional.of(at.child("$ref"));
                    }
                }
                List<SchemaRef> children = new ArrayList<>();
                if (node.isObject()) {
                    node.fieldNames().forEachRemaining(name -> children.add(at.child(name)));
                } else if (node.isArray()) {
                    for (int i = 0; i < node.size(); i++) {
                        children.add(at.child(Integer.toString(i)));
                    }
                }
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(children.get(i));
                }
            }
        }
        return Optional.empty();
    }

    /** The validator failed on an example; the message says why. */
    static final class NotValidated extends Exception {
        private static final long serialVersionUID = 1L;

        NotValidated(String message) {
            super(message);
        }
    }

    /**
     * The values of an example that the schemas do not allow, in the order they stand in the text; none when the text
     * is not JSON (the rest of the check reports that).
     *
     * @throws NotValidated when the validator fails on the example: it is nested deeper than the validator can follow
     *     on this thread's stack, or it reaches a schema the validator cannot load
     */
    List<SchemaViolation> violations(byte[] text) throws NotValidated {
        JsonNode json;
        try {
            json = TREES.readTree(text);
        } catch (IOException e) {
            return List.of();
        }
        if (json == null || json.isMissingNode()) {
            return List.of();
        }
        List<Error> errors;
        try {
            errors = root.validate(json);
        } catch (StackOverflowError e) {
            throw new NotValidated("it is nested deeper than the validator can follow");
        } catch (RuntimeException e) {
            throw new NotValidated(why(e, resources));
        }
        List<UnionErrors.Reported> reported = errors.stream()
                .map(error -> new UnionErrors.Reported(segments(error.getEvaluationPath()),
                        segments(error.getInstanceLocation()), String.valueOf(error.getKeyword()), error.getMessage(),
                        schemaLocation(error.getSchemaLocation()), error.getSchemaNode(), error.getProperty()))
                .toList();
        Map<String, SchemaViolation> violations = new LinkedHashMap<>();
        for (UnionErrors.Reported error : UnionErrors.reduce(reported)) {
            String pointer = pointer(error.instance());
            int[] at = JsonPositions.of(text, pointer);
            // The same message at the same value from two branches or two $refs is one violation.
            violations.putIfAbsent(pointer + "\n" + error.message(), new SchemaViolation(pointer, at[0], at[1],
                    error.keyword(), error.message(), error.schema()));
        }
        return violations.values().stream()
                .sorted(Comparator.comparingInt(SchemaViolation::line).thenComparingInt(SchemaViolation::column)
                        .thenComparing(SchemaViolation::pointer))
                .toList();
    }

    /** The archive path and pointer of a location in the schemas, as the generator names schemas. */
    private String schemaLocation(SchemaLocation location) {
        if (location == null || location.getAbsoluteIri() == null) {
            return "";
        }
        String fragment = pointer(segments(location.getFragment()));
        return resources.resource(location.getAbsoluteIri().toString())
                .map(resource -> new SchemaRef(resource.file(), resource.pointer() + fragment).toString())
                .orElse(location.getAbsoluteIri() + "#" + fragment);
    }

    private static Map<String, Dialect> orderedDrafts() {
        Map<String, Dialect> drafts = new LinkedHashMap<>();
        drafts.put("draft-03", Dialects.getDraft4());
        drafts.put("draft-04", Dialects.getDraft4());
        drafts.put("draft-06", Dialects.getDraft6());
        drafts.put("draft-07", Dialects.getDraft7());
        drafts.put("2019-09", Dialects.getDraft201909());
        drafts.put(DEFAULT_DRAFT, Dialects.getDraft202012());
        return drafts;
    }

    /** The root schema: the dispatch root, else LivePerson's root document when the archive has it. */
    private static Optional<SchemaRef> root(DispatchRoot dispatchRoot, SchemaSet schemas) {
        SchemaRef root = dispatchRoot.isGiven()
                ? new SchemaRef(dispatchRoot.document(), dispatchRoot.pointer())
                : new SchemaRef(DispatchRoot.LIVEPERSON.document(), "");
        return Optional.of(root).filter(ref -> schemas.nodeOrNull(ref) != null);
    }

    /** Why the schemas cannot be loaded, in words. */
    private static String why(Throwable e, ArchiveResources resources) {
        Optional<String> miss = resources.firstMiss();
        if (miss.isPresent()) {
            return "the validator cannot load " + miss.get() + ", which no file or $id of the archive is";
        }
        if (e instanceof StackOverflowError) {
            return "the schemas refer to one another deeper than the validator can follow";
        }
        String message = e instanceof SchemaException || e.getMessage() != null ? e.getMessage() : e.toString();
        return "the validator rejects the schemas: " + message;
    }

    private static void notValidated(ExampleCheckConfig config, Problems problems, Location location, String why) {
        report(config, problems, location, "the examples are not validated against the schemas: " + why);
    }

    private static void report(ExampleCheckConfig config, Problems problems, Location location, String message) {
        problems.report(problem(config.strict(), ProblemCode.EXAMPLES_NOT_VALIDATED, location, message));
    }

    /**
     * A problem of the validation: a warning, since the generated code keeps what the schemas do not allow, or an error
     * when the check is strict ("fail on what would otherwise be a warning").
     */
    static Problem problem(boolean strict, ProblemCode code, Location location, String message) {
        return strict ? Problem.error(code, location, message) : Problem.warning(code, location, message);
    }

    /**
     * One warning per keyword and document that the validator skips, at its first place, with how often: the
     * examples are validated against the rest.
     */
    private void reportSkipped(List<DraftKeywords.Skipped> skipped, SchemaSet schemas, ExampleCheckConfig config,
            Problems problems) {
        Map<String, List<Location>> places = new LinkedHashMap<>();
        Map<String, DraftKeywords.Skipped> first = new LinkedHashMap<>();
        for (DraftKeywords.Skipped keyword : skipped) {
            Location at = locate(keyword.location(), schemas);
            String key = at.file() + "\n" + keyword.keyword();
            if (places.computeIfAbsent(key, k -> new ArrayList<>()).stream().noneMatch(at::equals)) {
                places.get(key).add(at);
            }
            first.putIfAbsent(key, keyword);
        }
        first.forEach((key, keyword) -> {
            int more = places.get(key).size() - 1;
            report(config, problems, places.get(key).get(0), "the examples are not validated against this "
                    + keyword.keyword() + ", which the validator rejects: " + keyword.reason()
                    + (more == 0 ? "" : " (and " + more + " more in this file)"));
        });
    }

    /** Where a location of the validator's is in the archive, with its line and column when known. */
    private Location locate(SchemaLocation location, SchemaSet schemas) {
        String fragment = pointer(segments(location.getFragment()));
        return resources.resource(location.getAbsoluteIri().toString())
                .map(resource -> schemas.locate(new SchemaRef(resource.file(), resource.pointer() + fragment)))
                .orElse(Location.of(location.getAbsoluteIri().toString(), fragment));
    }

    /**
     * The draft a {@code $schema} names, read as the generator reads it: by the draft's name anywhere in the URI
     * ({@code http://json-schema.org/draft-04/schema#}, {@code https://json-schema.org/draft/2020-12/schema});
     * {@code otherwise} for any other URI.
     */
    private static Function<String, Dialect> draftOf(Map<String, Dialect> drafts, Dialect otherwise) {
        return id -> drafts.entrySet().stream()
                .filter(draft -> id.contains(draft.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(otherwise);
    }

    /** The names and indexes of a path of the validator's, from its root. */
    private static List<String> segments(NodePath path) {
        Deque<String> segments = new ArrayDeque<>();
        for (NodePath at = path; at != null && at.getParent() != null; at = at.getParent()) {
            segments.push(String.valueOf(at.getElement(-1)));
        }
        return List.copyOf(segments);
    }

    /** Names and indexes as a JSON pointer (RFC 6901). */
    private static String pointer(List<String> segments) {
        StringBuilder pointer = new StringBuilder();
        segments.forEach(segment -> pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1")));
        return pointer.toString();
    }
}
