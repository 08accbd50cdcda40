package io.github.webhookgen.core.model;

import io.github.webhookgen.core.schema.SchemaRef;
import java.util.List;

/**
 * What the generated visitor dispatches on: the root union of notifications and, for each kind of notification,
 * where its changes are and which property of a change holds the event (or that each change is an event), or that the
 * notification is one call.
 *
 * @param root the root union (for example {@code WsNotificationMsg})
 * @param routes one per object branch of the root union, in branch order
 */
public record Dispatch(SchemaRef root, List<Route> routes) {

    public Dispatch {
        routes = List.copyOf(routes);
    }

    /**
     * One kind of notification, dispatched either once per change (at {@code path}) or once as a whole. A change is
     * one element of the list at {@code path}: a record that holds a union of events in one property ({@code
     * eventProperty}), a record without one (the change is the call), or the union of events itself (each element is
     * an event, and {@code change} and {@code event} are the same union).
     *
     * @param notification the record or union of this branch of the root union
     * @param path the JSON property names from the notification to the list of changes ({@code body}, {@code changes});
     *     empty when the notification itself is the call
     * @param change the type of one element of that list (a record, or the union of events), or null when the
     *     notification itself is the call
     * @param eventProperty the change's property that holds a union of events, or null when the change is a record
     *     without one or is the union of events itself
     * @param event that union, or the change itself when each element is an event, or null
     */
    public record Route(SchemaRef notification, List<String> path, SchemaRef change, String eventProperty,
            SchemaRef event) {
        public Route {
            path = List.copyOf(path);
        }

        /** A kind of notification that gets one visitor call as a whole. */
        public static Route whole(SchemaRef notification) {
            return new Route(notification, List.of(), null, null, null);
        }

        /** A kind of notification whose list at {@code path} holds events: elements of the union {@code events}. */
        public static Route ofEvents(SchemaRef notification, List<String> path, SchemaRef events) {
            return new Route(notification, path, events, null, events);
        }

        /** Whether the visitor is called once per change rather than once for the notification. */
        public boolean hasChanges() {
            return change != null;
        }

        /** Whether each element of the list is itself an event, rather than a record that holds one. */
        public boolean changeIsEvent() {
            return change != null && eventProperty == null && change.equals(event);
        }
    }
}
