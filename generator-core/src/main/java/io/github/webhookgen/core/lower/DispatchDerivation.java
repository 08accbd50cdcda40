package io.github.webhookgen.core.lower;

import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.model.Dispatch;
import io.github.webhookgen.core.model.TypeDecl;
import io.github.webhookgen.core.model.TypeDecl.UnionDecl;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.schema.SchemaRef;
import io.github.webhookgen.core.schema.SchemaSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Finds the dispatch in lowered types: the root union of notifications (the configured one, or LivePerson's when none
 * is configured and the archive has it) and, for each of its kinds of notification, the changes at the changes path
 * (see {@link ChangesPath}). A kind without changes there is dispatched as a whole. A root that cannot dispatch, and a
 * changes path that leads to something other than changes, is a {@link ProblemCode#NO_DISPATCH_ROOT} warning that says
 * what the archive has instead.
 */
final class DispatchDerivation {

    /** How many similar documents or top-level entries a warning names at most. */
    private static final int LISTED = 5;

    /** What a changes path must lead to, for warnings. */
    private static final String CHANGES = "a list of objects or of events a discriminator tells apart";

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
        return Optional.of(new Dispatch(union.id(), routes(union, root, at, given)));
    }

    /**
     * A route for each kind of notification: to its changes when the changes path leads to them, else as a whole; a
     * warning when the path leads to changes in no kind, or to something other than changes in one.
     */
    private List<Dispatch.Route> routes(UnionDecl union, DispatchRoot root, SchemaRef at, boolean given) {
        String changesPath = (given ? "changesPath" : "LivePerson's changes path") + " \""
                + String.join(".", root.changesPath()) + "\"";
        ChangesPath path = root.changesPath().isEmpty() ? null : new ChangesPath(types, root.changesPath());
        List<Dispatch.Route> routes = new ArrayList<>();
        Map<Said, List<String>> kindsBySaid = new LinkedHashMap<>();
        Map<SchemaRef, Said> notDispatched = new LinkedHashMap<>();
        for (TypeDecl.Branch branch : union.objectBranches()) {
            SchemaRef notification = ((TypeRef.Named) branch.type()).id();
            ChangesPath.Finding finding = path == null ? null : path.follow(notification);
            if (finding instanceof ChangesPath.Finding.Changes changes) {
                routes.add(changes.route());
                continue;
            }
            routes.add(Dispatch.Route.whole(notification));
            if (finding instanceof ChangesPath.Finding.Instead found) {
                Said said = Said.of(found, root.changesPath());
                kindsBySaid.computeIfAbsent(said, f -> new ArrayList<>()).add(kind(notification, union.id()));
                if (!found.nothing()) {
                    notDispatched.put(notification, said);
                }
            }
        }
        if (path != null && routes.stream().noneMatch(Dispatch.Route::hasChanges)) {
            problems.warning(ProblemCode.NO_DISPATCH_ROOT, schemas.locate(at), changesPath + " leads to " + CHANGES
                    + " in no branch of \"" + root + "\": " + sentences(kindsBySaid) + "; the visitor is called "
                    + "once per notification instead");
        } else {
            notDispatched.forEach((notification, said) -> problems.warning(ProblemCode.NO_DISPATCH_ROOT,
                    schemas.locate(notification), changesPath + ": " + kind(notification, union.id()) + " "
                            + said.text(1) + ", not " + CHANGES + "; the visitor is called "
                            + "once per notification of this kind instead"));
        }
        return routes;
    }

    /**
     * What a kind of notification has at the changes path, said after its name: {@code has nothing at "data"}, or
     * {@code is a union ...} when {@code is}; kinds with the same finding share one.
     */
    private record Said(boolean is, String rest) {

        static Said of(ChangesPath.Finding.Instead found, List<String> changesPath) {
            if (found.at().isEmpty()) {
                return new Said(true, found.what() + ", whose branches the path does not enter");
            }
            return new Said(false, found.what() + (found.at().equals(String.join(".", changesPath))
                    && !found.nothing() ? " there" : " at \"" + found.at() + "\""));
        }

        /** @param kinds how many kinds of notification it is said of */
        String text(int kinds) {
            return (is ? (kinds == 1 ? "is " : "are ") : (kinds == 1 ? "has " : "have ")) + rest;
        }
    }

    /** The kinds by what they have at the changes path: {@code #/$defs/Ping and #/$defs/Audit have nothing at "data"}. */
    private static String sentences(Map<Said, List<String>> kindsBySaid) {
        List<String> sentences = new ArrayList<>();
        kindsBySaid.forEach((said, kinds) -> {
            List<String> listed = kinds.stream().limit(LISTED).toList();
            String last = kinds.size() > listed.size()
                    ? listed.get(listed.size() - 1) + " and " + (kinds.size() - listed.size()) + " more"
                    : listed.get(listed.size() - 1);
            String named = listed.size() == 1 ? last
                    : String.join(", ", listed.subList(0, listed.size() - 1)) + (kinds.size() > listed.size()
                            ? ", " : " and ") + last;
            sentences.add(named + " " + said.text(kinds.size()));
        });
        return String.join(", ", sentences);
    }

    /** A kind of notification as a warning names it: its pointer when it is in the root's document, else its address. */
    private static String kind(SchemaRef notification, SchemaRef root) {
        if (notification.file().equals(root.file())) {
            return "#" + notification.pointer();
        }
        return notification.pointer().isEmpty() ? notification.file() : notification.toString();
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
}
