package io.github.webhookgen.core.lower;

import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.model.Dispatch;
import io.github.webhookgen.core.model.Property;
import io.github.webhookgen.core.model.TypeDecl;
import io.github.webhookgen.core.model.TypeDecl.RecordDecl;
import io.github.webhookgen.core.model.TypeDecl.UnionDecl;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.schema.SchemaRef;
import io.github.webhookgen.core.schema.SchemaSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Finds the dispatch in lowered types: the root union of notifications (the configured one, or LivePerson's when none
 * is configured and the archive has it) and, for each of its kinds of notification, the changes at the changes path
 * and, when a change holds a discriminated union of events, that union. A kind without changes there is dispatched as
 * a whole. A root that cannot dispatch is a {@link ProblemCode#NO_DISPATCH_ROOT} warning that says what the archive
 * has instead.
 */
final class DispatchDerivation {

    /** How many similar documents or top-level entries a warning names at most. */
    private static final int LISTED = 5;

    private final Map<SchemaRef, TypeDecl> types;
    private final SchemaSet schemas;
    private final Problems problems;
    private final Function<SchemaRef, TypeRef> lower;

    /**
     * @param types the lowered types, which {@code lower} adds to
     * @param lower lowers the schema at an address (following {@code $ref}s) and gives its type
     */
    DispatchDerivation(Map<SchemaRef, TypeDecl> types, SchemaSet schemas, Problems problems,
            Function<SchemaRef, TypeRef> lower) {
        this.types = types;
        this.schemas = schemas;
        this.problems = problems;
        this.lower = lower;
    }

    Optional<Dispatch> derive(DispatchRoot configured) {
        if (!configured.isGiven()) {
            if (schemas.documents().containsKey(DispatchRoot.LIVEPERSON.document())) {
                return derive(DispatchRoot.LIVEPERSON, false);
            }
            warnIfLivePersonsRootIsElsewhere();
            return Optional.empty();
        }
        if (!configured.mistakes().isEmpty()) {
            return Optional.empty(); // reported as configuration errors before the archive is read
        }
        return derive(configured, true);
    }

    /** @param given whether the user configured {@code root}, rather than it being LivePerson's by default */
    private Optional<Dispatch> derive(DispatchRoot root, boolean given) {
        String what = given ? "dispatchRoot" : "LivePerson's dispatch root";
        if (!schemas.documents().containsKey(root.document())) {
            problems.warning(ProblemCode.NO_DISPATCH_ROOT, Location.of("configuration"), what + " \"" + root
                    + "\" is not in the archive" + whatTheArchiveHas(root.document()) + "; no visitor is generated");
            return Optional.empty();
        }
        SchemaRef at = new SchemaRef(root.document(), root.pointer());
        if (schemas.nodeOrNull(at) == null) {
            problems.warning(ProblemCode.NO_DISPATCH_ROOT, schemas.locate(new SchemaRef(root.document(), "")),
                    what + " \"" + root + "\": " + root.document() + " has nothing at #" + root.pointer()
                            + "; no visitor is generated");
            return Optional.empty();
        }
        if (!(lower.apply(at) instanceof TypeRef.Named named && types.get(named.id()) instanceof UnionDecl union
                && union.discriminator() != null)) {
            problems.warning(ProblemCode.NO_DISPATCH_ROOT, schemas.locate(at), what + " \"" + root + "\" is not a "
                    + "union (oneOf or anyOf) whose object branches a discriminator tells apart, so no visitor is "
                    + "generated");
            return Optional.empty();
        }
        List<Dispatch.Route> routes = new ArrayList<>();
        for (TypeDecl.Branch branch : union.objectBranches()) {
            SchemaRef notification = ((TypeRef.Named) branch.type()).id();
            routes.add(root.changesPath().isEmpty() || !(types.get(notification) instanceof RecordDecl record)
                    ? Dispatch.Route.whole(notification)
                    : route(record, root.changesPath()).orElse(Dispatch.Route.whole(notification)));
        }
        if (!root.changesPath().isEmpty() && routes.stream().noneMatch(Dispatch.Route::hasChanges)) {
            problems.warning(ProblemCode.NO_DISPATCH_ROOT, schemas.locate(at), (given ? "changesPath" : "LivePerson's "
                    + "changes path") + " \"" + String.join(".", root.changesPath()) + "\" leads to a list of objects "
                    + "in no branch of \"" + root + "\"; the visitor is called once per notification instead");
        }
        return Optional.of(new Dispatch(union.id(), routes));
    }

    /** The route of a notification whose changes are at {@code path}: empty when they are not a list of objects. */
    private Optional<Dispatch.Route> route(RecordDecl notification, List<String> path) {
        RecordDecl current = notification;
        for (int i = 0; i < path.size() - 1; i++) {
            current = find(current, path.get(i)).map(p -> record(p.type())).orElse(null);
            if (current == null) {
                return Optional.empty();
            }
        }
        return find(current, path.get(path.size() - 1))
                .filter(p -> p.type() instanceof TypeRef.ListOf list && record(list.element()) != null)
                .map(p -> route(notification, path, record(((TypeRef.ListOf) p.type()).element())));
    }

    private Dispatch.Route route(RecordDecl notification, List<String> path, RecordDecl change) {
        List<Property> events = change.properties().stream()
                .filter(p -> p.type() instanceof TypeRef.Named named
                        && types.get(named.id()) instanceof UnionDecl u
                        && u.discriminator() != null)
                .toList();
        if (events.size() == 1) {
            Property event = events.get(0);
            return new Dispatch.Route(notification.id(), path, change.id(), event.jsonName(),
                    ((TypeRef.Named) event.type()).id());
        }
        return new Dispatch.Route(notification.id(), path, change.id(), null, null);
    }

    /**
     * No dispatch root is configured and the archive has no {@code webhooks/WsNotificationMsg.json}: that is an
     * archive of models, unless it has LivePerson's root document in another place.
     */
    private void warnIfLivePersonsRootIsElsewhere() {
        List<String> found = sameFileName(DispatchRoot.LIVEPERSON.document());
        if (found.isEmpty()) {
            return;
        }
        String first = found.get(0);
        String document = DispatchRoot.LIVEPERSON.document();
        String folder = first.endsWith("/" + document) ? first.substring(0, first.length() - document.length()) : "";
        problems.warning(ProblemCode.NO_DISPATCH_ROOT, schemas.locate(new SchemaRef(first, "")),
                "no visitor is generated: LivePerson's dispatch root is " + document + ", and this archive has "
                        + String.join(", ", found) + " instead; "
                        + (folder.isEmpty() ? "" : "point the archive at its folder " + folder + ", or ")
                        + "set dispatchRoot to " + first + " and changesPath to "
                        + String.join(".", DispatchRoot.LIVEPERSON.changesPath()));
    }

    /** What the archive has in place of a missing document, for a warning: {@code "; it has a/Root.json"}. */
    private String whatTheArchiveHas(String document) {
        List<String> found = sameFileName(document);
        if (!found.isEmpty()) {
            return "; it has " + String.join(", ", found);
        }
        TreeSet<String> top = new TreeSet<>();
        schemas.documents().keySet().forEach(path -> top.add(path.contains("/")
                ? path.substring(0, path.indexOf('/') + 1)
                : path));
        List<String> listed = top.stream().limit(LISTED).toList();
        return "; its top level holds " + String.join(", ", listed)
                + (top.size() > listed.size() ? " and " + (top.size() - listed.size()) + " more" : "");
    }

    /** The documents named like the last segment of {@code document}, ignoring case. */
    private List<String> sameFileName(String document) {
        String name = document.substring(document.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return schemas.documents().keySet().stream()
                .filter(path -> path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).equals(name))
                .limit(LISTED)
                .toList();
    }

    private static Optional<Property> find(RecordDecl record, String jsonName) {
        return record.properties().stream().filter(p -> p.jsonName().equals(jsonName)).findFirst();
    }

    private RecordDecl record(TypeRef type) {
        return type instanceof TypeRef.Named named && types.get(named.id()) instanceof RecordDecl r ? r : null;
    }
}
