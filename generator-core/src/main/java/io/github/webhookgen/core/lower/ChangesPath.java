package io.github.webhookgen.core.lower;

import io.github.webhookgen.core.model.Dispatch;
import io.github.webhookgen.core.model.Property;
import io.github.webhookgen.core.model.TypeDecl;
import io.github.webhookgen.core.model.TypeDecl.EnumDecl;
import io.github.webhookgen.core.model.TypeDecl.RecordDecl;
import io.github.webhookgen.core.model.TypeDecl.TupleDecl;
import io.github.webhookgen.core.model.TypeDecl.UnionDecl;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.schema.SchemaRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Follows the changes path ({@code changesPath}) through one kind of notification, property by property, to its list
 * of changes: a list of records (each holding a discriminated union of events in one property, or being the change
 * itself) or a list of a discriminated union (each element an event). Where the path leads anywhere else, says what
 * it found there instead, for a warning.
 */
final class ChangesPath {

    private final Map<SchemaRef, TypeDecl> types;
    private final List<String> path;

    /** @param path the JSON property names from a notification to its list of changes, at least one */
    ChangesPath(Map<SchemaRef, TypeDecl> types, List<String> path) {
        this.types = types;
        this.path = List.copyOf(path);
    }

    /** Where the path leads in one kind of notification. */
    sealed interface Finding {

        /** A list of changes: the notification is dispatched once per element. */
        record Changes(Dispatch.Route route) implements Finding {}

        /**
         * Something else, or nothing.
         *
         * @param what what was found, for a warning: {@code a list of strings}, {@code nothing}
         * @param at the part of the path that leads to it, dotted; the whole path when the last step was reached
         * @param nothing whether the notification has nothing at {@code at}: a kind of notification without changes
         */
        record Instead(String what, String at, boolean nothing) implements Finding {}
    }

    Finding follow(SchemaRef notification) {
        TypeRef at = new TypeRef.Named(notification);
        for (int i = 0; i < path.size(); i++) {
            if (!(declaration(at) instanceof RecordDecl record)) {
                return new Finding.Instead(noun(at, false), dotted(i), false);
            }
            String step = path.get(i);
            Optional<Property> next = record.properties().stream().filter(p -> p.jsonName().equals(step)).findFirst();
            if (next.isEmpty()) {
                return new Finding.Instead("nothing", dotted(i + 1), true);
            }
            at = next.get().type();
        }
        if (at instanceof TypeRef.ListOf list) {
            TypeDecl element = declaration(list.element());
            if (element instanceof RecordDecl change) {
                return new Finding.Changes(route(notification, change));
            }
            if (element instanceof UnionDecl events && events.discriminator() != null) {
                return new Finding.Changes(Dispatch.Route.ofEvents(notification, path, events.id()));
            }
        }
        return new Finding.Instead(noun(at, false), dotted(path.size()), false);
    }

    /** The route of a list of records: through the one property that holds a discriminated union, if one does. */
    private Dispatch.Route route(SchemaRef notification, RecordDecl change) {
        List<Property> events = change.properties().stream()
                .filter(p -> declaration(p.type()) instanceof UnionDecl u && u.discriminator() != null)
                .toList();
        if (events.size() == 1) {
            Property event = events.get(0);
            return new Dispatch.Route(notification, path, change.id(), event.jsonName(),
                    ((TypeRef.Named) event.type()).id());
        }
        return new Dispatch.Route(notification, path, change.id(), null, null);
    }

    /** The first {@code steps} property names of the path, dotted as the configuration writes them. */
    private String dotted(int steps) {
        return String.join(".", path.subList(0, steps));
    }

    private TypeDecl declaration(TypeRef type) {
        return type instanceof TypeRef.Named named ? types.get(named.id()) : null;
    }

    /** What a type is, for a warning: {@code a string}, or {@code strings} in the plural. */
    private String noun(TypeRef type, boolean plural) {
        if (type instanceof TypeRef.ListOf list) {
            return (plural ? "lists" : "a list") + " of " + noun(list.element(), true);
        }
        if (type instanceof TypeRef.MapOf map) {
            return (plural ? "maps" : "a map") + " of " + noun(map.value(), true);
        }
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> plural ? "strings" : "a string";
                case INTEGER, BIG_INTEGER -> plural ? "integers" : "an integer";
                case NUMBER -> plural ? "numbers" : "a number";
                case BOOLEAN -> plural ? "booleans" : "a boolean";
                case DATE_TIME -> plural ? "date-time strings" : "a date-time string";
                case DATE -> plural ? "date strings" : "a date string";
                case ANY -> plural ? "values of any type" : "a value of any type";
            };
        }
        if (type instanceof TypeRef.External external) {
            return (plural ? "values of " : "a value of ") + external.type();
        }
        TypeDecl declaration = declaration(type);
        if (declaration instanceof RecordDecl) {
            return plural ? "objects" : "an object";
        }
        if (declaration instanceof EnumDecl) {
            return plural ? "strings of an enum" : "a string of an enum";
        }
        if (declaration instanceof TupleDecl) {
            return plural ? "arrays of items by position" : "an array of items by position";
        }
        if (declaration instanceof UnionDecl union && union.objectBranches().size() < 2) {
            return union.branches().stream()
                    .map(branch -> noun(branch.type(), plural))
                    .collect(Collectors.joining(" or "));
        }
        if (declaration instanceof UnionDecl union) {
            String unions = plural ? "unions" : "a union";
            return switch (union.discriminators().size()) {
                case 0 -> unions + " that no discriminator tells apart";
                case 1 -> unions + " that \"" + union.discriminator() + "\" tells apart";
                default -> unions + " that only " + union.discriminators().size() + " properties together tell apart";
            };
        }
        return plural ? "values" : "a value";
    }
}
