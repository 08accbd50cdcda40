package io.github.webhookgen.core.lower;

import io.github.webhookgen.core.model.Dispatch;
import io.github.webhookgen.core.model.Property;
import io.github.webhookgen.core.model.TypeDecl;
import io.github.webhookgen.core.model.TypeDecl.RecordDecl;
import io.github.webhookgen.core.model.TypeDecl.UnionDecl;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.schema.SchemaRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the dispatch in lowered types: for each notification kind of the root union, its changes and, when a change
 * holds a discriminated union of events, that union.
 */
final class DispatchDerivation {

    private final Map<SchemaRef, TypeDecl> types;
    private final DispatchRoot root;

    DispatchDerivation(Map<SchemaRef, TypeDecl> types, DispatchRoot root) {
        this.types = types;
        this.root = root;
    }

    Optional<Dispatch> derive() {
        SchemaRef rootId = new SchemaRef(root.document(), "");
        if (!(types.get(rootId) instanceof UnionDecl union)) {
            return Optional.empty();
        }
        List<Dispatch.Route> routes = new ArrayList<>();
        for (TypeDecl.Branch branch : union.objectBranches()) {
            if (branch.type() instanceof TypeRef.Named named && types.get(named.id()) instanceof RecordDecl record) {
                route(record).ifPresent(routes::add);
            }
        }
        return routes.isEmpty() ? Optional.empty() : Optional.of(new Dispatch(rootId, routes));
    }

    private Optional<Dispatch.Route> route(RecordDecl notification) {
        RecordDecl current = notification;
        List<String> path = root.changesPath();
        for (int i = 0; i < path.size(); i++) {
            Optional<Property> property = find(current, path.get(i));
            if (property.isEmpty()) {
                return Optional.empty();
            }
            TypeRef type = property.get().type();
            if (i == path.size() - 1) {
                if (type instanceof TypeRef.ListOf list && record(list.element()) != null) {
                    return Optional.of(route(notification, record(list.element())));
                }
                return Optional.empty();
            }
            current = record(type);
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Dispatch.Route route(RecordDecl notification, RecordDecl change) {
        List<Property> events = change.properties().stream()
                .filter(p -> p.type() instanceof TypeRef.Named named
                        && types.get(named.id()) instanceof UnionDecl u
                        && u.discriminator() != null)
                .toList();
        if (events.size() == 1) {
            Property event = events.get(0);
            return new Dispatch.Route(notification.id(), root.changesPath(), change.id(), event.jsonName(),
                    ((TypeRef.Named) event.type()).id());
        }
        return new Dispatch.Route(notification.id(), root.changesPath(), change.id(), null, null);
    }

    private static Optional<Property> find(RecordDecl record, String jsonName) {
        return record.properties().stream().filter(p -> p.jsonName().equals(jsonName)).findFirst();
    }

    private RecordDecl record(TypeRef type) {
        return type instanceof TypeRef.Named named && types.get(named.id()) instanceof RecordDecl r ? r : null;
    }
}
